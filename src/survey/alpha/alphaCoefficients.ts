/**
 * The reliability coefficients of a set of items, from their covariance and correlation
 * matrices, exactly as psych's `alpha` computes them (its internal `alpha.1`).
 *
 * @module
 */
import { withoutRowAndColumn } from '../math/matrix.js';
import { PINV_TOLERANCE, symmetricPseudoInverse } from '../math/pseudoInverse.js';

/**
 * Relative size below which a sum counts as zero: a total variance, say, that is within a
 * few dozen units in the last place of the entries it was summed from.
 */
export const ROUNDOFF = 64 * Number.EPSILON;

/**
 * The coefficients psych's `alpha` reports for a set of items: for the whole scale, and
 * again for the scale without each item in turn.
 */
export interface AlphaCoefficients {
  /** Cronbach's alpha from the covariances: k/(k−1) · (1 − Σ variances / variance of the total). */
  readonly rawAlpha: number;
  /** Alpha from the correlations, as if every item were standardised: k/(k−1) · (1 − k/1′R1). */
  readonly standardisedAlpha: number;
  /** Guttman's lambda 6 with squared multiple correlations, psych's `G6(smc)`. */
  readonly lambda6: number;
  /** The mean of the correlations between different items, psych's `average_r`. */
  readonly averageR: number;
  /** The median of the correlations between different items, psych's `median_r`/`med.r`. */
  readonly medianR: number;
  /**
   * The variance of those correlations, psych's `var.r`: small when the items hang together
   * evenly. `null` with only one correlation (two items), where R gives `NA`.
   */
  readonly varianceR: number | null;
  /** Signal-to-noise ratio k·r̄/(1 − r̄), psych's `S/N`; `null` when r̄ is exactly 1. */
  readonly signalToNoise: number | null;
  /**
   * The asymptotic standard error of raw alpha (Duhachek & Iacobucci 2004), psych's `ase`
   * (and `alpha se` for the scale without an item); `null` if the formula has no real root,
   * which only pairwise gaps can cause.
   */
  readonly ase: number | null;
}

/** The squared multiple correlations of a correlation matrix, and facts about the matrix. */
export interface SquaredMultipleCorrelations {
  /** Each item's smc, 1 − 1/[R⁺]ᵢᵢ, clipped to [0, 1] as psych does. */
  readonly smc: Float64Array;
  /** The pseudo-inverse R⁺ (the inverse when R is not singular). */
  readonly inverse: Float64Array;
  /** The eigenvalues of R, largest first. */
  readonly eigenvalues: Float64Array;
  /** The number of eigenvalues above psych's tolerance. */
  readonly rank: number;
}

/**
 * Each item's squared multiple correlation with the other items, as psych's `smc` finds it
 * for a correlation matrix without missing entries: 1 − 1/[R⁺]ᵢᵢ with R⁺ psych's
 * pseudo-inverse, then values above 1 set to 1 and below 0 set to 0. Cost: O(k³).
 *
 * @param correlation - the `k × k` correlation matrix, row by row.
 * @param k - the number of items.
 * @returns the smcs, the pseudo-inverse, the eigenvalues and the rank.
 */
export function squaredMultipleCorrelations(
  correlation: Float64Array,
  k: number,
): SquaredMultipleCorrelations {
  const { inverse, rank, eigenvalues } = symmetricPseudoInverse(correlation, k);
  const smc = new Float64Array(k);
  for (let i = 0; i < k; i++) smc[i] = clipUnit(1 - 1 / (inverse[i * k + i] as number));
  return { smc, inverse, eigenvalues, rank };
}

