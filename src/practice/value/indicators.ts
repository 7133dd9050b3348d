import type { ValueIndicatorSummary } from '../analyseValueCreation.js';
import type { ValueCycleId } from '../valueCycles.js';
import type { ValueIndicator, ValueStory } from '../valueStory.js';
import { compareText } from './chain.js';

interface Reading {
  readonly value: number;
  readonly date: string;
  readonly fromStory: boolean;
}

/**
 * Summarises the indicators of one cycle: those given directly and those quoted inside the
 * stories' evidence (dated by the story), grouped by name and unit.
 *
 * Readings are sorted by date and value before anything is added up, so the sums (and so
 * the means) are the same whatever order the input came in. Of readings on the same date the
 * larger value counts as the later one.
 *
 * @param cycle - the cycle.
 * @param stories - the stories in the period.
 * @param indicators - the indicators in the period.
 * @returns one summary per name and unit, sorted by name and then unit.
 */
export function summariseIndicators(
  cycle: ValueCycleId,
  stories: readonly ValueStory[],
  indicators: readonly ValueIndicator[],
): ValueIndicatorSummary[] {
  const groups = new Map<string, { name: string; unit: string | null; readings: Reading[] }>();
  const add = (name: string, unit: string | undefined, reading: Reading): void => {
    const key = JSON.stringify([name, unit ?? null]);
    let group = groups.get(key);
    if (group === undefined) {
      group = { name, unit: unit ?? null, readings: [] };
      groups.set(key, group);
    }
    group.readings.push(reading);
  };
  for (const indicator of indicators)
    if (indicator.cycle === cycle)
      add(indicator.name, indicator.unit, {
        value: indicator.value,
        date: indicator.date,
        fromStory: false,
      });
  for (const story of stories)
    for (const quoted of story.evidence[cycle]?.indicators ?? [])
      add(quoted.name, quoted.unit, { value: quoted.value, date: story.date, fromStory: true });

  return [...groups.values()]
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.unit ?? '', b.unit ?? ''))
    .map(({ name, unit, readings }) => {
      const sorted = [...readings].sort((a, b) => compareText(a.date, b.date) || a.value - b.value);
      const values = sorted.map((reading) => reading.value);
      const first = sorted[0];
      const latest = sorted[sorted.length - 1];
      if (first === undefined || latest === undefined) throw new Error('unreachable: empty group');
      const total = values.reduce((sum, value) => sum + value, 0);
      return {
        name,
        unit,
        count: sorted.length,
        fromStories: sorted.filter((reading) => reading.fromStory).length,
        min: values.reduce((low, value) => Math.min(low, value), first.value),
        max: values.reduce((high, value) => Math.max(high, value), first.value),
        mean: total / values.length,
        first: { date: first.date, value: first.value },
        latest: { date: latest.date, value: latest.value },
        change: latest.value - first.value,
      };
    });
}
