import { z } from 'zod';
import { RecordKey } from '../../internal/recordKey.js';

/** The level a node sits at, from the bottom up. */
export type RollUpLevel = 'set' | 'cluster' | 'area' | 'alliance';

const LEVELS: readonly RollUpLevel[] = ['set', 'cluster', 'area', 'alliance'];

/**
 * The level above each level; the alliance is the top.
 *
 * @param level - a level.
 * @returns the level of its parent, or `null` for the alliance.
 */
export function levelAbove(level: RollUpLevel): RollUpLevel | null {
  const next = LEVELS[LEVELS.indexOf(level) + 1];
  return next ?? null;
}

/**
 * An identifier: non-empty text that is safe as an object key.
 *
 * @example
 * ```ts
 * NodeId.parse(' set-1 ');
 * // => 'set-1'
 * NodeId.safeParse('__proto__').success;
 * // => false
 * ```
 */
export const NodeId = /* @__PURE__ */ (() => RecordKey)();

/**
 * One node of a programme's structure: an action learning set, a learning cluster, a
 * local area or the alliance, with its parent one level up.
 *
 * @example
 * ```ts
 * HierarchyNode.parse({ id: 'set-1', level: 'set', parent: 'housing' }).level;
 * // => 'set'
 * HierarchyNode.safeParse({ id: 'x', level: 'region' }).success;
 * // => false
 * ```
 */
export const HierarchyNode = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The node's identifier, unique across the whole structure. */
    id: NodeId,
    /** Its level: `set`, `cluster`, `area` or `alliance`. */
    level: z.literal(['set', 'cluster', 'area', 'alliance']),
    /** The id of its parent, one level up; absent only for the alliance. */
    parent: NodeId.optional(),
    /** A name to show; defaults to the id. */
    label: z.string().optional(),
  }))();
/** One node of a programme's structure. */
export type HierarchyNode = z.input<typeof HierarchyNode>;

/**
 * Counts recorded for one set, such as sessions held, attendance, forms returned and
 * "excellent" ratings.
 *
 * @example
 * ```ts
 * RollUpRecord.parse({ set: 'set-1', counts: { sessions: 4, attendance: 30 } }).counts;
 * // => { sessions: 4, attendance: 30 }
 * RollUpRecord.safeParse({ set: 'set-1', counts: { sessions: -1 } }).success;
 * // => false
 * ```
 */
export const RollUpRecord = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The set the counts were recorded for. */
    set: NodeId,
    /** Whole-number counts keyed by name; a name missing from a record counts as 0. */
    counts: z.record(NodeId, z.int().min(0)),
  }))();
/** Counts recorded for one set. */
export type RollUpRecord = z.input<typeof RollUpRecord>;

/**
 * A share recomputed at every node from summed counts: `numerator ÷ denominator`.
 *
 * @example
 * ```ts
 * RollUpShare.parse({ id: 'excellent', numerator: 'excellent', denominator: 'responses' }).id;
 * // => 'excellent'
 * RollUpShare.safeParse({ id: 'x', numerator: 'a' }).success;
 * // => false
 * ```
 */
export const RollUpShare = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The share's key in the results. */
    id: NodeId,
    /** The count on top, such as `'excellent'`; never more than the denominator in any record. */
    numerator: NodeId,
    /** The count it is divided by, such as `'responses'`. */
    denominator: NodeId,
  }))();
/** A share recomputed from summed counts. */
export type RollUpShare = z.input<typeof RollUpShare>;
