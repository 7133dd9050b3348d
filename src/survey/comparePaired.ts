import { z } from 'zod';
import { InfeasibleRequestError } from '../core/InfeasibleRequestError.js';
import { InvalidInputError } from '../core/InvalidInputError.js';
import { parseWith } from '../core/validation.js';
import { normalSurvival, tQuantile, tSurvival } from './math/distributions.js';
import { effectMagnitude, type EffectMagnitude } from './math/effectSize.js';
import { averageRanks, mean, variance } from './stats/descriptive.js';
import { signedRankExactPValue } from './math/signedRank.js';
import { ConfidenceLevel } from './wilsonInterval.js';

/**
 * Options of {@link comparePaired}.
 *
 * @example
 * ```ts
 * ComparePairedOptions.parse({});
 * // => { confidence: 0.95, correct: true }
 * ComparePairedOptions.parse({ exact: false, correct: false });
 * // => { confidence: 0.95, correct: false, exact: false }
 * ComparePairedOptions.safeParse({ confidence: 0 }).success;
 * // => false
 * ```
 */
export const ComparePairedOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The confidence level of the interval for the mean difference (default 0.95). */
    confidence: ConfidenceLevel.default(0.95),
    /**
     * Whether the signed-rank test's normal approximation uses a continuity correction
     * (default `true`, as R's `wilcox.test`).
     */
    correct: z.boolean().default(true),
    /**
     * Whether to use the exact distribution of the signed-rank statistic. By default it is
     * used when there are fewer than 50 non-zero differences, as in R; it is never used with
     * zero or tied differences, where it does not apply, nor beyond 1000 differences (it
     * costs O(n³)).
     */
    exact: z.boolean().optional(),
  }))();
/** Options of {@link comparePaired}. */
export type ComparePairedOptions = z.input<typeof ComparePairedOptions>;

/** How many pairs came in, how many were complete and which were not. */
export interface PairAccount {
  /** How many pairs came in (the length of each array). */
  readonly total: number;
  /** How many had both values and were used. */
  readonly used: number;
  /** The indexes of the pairs left out because a value was missing (`null`). */
  readonly incomplete: readonly number[];
}

/** The paired t-test on the differences. */
export interface PairedTTest {
  /** The test, as R's `t.test(after, before, paired = TRUE)`. */
  readonly method: 'paired-t-test';
  /** t = mean difference / standard error. */
  readonly statistic: number;
  /** Degrees of freedom: pairs used − 1. */
  readonly df: number;
  /** The two-sided p-value. */
  readonly pValue: number;
  /** The standard error of the mean difference, sd / √n. */
  readonly standardError: number;
  /** The lower bound of the interval for the mean difference. */
  readonly lower: number;
  /** The upper bound of the interval for the mean difference. */
  readonly upper: number;
  /** The confidence level, such as 0.95. */
  readonly confidence: number;
}

/** The Wilcoxon signed-rank test on the differences. */
export interface SignedRankTest {
  /** The test, as R's `wilcox.test(after, before, paired = TRUE)`. */
  readonly method: 'wilcoxon-signed-rank';
  /** V, the sum of the ranks of the positive differences (after above before). */
  readonly statistic: number;
  /** How the p-value was found: the exact null distribution or the normal approximation. */
  readonly distribution: 'exact' | 'normal';
  /** Why that distribution was used, in plain words. */
  readonly distributionReason: string;
  /** How many differences were not zero (the test's n). */
  readonly nonZero: number;
  /** How many differences were zero and so dropped, as in R. */
  readonly zeros: number;
  /** Whether some absolute differences were tied (they share an average rank). */
  readonly ties: boolean;
  /** Whether a continuity correction was applied (normal approximation only). */
  readonly continuityCorrection: boolean;
  /** The standardised statistic of the normal approximation; `null` for the exact test. */
  readonly z: number | null;
  /** The two-sided p-value. */
  readonly pValue: number;
}

/** Cohen's d_z: the mean difference in units of the differences' standard deviation. */
export interface CohensDz {
  /** d_z = mean difference / sd of the differences. */
  readonly value: number;
  /** Its size by Cohen's conventions (0.2 small, 0.5 medium, 0.8 large). */
  readonly magnitude: EffectMagnitude;
}

/** Everything {@link comparePaired} found. */
export interface ComparePairedResult {
  /** What each difference is. */
  readonly difference: 'after - before';
  /** The pairs received, used and left out. */
  readonly pairs: PairAccount;
  /** The mean of the before values over the pairs used. */
  readonly meanBefore: number;
  /** The mean of the after values over the pairs used. */
  readonly meanAfter: number;
  /** The mean of the differences after − before. */
  readonly meanDifference: number;
  /** The standard deviation of the differences (denominator n − 1). */
  readonly sdDifference: number;
  /** The paired t-test with the interval for the mean difference. */
  readonly tTest: PairedTTest;
  /** Cohen's d_z. */
  readonly effectSize: CohensDz;
  /** The Wilcoxon signed-rank test, which does not assume normal differences. */
  readonly signedRank: SignedRankTest;
}

