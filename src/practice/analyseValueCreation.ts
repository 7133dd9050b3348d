import type { IsoDate } from '../core/isoDate.js';
import type { KnowledgeCapital, ValueIndicator, ValueStoryInput } from './valueStory.js';
import { VALUE_CYCLES, type ValueCycleId } from './valueCycles.js';
import { compareText, traceChain } from './value/chain.js';
import { FOCUS } from './value/explain.js';
import { summariseIndicators } from './value/indicators.js';
import { parseValueArguments } from './value/input.js';

/** Options of {@link analyseValueCreation}. */
export interface AnalyseValueCreationOptions {
  /** Leave out stories and indicators dated before this day (`YYYY-MM-DD`, inclusive). */
  readonly from?: IsoDate;
  /** Leave out stories and indicators dated after this day (`YYYY-MM-DD`, inclusive). */
  readonly to?: IsoDate;
  /**
   * The last cycle of a complete chain: `'realised'` (default), since reframing is not
   * expected of every story, or `'transformative'` to ask for it too.
   */
  readonly target?: 'realised' | 'transformative';
}

/** Where a story's chain first breaks. */
export interface ValueChainBreak {
  /** The first cycle of the chain without evidence. */
  readonly missing: ValueCycleId;
  /** The cycle before it, which has evidence; `null` when the missing link is immediate value. */
  readonly after: ValueCycleId | null;
  /**
   * `'stop'` when no later cycle has evidence (the story ends there); `'gap'` when a later
   * cycle is claimed without the link that leads to it.
   */
  readonly kind: 'stop' | 'gap';
  /** The break in a sentence, such as "applied but no evidence of realised value: …". */
  readonly explanation: string;
}

/** One story traced through the cycles of value creation. */
export interface ValueChain {
  /** The story's id. */
  readonly id: string;
  /** The story's title. */
  readonly title: string;
  /** The story's date. */
  readonly date: IsoDate;
  /** The members it is about, sorted. */
  readonly members: readonly string[];
  /** The cycles with evidence, in chain order. */
  readonly evidenced: readonly ValueCycleId[];
  /** The furthest cycle with evidence. */
  readonly furthest: ValueCycleId | null;
  /**
   * The last cycle reached without a gap from immediate value, up to the target; `null`
   * when immediate value itself has no evidence.
   */
  readonly unbrokenTo: ValueCycleId | null;
  /** Whether every cycle from immediate value to the target has evidence. */
  readonly complete: boolean;
  /** The first missing link, or `null` for a complete chain. */
  readonly break: ValueChainBreak | null;
  /** Every cycle from immediate value to the target without evidence, in chain order. */
  readonly missing: readonly ValueCycleId[];
  /** Whether the story has evidence of transformative value (reframing). */
  readonly reframed: boolean;
  /** The forms of knowledge capital its evidence of potential value names. */
  readonly capital: readonly KnowledgeCapital[];
}

/** A summary of the values recorded for one indicator (one cycle, name and unit). */
export interface ValueIndicatorSummary {
  /** What was measured. */
  readonly name: string;
  /** The unit, or `null` for a plain count. */
  readonly unit: string | null;
  /** How many values were recorded. */
  readonly count: number;
  /** How many of them were quoted in stories (dated by the story) rather than given as indicators. */
  readonly fromStories: number;
  /** The smallest value. */
  readonly min: number;
  /** The largest value. */
  readonly max: number;
  /** The mean of the values. */
  readonly mean: number;
  /** The earliest value and its date. */
  readonly first: {
    /** Its date. */
    readonly date: IsoDate;
    /** The value. */
    readonly value: number;
  };
  /** The latest value and its date (of values on the same date, the largest). */
  readonly latest: {
    /** Its date. */
    readonly date: IsoDate;
    /** The value. */
    readonly value: number;
  };
  /** latest − first: the change over the period. */
  readonly change: number;
}

/** How far the stories reach into one cycle, and what its indicators say. */
export interface ValueCycleCoverage {
  /** The cycle. */
  readonly cycle: ValueCycleId;
  /** Its name. */
  readonly name: string;
  /** Stories with evidence for this cycle. */
  readonly evidenced: number;
  /** Stories whose furthest evidence is this cycle or a later one (cumulative). */
  readonly reached: number;
  /** Stories with evidence for every cycle from immediate value to this one (cumulative). */
  readonly unbroken: number;
  /** Stories whose chain first breaks here (cycles up to the target only; 0 beyond it). */
  readonly breaks: number;
  /** The same counts as shares of the stories analysed; `null` when there are none. */
  readonly shares: {
    /** evidenced / stories. */
    readonly evidenced: number | null;
    /** reached / stories. */
    readonly reached: number | null;
    /** unbroken / stories. */
    readonly unbroken: number | null;
    /** breaks / stories. */
    readonly breaks: number | null;
  };
  /** The cycle's indicators, by name and unit. */
  readonly indicators: readonly ValueIndicatorSummary[];
}

