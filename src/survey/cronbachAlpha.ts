import { InfeasibleRequestError } from '../core/InfeasibleRequestError.js';
import { covarianceToCorrelation, pairwiseCovariance } from './math/covariance.js';
import { fQuantile } from './math/distributions.js';
import {
  alphaCoefficients,
  finiteOrNull,
  medianCorrelation,
  sortCorrelations,
  squaredMultipleCorrelations,
  type AlphaCoefficients,
} from './alpha/alphaCoefficients.js';
import { checkAlphaInput, defaultItemNames } from './alpha/alphaInput.js';
import {
  dataWarnings,
  describeList,
  negativeAlphaWarning,
  negativeItemRestWarning,
  observedRangeWarning,
  zeroVarianceWarning,
} from './alpha/alphaWarnings.js';
import {
  collectAnswers,
  constantOf,
  describeColumn,
  fillGaps,
  keyAnswers,
  responseShares,
  rowMeans,
} from './alpha/answerMatrix.js';
import { itemStatistics, type ItemCorrelations } from './alpha/itemStatistics.js';

export type { AlphaCoefficients } from './alpha/alphaCoefficients.js';

const FN = 'cronbachAlpha';

/** Options of {@link cronbachAlpha}. */
export interface CronbachAlphaOptions {
  /** The items' names, one per column; `item1…itemk` when left out. */
  readonly items?: readonly string[];
  /**
   * The reverse-keyed items, by name or by column index (from 0). Each is turned round as
   * x′ = max + min − x before anything is computed, so that a high answer means the same
   * on every item.
   */
  readonly reverse?: readonly (string | number)[];
  /**
   * The lowest and highest answers the scale allows (1 and 5 for a five-point Likert item),
   * used to reverse items and to check every answer. Without them, psych's default is
   * followed: the smallest and largest answers observed on any item, which shifts the
   * reversed answers when nobody used an end of the scale; a warning says so.
   */
  readonly bounds?: {
    /** The lowest answer the scale allows. */
    readonly min: number;
    /** The highest answer the scale allows. */
    readonly max: number;
  };
  /** The confidence level of the Feldt interval; 0.95 by default. */
  readonly confidence?: number;
  /**
   * How to fill missing answers before anything is computed: `none` (default; pairwise-
   * complete covariances, and a person's score is the mean of the items they answered), or
   * each item's `median` or `mean` of the answers given, as `psych::alpha(impute = …)`.
   */
  readonly impute?: 'none' | 'median' | 'mean';
  /**
   * What to do with rows in which nothing was answered: `drop` (default) leaves them out,
   * so they count neither in N (for the interval and the standard error) nor, under
   * imputation, as invented respondents, and their score is `null`; `keep` counts them in
   * N as psych does (and, under imputation, fills them like any other gap, as psych
   * does). Either way a warning says how many there were.
   */
  readonly emptyRows?: 'drop' | 'keep';
}

/** A confidence interval for alpha. */
export interface AlphaInterval {
  /** How it was computed: Feldt's (1965) F-based interval, psych's `alpha.ci`. */
  readonly method: 'feldt';
  /** The confidence level. */
  readonly confidence: number;
  /** The lower end: 1 − (1 − α)·F(1 − (1 − level)/2; df1, df2). */
  readonly lower: number;
  /** The upper end: 1 − (1 − α)·F((1 − level)/2; df1, df2). */
  readonly upper: number;
  /** N − 1, with N the respondents counted. */
  readonly df1: number;
  /** (N − 1)(k − 1), with k the items analysed. */
  readonly df2: number;
}

/** How often one answer was given to an item. */
export interface ResponseShare {
  /** The answer, as given (before any reversing). */
  readonly value: number;
  /** How many respondents gave it. */
  readonly count: number;
  /** Their share of the item's answers (missing answers left out), as psych reports it. */
  readonly share: number;
}

