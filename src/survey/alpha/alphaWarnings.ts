/**
 * The warnings of cronbachAlpha, worded for the organiser reading the result: what was
 * found, why it matters, and what to do.
 *
 * @module
 */
import type { CronbachAlphaWarning } from '../cronbachAlpha.js';
import { PINV_TOLERANCE } from '../math/pseudoInverse.js';

/**
 * Reversing by the observed range, psych's default, is a known trap: when nobody chose an
 * end of the scale, reversed answers come out shifted.
 *
 * @param items - the reversed items.
 * @param min - the lowest answer seen.
 * @param max - the highest answer seen.
 * @returns the warning.
 */
export function observedRangeWarning(
  items: readonly string[],
  min: number,
  max: number,
): CronbachAlphaWarning {
  return {
    code: 'observed_range_reversal',
    message: `reversed ${describeList(items)} as ${String(min + max)} − x, from the lowest and highest answers seen (${String(min)} and ${String(max)}), as psych does; if the scale runs wider (nobody chose an end of it), reversed answers, means and scores are shifted. Pass options.bounds with the scale's own lowest and highest answers`,
  };
}

/** The facts behind the warnings about the data as a whole. */
export interface DataFacts {
  /** Rows in the input. */
  readonly rows: number;
  /** Rows with no answer. */
  readonly emptyRows: number;
  /** Whether rows with no answer were kept. */
  readonly keepEmpty: boolean;
  /** N, the rows counted. */
  readonly respondents: number;
  /** Rows with every item answered. */
  readonly completeRows: number;
  /** Items analysed. */
  readonly analysedItems: number;
  /** The eigenvalues of the correlation matrix, largest first. */
  readonly eigenvalues: Float64Array;
  /** Its rank, as psych's pseudo-inverse counts it. */
  readonly rank: number;
}

/**
 * Warnings about the data as a whole: empty rows, few complete rows, and a correlation
 * matrix that is not positive definite (contradictory pairwise correlations) or singular
 * (redundant items).
 *
 * @param facts - the counts and the eigenvalues.
 * @returns the warnings, in that order.
 */
export function dataWarnings(facts: DataFacts): CronbachAlphaWarning[] {
  const warnings: CronbachAlphaWarning[] = [];
  if (facts.emptyRows > 0) {
    const rowsText =
      facts.emptyRows === 1 ? '1 row answers' : `${String(facts.emptyRows)} rows answer`;
    warnings.push({
      code: 'empty_rows',
      message: facts.keepEmpty
        ? `${rowsText} no item; they are counted in N (as psych does) and have no score unless imputed, which narrows the interval without adding information. Leave options.emptyRows at 'drop' to leave them out`
        : `${rowsText} no item; they are left out (N = ${String(facts.respondents)}) and their scores are null. psych would count them in N: set options.emptyRows to 'keep' to do the same`,
    });
  }
  if (facts.completeRows < facts.analysedItems + 1) {
    warnings.push({
      code: 'few_complete_rows',
      message: `only ${String(facts.completeRows)} of ${String(facts.rows)} rows answer every item (fewer than the ${String(facts.analysedItems)} items + 1); the pairwise covariances rest on different people and may not fit together, so read the results with care`,
    });
  }
  const largest = facts.eigenvalues[0] as number;
  const smallest = facts.eigenvalues[facts.eigenvalues.length - 1] as number;
  if (smallest < -PINV_TOLERANCE * largest) {
    warnings.push({
      code: 'not_positive_definite',
      message: `the pairwise correlations contradict each other (the matrix has a negative eigenvalue, ${smallest.toPrecision(3)}), which happens when different people answered different pairs; lambda 6 and the corrected correlations may fall outside their usual range (psych clips the smcs to [0, 1])`,
    });
  } else if (facts.rank < facts.eigenvalues.length) {
    warnings.push({
      code: 'singular_correlations',
      message: `the items are linearly dependent (the correlation matrix has rank ${String(facts.rank)} of ${String(facts.eigenvalues.length)}): an item duplicates another or is a sum of others. The squared multiple correlations use the pseudo-inverse, as psych does; consider removing the redundant item`,
    });
  }
  return warnings;
}

/**
 * An item without variance cannot correlate with anything, so psych leaves it out.
 *
 * @param name - the item.
 * @param count - how many answered it.
 * @param value - the one answer everybody gave.
 * @returns the warning.
 */
export function zeroVarianceWarning(
  name: string,
  count: number,
  value: number,
): CronbachAlphaWarning {
  const why =
    count === 0
      ? 'nobody answered it'
      : count === 1
        ? 'only one person answered it'
        : `everyone who answered it chose ${String(value)}`;
  return {
    code: 'zero_variance',
    item: name,
    message: `${name} has no variance (${why}), so it cannot correlate with the other items and is left out of the reliability statistics, as psych does; it still counts in each person's score`,
  };
}

/**
 * An item that correlates negatively with the rest of the scale is most often a
 * reverse-keyed item left unmarked (or a forward item marked by mistake).
 *
 * @param name - the item.
 * @param dropR - its item-rest correlation.
 * @returns the warning.
 */
export function negativeItemRestWarning(name: string, dropR: number): CronbachAlphaWarning {
  return {
    code: 'negative_item_rest_correlation',
    item: name,
    message: `${name} correlates negatively with the rest of the scale (r.drop = ${dropR.toFixed(2)}); it pulls against the other items. It is probably reverse-keyed and not marked so in options.reverse (or marked when it should not be); check its wording`,
  };
}

/**
 * A negative alpha means the items covary negatively on average.
 *
 * @param alpha - the raw alpha.
 * @returns the warning.
 */
export function negativeAlphaWarning(alpha: number): CronbachAlphaWarning {
  return {
    code: 'negative_alpha',
    message: `alpha is negative (${alpha.toFixed(2)}): the items covary negatively on average, so they do not measure one thing as keyed; check options.reverse`,
  };
}

/**
 * Up to six names joined by commas, then how many more.
 *
 * @param names - the names.
 * @returns the list in words.
 */
export function describeList(names: readonly string[]): string {
  if (names.length === 0) return 'none';
  if (names.length <= 6) return names.join(', ');
  return `${names.slice(0, 6).join(', ')} and ${String(names.length - 6)} more`;
}
