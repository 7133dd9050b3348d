import { z } from 'zod';
import { InfeasibleRequestError } from '../core/InfeasibleRequestError.js';
import { parseWith } from '../core/validation.js';
import { binomialTestHalf } from './math/binomialTest.js';
import { chiSquaredSurvival } from './math/distributions.js';
import type { PairAccount } from './comparePaired.js';

/**
 * Options of {@link comparePairedProportions}.
 *
 * @example
 * ```ts
 * ComparePairedProportionsOptions.parse({});
 * // => { correct: true }
 * ComparePairedProportionsOptions.safeParse({ correct: 'no' }).success;
 * // => false
 * ```
 */
export const ComparePairedProportionsOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /**
     * Whether McNemar's statistic uses Edwards' continuity correction, (|b − c| − 1)²/(b + c)
     * (default `true`, as R's `mcnemar.test`).
     */
    correct: z.boolean().default(true),
  }))();
/** Options of {@link comparePairedProportions}. */
export type ComparePairedProportionsOptions = z.input<typeof ComparePairedProportionsOptions>;

/** The four ways a pair of yes/no answers can fall, before → after. */
export interface PairedTable {
  /** Yes before and yes after. */
  readonly yesYes: number;
  /** Yes before, no after (a discordant pair). */
  readonly yesNo: number;
  /** No before, yes after (a discordant pair). */
  readonly noYes: number;
  /** No before and no after. */
  readonly noNo: number;
}

/** A share of yes answers over the pairs used. */
export interface PairedShare {
  /** How many answered yes. */
  readonly yes: number;
  /** The denominator: the pairs used. */
  readonly n: number;
  /** yes / n. */
  readonly proportion: number;
}

/** McNemar's χ² test on the discordant pairs. */
export interface McNemarTest {
  /** The test, as R's `mcnemar.test`. */
  readonly method: 'mcnemar';
  /** The χ² statistic on 1 degree of freedom; `null` when no pair is discordant. */
  readonly statistic: number | null;
  /** Degrees of freedom: 1. */
  readonly df: 1;
  /** The p-value; `null` when no pair is discordant. */
  readonly pValue: number | null;
  /**
   * Whether the continuity correction was applied: when asked for and the two discordant
   * counts differ (R applies it only then).
   */
  readonly continuityCorrection: boolean;
  /** Why the statistic is `null` (R's `mcnemar.test` returns NaN there), or `null`. */
  readonly unavailableReason: string | null;
}

/** The exact (binomial) form of McNemar's test. */
export interface ExactMcNemarTest {
  /** The test: a two-sided binomial test that a change is as likely either way. */
  readonly method: 'exact-binomial';
  /** The two-sided p-value, as R's `binom.test(yesNo, yesNo + noYes)`; `null` with no discordant pair. */
  readonly pValue: number | null;
  /** Why the p-value is `null` (R's `binom.test` refuses 0 trials), or `null`. */
  readonly unavailableReason: string | null;
}

/** Everything {@link comparePairedProportions} found. */
export interface ComparePairedProportionsResult {
  /** The pairs received, used and left out. */
  readonly pairs: PairAccount;
  /** The 2 × 2 table of before → after answers over the pairs used. */
  readonly table: PairedTable;
  /** The pairs whose answer changed, each way, and in all. */
  readonly discordant: {
    /** yes → no. */
    readonly yesToNo: number;
    /** no → yes. */
    readonly noToYes: number;
    /** Both together: the pairs the tests look at. */
    readonly total: number;
  };
  /** The share answering yes before. */
  readonly before: PairedShare;
  /** The share answering yes after. */
  readonly after: PairedShare;
  /** after.proportion − before.proportion, which is (noYes − yesNo) / pairs used. */
  readonly difference: number;
  /** McNemar's χ² test. */
  readonly mcnemar: McNemarTest;
  /** The exact binomial form of McNemar's test. */
  readonly exact: ExactMcNemarTest;
}

const Answer = /* @__PURE__ */ (() =>
  z.boolean({ error: 'must be true (yes), false (no) or null (no answer)' }).nullable())();

const Arguments = /* @__PURE__ */ (() =>
  z
    .object({
      before: z.array(Answer),
      after: z.array(Answer),
      options: ComparePairedProportionsOptions.default({ correct: true }),
    })
    .superRefine((input, context) => {
      if (input.before.length !== input.after.length) {
        context.addIssue({
          code: 'custom',
          path: ['after'],
          message: `has ${String(input.after.length)} answers but before has ${String(input.before.length)}; give each person one before and one after answer (null where missing)`,
        });
      }
    }))();

const NO_CHANGE = 'no pair changed its answer, so there is nothing to compare';

