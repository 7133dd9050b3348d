/**
 * psych::alpha's item statistics: each item's correlations with the scale and the
 * coefficients of the scale without it.
 *
 * @module
 */
import { pairwiseCorrelation } from '../math/covariance.js';
import { withoutRowAndColumn } from '../math/matrix.js';
import {
  alphaCoefficients,
  finiteOrNull,
  medianCorrelation,
  ROUNDOFF,
  smcWithout,
  type AlphaCoefficients,
  type SortedCorrelations,
  type SquaredMultipleCorrelations,
} from './alphaCoefficients.js';

/** The matrices of the analysed, keyed items of a scale. */
export interface ScaleMatrices {
  /** The number of items k. */
  readonly k: number;
  /** The number of respondents N, for standard errors. */
  readonly n: number;
  /** The `k × k` pairwise covariances of the keyed items, row by row. */
  readonly covariance: Float64Array;
  /** Their correlations (psych's `cov2cor`). */
  readonly correlation: Float64Array;
  /** The squared multiple correlations, with the pseudo-inverse behind them. */
  readonly smc: SquaredMultipleCorrelations;
  /** The correlations between different items, sorted, for medians. */
  readonly sorted: SortedCorrelations;
}

/** One item's place in its scale. */
export interface ItemCorrelations {
  /** psych's `raw.r`: correlation with the scale score (pairwise complete). */
  readonly rawR: number | null;
  /** psych's `std.r`: item-total correlation from the correlation matrix. */
  readonly standardisedR: number | null;
  /** psych's `r.cor`: the same with each item's smc on the diagonal. */
  readonly correctedR: number | null;
  /** psych's `r.drop`: correlation with the total of the other items. */
  readonly dropR: number | null;
  /** The coefficients without the item; `null` for a two-item scale or when undefined. */
  readonly alphaIfDropped: AlphaCoefficients | null;
}

/**
 * Each item's correlations with the scale and the alpha of the scale without it, as psych's
 * `alpha` computes them: `std.r` = Σⱼrᵢⱼ/√1′R1, `r.cor` the same with smcs on the
 * diagonal, `r.drop` = (Σⱼcᵢⱼ − cᵢᵢ)/√(cᵢᵢ·1′C₋ᵢ1), and psych's `alpha.1` on the matrices
 * without the item. A correlation whose denominator is zero up to rounding is `null`.
 * Cost: O(k³) for the k items, plus O(n·k) for `raw.r`.
 *
 * @param scale - the covariances, correlations and smcs of the keyed items.
 * @param columns - each item's keyed answers (`NaN` for missing), in the same order.
 * @param scores - each respondent's scale score (`NaN` for none).
 * @returns one entry per item, in order.
 */
export function itemStatistics(
  scale: ScaleMatrices,
  columns: readonly Float64Array[],
  scores: Float64Array,
): ItemCorrelations[] {
  const { k, n, covariance, correlation, smc, sorted } = scale;
  let sumR = 0;
  let sizeR = 0;
  for (const value of correlation) {
    sumR += value;
    sizeR += Math.abs(value);
  }
  let sumSmc = 0;
  for (const value of smc.smc) sumSmc += value;
  const sumCorrected = sumR - k + sumSmc;
  const correctedDefined = sumCorrected > ROUNDOFF * (sizeR + sumSmc);

  return columns.map((column, i) => {
    let columnSum = 0;
    let correctedSum = 0;
    // The item's covariances with the other items (its own variance left out, not taken
    // away afterwards, which would cost precision and the symmetry of a two-item scale).
    let restCovarianceSum = 0;
    for (let j = 0; j < k; j++) {
      const r = correlation[j * k + i] as number;
      columnSum += r;
      correctedSum += j === i ? (smc.smc[i] as number) : r;
      if (j !== i) restCovarianceSum += covariance[j * k + i] as number;
    }
    const cii = covariance[i * k + i] as number;
    const restCovariance = withoutRowAndColumn(covariance, k, i);
    let restVariance = 0;
    let restSize = 0;
    for (const value of restCovariance) {
      restVariance += value;
      restSize += Math.abs(value);
    }
    const alphaIfDropped =
      k > 2
        ? alphaCoefficients(
            restCovariance,
            withoutRowAndColumn(correlation, k, i),
            smcWithout(smc, correlation, k, i),
            k - 1,
            n,
            medianCorrelation(sorted, k, i),
          )
        : null;
    return {
      rawR: finiteOrNull(pairwiseCorrelation(scores, column)),
      standardisedR: finiteOrNull(columnSum / Math.sqrt(sumR)),
      correctedR: correctedDefined ? finiteOrNull(correctedSum / Math.sqrt(sumCorrected)) : null,
      dropR:
        restVariance > ROUNDOFF * restSize
          ? finiteOrNull(restCovarianceSum / Math.sqrt(cii * restVariance))
          : null,
      alphaIfDropped,
    };
  });
}