/** Where to focus to strengthen the community's value creation. */
export interface ValueCreationFocus {
  /** The cycle to work on. */
  readonly cycle: ValueCycleId;
  /** How many stories break there (for reframing beyond the target: stories not reframed). */
  readonly stories: number;
  /** Why this cycle. */
  readonly reason: string;
  /** Things to try. */
  readonly actions: readonly string[];
}

/** What {@link analyseValueCreation} found. */
export interface ValueCreationResult {
  /** The last cycle of a complete chain. */
  readonly target: 'realised' | 'transformative';
  /** How many stories were analysed (those in the period). */
  readonly storyCount: number;
  /** How many stories have a complete chain from immediate value to the target. */
  readonly complete: number;
  /** Coverage and indicators per cycle, in chain order (all five cycles). */
  readonly cycles: readonly ValueCycleCoverage[];
  /** Each story's chain, sorted by id. */
  readonly stories: readonly ValueChain[];
  /** Stories outside the period, sorted by id, each with the reason. */
  readonly excluded: readonly {
    /** The story's id. */
    readonly id: string;
    /** The story's date. */
    readonly date: IsoDate;
    /** Why it was left out. */
    readonly reason: string;
  }[];
  /** How many indicators were left out for falling outside the period. */
  readonly excludedIndicators: number;
  /**
   * The cycle where chains most often break, with its count; ties go to the earlier cycle,
   * whose missing evidence undermines more. `null` when no chain breaks.
   */
  readonly mostCommonBreak: {
    /** The missing cycle. */
    readonly cycle: ValueCycleId;
    /** How many stories break there. */
    readonly count: number;
    /** count / stories. */
    readonly share: number;
  } | null;
  /**
   * A suggested focus: the most common break; when every chain is complete up to realised
   * value but some stories lack reframing, transformative value; otherwise `null`.
   */
  readonly focus: ValueCreationFocus | null;
}

/**
 * Traces value stories through the five cycles of value creation and finds where the
 * community's value creation stops.
 *
 * Wenger, Trayner and de Laat (2011) propose assessing a community of practice by
 * combining stories, which follow one thread from an activity to what it achieved, with
 * indicators, which measure each cycle. This function does both. For each cycle it counts
 * the stories with evidence there (`evidenced`), the stories whose furthest evidence is
 * there or later (`reached`, cumulative, so it never rises along the chain) and the stories
 * with an unbroken chain from immediate value to there (`unbroken`, also cumulative). For
 * each story it finds the first missing link between immediate value and the target
 * (realised value by default) and says whether the story stops there or claims later value
 * without it. It summarises indicators per cycle, including values quoted in stories, and
 * names the cycle where chains break most often, with things to try. A funder who asks
 * "what difference does the community make?" gets an answer that shows its working.
 *
 * Results do not depend on the order of the input: stories are sorted by id and ties break
 * by chain order. Cost: O(s log s + i log i) for s stories and i indicator values.
 *
 * @param stories - the value stories (see {@link ValueStory}); ids must differ.
 * @param indicators - measured values per cycle (see {@link ValueIndicator}); default none.
 * @param options - `from`, `to` (a period, inclusive) and `target` (`'realised'` by default).
 * @returns coverage per cycle, each story's chain, the most common break and a focus.
 * @throws {@link InvalidInputError} (`invalid_input`) for an unknown cycle id, a date that
 *   is not `YYYY-MM-DD`, a repeated story id or any other malformed field, with its path.
 *
 * @example
 * ```ts
 * const result = analyseValueCreation(
 *   [
 *     {
 *       id: 's2',
 *       members: ['m2'],
 *       date: '2026-04-01',
 *       title: 'Buddy calls',
 *       evidence: {
 *         immediate: { text: 'Joined three buddy calls.' },
 *         potential: { text: 'Learnt a way to run a drop-in.', capital: ['human'] },
 *         applied: { text: 'Ran our first drop-in.' },
 *       },
 *     },
 *     {
 *       id: 's1',
 *       members: ['m1'],
 *       date: '2026-03-05',
 *       title: 'Referral form',
 *       evidence: {
 *         immediate: { text: 'Asked the cluster about referrals.' },
 *         potential: { text: 'Got a template.', capital: ['tangible'] },
 *         applied: { text: 'Our team uses it.' },
 *         realised: { text: 'Referrals up.', indicators: [{ name: 'referrals', value: 12 }] },
 *       },
 *     },
 *   ],
 *   [{ cycle: 'immediate', name: 'attendance', value: 18, unit: 'people', date: '2026-03-05' }],
 * );
 * result.cycles.map((cycle) => cycle.unbroken);
 * // => [2, 2, 2, 1, 0]
 * result.stories.map((story) => story.break?.explanation ?? 'complete');
 * // => ['complete', 'applied but no evidence of realised value: the story does not show what the change in practice achieved.']
 * result.mostCommonBreak;
 * // => { cycle: 'realised', count: 1, share: 0.5 }
 * result.cycles[3]?.indicators[0]?.mean;
 * // => 12
 * ```
 */
