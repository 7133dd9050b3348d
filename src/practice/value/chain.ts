import type { ValueChain } from '../analyseValueCreation.js';
import { CYCLE_IDS, type ValueCycleId } from '../valueCycles.js';
import type { ValueStory } from '../valueStory.js';
import { explainBreak } from './explain.js';

/**
 * Traces one story through the cycles, from immediate value to the target cycle.
 *
 * @param story - the parsed story.
 * @param target - the last cycle of a complete chain.
 * @returns the story's chain, its first missing link and every missing link.
 */
export function traceChain(story: ValueStory, target: 'realised' | 'transformative'): ValueChain {
  const all: readonly ValueCycleId[] = CYCLE_IDS;
  const evidenced = all.filter((cycle) => story.evidence[cycle] !== undefined);
  const chain = all.slice(0, all.indexOf(target) + 1);
  const missing = chain.filter((cycle) => story.evidence[cycle] === undefined);
  const firstMissing = missing[0];
  const furthest = evidenced[evidenced.length - 1] ?? null;
  let breakAt: ValueChain['break'] = null;
  let unbrokenTo: ValueCycleId | null = target;
  if (firstMissing !== undefined) {
    const index = all.indexOf(firstMissing);
    const after = index === 0 ? null : (all[index - 1] ?? null);
    const later = evidenced.filter((cycle) => all.indexOf(cycle) > index);
    unbrokenTo = after;
    breakAt = {
      missing: firstMissing,
      after,
      kind: later.length === 0 ? 'stop' : 'gap',
      explanation: explainBreak(firstMissing, after, later),
    };
  }
  return {
    id: story.id,
    title: story.title,
    date: story.date,
    members: [...story.members].sort(compareText),
    evidenced,
    furthest,
    unbrokenTo,
    complete: firstMissing === undefined,
    break: breakAt,
    missing,
    reframed: story.evidence.transformative !== undefined,
    capital: [...(story.evidence.potential?.capital ?? [])],
  };
}

/** Orders texts by UTF-16 code units, the same on every machine (unlike localeCompare). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
