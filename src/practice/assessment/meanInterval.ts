import { comparePaired, InfeasibleRequestError } from '../../survey/index.js';

/** Student's t confidence interval for the mean of members' scores. */
export interface PrincipleInterval {
  /** How it was computed: R's `t.test(scores, conf.level = confidence)$conf.int`. */
  readonly method: 'student-t';
  /** The confidence level, such as 0.95. */
  readonly confidence: number;
  /** Degrees of freedom: members who answered − 1. */
  readonly df: number;
  /** The standard error of the mean, sd / √n. */
  readonly standardError: number;
  /** The lower bound (it may fall below the scale's minimum with few members). */
  readonly lower: number;
  /** The upper bound (it may rise above the scale's maximum with few members). */
  readonly upper: number;
}

/**
 * The one-sample t interval for the mean, from survey's public `comparePaired`: the paired
 * differences of `scores` against zeros are the scores themselves, so its paired t-test is
 * R's one-sample `t.test(scores)`. `null` with a reason below two scores or without spread
 * (where R's `t.test` stops with "data are essentially constant").
 */
export function meanInterval(
  sortedScores: readonly number[],
  mean: number,
  sd: number,
  confidence: number,
): { readonly interval: PrincipleInterval | null; readonly note: string | null } {
  const n = sortedScores.length;
  if (n < 2) {
    return {
      interval: null,
      note: `only ${String(n)} member${n === 1 ? '' : 's'} answered; an interval needs at least two`,
    };
  }
  const flat = {
    interval: null,
    note: 'every member gave the same score, so there is no spread to build an interval from',
  };
  // The same rule as comparePaired (and R's t.test): a spread lost in rounding is no spread.
  if (!(sd / Math.sqrt(n) > 10 * Number.EPSILON * Math.abs(mean))) return flat;
  let test;
  try {
    test = comparePaired(
      sortedScores.map(() => 0),
      sortedScores,
      { confidence, exact: false },
    ).tTest;
  } catch (error) {
    if (error instanceof InfeasibleRequestError) return flat;
    throw error;
  }
  return {
    interval: {
      method: 'student-t',
      confidence,
      df: test.df,
      standardError: test.standardError,
      lower: test.lower,
      upper: test.upper,
    },
    note: null,
  };
}