const Measurement = /* @__PURE__ */ (() =>
  z.number({ error: 'must be a finite number, or null for a missing value' }).nullable())();

const Arguments = /* @__PURE__ */ (() =>
  z
    .object({
      before: z.array(Measurement),
      after: z.array(Measurement),
      options: ComparePairedOptions.default({ confidence: 0.95, correct: true }),
    })
    .superRefine((input, context) => {
      if (input.before.length !== input.after.length) {
        context.addIssue({
          code: 'custom',
          path: ['after'],
          message: `has ${String(input.after.length)} values but before has ${String(input.before.length)}; give each person one before and one after value (null where missing)`,
        });
      }
    }))();

/**
 * Compares paired measurements, such as each member's confidence score before and after
 * a programme: the mean change with its interval, the paired t-test, Cohen's d_z and the
 * Wilcoxon signed-rank test.
 *
 * Each person is their own comparison, so the analysis works on the differences
 * after − before. A pair with a missing value (`null`) on either side is left out and its
 * index reported in `pairs.incomplete`, never silently. The paired t-test (R's
 * `t.test(after, before, paired = TRUE)`) gives the mean difference's confidence interval
 * and p-value; Cohen's d_z = mean / sd of the differences says how large the change is
 * against its spread; and the signed-rank test (R's `wilcox.test(after, before,
 * paired = TRUE)`, same defaults) checks the direction of change without assuming the
 * differences are normal, which matters for short Likert-style scales. As in R, zero
 * differences are dropped from the signed-rank test; its p-value is exact for fewer than
 * 50 non-zero differences without ties or zeros, and otherwise uses the normal
 * approximation with tie and continuity corrections. Costs O(n log n), O(n³) for the
 * exact p-value (n < 50).
 *
 * Reference: Student, Biometrika 6 (1908) 1–25; F. Wilcoxon, Biometrics Bulletin 1 (1945)
 * 80–83; J. Cohen (1988), §2.3; R's `t.test` and `wilcox.test`.
 *
 * @param before - one value per person before (`null` where missing).
 * @param after - one value per person after, in the same order (`null` where missing).
 * @param options - `confidence` (default 0.95), `correct` (default true) and `exact`.
 * @returns the pairs used and left out, the means, the t-test with its interval, d_z and
 *   the signed-rank test.
 * @throws {@link InvalidInputError} (`invalid_input`) when the arrays differ in length or
 *   hold something other than finite numbers and `null`, values so large (beyond about
 *   1e150) that their squares overflow, or an option is bad.
 * @throws {@link InfeasibleRequestError} (`infeasible_request`) when fewer than two pairs
 *   are complete, or when every difference is the same (R's `t.test` stops with "data are
 *   essentially constant", and the t statistic would be infinite or undefined).
 *
 * @example
 * ```ts
 * const before = [3, 2, 4, 3, 2, 3, null, 4, 2, 3];
 * const after = [4, 4, 4, 5, 3, 4, 5, 5, 2, 4];
 * const result = comparePaired(before, after);
 * [result.pairs.used, result.pairs.incomplete];
 * // => [9, [6]]
 * [result.meanDifference, result.tTest.df].map((x) => Number(x.toFixed(4)));
 * // => [1, 8]
 * [result.tTest.lower, result.tTest.upper, result.tTest.pValue].map((x) => Number(x.toFixed(4)));
 * // => [0.4565, 1.5435, 0.0028]
 * [result.signedRank.statistic, result.signedRank.distribution, Number(result.signedRank.pValue.toFixed(4))];
 * // => [28, 'normal', 0.0177]
 * ```
 */