/** What cronbachAlpha found about one item (one column). */
export interface CronbachAlphaItem {
  /** The item's name. */
  readonly name: string;
  /** Its column index, from 0. */
  readonly column: number;
  /** Whether it was reverse-keyed. */
  readonly reversed: boolean;
  /**
   * Whether it entered the reliability statistics. An item with no variance cannot
   * correlate with anything and is left out, as psych does (a warning says why); it still
   * counts in each person's score, and its correlations and alpha-if-dropped are `null`.
   */
  readonly analysed: boolean;
  /** The number of answers used, imputed ones included (psych's `n`). */
  readonly n: number;
  /** The mean of its (keyed) answers; `null` if nobody answered. */
  readonly mean: number | null;
  /** Their standard deviation; `null` with fewer than two answers. */
  readonly sd: number | null;
  /**
   * Its correlation with the scale score (the mean of each person's answered items),
   * psych's `raw.r`. The item is part of that score, so this flatters it.
   */
  readonly rawR: number | null;
  /** The same from the correlation matrix, as if every item were standardised: `std.r`. */
  readonly standardisedR: number | null;
  /** The item-total correlation corrected for overlap and unreliability (smc on the diagonal): `r.cor`. */
  readonly correctedR: number | null;
  /**
   * Its correlation with the total of the other items, psych's `r.drop` (the item-rest
   * correlation). Below zero the item pulls against the scale: often a reverse-keying slip.
   */
  readonly dropR: number | null;
  /** The coefficients of the scale without this item; `null` for a two-item scale (one item left has no alpha). */
  readonly alphaIfDropped: AlphaCoefficients | null;
  /**
   * How often each answer was given, over the answers given (before imputation and
   * reversing): every value seen on any item is listed, as in psych's
   * `response.frequencies`. `null` when nobody answered, or when the data have more
   * than 10 distinct values (not a rating scale).
   */
  readonly responses: readonly ResponseShare[] | null;
  /** The share of respondents who left it blank. */
  readonly missingShare: number;
}

/** The kinds of warning {@link cronbachAlpha} gives. */
export type CronbachAlphaWarningCode =
  | 'observed_range_reversal'
  | 'empty_rows'
  | 'few_complete_rows'
  | 'not_positive_definite'
  | 'singular_correlations'
  | 'zero_variance'
  | 'negative_item_rest_correlation'
  | 'negative_alpha';

/** Something about the data that a reader of the result should know. */
export interface CronbachAlphaWarning {
  /** What kind of problem it is. */
  readonly code: CronbachAlphaWarningCode;
  /** The item concerned, when there is one. */
  readonly item?: string;
  /** What was found and what to do about it, in plain words. */
  readonly message: string;
}

/** How the rows were counted. */
export interface AlphaCounts {
  /** Rows in the input. */
  readonly rows: number;
  /** Rows counted as respondents: N for the interval and the standard error. */
  readonly respondents: number;
  /** Rows in which nothing was answered. */
  readonly emptyRows: number;
  /** Rows in which every item was answered. */
  readonly completeRows: number;
  /** Items (columns) in the input. */
  readonly items: number;
  /** Items analysed: k in every formula (items without variance are left out). */
  readonly analysedItems: number;
}

/** How reverse-keyed items were turned round. */
export type AlphaReversal =
  | {
      /** Nothing was reversed. */
      readonly method: 'none';
    }
  | {
      /** With `options.bounds`, or with the smallest and largest answers seen (psych's default). */
      readonly method: 'bounds' | 'observed_range';
      /** The lowest answer. */
      readonly min: number;
      /** The highest answer; reversed answers are max + min − x. */
      readonly max: number;
    };

/** The result of {@link cronbachAlpha}: plain JSON. */
export interface CronbachAlphaResult extends AlphaCoefficients {
  /**
   * The average inter-item correlation that would give `rawAlpha` with k items by the
   * Spearman–Brown formula, α/(k − α(k − 1)): psych's `scoreItems` `average.r` and
   * `alpha.ci`'s `r.bar`. Its signal-to-noise ratio k·r/(1 − r) is α/(1 − α).
   */
  readonly impliedAverageR: number;
  /** The mean of the persons' scores. */
  readonly mean: number;
  /** Their standard deviation. */
  readonly sd: number;
  /** The confidence interval for raw alpha. */
  readonly interval: AlphaInterval;
  /** How many rows and items there were and how many were used. */
  readonly counts: AlphaCounts;
  /** How reverse-keyed items were turned round. */
  readonly reversal: AlphaReversal;
  /** How missing answers were filled, if at all. */
  readonly impute: 'none' | 'median' | 'mean';
  /** One entry per item, in column order. */
  readonly items: readonly CronbachAlphaItem[];
  /**
   * Each row's score: the mean of its keyed answers (imputed ones included), in input
   * order; `null` for a row with nothing to average.
   */
  readonly scores: readonly (number | null)[];
  /** How many items each row left blank, in input order. */
  readonly missingCounts: readonly number[];
  /** What a reader should know about the data, most general first. */
  readonly warnings: readonly CronbachAlphaWarning[];
}

