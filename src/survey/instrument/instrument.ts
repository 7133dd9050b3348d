import { z } from 'zod';
import { checkBandTiling, settleBands } from './bands.js';
import { Domain } from './domain.js';
import { Identifier, isScoredItem, Item, itemBounds, type ScoredItem } from './items.js';

const Text = /* @__PURE__ */ (() => z.string().trim().min(1).max(2000))();

/**
 * A survey instrument: its items, the domains they score into, and a version.
 *
 * Parsing checks more than shapes: item and domain ids are unique, every domain item exists
 * and is scored, reverse-keyed and weighted items belong to the domain, a scale's labels
 * name points on the scale, and each domain's bands tile its score range. Every problem is
 * reported, each with its path.
 *
 * @example
 * ```ts
 * const items = [
 *   { id: 'heard', type: 'likert', min: 1, max: 5, wording: 'I felt heard in the set.' },
 *   { id: 'notes', type: 'text', wording: 'Anything else to tell us?' },
 * ];
 * const pulse = Instrument.parse({
 *   id: 'pulse',
 *   title: 'Set pulse check',
 *   version: '1.0',
 *   items,
 *   domains: [{ id: 'climate', label: 'Set climate', items: ['heard'] }],
 * });
 * pulse.domains[0]?.minAnswered;
 * // => { count: 1 }
 * const textInDomain = Instrument.safeParse({
 *   id: 'pulse',
 *   title: 'Set pulse check',
 *   version: '1.0',
 *   items,
 *   domains: [{ id: 'climate', label: 'Set climate', items: ['heard', 'notes'] }],
 * });
 * textInDomain.error?.issues[0]?.message;
 * // => 'names "notes", a text item; only likert, ordinal and yes-no items can be scored'
 * ```
 */
export const Instrument = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** A stable identifier for the instrument. */
      id: Identifier,
      /** Its title as respondents see it. */
      title: Text,
      /** Its version; responses and results carry it so scores from different versions are not mixed unknowingly. */
      version: z.string().trim().min(1).max(50),
      /** What the instrument is for. */
      description: Text.optional(),
      /** The questions, in the order they are asked. */
      items: z.array(Item).min(1),
      /** The domains (scales) its scored items combine into. */
      domains: z.array(Domain).default([]),
    })
    .superRefine((instrument, context) => {
      const issue = (path: (string | number)[], message: string): void => {
        context.addIssue({ code: 'custom', path, message });
      };
      const byId = new Map<string, Item>();
      instrument.items.forEach((item, index) => {
        if (byId.has(item.id))
          issue(['items', index, 'id'], `repeats the item id ${JSON.stringify(item.id)}`);
        else byId.set(item.id, item);
        checkItem(item, (path, message) => {
          issue(['items', index, ...path], message);
        });
      });
      const domainIds = new Set<string>();
      instrument.domains.forEach((domain, d) => {
        const at = (path: (string | number)[], message: string): void => {
          issue(['domains', d, ...path], message);
        };
        if (domainIds.has(domain.id))
          at(['id'], `repeats the domain id ${JSON.stringify(domain.id)}`);
        domainIds.add(domain.id);
        const members = new Set<string>();
        const scored: ScoredItem[] = [];
        domain.items.forEach((id, j) => {
          const item = byId.get(id);
          if (members.has(id)) at(['items', j], `lists ${JSON.stringify(id)} twice`);
          else if (item === undefined)
            at(
              ['items', j],
              `names ${JSON.stringify(id)}, which is not an item of this instrument`,
            );
          else if (!isScoredItem(item))
            at(
              ['items', j],
              `names ${JSON.stringify(id)}, a ${item.type} item; only likert, ordinal and yes-no items can be scored`,
            );
          else scored.push(item);
          members.add(id);
        });
        domain.reverse.forEach((id, j) => {
          if (!members.has(id))
            at(
              ['reverse', j],
              `names ${JSON.stringify(id)}, which is not one of this domain's items`,
            );
        });
        for (const id of Object.keys(domain.weights ?? {})) {
          if (!members.has(id))
            at(
              ['weights', id],
              `names ${JSON.stringify(id)}, which is not one of this domain's items`,
            );
        }
        if ('count' in domain.minAnswered && domain.minAnswered.count > domain.items.length) {
          at(
            ['minAnswered', 'count'],
            `must be at most ${String(domain.items.length)}, the number of items in the domain`,
          );
        }
        if (scored.length === domain.items.length && domain.bands.length > 0) {
          const range = domainRange(domain, scored);
          for (const problem of checkBandTiling(
            settleBands(domain.bands, domain.bandsClosed),
            range.min,
            range.max,
          )) {
            at(['bands', problem.index, problem.field], problem.message);
          }
        }
      });
    }))();