/**
 * Compares paired yes/no answers, such as whether each member felt confident to lead a
 * session before and after the programme: McNemar's test, its exact binomial form, and the
 * change in the share saying yes.
 *
 * Only the people whose answer changed carry information about change: `yesToNo` of them
 * went one way and `noToYes` the other. McNemar's test asks whether those two counts
 * differ more than chance would allow (R's `mcnemar.test`, with its continuity correction
 * by default, which R applies only when the counts differ); the exact form is a binomial
 * test of a 50:50 split among the changers (R's `binom.test`), better when there are few
 * of them. A pair with a missing answer (`null`) on either side is left out and its index
 * reported in `pairs.incomplete`. When no pair changed, the tests are undefined (R returns
 * NaN) and their fields are `null` with a reason. For answers from different people use
 * {@link compareProportions}. Costs O(n).
 *
 * Reference: Q. McNemar, Psychometrika 12 (1947) 153–157; A. L. Edwards, Psychometrika 13
 * (1948) 185–187; R's `mcnemar.test` and `binom.test`.
 *
 * @param before - one answer per person before: `true` (yes), `false` (no) or `null`.
 * @param after - one answer per person after, in the same order.
 * @param options - `correct`, whether to apply the continuity correction (default true).
 * @returns the pairs used and left out, the 2 × 2 table, the discordant counts, the shares
 *   before and after, McNemar's test and the exact test.
 * @throws {@link InvalidInputError} (`invalid_input`) when the arrays differ in length or
 *   hold something other than booleans and `null`, or an option is bad.
 * @throws {@link InfeasibleRequestError} (`infeasible_request`) when no pair is complete.
 *
 * @example
 * ```ts
 * const before = [false, false, true, false, false, true, false, null, false, false, true, false];
 * const after = [true, true, true, false, true, true, true, true, false, true, false, true];
 * const result = comparePairedProportions(before, after);
 * result.discordant;
 * // => { yesToNo: 1, noToYes: 6, total: 7 }
 * [result.before.proportion, result.after.proportion].map((x) => Number(x.toFixed(4)));
 * // => [0.2727, 0.7273]
 * [Number(result.mcnemar.statistic?.toFixed(4)), Number(result.mcnemar.pValue?.toFixed(4))];
 * // => [2.2857, 0.1306]
 * Number(result.exact.pValue?.toFixed(4));
 * // => 0.125
 * ```
 */
export function comparePairedProportions(
  before: readonly (boolean | null)[],
  after: readonly (boolean | null)[],
  options: ComparePairedProportionsOptions = {},
): ComparePairedProportionsResult {
  const fn = 'comparePairedProportions';
  const input = parseWith(Arguments, { before, after, options }, { fn });
  const table = { yesYes: 0, yesNo: 0, noYes: 0, noNo: 0 };
  const incomplete: number[] = [];
  input.before.forEach((first, index) => {
    const second = input.after[index] ?? null;
    if (first === null || second === null) incomplete.push(index);
    else if (first) table[second ? 'yesYes' : 'yesNo'] += 1;
    else table[second ? 'noYes' : 'noNo'] += 1;
  });
  const used = input.before.length - incomplete.length;
  const pairs = { total: input.before.length, used, incomplete };
  if (used === 0) {
    throw new InfeasibleRequestError({
      fn,
      message: `none of the ${String(pairs.total)} pairs has both a before and an after answer; add pairs or fill in missing answers`,
      path: ['before'],
      facts: { pairs },
    });
  }

  const b = table.yesNo;
  const c = table.noYes;
  const discordant = b + c;
  const beforeYes = table.yesYes + table.yesNo;
  const afterYes = table.yesYes + table.noYes;
  const corrected = input.options.correct && b !== c;
  const statistic =
    discordant === 0 ? null : (corrected ? Math.abs(b - c) - 1 : b - c) ** 2 / discordant;
  return {
    pairs,
    table,
    discordant: { yesToNo: b, noToYes: c, total: discordant },
    before: { yes: beforeYes, n: used, proportion: beforeYes / used },
    after: { yes: afterYes, n: used, proportion: afterYes / used },
    difference: (c - b) / used,
    mcnemar: {
      method: 'mcnemar',
      statistic,
      df: 1,
      pValue: statistic === null ? null : chiSquaredSurvival(statistic, 1),
      continuityCorrection: corrected,
      unavailableReason:
        discordant === 0 ? `${NO_CHANGE} (R's mcnemar.test returns NaN here)` : null,
    },
    exact: {
      method: 'exact-binomial',
      pValue: discordant === 0 ? null : binomialTestHalf(b, discordant),
      unavailableReason: discordant === 0 ? `${NO_CHANGE} (R's binom.test refuses 0 trials)` : null,
    },
  };
}
