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
  /** The sessions in the test, in order. */
  readonly sessions: readonly string[];
  /** Sessions left out (nobody answered the item), with reasons. */
  readonly omitted: readonly OmittedSession[];
  /** The Cochran–Armitage test (R's `prop.trend.test`); `null` with fewer than two sessions. */
  readonly trend: CochranArmitageTest | null;
  /** The change from the first session to the last; `null` when either end is hidden. */
  readonly change: ShareChange | null;
  /** Why the trend or the change is missing, or `null`. */
  readonly reason: string | null;
}

/**
 * The trend test and first-to-last change for one measure over a series of sessions.
 *
 * @param measure - the measure's id.
 * @param points - the sessions in order.
 * @param confidence - the confidence level.
 * @returns the trend, the change and the sessions left out.
 */
export function trendOf(
  measure: string,
  points: readonly SeriesPoint[],
  confidence: number,
): MeasureTrend {
  const used = points.filter((point) => point.n > 0);
  const omitted = points
    .filter((point) => point.n === 0)
    .map((point) => ({
      session: point.id,
      reason: 'nobody answered the item, so the session has no share to test',
    }));
  const sessions = used.map((point) => point.id);
  if (used.length < 2) {
    return {
      measure,
      sessions,
      omitted,
      trend: null,
      change: null,
      reason: `a trend needs at least 2 sessions with answers; there ${used.length === 1 ? 'is 1' : `are ${String(used.length)}`}`,
    };
  }
  const series = proportionTrend(
    used.map((point) => ({ successes: point.successes, n: point.n, score: point.score })),
    { confidence },
  );
  const first = used[0] as SeriesPoint;
  const last = used[used.length - 1] as SeriesPoint;
  if (first.suppressed || last.suppressed) {
    return {
      measure,
      sessions,
      omitted,
      trend: series.trend,
      change: null,
      reason: `the change from first to last is hidden because session ${JSON.stringify(first.suppressed ? first.id : last.id)} is too small to show`,
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