/**
 * Cronbach's alpha and the rest of psych's reliability analysis for one scale.
 *
 * A survey in a peer-learning programme often scores a domain (growth, say, or belonging)
 * as the mean of a few items. Before reading such a score, check that the items measure
 * one thing: alpha (Cronbach 1951), standardised alpha, Guttman's lambda 6 (Guttman 1945),
 * the inter-item correlations, Feldt's (1965) confidence interval, and for each item its
 * correlation with the rest and the alpha the scale would have without it. The numbers
 * match R's `psych::alpha` (version 2.2.9) to 1e-12: pairwise-complete covariances, psych's
 * pseudo-inverse for the squared multiple correlations, the observed answer range for
 * reversing unless `options.bounds` is given. Warnings flag what psych leaves to the eye:
 * items without variance, items that pull against the scale (often a reverse-keying slip),
 * reversing by the observed range, and pairwise covariances that contradict each other.
 * Cost: O(n·k² + k³) for n rows and k items, up to O(k⁴) when the items are nearly
 * dependent (fewer rows than items, say); at most 100 items and 10,000,000 answers, which
 * take about 3 s at worst.
 *
 * Where it departs from psych, on purpose: rows with no answer are left out of N unless
 * `options.emptyRows` is `'keep'`; a two-item scale has no alpha-if-dropped (psych fills
 * in placeholders); response frequencies count the answers given, not imputed ones; and an
 * item without variance counts in a person's score only if they answered it (psych adds
 * its first row's value to everyone's).
 *
 * @param matrix - one row per respondent, one column per item; `null` for a missing answer.
 * @param options - item names, reverse-keyed items, scale bounds, interval level,
 *   imputation and what to do with empty rows (see {@link CronbachAlphaOptions}).
 * @returns the coefficients, the interval, one entry per item, each row's score and
 *   warnings, as plain JSON.
 * @throws {@link InvalidInputError} (`invalid_input`) for fewer than 2 rows or items, rows
 *   of different lengths, a cell that is not a finite number or null (or is beyond 1e100,
 *   where sums of squares overflow), an unknown or
 *   repeated reverse-keyed item, item names that do not match the columns, or an answer
 *   outside `options.bounds`; each problem with its path, such as `matrix[3][2]`; and, at
 *   once, more than 100 items or 10,000,000 answers.
 * @throws {@link InfeasibleRequestError} (`infeasible_request`) when the data cannot give an
 *   alpha: fewer than 2 respondents or 2 items with variance, two items that fewer than 2
 *   people answered together, or a total score without variance.
 *
 * @example
 * ```ts
 * // Eight members rated four statements on a 1–5 scale; q3 is worded the other way round.
 * const answers = [
 *   [4, 5, 2, 4],
 *   [2, 3, 4, 3],
 *   [5, 4, 1, 4],
 *   [3, 3, 3, 2],
 *   [1, 2, 4, 2],
 *   [4, 4, 3, 5],
 *   [2, 1, 5, null],
 *   [3, 4, 2, 3],
 * ];
 * const result = cronbachAlpha(answers, {
 *   items: ['q1', 'q2', 'q3', 'q4'],
 *   reverse: ['q3'],
 *   bounds: { min: 1, max: 5 },
 * });
 * Number(result.rawAlpha.toFixed(4));
 * // => 0.904
 * [Number(result.interval.lower.toFixed(4)), Number(result.interval.upper.toFixed(4))];
 * // => [0.715, 0.9784]
 * result.items.map((item) => Number(item.dropR?.toFixed(2)));
 * // => [0.92, 0.83, 0.79, 0.61]
 * result.scores.slice(0, 3);
 * // => [4.25, 2.5, 4.5]
 * result.warnings;
 * // => []
 *
 * // Forgetting to reverse q3 shows up at once.
 * cronbachAlpha(answers).warnings.map((warning) => warning.code);
 * // => ['negative_item_rest_correlation', 'negative_alpha']
 * ```
 */