export function comparePaired(
  before: readonly (number | null)[],
  after: readonly (number | null)[],
  options: ComparePairedOptions = {},
): ComparePairedResult {
  const fn = 'comparePaired';
  const input = parseWith(Arguments, { before, after, options }, { fn });
  const { confidence, correct, exact } = input.options;

  const incomplete: number[] = [];
  const usedBefore: number[] = [];
  const usedAfter: number[] = [];
  const differences: number[] = [];
  input.before.forEach((first, index) => {
    const second = input.after[index] ?? null;
    if (first === null || second === null) {
      incomplete.push(index);
      return;
    }
    usedBefore.push(first);
    usedAfter.push(second);
    differences.push(second - first);
  });
  // Only means, spreads and ranks follow, so each list is summed in sorted order: the same
  // pairs in any order give the same bits.
  for (const list of [usedBefore, usedAfter, differences]) list.sort((a, b) => a - b);
  const pairs = { total: input.before.length, used: differences.length, incomplete };
  const n = differences.length;
  if (n < 2) {
    throw new InfeasibleRequestError({
      fn,
      message: `only ${String(n)} of ${String(pairs.total)} pairs have both a before and an after value, and a paired comparison needs at least 2; add pairs or fill in missing values`,
      path: ['before'],
      facts: { pairs },
    });
  }

  const meanDifference = mean(differences);
  const sdDifference = Math.sqrt(variance(differences));
  if (![meanDifference, sdDifference, mean(usedBefore), mean(usedAfter)].every(Number.isFinite)) {
    throw new InvalidInputError(fn, [
      {
        path: ['before'],
        pathText: 'before',
        code: 'too_big',
        message:
          'holds values so large (beyond about 1e150) that their sums or squares overflow; rescale every value (divide by 1,000, say)',
      },
    ]);
  }
  const standardError = sdDifference / Math.sqrt(n);
  // R's t.test refuses data whose spread is lost in rounding, and gives NaN when all are equal.
  if (!(standardError > 10 * Number.EPSILON * Math.abs(meanDifference))) {
    throw new InfeasibleRequestError({
      fn,
      message: `every one of the ${String(n)} pairs changed by the same amount (${String(meanDifference)}), so the differences have no spread and the t-test is undefined; report the change directly`,
      path: ['after'],
      facts: { pairs, meanDifference },
    });
  }

  const df = n - 1;
  const statistic = meanDifference / standardError;
  const quantile = tQuantile(1 - (1 - confidence) / 2, df);
  const dz = meanDifference / sdDifference;
  return {
    difference: 'after - before',
    pairs,
    meanBefore: mean(usedBefore),
    meanAfter: mean(usedAfter),
    meanDifference,
    sdDifference,
    tTest: {
      method: 'paired-t-test',
      statistic,
      df,
      pValue: 2 * tSurvival(Math.abs(statistic), df),
      standardError,
      lower: (statistic - quantile) * standardError,
      upper: (statistic + quantile) * standardError,
      confidence,
    },
    effectSize: { value: dz, magnitude: effectMagnitude(dz) },
    signedRank: signedRankTest(differences, correct, exact),
  };
}

/** The most non-zero differences for which the exact distribution is computed (O(n³)). */
const MAX_EXACT = 1000;

/** The Wilcoxon signed-rank test on the differences, with R's `wilcox.test` defaults. */
function signedRankTest(
  differences: readonly number[],
  correct: boolean,
  exact: boolean | undefined,
): SignedRankTest {
  const nonZero = differences.filter((difference) => difference !== 0);
  const zeros = differences.length - nonZero.length;
  const n = nonZero.length;
  const { ranks, tieSizes } = averageRanks(nonZero.map(Math.abs));
  const statistic = ranks.reduce((sum, rank, i) => ((nonZero[i] ?? 0) > 0 ? sum + rank : sum), 0);
  const ties = tieSizes.some((size) => size > 1);
  const wantExact = (exact ?? n < 50) && n <= MAX_EXACT;
  const base = { method: 'wilcoxon-signed-rank', statistic, nonZero: n, zeros, ties } as const;

  if (wantExact && !ties && zeros === 0) {
    return {
      ...base,
      distribution: 'exact',
      distributionReason: `exact null distribution: ${String(n)} non-zero differences, no ties or zeros`,
      continuityCorrection: false,
      z: null,
      pValue: signedRankExactPValue(statistic, n),
    };
  }

  const centred = statistic - (n * (n + 1)) / 4;
  const tieCorrection = tieSizes.reduce((sum, t) => sum + t * t * t - t, 0) / 48;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieCorrection);
  const correction = correct ? Math.sign(centred) * 0.5 : 0;
  const z = (centred - correction) / sigma;
  return {
    ...base,
    distribution: 'normal',
    distributionReason: normalReason(wantExact, exact, n, zeros, ties),
    continuityCorrection: correct,
    z,
    pValue: 2 * normalSurvival(Math.abs(z)),
  };
}

function normalReason(
  wantExact: boolean,
  exact: boolean | undefined,
  n: number,
  zeros: number,
  ties: boolean,
): string {
  if (!wantExact) {
    if (exact === false) return 'normal approximation, as requested (exact: false)';
    return exact === true
      ? `normal approximation: ${String(n)} non-zero differences are more than the ${String(MAX_EXACT)} the exact distribution is computed for`
      : `normal approximation: ${String(n)} non-zero differences (the exact distribution is used below 50)`;
  }
  const causes = [
    ...(zeros > 0
      ? [`${String(zeros)} zero ${zeros === 1 ? 'difference was' : 'differences were'} dropped`]
      : []),
    ...(ties ? ['some absolute differences are tied'] : []),
  ];
  return `normal approximation: ${causes.join(' and ')}, so the exact distribution does not apply`;
}
