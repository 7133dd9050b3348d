import { z } from 'zod';
import { parseWith } from '../core/validation.js';
import { smallGroupReason } from './evaluation/share.js';
import {
  HierarchyNode,
  levelAbove,
  RollUpRecord,
  RollUpShare,
  type RollUpLevel,
} from './rollups/hierarchy.js';

/**
 * Options of {@link rollUpCounts}.
 *
 * @example
 * ```ts
 * RollUpCountsOptions.parse({});
 * // => { shares: [], minGroupSize: 5 }
 * RollUpCountsOptions.safeParse({ minGroupSize: 2.5 }).success;
 * // => false
 * ```
 */
export const RollUpCountsOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The shares to recompute at every node from the summed counts (default none). */
    shares: z.array(RollUpShare).default([]),
    /** The smallest denominator for which a share is shown (default 5). */
    minGroupSize: z.int().min(1).default(5),
  }))();
/** Options of {@link rollUpCounts}. */
export type RollUpCountsOptions = z.input<typeof RollUpCountsOptions>;

/** A share at one node, shown or hidden with the reason. */
export interface RolledShare {
  /** The numerator's count name. */
  readonly numerator: string;
  /** The denominator's count name. */
  readonly denominator: string;
  /** The summed denominator; always shown. */
  readonly of: number;
  /** The summed numerator; `null` when hidden. */
  readonly count: number | null;
  /** count ÷ of; `null` when hidden or when the denominator is 0. */
  readonly value: number | null;
  /**
   * Why the share is hidden: `small_group` (the denominator is below `minGroupSize`) or
   * `complementary` (hidden so that a small sibling's share cannot be worked out by
   * subtracting the others from the parent's); `null` when shown.
   */
  readonly suppressed: 'small_group' | 'complementary' | null;
  /** The reason in plain words, or `null`. */
  readonly reason: string | null;
}

/** One node of the roll-up with its totals, shares and children. */
export interface RollUpNode {
  /** The node's id. */
  readonly id: string;
  /** Its level. */
  readonly level: RollUpLevel;
  /** Its label, or its id when none was given. */
  readonly label: string;
  /** How many records were summed into it. */
  readonly records: number;
  /** Each count summed over the records beneath it, keyed by name in name order. */
  readonly totals: Readonly<Record<string, number>>;
  /** Each share recomputed from its totals. */
  readonly shares: Readonly<Record<string, RolledShare>>;
  /**
   * The numerator counts of its hidden shares: publish its totals without these, or the
   * hidden shares can be worked out.
   */
  readonly withheld: readonly string[];
  /** Its children, in id order; sets have none. */
  readonly children: readonly RollUpNode[];
}

/** Everything {@link rollUpCounts} found. */
export interface RollUpResult {
  /** The alliance, with the whole tree beneath it. */
  readonly root: RollUpNode;
  /** How many records were rolled up: all of them. */
  readonly records: number;
  /** The smallest denominator whose shares are shown. */
  readonly minGroupSize: number;
}

interface Mutable {
  id: string;
  level: RollUpLevel;
  label: string;
  records: number;
  totals: Record<string, number>;
  children: Mutable[];
  shares: Record<string, RolledShare>;
}