export function cronbachAlpha(
  matrix: readonly (readonly (number | null)[])[],
  options: CronbachAlphaOptions = {},
): CronbachAlphaResult {
  const { matrix: given, options: settings } = checkAlphaInput(matrix, options);
  // The rows in one order whatever the input's, so that the sums give the same bits for the
  // same rows shuffled; the per-row lists go back to input order at the end.
  const order = rowOrder(given);
  const input = order.map((r) => given[r] as readonly (number | null)[]);
  const rows = input.length;
  const k = (input[0] as readonly (number | null)[]).length;
  const names = settings.items ?? defaultItemNames(k);
  const impute = settings.impute ?? 'none';
  const keepEmpty = settings.emptyRows === 'keep';
  const confidence = settings.confidence ?? 0.95;
  const reversed = new Uint8Array(k);
  for (const entry of settings.reverse ?? []) {
    reversed[typeof entry === 'number' ? entry : names.indexOf(entry.trim())] = 1;
  }

  // The rows that count, column by column.
  const answers = collectAnswers(input, k, keepEmpty);
  const { data, answered, used } = answers;
  const n = used.length;
  const respondents = rows - answers.emptyRows;
  if (respondents < 2) {
    throw new InfeasibleRequestError({
      fn: FN,
      message: `${respondents === 0 ? 'none' : `only ${String(respondents)}`} of the ${String(rows)} rows answered any item; alpha needs answers from at least 2 respondents`,
      path: ['matrix'],
      facts: { rows, respondents },
    });
  }
  const responses = responseShares(data, n, k, answered);

  // Items without variance are left out of the statistics, as psych does.
  const analysed: number[] = [];
  const itemWarnings: (CronbachAlphaWarning | undefined)[] = names.map((name, j) => {
    const constant = constantOf(data.subarray(j * n, (j + 1) * n));
    if (constant === undefined) {
      analysed.push(j);
      return undefined;
    }
    return zeroVarianceWarning(name, answered[j] as number, constant);
  });
  const ka = analysed.length;
  if (ka < 2) {
    const varying = analysed.map((j) => names[j] as string);
    throw new InfeasibleRequestError({
      fn: FN,
      message: `only ${String(ka)} of the ${String(k)} items ${ka === 1 ? 'varies' : 'vary'} (${describeList(varying)}); alpha needs at least 2 items whose answers differ between people`,
      path: ['matrix'],
      facts: { items: k, itemsWithVariance: varying },
    });
  }

  // Gaps are imputed before reversing; reversing uses the bounds or the observed range.
  if (impute !== 'none') fillGaps(data, n, k, impute);
  const reversal = reversalOf(reversed, settings.bounds, data, n, analysed);
  const generalWarnings: CronbachAlphaWarning[] = [];
  if (reversal.method === 'observed_range') {
    const flipped = names.filter((_, j) => reversed[j] === 1);
    generalWarnings.push(observedRangeWarning(flipped, reversal.min, reversal.max));
  }
  const keyed = keyAnswers(
    data,
    n,
    reversed,
    reversal.method === 'none' ? 0 : reversal.min + reversal.max,
  );
  const rowScores = rowMeans(keyed, n, k);
  const scores = new Array<number | null>(rows).fill(null);
  used.forEach((r, u) => {
    scores[r] = finiteOrNull(rowScores[u] as number);
  });

  // Covariances of the answers as given, then keyed by sign (psych's key.d %*% C %*% key.d).
  const analysedData = new Float64Array(n * ka);
  analysed.forEach((j, a) => {
    analysedData.set(data.subarray(j * n, (j + 1) * n), a * n);
  });
  const { covariance, pairCounts } = pairwiseCovariance(analysedData, n, ka);
  requireOverlap(
    pairCounts,
    ka,
    analysed.map((j) => names[j] as string),
  );
  const sign = analysed.map((j) => (reversed[j] === 1 ? -1 : 1));
  for (let a = 0; a < ka; a++) {
    for (let b = 0; b < ka; b++) {
      // `+ 0` turns the -0 of a zero covariance with a reversed item into 0 (JSON has no -0).
      covariance[a * ka + b] =
        (sign[a] as number) * (covariance[a * ka + b] as number) * (sign[b] as number) + 0;
    }
  }
  const correlation = covarianceToCorrelation(covariance, ka);
  const smc = squaredMultipleCorrelations(correlation, ka);
  const sorted = sortCorrelations(correlation, ka);
  const total = alphaCoefficients(
    covariance,
    correlation,
    smc.smc,
    ka,
    n,
    medianCorrelation(sorted, ka, -1),
  );
  if (total === null) {
    throw new InfeasibleRequestError({
      fn: FN,
      message: `the items cancel out: their total has no positive variance, so alpha is not defined; check options.reverse (a reverse-keyed item left unmarked can do this)`,
      path: ['options', 'reverse'],
      facts: { items: analysed.map((j) => names[j] as string) },
    });
  }
  const perItem = itemStatistics(
    { k: ka, n, covariance, correlation, smc, sorted },
    analysed.map((j) => keyed.subarray(j * n, (j + 1) * n)),
    rowScores,
  );

  const unanalysed: ItemCorrelations = {
    rawR: null,
    standardisedR: null,
    correctedR: null,
    dropR: null,
    alphaIfDropped: null,
  };
  const items = names.map((name, j): CronbachAlphaItem => {
    const summary = describeColumn(keyed.subarray(j * n, (j + 1) * n));
    const a = analysed.indexOf(j);
    const statistics = a < 0 ? unanalysed : (perItem[a] as ItemCorrelations);
    if (statistics.dropR !== null && statistics.dropR < 0) {
      itemWarnings[j] = negativeItemRestWarning(name, statistics.dropR);
    }
    return {
      name,
      column: j,
      reversed: reversed[j] === 1,
      analysed: a >= 0,
      n: summary.count,
      mean: summary.mean,
      sd: summary.sd,
      ...statistics,
      responses: responses[j] ?? null,
      missingShare: 1 - (answered[j] as number) / n,
    };
  });

  // Feldt's interval: 1 − (1 − α)·F with N − 1 and (N − 1)(k − 1) degrees of freedom.
  const df1 = n - 1;
  const df2 = (n - 1) * (ka - 1);
  const tail = 1 - confidence;
  const interval: AlphaInterval = {
    method: 'feldt',
    confidence,
    lower: 1 - (1 - total.rawAlpha) * fQuantile(1 - tail / 2, df1, df2),
    upper: 1 - (1 - total.rawAlpha) * fQuantile(tail / 2, df1, df2),
    df1,
    df2,
  };
  // At least two respondents have a score, so their mean and sd exist.
  const spread = describeColumn(rowScores);

  const warnings = [
    ...generalWarnings,
    ...dataWarnings({
      rows,
      emptyRows: answers.emptyRows,
      keepEmpty,
      respondents: n,
      completeRows: answers.completeRows,
      analysedItems: ka,
      eigenvalues: smc.eigenvalues,
      rank: smc.rank,
    }),
    ...itemWarnings.filter((warning) => warning !== undefined),
    ...(total.rawAlpha < 0 ? [negativeAlphaWarning(total.rawAlpha)] : []),
  ];

  return {
    ...total,
    impliedAverageR: total.rawAlpha / (ka - total.rawAlpha * (ka - 1)),
    mean: spread.mean as number,
    sd: spread.sd as number,
    interval,
    counts: {
      rows,
      respondents: n,
      emptyRows: answers.emptyRows,
      completeRows: answers.completeRows,
      items: k,
      analysedItems: ka,
    },
    reversal,
    impute,
    items,
    scores: inInputOrder(scores, order),
    missingCounts: inInputOrder(answers.missingCounts, order),
    warnings,
  };
}