/** A survey instrument (the parsed form, defaults filled in). */
export type Instrument = z.output<typeof Instrument>;
/** A survey instrument as written by hand or stored. */
export type InstrumentInput = z.input<typeof Instrument>;

function checkItem(item: Item, issue: (path: (string | number)[], message: string) => void): void {
  switch (item.type) {
    case 'likert': {
      if (item.min >= item.max) issue(['max'], `must be greater than min (${String(item.min)})`);
      else if (item.max - item.min > 100) issue(['max'], 'must be at most 100 points above min');
      for (const key of Object.keys(item.labels ?? {})) {
        const point = Number(key);
        if (
          !Number.isInteger(point) ||
          point < item.min ||
          point > item.max ||
          String(point) !== key
        ) {
          issue(
            ['labels', key],
            `labels a point that is not on the scale ${String(item.min)}–${String(item.max)}`,
          );
        }
      }
      if (item.topBox !== undefined && item.topBox > item.max - item.min) {
        issue(
          ['topBox'],
          `must leave at least one point outside the top box (at most ${String(item.max - item.min)})`,
        );
      }
      break;
    }
    case 'ordinal':
    case 'single-choice':
    case 'multiple-choice': {
      const seen = new Set<string>();
      item.options.forEach((option, index) => {
        if (seen.has(option.value))
          issue(['options', index, 'value'], `repeats the option ${JSON.stringify(option.value)}`);
        seen.add(option.value);
      });
      if (item.type === 'ordinal') {
        const scores = new Set(item.options.map((option) => option.score));
        if (scores.size < 2) issue(['options'], 'must have at least two different scores');
        if (item.topBox !== undefined && item.topBox >= item.options.length) {
          issue(
            ['topBox'],
            `must leave at least one option outside the top box (at most ${String(item.options.length - 1)})`,
          );
        }
      }
      if (
        item.type === 'multiple-choice' &&
        item.maxSelected !== undefined &&
        item.maxSelected > item.options.length
      ) {
        issue(
          ['maxSelected'],
          `must be at most ${String(item.options.length)}, the number of options`,
        );
      }
      break;
    }
    case 'yes-no':
    case 'text':
      break;
  }
}

/**
 * The range a domain's score can take, given its items' scales and its method: the mean of
 * answered items lies between the lowest item minimum and the highest item maximum; a sum
 * is that times the total weight; a percentage lies in 0–100.
 */
export function domainRange(
  domain: Pick<Domain, 'items' | 'weights' | 'method'>,
  items: readonly ScoredItem[],
): { readonly min: number; readonly max: number } {
  if (domain.method === 'percent') return { min: 0, max: 100 };
  const bounds = items.map(itemBounds);
  const min = Math.min(...bounds.map((b) => b.min));
  const max = Math.max(...bounds.map((b) => b.max));
  if (domain.method === 'mean') return { min, max };
  const total = domain.items.reduce((sum, id) => sum + (domain.weights?.[id] ?? 1), 0);
  return { min: min * total, max: max * total };
}