const Arguments = /* @__PURE__ */ (() =>
  z
    .object({
      records: z.array(RollUpRecord),
      hierarchy: z.array(HierarchyNode).min(1, 'must have at least the alliance'),
      options: RollUpCountsOptions.default({ shares: [], minGroupSize: 5 }),
    })
    .superRefine((input, context) => {
      const byId = new Map<string, { index: number; level: RollUpLevel }>();
      input.hierarchy.forEach((node, index) => {
        const earlier = byId.get(node.id);
        if (earlier !== undefined) {
          context.addIssue({
            code: 'custom',
            path: ['hierarchy', index, 'id'],
            message: `repeats the id of hierarchy[${String(earlier.index)}]; give every node its own id`,
          });
        } else byId.set(node.id, { index, level: node.level });
      });
      const roots = input.hierarchy.filter((node) => node.level === 'alliance');
      if (roots.length !== 1) {
        context.addIssue({
          code: 'custom',
          path: ['hierarchy'],
          message: `must have exactly 1 node at level alliance, found ${String(roots.length)}`,
        });
      }
      input.hierarchy.forEach((node, index) => {
        const above = levelAbove(node.level);
        if (above === null) {
          if (node.parent !== undefined)
            context.addIssue({
              code: 'custom',
              path: ['hierarchy', index, 'parent'],
              message: 'must be absent: the alliance is the top of the structure',
            });
          return;
        }
        const parent = node.parent === undefined ? undefined : byId.get(node.parent);
        if (node.parent === undefined || parent === undefined) {
          context.addIssue({
            code: 'custom',
            path: ['hierarchy', index, 'parent'],
            message:
              node.parent === undefined
                ? `is missing; ${withArticle(node.level)} needs its ${above}`
                : `names ${JSON.stringify(node.parent)}, which is not in the hierarchy; add it as ${withArticle(above)}`,
          });
        } else if (parent.level !== above) {
          context.addIssue({
            code: 'custom',
            path: ['hierarchy', index, 'parent'],
            message: `names ${withArticle(parent.level)}, but ${withArticle(node.level)}'s parent must be ${withArticle(above)}`,
          });
        }
      });
      input.records.forEach((record, index) => {
        const node = byId.get(record.set);
        if (node === undefined || node.level !== 'set') {
          context.addIssue({
            code: 'custom',
            path: ['records', index, 'set'],
            message:
              node === undefined
                ? `names ${JSON.stringify(record.set)}, which is not in the hierarchy; add it as a set`
                : `names ${withArticle(node.level)}; counts are recorded for sets`,
          });
        }
        for (const share of input.options.shares) {
          const top = record.counts[share.numerator] ?? 0;
          const bottom = record.counts[share.denominator] ?? 0;
          if (top > bottom) {
            context.addIssue({
              code: 'custom',
              path: ['records', index, 'counts', share.numerator],
              message: `is ${String(top)}, more than ${share.denominator} (${String(bottom)}); the share ${share.id} would exceed 100%`,
            });
          }
        }
      });
      const ids = new Set<string>();
      input.options.shares.forEach((share, index) => {
        if (ids.has(share.id))
          context.addIssue({
            code: 'custom',
            path: ['options', 'shares', index, 'id'],
            message: 'repeats another share id; give each share its own id',
          });
        ids.add(share.id);
      });
    }))();

/**
 * A level with its indefinite article, such as `'an area'` or `'a cluster'`.
 *
 * @param level - the level.
 * @returns the level after "a" or "an".
 */
function withArticle(level: RollUpLevel): string {
  return level === 'area' || level === 'alliance' ? `an ${level}` : `a ${level}`;
}

/**
 * Rolls counts recorded for sets up through clusters and areas to the alliance, with
 * drill-down, shares recomputed at every level and small groups hidden.
 *
 * A learning alliance wants one picture of its programme: how many sessions were held,
 * how many came, how many rated them excellent, for each action learning set, each
 * cluster, each area and the whole alliance, and the ability to drill down from the top.
 * Counts add up exactly at every level; shares are recomputed from the summed counts at
 * each node, never averaged from the children's percentages (which would weigh a set of
 * 6 like a set of 60). A share whose denominator is below `minGroupSize` is hidden with
 * a reason; where exactly one child of a shown node is hidden, the smallest other child is
 * hidden too, and where a hidden node's children are all shown, its smallest child is
 * hidden (complementary suppression), so no hidden share can be worked out by
 * subtraction or addition; the numerators of hidden shares are listed in `withheld`. This
 * guards one level at a time, not every combination across levels, which is the usual
 * practice of small-area statistics. Every record is accounted for: a record for an
 * unknown set, or a node with an unknown parent, is an error with its path. Costs
 * O((records + nodes) × counts).
 *
 * Reference: Office for National Statistics, "Disclosure control guidance for tables
 * produced from administrative sources" (primary and secondary suppression).
 *
 * @param records - the counts per set.
 * @param hierarchy - every set, cluster and area with its parent, and the one alliance.
 * @param options - the `shares` to recompute and `minGroupSize` (default 5).
 * @returns the alliance's node with the whole tree, and the number of records.
 * @throws {@link InvalidInputError} (`invalid_input`) for a record naming an unknown set, a
 *   node whose parent is unknown or at the wrong level, repeated ids, other than exactly
 *   one alliance, or a numerator above its denominator in a record.
 *
 * @example
 * ```ts
 * const result = rollUpCounts(
 *   [
 *     { set: 'set-a', counts: { responses: 12, excellent: 9 } },
 *     { set: 'set-b', counts: { responses: 8, excellent: 2 } },
 *     { set: 'set-c', counts: { responses: 3, excellent: 3 } },
 *   ],
 *   [
 *     { id: 'alliance', level: 'alliance' },
 *     { id: 'north', level: 'area', parent: 'alliance' },
 *     { id: 'housing', level: 'cluster', parent: 'north' },
 *     { id: 'set-a', level: 'set', parent: 'housing' },
 *     { id: 'set-b', level: 'set', parent: 'housing' },
 *     { id: 'set-c', level: 'set', parent: 'housing' },
 *   ],
 *   { shares: [{ id: 'excellent', numerator: 'excellent', denominator: 'responses' }] },
 * );
 * result.root.totals;
 * // => { excellent: 14, responses: 23 }
 * result.root.shares['excellent']?.count;
 * // => 14
 * const sets = result.root.children[0]?.children[0]?.children ?? [];
 * sets.map((set) => [set.id, set.shares['excellent']?.suppressed]);
 * // => [['set-a', null], ['set-b', 'complementary'], ['set-c', 'small_group']]
 * ```
 */