/** The row indexes sorted by the rows' answers (missing first, then by value), ties by index. */
function rowOrder(rows: readonly (readonly (number | null)[])[]): number[] {
  const compare = (a: readonly (number | null)[], b: readonly (number | null)[]): number => {
    for (let j = 0; j < a.length; j++) {
      const x = a[j] ?? null;
      const y = b[j] ?? null;
      if (x === y) continue;
      if (x === null) return -1;
      if (y === null) return 1;
      return x - y;
    }
    return 0;
  };
  return [...rows.keys()].sort(
    (a, b) =>
      compare(rows[a] as readonly (number | null)[], rows[b] as readonly (number | null)[]) ||
      a - b,
  );
}

/** A per-row list in the sorted order of {@link rowOrder}, put back in input order. */
function inInputOrder<T>(list: readonly T[], order: readonly number[]): T[] {
  const result = new Array<T>(list.length);
  order.forEach((r, sorted) => {
    result[r] = list[sorted] as T;
  });
  return result;
}

/**
 * How to reverse: nothing to reverse; the scale's bounds; or, as psych does without them,
 * the lowest and highest answers seen on the analysed items (after any imputation).
 */
function reversalOf(
  reversed: Uint8Array,
  bounds: { readonly min: number; readonly max: number } | undefined,
  data: Float64Array,
  n: number,
  analysed: readonly number[],
): AlphaReversal {
  if (!reversed.includes(1)) return { method: 'none' };
  if (bounds !== undefined) return { method: 'bounds', min: bounds.min, max: bounds.max };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const j of analysed) {
    for (let u = 0; u < n; u++) {
      const value = data[j * n + u] as number;
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  return { method: 'observed_range', min, max };
}

/** Every pair of items needs two respondents in common, or its covariance is unknown. */
function requireOverlap(pairCounts: Int32Array, k: number, names: readonly string[]): void {
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const shared = pairCounts[a * k + b] as number;
      if (shared >= 2) continue;
      const pair = [names[a] as string, names[b] as string];
      throw new InfeasibleRequestError({
        fn: FN,
        message: `items ${JSON.stringify(pair[0])} and ${JSON.stringify(pair[1])} were answered together by ${String(shared)} respondent${shared === 1 ? '' : 's'}, so their covariance is unknown; collect more complete answers, use options.impute, or leave one of them out`,
        path: ['matrix'],
        facts: { items: pair, answeredTogether: shared },
      });
    }
  }
}
