import type { IntervalStatistics } from './intervalStatistics.js';
import type { ResolvedRhythmTarget } from './target.js';

/**
 * What {@link analyseRhythm} concludes about a community's rhythm against its target.
 *
 * - `'lapsed'`: longer has passed since the last meeting than `lapseFactor` target intervals.
 * - `'too-few-meetings'`: fewer than three distinct meeting dates, so fewer than the two
 *   intervals a spread needs.
 * - `'irregular'`: the intervals vary more than `maxCv` allows.
 * - `'too-sparse'`: the median interval is longer than the target by more than `tolerance`.
 * - `'too-frequent'`: the median interval is shorter than the target by more than `tolerance`.
 * - `'steady'`: none of the above.
 */
export type RhythmVerdict =
  'lapsed' | 'too-few-meetings' | 'irregular' | 'too-sparse' | 'too-frequent' | 'steady';

/** The fewest distinct meeting dates from which a rhythm is judged (two intervals). */
export const MIN_MEETINGS = 3;

/** The limits that decided a verdict, in days where they are lengths of time. */
export interface RhythmThresholds {
  /** The fewest distinct meeting dates judged (3: two intervals are needed for a spread). */
  readonly minMeetings: number;
  /** The allowed relative distance of the median interval from the target, such as 0.25. */
  readonly tolerance: number;
  /** The largest coefficient of variation still counted as regular, such as 0.3. */
  readonly maxCv: number;
  /** How many target intervals may pass after the last meeting before the rhythm has lapsed. */
  readonly lapseFactor: number;
  /** A median interval below this many days is too frequent: target × (1 − tolerance). */
  readonly frequentBelowDays: number;
  /** A median interval above this many days is too sparse: target × (1 + tolerance). */
  readonly sparseAboveDays: number;
  /** More days than this since the last meeting is a lapse: target × lapseFactor. */
  readonly lapsedAfterDays: number;
}

/** One rule of the verdict, with the value it looked at and whether it fired. */
export interface RhythmCheck {
  /** The verdict this rule gives when it fires; rules are tried in this order. */
  readonly rule: Exclude<RhythmVerdict, 'steady'>;
  /** The value compared (days since the last meeting, meetings, CV or median); `null` when it cannot be computed. */
  readonly value: number | null;
  /** The limit it was compared with. */
  readonly threshold: number;
  /** Whether the rule fired. */
  readonly fired: boolean;
}

/** The verdict, the first rule that fired and every rule's outcome. */
export interface VerdictOutcome {
  /** The verdict: the first rule that fired, or `'steady'`. */
  readonly verdict: RhythmVerdict;
  /** Every rule in the order tried. */
  readonly checks: readonly RhythmCheck[];
  /** A sentence saying why, in plain words. */
  readonly reason: string;
}

/** A number written with at most two decimals, for messages. */
function show(x: number): string {
  return String(Number(x.toFixed(2)));
}

function describeTarget(target: ResolvedRhythmTarget): string {
  const unit = target.every === 1 ? target.unit.slice(0, -1) : target.unit;
  const text = `${String(target.every)} ${unit}`;
  return target.unit === 'days' ? text : `${text} (${show(target.days)} days)`;
}

/**
 * Applies the rules in order: lapsed, too few meetings, irregular, too sparse, too frequent.
 *
 * Lapse comes first because a community that has stopped meeting needs that said before
 * anything about its past rhythm. Irregularity comes before the median's distance from the
 * target because, when gaps vary widely, the median is no fair summary of the cadence.
 *
 * @param meetings - the number of distinct meeting dates.
 * @param daysSinceLast - days from the last meeting to asOf, or `null` with no meetings.
 * @param stats - the interval statistics, or `null` with fewer than two meetings.
 * @param target - the resolved target.
 * @param thresholds - the limits.
 * @returns the verdict, the rules' outcomes and a reason.
 */
export function decideVerdict(
  meetings: number,
  daysSinceLast: number | null,
  stats: IntervalStatistics | null,
  target: ResolvedRhythmTarget,
  thresholds: RhythmThresholds,
): VerdictOutcome {
  const enough = meetings >= thresholds.minMeetings;
  const cv = enough && stats !== null ? stats.cv : null;
  const median = enough && stats !== null ? stats.median : null;
  const checks: RhythmCheck[] = [
    {
      rule: 'lapsed',
      value: daysSinceLast,
      threshold: thresholds.lapsedAfterDays,
      fired: daysSinceLast !== null && daysSinceLast > thresholds.lapsedAfterDays,
    },
    {
      rule: 'too-few-meetings',
      value: meetings,
      threshold: thresholds.minMeetings,
      fired: !enough,
    },
    {
      rule: 'irregular',
      value: cv,
      threshold: thresholds.maxCv,
      fired: cv !== null && cv > thresholds.maxCv,
    },
    {
      rule: 'too-sparse',
      value: median,
      threshold: thresholds.sparseAboveDays,
      fired: median !== null && median > thresholds.sparseAboveDays,
    },
    {
      rule: 'too-frequent',
      value: median,
      threshold: thresholds.frequentBelowDays,
      fired: median !== null && median < thresholds.frequentBelowDays,
    },
  ];
  const first = checks.find((check) => check.fired);
  const verdict: RhythmVerdict = first?.rule ?? 'steady';
  const goal = describeTarget(target);
  const reasons: Record<RhythmVerdict, () => string> = {
    lapsed: () =>
      `${show(daysSinceLast ?? 0)} days have passed since the last meeting, more than ${show(thresholds.lapsedAfterDays)} (${show(thresholds.lapseFactor)} × the target of ${goal}).`,
    'too-few-meetings': () =>
      `Only ${String(meetings)} distinct meeting date${meetings === 1 ? '' : 's'}; at least ${String(thresholds.minMeetings)} are needed to judge a rhythm.`,
    irregular: () =>
      `The intervals vary too much: their coefficient of variation is ${show(cv ?? 0)}, above ${show(thresholds.maxCv)}.`,
    'too-sparse': () =>
      `The median interval of ${show(median ?? 0)} days is longer than ${show(thresholds.sparseAboveDays)} days (the target of ${goal} plus ${show(thresholds.tolerance * 100)}%).`,
    'too-frequent': () =>
      `The median interval of ${show(median ?? 0)} days is shorter than ${show(thresholds.frequentBelowDays)} days (the target of ${goal} less ${show(thresholds.tolerance * 100)}%).`,
    steady: () =>
      `The median interval of ${show(median ?? 0)} days lies within ${show(thresholds.frequentBelowDays)}–${show(thresholds.sparseAboveDays)} days of the target of ${goal}, and the intervals vary little (coefficient of variation ${show(cv ?? 0)}, at most ${show(thresholds.maxCv)}).`,
  };
  return { verdict, checks, reason: reasons[verdict]() };
}
