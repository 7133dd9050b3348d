import { z } from 'zod';
import { InfeasibleRequestError } from '../../core/InfeasibleRequestError.js';
import { parseWith } from '../../core/validation.js';
import { comparePaired, tQuantile, tSurvival } from '../../survey/index.js';
import type { CommunityAssessment } from '../assessCommunity.js';
import { DESIGN_PRINCIPLES, PrincipleId } from '../designPrinciples.js';
import { orderFreeMean, orderFreeVariance, sortedCopy } from './statistics.js';

/**
 * Options of {@link compareAssessments}.
 *
 * @example
 * ```ts
 * CompareAssessmentsOptions.parse({});
 * // => { confidence: 0.95 }
 * CompareAssessmentsOptions.safeParse({ confidence: 1 }).success;
 * // => false
 * ```
 */
export const CompareAssessmentsOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The confidence level of the interval for each change (default 0.95). */
    confidence: z.number().gt(0).lt(1).default(0.95),
  }))();
/** Options of {@link compareAssessments}. */
export type CompareAssessmentsOptions = z.input<typeof CompareAssessmentsOptions>;

/** A test of the change in one principle, with the interval for the change. */
export interface ChangeTest {
  /**
   * `paired-t-test` (R's `t.test(end, start, paired = TRUE)`) when two or more members have
   * a score at both times; `welch-t-test` (R's `t.test(end, start)`) otherwise.
   */
  readonly method: 'paired-t-test' | 'welch-t-test';
  /** The change the test is about: the mean difference (paired) or difference of means (Welch). */
  readonly estimate: number;
  /** The t statistic. */
  readonly statistic: number;
  /** Degrees of freedom (Welch–Satterthwaite for Welch, so not always whole). */
  readonly df: number;
  /** The two-sided p-value. */
  readonly pValue: number;
  /** The standard error of the estimate. */
  readonly standardError: number;
  /** The lower bound of the interval for the change. */
  readonly lower: number;
  /** The upper bound of the interval for the change. */
  readonly upper: number;
  /** The confidence level. */
  readonly confidence: number;
  /**
   * For the paired test, the Wilcoxon signed-rank p-value from survey's `comparePaired`,
   * which does not assume normal differences; `null` for Welch.
   */
  readonly signedRankPValue: number | null;
}

/** One side (start or end) of a principle's change. */
export interface ChangeSide {
  /** How many members had a score. */
  readonly answered: number;
  /** Their mean; `null` when nobody had a score. */
  readonly mean: number | null;
  /** The band label the assessment gave; `null` when there was none. */
  readonly band: string | null;
}

/** The change in one principle between two assessments. */
export interface PrincipleChange {
  /** The principle's id. */
  readonly principle: PrincipleId;
  /** The principle's name. */
  readonly name: string;
  /** The start, as assessed. */
  readonly start: ChangeSide;
  /** The end, as assessed. */
  readonly end: ChangeSide;
  /** end mean − start mean over everyone who answered each time; `null` when a side has none. */
  readonly change: number | null;
  /** How many members had a score at both times. */
  readonly paired: number;
  /** The members with a score at the start only, sorted (in the change, not in a paired test). */
  readonly startOnly: readonly string[];
  /** The members with a score at the end only, sorted. */
  readonly endOnly: readonly string[];
  /** The test of the change; `null` where the numbers do not allow one (see `note`). */
  readonly test: ChangeTest | null;
  /** Which test was used and why, or why there is none. */
  readonly note: string;
}

/** Who took part in each assessment. */
export interface MembersAccount {
  /** Members in both assessments, sorted. */
  readonly both: readonly string[];
  /** Members only in the start assessment, sorted. */
  readonly startOnly: readonly string[];
  /** Members only in the end assessment, sorted. */
  readonly endOnly: readonly string[];
}

/** Everything {@link compareAssessments} found. */
export interface AssessmentComparison {
  /** Who took part at the start, the end, or both: every member is in exactly one list. */
  readonly members: MembersAccount;
  /** The change per principle measured in both, in the order of {@link DESIGN_PRINCIPLES}. */
  readonly principles: readonly PrincipleChange[];
  /** Principles measured in only one of the two assessments. */
  readonly unmatched: readonly PrincipleId[];
}

// Scores sit on an assessment's answer scale; the bound only keeps sums and squares from
// overflowing when a stored assessment has been tampered with.
const Score = /* @__PURE__ */ (() =>
  z
    .number()
    .refine(Number.isFinite, 'must be finite')
    .refine((score) => Math.abs(score) <= 1e100, 'must be a score on the answer scale')
    .nullable())();

const AssessmentShape = /* @__PURE__ */ (() =>
  z.object({
    principles: z.array(
      z.object({
        principle: PrincipleId,
        band: z.object({ label: z.string() }).nullable(),
      }),
    ),
    members: z.array(
      z.object({
        member: z.string().min(1),
        scores: z.record(PrincipleId, Score.optional()),
      }),
    ),
  }))();

