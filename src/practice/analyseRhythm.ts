import { z } from 'zod';
import { compareIsoDates, countDaysBetween, IsoDate, isIsoDate } from '../core/isoDate.js';
import { parseWith } from '../core/validation.js';
import { intervalStatistics } from './rhythm/intervalStatistics.js';
import {
  addTarget,
  checkTarget,
  resolveTarget,
  RhythmTarget,
  type ResolvedRhythmTarget,
} from './rhythm/target.js';
import {
  decideVerdict,
  MIN_MEETINGS,
  type RhythmCheck,
  type RhythmThresholds,
  type RhythmVerdict,
} from './rhythm/verdict.js';

/**
 * Options of {@link analyseRhythm}: the target cadence, the day of the analysis and the
 * limits of the verdict.
 *
 * @example
 * ```ts
 * AnalyseRhythmOptions.parse({ target: 'monthly', asOf: '2026-06-01' });
 * // => { target: 'monthly', asOf: '2026-06-01', tolerance: 0.25, maxCv: 0.3, lapseFactor: 2 }
 * AnalyseRhythmOptions.safeParse({ target: 'monthly' }).success; // asOf is required
 * // => false
 * ```
 */
export const AnalyseRhythmOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /** How often the community means to meet, such as `'monthly'` or `{ every: 4, unit: 'weeks' }`. */
    target: RhythmTarget,
    /** The day of the analysis (required: peerlearn never reads the clock); no meeting may be later. */
    asOf: IsoDate,
    /** How far the median interval may stray from the target, as a fraction strictly between 0 and 1 (default 0.25). */
    tolerance: z
      .number()
      .gt(0, 'must be greater than 0 (write 25% as 0.25)')
      .lt(1, 'must be less than 1 (write 25% as 0.25)')
      .default(0.25),
    /** The largest coefficient of variation of the intervals still called regular, greater than 0 (default 0.3). */
    maxCv: z.number().gt(0).max(10).default(0.3),
    /** How many target intervals may pass after the last meeting before the rhythm has lapsed, at least 1 (default 2). */
    lapseFactor: z.number().min(1).max(100).default(2),
  }))();
/** Options of {@link analyseRhythm}. */
export type AnalyseRhythmOptions = z.input<typeof AnalyseRhythmOptions>;

/** The gap between two consecutive meetings. */
export interface RhythmInterval {
  /** The earlier meeting. */
  readonly from: IsoDate;
  /** The later meeting. */
  readonly to: IsoDate;
  /** Calendar days from `from` to `to`, at least 1. */
  readonly days: number;
}

/** A date given more than once, counted as one meeting. */
export interface DuplicateMeetingDate {
  /** The repeated date. */
  readonly date: IsoDate;
  /** Every position in the input where it appears, in order; the first is the one kept. */
  readonly indexes: readonly number[];
}

/** How regular the gaps between meetings are. */
export interface RhythmRegularity {
  /** The coefficient of variation of the intervals, sd / mean; `null` with fewer than two intervals. */
  readonly cv: number | null;
  /** The mean interval in days; `null` with no interval. */
  readonly mean: number | null;
  /** The sample standard deviation of the intervals (divisor n − 1, as R's `sd`); `null` with fewer than two intervals. */
  readonly sd: number | null;
  /** The standard deviation used: always the sample one (see {@link analyseRhythm}). */
  readonly method: 'sample';
}

/** The date suggested for the next meeting and how it was found. */
export interface NextMeetingSuggestion {
  /** The suggested date. */
  readonly date: IsoDate;
  /**
   * How it was found: `'after-last-meeting'` (the last meeting plus one target interval),
   * `'overdue'` (that date has passed, so asOf itself), or `'no-meetings'` (asOf).
   */
  readonly basis: 'after-last-meeting' | 'overdue' | 'no-meetings';
  /** Days by which the meeting that the target called for is late at asOf (0 unless `'overdue'`). */
  readonly overdueDays: number;
}

