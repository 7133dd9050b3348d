import { wilsonInterval } from '../../survey/index.js';

/**
 * A share of a group, such as the share of a session's respondents rating it
 * "excellent", shown with its Wilson interval or hidden because the group is small.
 */
export interface GroupShare {
  /** How many answered: the denominator. Always shown. */
  readonly n: number;
  /**
   * Whether the share is hidden: because fewer than `minGroupSize` answered or, for a
   * cluster, because it would give away the hidden share of one of its sessions.
   */
  readonly suppressed: boolean;
  /** Why the share is hidden (or why there is none), or `null` when it is shown. */
  readonly reason: string | null;
  /** How many gave the target answer; `null` when suppressed. */
  readonly successes: number | null;
  /** successes ÷ n; `null` when suppressed or when nobody answered. */
  readonly estimate: number | null;
  /** The lower bound of the Wilson interval; `null` with the estimate. */
  readonly lower: number | null;
  /** The upper bound of the Wilson interval; `null` with the estimate. */
  readonly upper: number | null;
  /** The confidence level of the interval, such as 0.95. */
  readonly confidence: number;
}

/**
 * The share for a group, hidden when fewer than `minGroupSize` answered.
 *
 * @param successes - how many gave the target answer.
 * @param n - how many answered.
 * @param minGroupSize - the smallest group whose share is shown.
 * @param confidence - the confidence level of the interval.
 * @returns the share, shown or suppressed with a reason.
 */
export function shareOf(
  successes: number,
  n: number,
  minGroupSize: number,
  confidence: number,
): GroupShare {
  if (n === 0) {
    return {
      n,
      suppressed: false,
      reason: 'nobody answered, so there is no share to show',
      successes: 0,
      estimate: null,
      lower: null,
      upper: null,
      confidence,
    };
  }
  if (n < minGroupSize) {
    return {
      n,
      suppressed: true,
      reason: smallGroupReason(n, minGroupSize),
      successes: null,
      estimate: null,
      lower: null,
      upper: null,
      confidence,
    };
  }
  const interval = wilsonInterval(successes, n, { confidence });
  return {
    n,
    suppressed: false,
    reason: null,
    successes,
    estimate: interval.estimate,
    lower: interval.lower,
    upper: interval.upper,
    confidence,
  };
}

/**
 * The reason given when a share is hidden for a small group.
 *
 * @param n - how many answered.
 * @param minGroupSize - the smallest group whose share is shown.
 * @returns the reason, in plain words.
 */
export function smallGroupReason(n: number, minGroupSize: number): string {
  const people = n === 1 ? '1 person' : `${String(n)} people`;
  return `only ${people} answered; shares are shown for groups of ${String(minGroupSize)} or more so that nobody's answer can be singled out`;
}