interface Shape {
  readonly principles: readonly { principle: PrincipleId; band: { label: string } | null }[];
  readonly members: readonly {
    member: string;
    scores: Partial<Record<PrincipleId, number | null | undefined>>;
  }[];
}

/**
 * Compares two assessments of the same community (say at the start and end of a year):
 * the change in each principle, with a test of the change where the numbers allow one.
 *
 * When two or more members answered both times, the change is tested on their own
 * differences (paired t-test, R's `t.test(end, start, paired = TRUE)`, with the Wilcoxon
 * signed-rank p-value beside it, both from survey's `comparePaired`): each member is their
 * own comparison, which removes the differences between members and is the stronger test.
 * Members who answered only once still count in each side's mean and are listed, never
 * dropped silently. When fewer than two members answered both times, the two groups are
 * compared with Welch's t-test (R's `t.test(end, start)`), which does not assume equal
 * variances. With no spread at all, or fewer than two scores on a side, there is no test and
 * `note` says why. Scales of 1–5 are coarse; read the p-value beside the size of the change.
 * Cost: O(members log members) per principle.
 *
 * @param start - the earlier assessment, as {@link assessCommunity} returns it.
 * @param end - the later assessment.
 * @param options - the confidence level of the intervals.
 * @returns who took part when, and per principle the change, its test and a note.
 * @throws {@link InvalidInputError} (`invalid_input`) when an assessment lacks its
 *   principles or members, names an unknown principle id, or an option is bad.
 *
 * @example
 * ```ts
 * const answers = (ev: number) => ({ EV1: ev, EV2: ev, EV3: 6 - ev });
 * const start = assessCommunity([
 *   { id: 's1', respondent: 'ana', answers: answers(2) },
 *   { id: 's2', respondent: 'ben', answers: answers(3) },
 *   { id: 's3', respondent: 'cai', answers: answers(1) },
 * ]);
 * const end = assessCommunity([
 *   { id: 'e1', respondent: 'ana', answers: answers(4) },
 *   { id: 'e2', respondent: 'ben', answers: answers(4) },
 *   { id: 'e3', respondent: 'cai', answers: answers(2) },
 *   { id: 'e4', respondent: 'dee', answers: answers(5) },
 * ]);
 * const comparison = compareAssessments(start, end);
 * comparison.members;
 * // => { both: ['ana', 'ben', 'cai'], startOnly: [], endOnly: ['dee'] }
 * const evolution = comparison.principles[0];
 * [evolution?.change, evolution?.paired, evolution?.test?.method, evolution?.test?.estimate];
 * // => [1.75, 3, 'paired-t-test', 1.3333333333333333]
 * Number(evolution?.test?.pValue.toFixed(4));
 * // => 0.0572
 * ```
 */