/** What {@link analyseRhythm} finds. */
export interface RhythmAnalysis {
  /** The distinct meeting dates, earliest first. */
  readonly meetings: readonly IsoDate[];
  /** Dates given more than once (each counted once), earliest first. */
  readonly duplicates: readonly DuplicateMeetingDate[];
  /** The gaps between consecutive meetings, earliest first; their days add up to `spanDays`. */
  readonly intervals: readonly RhythmInterval[];
  /** Days from the first meeting to the last (0 with fewer than two meetings). */
  readonly spanDays: number;
  /** The median interval in days; `null` with no interval. */
  readonly medianInterval: number | null;
  /** How regular the intervals are. */
  readonly regularity: RhythmRegularity;
  /** The longest interval (the earliest of equal ones); `null` with no interval. */
  readonly longestGap: RhythmInterval | null;
  /** The last meeting; `null` with none. */
  readonly lastMeeting: IsoDate | null;
  /** Days from the last meeting to asOf; `null` with no meeting. */
  readonly daysSinceLast: number | null;
  /** The target, written out in full with its length in days. */
  readonly target: ResolvedRhythmTarget;
  /** The verdict against the target. */
  readonly verdict: RhythmVerdict;
  /** Why: the verdict's reason in plain words. */
  readonly reason: string;
  /** Each rule of the verdict, in the order tried, with its value, threshold and outcome. */
  readonly checks: readonly RhythmCheck[];
  /** The limits used, in days where they are lengths of time. */
  readonly thresholds: RhythmThresholds;
  /** When to meet next. */
  readonly next: NextMeetingSuggestion;
}

const Arguments = /* @__PURE__ */ (() =>
  z
    .object({
      dates: z.array(IsoDate),
      // The target is checked below, so that a problem inside it keeps its own path.
      options: AnalyseRhythmOptions.extend({ target: z.unknown() }),
    })
    .superRefine((input, context) => {
      checkTarget(input.options.target, context, ['options', 'target']);
      // zod runs this check even when other fields failed, so it compares real dates only.
      const { asOf } = input.options;
      if (!isIsoDate(asOf)) return;
      input.dates.forEach((date, index) => {
        if (isIsoDate(date) && compareIsoDates(date, asOf) > 0) {
          context.addIssue({
            code: 'custom',
            path: ['dates', index],
            message: `is after asOf (${asOf}); pass only meetings that have taken place, or a later asOf`,
          });
        }
      });
    }))();

/**
 * Analyses the rhythm of a community's meetings against the cadence it aims for.
 *
 * Wenger, McDermott and Snyder's seventh design principle for cultivating communities of
 * practice is to create a rhythm: meetings often enough to keep people connected and
 * momentum going, not so often that they become a burden (Cultivating Communities of
 * Practice, 2002, ch. 3). This turns a list of meeting dates into the numbers behind that
 * judgement: the gaps between meetings, their median, their regularity (coefficient of
 * variation, sd / mean, with the **sample** standard deviation as R's `sd`, because the
 * meetings held are a sample of the rhythm the community keeps), the longest gap, the days
 * since the last meeting, and a verdict with the rules and thresholds that decided it.
 *
 * Rules, tried in order (the first that fires gives the verdict, else `'steady'`):
 * 1. `'lapsed'`: more than `lapseFactor` × target days since the last meeting;
 * 2. `'too-few-meetings'`: fewer than 3 distinct dates (two intervals are needed for a spread);
 * 3. `'irregular'`: coefficient of variation above `maxCv`;
 * 4. `'too-sparse'` / `'too-frequent'`: median interval above target × (1 + tolerance) or
 *    below target × (1 − tolerance).
 *
 * A target in months counts 30.436875 days a month (365.2425 / 12) for the thresholds,
 * while the next date is found on the calendar. The next meeting is suggested one target
 * interval after the last; if that day has already passed at asOf, asOf itself (meet as soon
 * as possible); with no meetings, asOf. Dates given twice count once and are listed in
 * `duplicates`; the order of the dates does not matter. Costs O(n log n) for n dates.
 *
 * @param dates - meeting dates, `YYYY-MM-DD`, in any order; none after `options.asOf`.
 * @param options - `target` (required), `asOf` (required), and optionally `tolerance`
 *   (default 0.25), `maxCv` (default 0.3) and `lapseFactor` (default 2).
 * @returns the intervals, statistics, verdict with its checks and thresholds, and next date.
 * @throws {@link InvalidInputError} (`invalid_input`) for a date that is not a real
 *   `YYYY-MM-DD` date (such as `2026-02-30`) or that is after asOf, a bad target or a limit
 *   out of range, each with its path (`dates[2]`, `options.target.every`).
 *
 * @example
 * ```ts
 * const rhythm = analyseRhythm(
 *   ['2026-03-05', '2026-01-08', '2026-02-05', '2026-04-02', '2026-05-07', '2026-03-05'],
 *   { target: { every: 4, unit: 'weeks' }, asOf: '2026-05-20' },
 * );
 * rhythm.intervals.map((interval) => interval.days);
 * // => [28, 28, 28, 35]
 * [rhythm.medianInterval, rhythm.regularity.sd, Number(rhythm.regularity.cv?.toFixed(4))];
 * // => [28, 3.5, 0.1176]
 * rhythm.duplicates;
 * // => [{ date: '2026-03-05', indexes: [0, 5] }]
 * [rhythm.verdict, rhythm.daysSinceLast, rhythm.next.date];
 * // => ['steady', 13, '2026-06-04']
 * analyseRhythm(['2026-01-08', '2026-02-05', '2026-03-05'], { target: 'monthly', asOf: '2026-06-01' }).verdict;
 * // => 'lapsed'
 * ```
 */