export function analyseValueCreation(
  stories: readonly ValueStoryInput[],
  indicators: readonly ValueIndicator[] = [],
  options: AnalyseValueCreationOptions = {},
): ValueCreationResult {
  const args = parseValueArguments({ stories, indicators, options });
  const { from, to, target } = args.options;
  const outside = (date: string): string | null =>
    from !== undefined && date < from
      ? `dated before the period, which starts on ${from}`
      : to !== undefined && date > to
        ? `dated after the period, which ends on ${to}`
        : null;

  const sorted = [...args.stories].sort((a, b) => compareText(a.id, b.id));
  const inPeriod = sorted.filter((story) => outside(story.date) === null);
  const excluded = sorted.flatMap((story) => {
    const reason = outside(story.date);
    return reason === null ? [] : [{ id: story.id, date: story.date, reason }];
  });
  const kept = args.indicators.filter((indicator) => outside(indicator.date) === null);

  const chains = inPeriod.map((story) => traceChain(story, target));
  const n = chains.length;
  const share = (count: number): number | null => (n === 0 ? null : count / n);
  const order = (cycle: ValueCycleId | null): number =>
    cycle === null ? 0 : VALUE_CYCLES.findIndex((entry) => entry.id === cycle) + 1;

  const cycles = VALUE_CYCLES.map((entry): ValueCycleCoverage => {
    const evidenced = chains.filter((chain) => chain.evidenced.includes(entry.id)).length;
    const reached = chains.filter((chain) => order(chain.furthest) >= entry.order).length;
    const unbroken = chains.filter((chain) =>
      VALUE_CYCLES.slice(0, entry.order).every((earlier) => chain.evidenced.includes(earlier.id)),
    ).length;
    const breaks = chains.filter((chain) => chain.break?.missing === entry.id).length;
    return {
      cycle: entry.id,
      name: entry.name,
      evidenced,
      reached,
      unbroken,
      breaks,
      shares: {
        evidenced: share(evidenced),
        reached: share(reached),
        unbroken: share(unbroken),
        breaks: share(breaks),
      },
      indicators: summariseIndicators(entry.id, inPeriod, kept),
    };
  });

  let mostCommonBreak: ValueCreationResult['mostCommonBreak'] = null;
  for (const coverage of cycles)
    if (coverage.breaks > 0 && coverage.breaks > (mostCommonBreak?.count ?? 0))
      mostCommonBreak = {
        cycle: coverage.cycle,
        count: coverage.breaks,
        share: coverage.breaks / n,
      };

  let focus: ValueCreationFocus | null = null;
  if (mostCommonBreak !== null) {
    focus = {
      cycle: mostCommonBreak.cycle,
      stories: mostCommonBreak.count,
      ...FOCUS[mostCommonBreak.cycle],
    };
  } else {
    const notReframed = chains.filter((chain) => !chain.reframed).length;
    if (notReframed > 0)
      focus = { cycle: 'transformative', stories: notReframed, ...FOCUS.transformative };
  }
  if (focus !== null) focus = { ...focus, actions: [...focus.actions] };

  return {
    target,
    storyCount: n,
    complete: chains.filter((chain) => chain.complete).length,
    cycles,
    stories: chains,
    excluded,
    excludedIndicators: args.indicators.length - kept.length,
    mostCommonBreak,
    focus,
  };
}