/** psych sets smcs above 1 to 1 and below 0 to 0. */
function clipUnit(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * The smcs of the correlation matrix without item `drop`, found from the whole matrix.
 *
 * When R is positive definite and well conditioned (as psych's tolerance counts it), the
 * inverse of R without row and column i follows from R⁻¹ = A by the Schur complement:
 * its diagonal is Aⱼⱼ − Aᵢⱼ²/Aᵢᵢ. That costs O(k) per item instead of a fresh O(k³)
 * inversion, and psych's pseudo-inverse of the submatrix is then its true inverse (the
 * submatrix's eigenvalues lie between R's, so it is at least as well conditioned).
 * Otherwise the submatrix is pseudo-inverted afresh, exactly as psych does.
 *
 * @param whole - the smcs and inverse of the whole matrix.
 * @param correlation - the whole `k × k` correlation matrix, row by row.
 * @param k - the number of items.
 * @param drop - the item to leave out.
 * @returns the k − 1 smcs of the other items, in their order.
 */
export function smcWithout(
  whole: SquaredMultipleCorrelations,
  correlation: Float64Array,
  k: number,
  drop: number,
): Float64Array {
  if (isWellConditioned(whole.eigenvalues)) {
    const a = whole.inverse;
    const aii = a[drop * k + drop] as number;
    const smc = new Float64Array(k - 1);
    let m = 0;
    for (let j = 0; j < k; j++) {
      if (j === drop) continue;
      const aij = a[drop * k + j] as number;
      smc[m++] = clipUnit(1 - 1 / ((a[j * k + j] as number) - (aij * aij) / aii));
    }
    return smc;
  }
  return squaredMultipleCorrelations(withoutRowAndColumn(correlation, k, drop), k - 1).smc;
}

/** Positive definite, with every eigenvalue above psych's pseudo-inverse cut-off. */
function isWellConditioned(eigenvalues: Float64Array): boolean {
  const largest = eigenvalues[0] as number;
  const smallest = eigenvalues[eigenvalues.length - 1] as number;
  return smallest > 0 && smallest > PINV_TOLERANCE * largest * 16;
}

/**
 * psych's `alpha.1`: raw and standardised alpha, lambda 6, the average, median and
 * variance of the inter-item correlations, S/N and the asymptotic standard error, for
 * k ≥ 2 items. The median of the correlations comes in ready made (see
 * {@link sortCorrelations}), so that the k scales without one item cost O(k²) each.
 * Cost: O(k²).
 *
 * @param covariance - the `k × k` covariance matrix of the keyed items, row by row.
 * @param correlation - the matching correlation matrix.
 * @param smc - the items' squared multiple correlations.
 * @param k - the number of items.
 * @param n - the number of respondents, for the standard error.
 * @param medianR - the median of the correlations between different items.
 * @returns the coefficients, or `null` when the total score has no positive variance (in
 *   covariances or correlations), where alpha is not defined.
 */
export function alphaCoefficients(
  covariance: Float64Array,
  correlation: Float64Array,
  smc: Float64Array,
  k: number,
  n: number,
  medianR: number,
): AlphaCoefficients | null {
  let sumC = 0;
  let traceC = 0;
  let traceCC = 0;
  let sumCC = 0;
  let sumR = 0;
  let sizeC = 0;
  let sizeR = 0;
  for (let i = 0; i < k; i++) {
    let rowSum = 0;
    for (let j = 0; j < k; j++) {
      const c = covariance[i * k + j] as number;
      const r = correlation[i * k + j] as number;
      rowSum += c;
      traceCC += c * c;
      sumR += r;
      sizeC += Math.abs(c);
      sizeR += Math.abs(r);
    }
    sumC += rowSum;
    sumCC += rowSum * rowSum;
    traceC += covariance[i * k + i] as number;
  }
  // A total variance within rounding of zero is zero: the items cancel out exactly.
  if (!(sumC > ROUNDOFF * sizeC) || !(sumR > ROUNDOFF * sizeR)) return null;
  let sumSmc = 0;
  for (const value of smc) sumSmc += value;

  const ratio = k / (k - 1);
  const rawAlpha = (1 - traceC / sumC) * ratio;
  const standardisedAlpha = (1 - k / sumR) * ratio;
  const lambda6 = 1 - (k - sumSmc) / sumR;
  const averageR = (sumR - k) / (k * (k - 1));

  const offDiagonal = new Float64Array((k * (k - 1)) / 2);
  let m = 0;
  for (let j = 0; j < k; j++) {
    for (let i = j + 1; i < k; i++) offDiagonal[m++] = correlation[i * k + j] as number;
  }
  const factor = (2 * k * k) / ((k - 1) * (k - 1) * sumC * sumC * sumC);
  const positive = sumC * (traceCC + traceC * traceC);
  const negative = 2 * (traceC * sumCC);
  let q = factor * (positive - negative);
  // Q is a variance: zero when alpha is exactly 1, where rounding leaves noise of either
  // sign (R's sqrt then gives NaN or ~1e-8). Within rounding of its terms it is taken as 0;
  // a clearly negative Q (only contradictory pairwise covariances can cause one) gives null.
  if (Math.abs(q) <= ROUNDOFF * Math.abs(factor) * (Math.abs(positive) + Math.abs(negative))) {
    q = 0;
  }
  return {
    rawAlpha,
    standardisedAlpha,
    lambda6,
    averageR,
    medianR,
    varianceR: offDiagonal.length >= 2 ? variance(offDiagonal) : null,
    signalToNoise: finiteOrNull((k * averageR) / (1 - averageR)),
    ase: finiteOrNull(Math.sqrt(q / n)),
  };
}

/** The number itself, or `null` for NaN and ±Infinity (which plain JSON cannot carry). */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** The correlations between different items, sorted, with the two items behind each. */
export interface SortedCorrelations {
  /** The k(k−1)/2 correlations, smallest first. */
  readonly values: Float64Array;
  /** For each, the first item of the pair. */
  readonly first: Int32Array;
  /** For each, the second item of the pair. */
  readonly second: Int32Array;
}

/**
 * Sorts the correlations below the diagonal once, so that the median for the whole scale
 * and for each scale without one item can be read off in O(k²). Cost: O(k² log k).
 *
 * @param correlation - the `k × k` correlation matrix, row by row.
 * @param k - the number of items.
 * @returns the sorted correlations and their pairs.
 */
export function sortCorrelations(correlation: Float64Array, k: number): SortedCorrelations {
  const count = (k * (k - 1)) / 2;
  const raw = new Float64Array(count);
  const rawFirst = new Int32Array(count);
  const rawSecond = new Int32Array(count);
  let m = 0;
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      raw[m] = correlation[i * k + j] as number;
      rawFirst[m] = i;
      rawSecond[m] = j;
      m++;
    }
  }
  const order = Array.from({ length: count }, (_, index) => index).sort(
    (a, b) => (raw[a] as number) - (raw[b] as number) || a - b,
  );
  const values = new Float64Array(count);
  const first = new Int32Array(count);
  const second = new Int32Array(count);
  order.forEach((from, to) => {
    values[to] = raw[from] as number;
    first[to] = rawFirst[from] as number;
    second[to] = rawSecond[from] as number;
  });
  return { values, first, second };
}