export function analyseRhythm(
  dates: readonly IsoDate[],
  options: AnalyseRhythmOptions,
): RhythmAnalysis {
  const input = parseWith(Arguments, { dates, options }, { fn: 'analyseRhythm' });
  const { asOf, tolerance, maxCv, lapseFactor } = input.options;
  const target = resolveTarget(input.options.target as RhythmTarget);

  const positions = new Map<IsoDate, number[]>();
  input.dates.forEach((date, index) => {
    const seen = positions.get(date);
    if (seen === undefined) positions.set(date, [index]);
    else seen.push(index);
  });
  const meetings = [...positions.keys()].sort(compareIsoDates);
  const duplicates = meetings.flatMap((date): DuplicateMeetingDate[] => {
    const indexes = positions.get(date) ?? [];
    return indexes.length > 1 ? [{ date, indexes }] : [];
  });

  const intervals = meetings.slice(1).map((to, index): RhythmInterval => {
    const from = meetings[index] ?? to;
    return { from, to, days: countDaysBetween(from, to) };
  });
  const stats = intervals.length === 0 ? null : intervalStatistics(intervals.map((i) => i.days));
  const longestGap = intervals.reduce<RhythmInterval | null>(
    (longest, interval) => (longest === null || interval.days > longest.days ? interval : longest),
    null,
  );
  const first = meetings[0];
  const lastMeeting = meetings.at(-1) ?? null;
  const spanDays =
    first === undefined || lastMeeting === null ? 0 : countDaysBetween(first, lastMeeting);
  const daysSinceLast = lastMeeting === null ? null : countDaysBetween(lastMeeting, asOf);

  const thresholds: RhythmThresholds = {
    minMeetings: MIN_MEETINGS,
    tolerance,
    maxCv,
    lapseFactor,
    frequentBelowDays: target.days * (1 - tolerance),
    sparseAboveDays: target.days * (1 + tolerance),
    lapsedAfterDays: target.days * lapseFactor,
  };
  const { verdict, checks, reason } = decideVerdict(
    meetings.length,
    daysSinceLast,
    stats,
    target,
    thresholds,
  );

  return {
    meetings,
    duplicates,
    intervals,
    spanDays,
    medianInterval: stats?.median ?? null,
    regularity: {
      cv: stats?.cv ?? null,
      mean: stats?.mean ?? null,
      sd: stats?.sd ?? null,
      method: 'sample',
    },
    longestGap,
    lastMeeting,
    daysSinceLast,
    target,
    verdict,
    reason,
    checks,
    thresholds,
    next: suggestNext(lastMeeting, asOf, target),
  };
}

function suggestNext(
  lastMeeting: IsoDate | null,
  asOf: IsoDate,
  target: ResolvedRhythmTarget,
): NextMeetingSuggestion {
  if (lastMeeting === null) return { date: asOf, basis: 'no-meetings', overdueDays: 0 };
  const due = addTarget(lastMeeting, target);
  const late = countDaysBetween(due, asOf);
  return late > 0
    ? { date: asOf, basis: 'overdue', overdueDays: late }
    : { date: due, basis: 'after-last-meeting', overdueDays: 0 };
}