export function rollUpCounts(
  records: readonly RollUpRecord[],
  hierarchy: readonly HierarchyNode[],
  options: RollUpCountsOptions = {},
): RollUpResult {
  const input = parseWith(Arguments, { records, hierarchy, options }, { fn: 'rollUpCounts' });
  const { shares, minGroupSize } = input.options;
  const nodes = new Map<string, Mutable>();
  for (const node of input.hierarchy) {
    nodes.set(node.id, {
      id: node.id,
      level: node.level,
      label: node.label ?? node.id,
      records: 0,
      totals: {},
      children: [],
      shares: {},
    });
  }
  const parents = new Map<string, string>();
  for (const node of input.hierarchy) {
    if (node.parent !== undefined) {
      parents.set(node.id, node.parent);
      nodes.get(node.parent)?.children.push(nodes.get(node.id) as Mutable);
    }
  }
  const names = new Set<string>();
  for (const share of shares) {
    names.add(share.numerator);
    names.add(share.denominator);
  }
  for (const record of input.records)
    for (const name of Object.keys(record.counts)) names.add(name);
  const sortedNames = [...names].sort();
  for (const node of nodes.values()) {
    node.totals = Object.fromEntries(sortedNames.map((name) => [name, 0]));
    node.children.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  for (const record of input.records) {
    let at: string | undefined = record.set;
    while (at !== undefined) {
      const node = nodes.get(at) as Mutable;
      node.records += 1;
      for (const [name, value] of Object.entries(record.counts)) {
        node.totals[name] = (node.totals[name] ?? 0) + value;
      }
      at = parents.get(at);
    }
  }
  for (const node of nodes.values()) {
    node.shares = Object.fromEntries(
      shares.map((share) => {
        const of = node.totals[share.denominator] ?? 0;
        const count = node.totals[share.numerator] ?? 0;
        const small = of < minGroupSize;
        const rolled: RolledShare = {
          numerator: share.numerator,
          denominator: share.denominator,
          of,
          count: small ? null : count,
          value: small || of === 0 ? null : count / of,
          suppressed: small ? 'small_group' : null,
          reason: small ? smallGroupReason(of, minGroupSize) : null,
        };
        return [share.id, rolled];
      }),
    );
  }
  const root = input.hierarchy.find((node) => node.level === 'alliance') as HierarchyNode;
  const top = nodes.get(root.id) as Mutable;
  protectSiblings(
    top,
    shares.map((share) => share.id),
  );
  return { root: freezeNode(top), records: input.records.length, minGroupSize };
}

/** Complementary suppression, top down: a shown node never has exactly one hidden child. */
function protectSiblings(node: Mutable, shareIds: readonly string[]): void {
  for (const id of shareIds) {
    const hidden = node.children.filter((child) => child.shares[id]?.suppressed !== null);
    const shown = node.shares[id]?.suppressed === null;
    // A shown node with one hidden child gives it away by subtraction; a hidden node whose
    // children are all shown gives itself away by addition.
    if (shown ? hidden.length !== 1 : hidden.length > 0 || node.children.length === 0) continue;
    const candidates = node.children
      .filter((child) => child.shares[id]?.suppressed === null)
      .sort((a, b) => (a.shares[id]?.of ?? 0) - (b.shares[id]?.of ?? 0) || (a.id < b.id ? -1 : 1));
    const partner = candidates[0];
    const share = partner?.shares[id];
    if (partner === undefined || share === undefined) continue;
    partner.shares[id] = {
      ...share,
      count: null,
      value: null,
      suppressed: 'complementary',
      reason: shown
        ? `hidden so that the share of ${JSON.stringify(hidden[0]?.id)}, which is too small to show, cannot be worked out from ${JSON.stringify(node.id)}'s total`
        : `hidden so that the share of ${JSON.stringify(node.id)}, which is hidden, cannot be worked out by adding up its parts`,
    };
  }
  for (const child of node.children) protectSiblings(child, shareIds);
}

function freezeNode(node: Mutable): RollUpNode {
  const withheld = Object.values(node.shares)
    .filter((share) => share.suppressed !== null)
    .map((share) => share.numerator);
  return {
    id: node.id,
    level: node.level,
    label: node.label,
    records: node.records,
    totals: node.totals,
    shares: node.shares,
    withheld: [...new Set(withheld)].sort(),
    children: node.children.map(freezeNode),
  };
}