/**
 * The median of the sorted correlations, leaving out every pair that involves item `drop`
 * (none when `drop` is −1), as R's `median` takes it: the mean of the two middle values
 * for an even count. Cost: O(k²).
 *
 * @param sorted - the sorted correlations from {@link sortCorrelations}.
 * @param k - the number of items.
 * @param drop - the item whose pairs to leave out, or −1 to keep them all.
 * @returns the median.
 */
export function medianCorrelation(sorted: SortedCorrelations, k: number, drop: number): number {
  const count = drop < 0 ? sorted.values.length : ((k - 1) * (k - 2)) / 2;
  const upper = count >> 1;
  const lower = count % 2 === 1 ? upper : upper - 1;
  let seen = 0;
  let low = Number.NaN;
  for (let m = 0; m < sorted.values.length; m++) {
    if (sorted.first[m] === drop || sorted.second[m] === drop) continue;
    const value = sorted.values[m] as number;
    if (seen === lower) low = value;
    if (seen === upper) return (low + value) / 2;
    seen++;
  }
  return Number.NaN;
}

/**
 * The sample variance (n − 1 denominator) by two passes, as R's `var` computes it.
 *
 * @param values - at least two values.
 * @returns their variance.
 */
export function variance(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) * (value - mean);
  return squares / (values.length - 1);
}
