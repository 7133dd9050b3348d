import {
  compareProportions,
  proportionTrend,
  type CochranArmitageTest,
  type ProportionDifference,
} from '../../survey/index.js';
import type { GroupShare } from './share.js';

/** One group in a series, as the trend helper sees it. */
export interface SeriesPoint {
  /** The session's id. */
  readonly id: string;
  /** Its place on the ordering (1, 2, 3, … by default). */
  readonly score: number;
  /** How many answered and how many hit the target. */
  readonly n: number;
  /** How many gave the target answer. */
  readonly successes: number;
  /** Whether its share is hidden. */
  readonly suppressed: boolean;
}

/** A session left out of a trend test, and why. */
export interface OmittedSession {
  /** The session's id. */
  readonly session: string;
  /** Why it was left out. */
  readonly reason: string;
}

/** The change in a share from the first session to the last, with Newcombe's interval. */
export interface ShareChange {
  /** The first session compared (b). */
  readonly from: string;
  /** The last session compared (a). */
  readonly to: string;
  /** The difference last − first with its interval. */
  readonly difference: ProportionDifference;
  /** The two-sided p-value of the pooled z test; `null` when undefined. */
  readonly pValue: number | null;
}

/** How one share moved across a series of sessions. */
export interface MeasureTrend {
  /** The measure's id. */
  readonly measure: string;
  /** The sessions in the test, in order: those with answers whose share is shown. */
  readonly sessions: readonly string[];
  /**
   * Sessions left out of the test, with reasons: nobody answered the item, or the session's
   * share is hidden (a statistic over it would give its hidden count away).
   */
  readonly omitted: readonly OmittedSession[];
  /**
   * The Cochran–Armitage test (R's `prop.trend.test`) over the sessions in `sessions`;
   * `null` with fewer than two of them.
   */
  readonly trend: CochranArmitageTest | null;
  /**
   * The change from the first session with answers to the last, in the series' order;
   * `null` when either end is hidden, when fewer than two sessions have answers, or when
   * the series mixes clusters (see `reason`).
   */
  readonly change: ShareChange | null;
  /** Why the trend or the change is missing, or `null`. */
  readonly reason: string | null;
}

/**
 * The trend test and first-to-last change for one measure over a series of sessions.
 *
 * Only sessions whose share is shown enter the test: with the other sessions' counts
 * shown, the statistic of a test over a hidden session would give its count away.
 *
 * @param measure - the measure's id.
 * @param points - the sessions in order.
 * @param confidence - the confidence level.
 * @param changeWithheld - why the change is not given for this series (such as sessions from
 *   several clusters), or `null` to give it.
 * @returns the trend, the change and the sessions left out.
 */
export function trendOf(
  measure: string,
  points: readonly SeriesPoint[],
  confidence: number,
  changeWithheld: string | null = null,
): MeasureTrend {
  const answered = points.filter((point) => point.n > 0);
  const used = answered.filter((point) => !point.suppressed);
  const omitted = points
    .filter((point) => point.n === 0 || point.suppressed)
    .map((point) => ({
      session: point.id,
      reason:
        point.n === 0
          ? 'nobody answered the item, so the session has no share to test'
          : 'its share is hidden, so it is left out of the test, whose statistic would otherwise give its hidden count away',
    }));
  const sessions = used.map((point) => point.id);
  if (used.length < 2) {
    return {
      measure,
      sessions,
      omitted,
      trend: null,
      change: null,
      reason: `a trend needs at least 2 sessions with answers and a share shown; there ${used.length === 1 ? 'is 1' : `are ${String(used.length)}`}${hiddenNote(answered)}`,
    };
  }
  if (used.every((point) => point.score === used[0]?.score)) {
    // Parallel sessions (each cluster's first, say) put nothing in order to test along.
    return {
      measure,
      sessions,
      omitted,
      trend: null,
      change: null,
      reason: `a trend needs sessions at different points in the order; all ${String(used.length)} have the score ${String(used[0]?.score)}`,
    };
  }
  const series = proportionTrend(
    used.map((point) => ({ successes: point.successes, n: point.n, score: point.score })),
    { confidence },
  );
  const first = answered[0] as SeriesPoint;
  const last = answered[answered.length - 1] as SeriesPoint;
  if (changeWithheld !== null || first.suppressed || last.suppressed) {
    return {
      measure,
      sessions,
      omitted,
      trend: series.trend,
      change: null,
      reason:
        changeWithheld ??
        `the change from first to last is hidden because session ${JSON.stringify(first.suppressed ? first.id : last.id)} is too small to show`,
    };
  }
  const compared = compareProportions(
    { successes: last.successes, n: last.n },
    { successes: first.successes, n: first.n },
    { confidence },
  );
  return {
    measure,
    sessions,
    omitted,
    trend: series.trend,
    change: {
      from: first.id,
      to: last.id,
      difference: compared.difference,
      pValue: compared.test.pValue,
    },
    reason: null,
  };
}

/**
 * The hidden sessions of a series, for a reason: `''` when none is hidden.
 *
 * @param points - the sessions with answers.
 * @returns a clause naming the hidden sessions, such as `, as session "a" is too small to show`.
 */
function hiddenNote(points: readonly SeriesPoint[]): string {
  const hidden = points
    .filter((point) => point.suppressed)
    .map((point) => JSON.stringify(point.id));
  if (hidden.length === 0) return '';
  if (hidden.length === 1) return `, as session ${hidden[0] ?? ''} is too small to show`;
  return `, as sessions ${hidden.slice(0, -1).join(', ')} and ${hidden[hidden.length - 1] ?? ''} are too small to show`;
}

/**
 * A series point from a share.
 *
 * @param id - the session's id.
 * @param score - its place on the ordering.
 * @param share - its share.
 * @param successes - the true count of successes (the share may hide it).
 * @returns the point.
 */
export function pointOf(
  id: string,
  score: number,
  share: GroupShare,
  successes: number,
): SeriesPoint {
  return { id, score, n: share.n, successes, suppressed: share.suppressed };
}