export function compareAssessments(
  start: CommunityAssessment,
  end: CommunityAssessment,
  options: CompareAssessmentsOptions = {},
): AssessmentComparison {
  const fn = 'compareAssessments';
  const settings = parseWith(CompareAssessmentsOptions, options, { fn, root: 'options' });
  const before: Shape = parseWith(AssessmentShape, start, { fn, root: 'start' });
  const after: Shape = parseWith(AssessmentShape, end, { fn, root: 'end' });

  const startMembers = new Set(before.members.map((entry) => entry.member));
  const endMembers = new Set(after.members.map((entry) => entry.member));
  const members: MembersAccount = {
    both: [...startMembers].filter((member) => endMembers.has(member)).sort(compareText),
    startOnly: [...startMembers].filter((member) => !endMembers.has(member)).sort(compareText),
    endOnly: [...endMembers].filter((member) => !startMembers.has(member)).sort(compareText),
  };

  const startIds = new Set(before.principles.map((entry) => entry.principle));
  const endIds = new Set(after.principles.map((entry) => entry.principle));
  const principles: PrincipleChange[] = [];
  const unmatched: PrincipleId[] = [];
  for (const principle of DESIGN_PRINCIPLES) {
    const inStart = startIds.has(principle.id);
    const inEnd = endIds.has(principle.id);
    if (!inStart && !inEnd) continue;
    if (!inStart || !inEnd) {
      unmatched.push(principle.id);
      continue;
    }
    principles.push(
      comparePrinciple(principle.id, principle.name, before, after, settings.confidence),
    );
  }
  return { members, principles, unmatched };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function scoresOf(shape: Shape, id: PrincipleId): Map<string, number> {
  const scores = new Map<string, number>();
  for (const entry of shape.members) {
    const score = entry.scores[id];
    if (typeof score === 'number') scores.set(entry.member, score);
  }
  return scores;
}

function side(shape: Shape, id: PrincipleId, scores: ReadonlyMap<string, number>): ChangeSide {
  const values = [...scores.values()];
  return {
    answered: values.length,
    mean: values.length === 0 ? null : orderFreeMean(values),
    band: shape.principles.find((entry) => entry.principle === id)?.band?.label ?? null,
  };
}

function comparePrinciple(
  id: PrincipleId,
  name: string,
  before: Shape,
  after: Shape,
  confidence: number,
): PrincipleChange {
  const startScores = scoresOf(before, id);
  const endScores = scoresOf(after, id);
  const both = [...startScores.keys()].filter((member) => endScores.has(member)).sort(compareText);
  const startOnly = [...startScores.keys()].filter((m) => !endScores.has(m)).sort(compareText);
  const endOnly = [...endScores.keys()].filter((m) => !startScores.has(m)).sort(compareText);
  const startSide = side(before, id, startScores);
  const endSide = side(after, id, endScores);
  const change =
    startSide.mean === null || endSide.mean === null ? null : endSide.mean - startSide.mean;
  const { test, note } =
    both.length >= 2
      ? pairedTest(both, startScores, endScores, startOnly.length + endOnly.length, confidence)
      : welchTest([...startScores.values()], [...endScores.values()], both.length, confidence);
  return {
    principle: id,
    name,
    start: startSide,
    end: endSide,
    change,
    paired: both.length,
    startOnly,
    endOnly,
    test,
    note,
  };
}

function pairedTest(
  both: readonly string[],
  startScores: ReadonlyMap<string, number>,
  endScores: ReadonlyMap<string, number>,
  unpaired: number,
  confidence: number,
): { test: ChangeTest | null; note: string } {
  const beforeValues = both.map((member) => startScores.get(member) ?? Number.NaN);
  const afterValues = both.map((member) => endScores.get(member) ?? Number.NaN);
  const left =
    unpaired === 0
      ? ''
      : `; ${String(unpaired)} member${unpaired === 1 ? '' : 's'} answered only once and count in the means but not in the test`;
  try {
    const result = comparePaired(beforeValues, afterValues, { confidence });
    return {
      test: {
        method: 'paired-t-test',
        estimate: result.meanDifference,
        statistic: result.tTest.statistic,
        df: result.tTest.df,
        pValue: result.tTest.pValue,
        standardError: result.tTest.standardError,
        lower: result.tTest.lower,
        upper: result.tTest.upper,
        confidence,
        signedRankPValue: result.signedRank.pValue,
      },
      note: `paired t-test on the ${String(both.length)} members who answered both times, since each is their own comparison${left}`,
    };
  } catch (error) {
    if (!(error instanceof InfeasibleRequestError)) throw error;
    return {
      test: null,
      note: `every one of the ${String(both.length)} members who answered both times changed by the same amount, so the change has no spread and no t-test applies${left}`,
    };
  }
}

function welchTest(
  startValues: readonly number[],
  endValues: readonly number[],
  paired: number,
  confidence: number,
): { test: ChangeTest | null; note: string } {
  const why =
    paired === 0
      ? 'no member answered both times, so no paired test is possible'
      : 'only 1 member answered both times, too few for a paired test';
  const n1 = startValues.length;
  const n2 = endValues.length;
  if (n1 < 2 || n2 < 2) {
    return {
      test: null,
      note: `${why}, and Welch's t-test needs at least two scores at each time (there are ${String(n1)} and ${String(n2)})`,
    };
  }
  const a = sortedCopy(startValues);
  const b = sortedCopy(endValues);
  const share1 = orderFreeVariance(a) / n1;
  const share2 = orderFreeVariance(b) / n2;
  const standardError = Math.sqrt(share1 + share2);
  const estimate = orderFreeMean(b) - orderFreeMean(a);
  // R's t.test stops with "data are essentially constant" in the same case.
  if (
    !(
      standardError >
      10 * Number.EPSILON * Math.max(Math.abs(orderFreeMean(a)), Math.abs(orderFreeMean(b)))
    )
  ) {
    return {
      test: null,
      note: `${why}, and the scores have no spread at either time, so Welch's t-test is undefined`,
    };
  }
  const df = (share1 + share2) ** 2 / (share1 ** 2 / (n1 - 1) + share2 ** 2 / (n2 - 1));
  const statistic = estimate / standardError;
  const quantile = tQuantile(1 - (1 - confidence) / 2, df);
  return {
    test: {
      method: 'welch-t-test',
      estimate,
      statistic,
      df,
      pValue: Math.min(1, 2 * tSurvival(Math.abs(statistic), df)),
      standardError,
      lower: estimate - quantile * standardError,
      upper: estimate + quantile * standardError,
      confidence,
      signedRankPValue: null,
    },
    note: `Welch's t-test comparing everyone who answered at each time, since ${why}; it does not assume equal variances`,
  };
}
