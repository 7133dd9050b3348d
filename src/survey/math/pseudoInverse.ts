import { symmetricEigen } from './matrix.js';

/** R's `sqrt(.Machine$double.eps)`, the relative tolerance of psych's `Pinv`. */
export const PINV_TOLERANCE = /* @__PURE__ */ (() => Math.sqrt(Number.EPSILON))();

/** The Moore–Penrose inverse of a symmetric matrix and what was learnt on the way. */
export interface SymmetricPseudoInverse {
  /** The pseudo-inverse, `size × size`, row by row (the true inverse when `rank === size`). */
  readonly inverse: Float64Array;
  /** How many eigenvalues were kept: those larger in size than `tolerance × |largest|`. */
  readonly rank: number;
  /** The eigenvalues, largest first. */
  readonly eigenvalues: Float64Array;
}

/**
 * The Moore–Penrose pseudo-inverse of a symmetric matrix, as psych's `Pinv` computes it.
 *
 * psych takes the singular value decomposition and keeps the singular values above
 * `sqrt(eps)` times the largest. For a symmetric matrix the singular values are the
 * absolute eigenvalues and the singular vectors are its eigenvectors (up to sign), so the
 * same inverse is Σ vⱼvⱼ′/λⱼ over the eigenpairs with |λⱼ| above the tolerance. This works
 * for indefinite matrices too, which pairwise-complete correlation matrices can be.
 * Cost: O(size³).
 *
 * @param matrix - the symmetric matrix, row by row (only the upper triangle is read).
 * @param size - its number of rows.
 * @param tolerance - the relative cut-off for small eigenvalues; psych's by default.
 * @returns the pseudo-inverse, its rank and the eigenvalues.
 */
export function symmetricPseudoInverse(
  matrix: Float64Array,
  size: number,
  tolerance: number = PINV_TOLERANCE,
): SymmetricPseudoInverse {
  const { values, vectors } = symmetricEigen(matrix, size);
  let largest = 0;
  for (const value of values) largest = Math.max(largest, Math.abs(value));
  const cutoff = Math.max(tolerance * largest, 0);
  const inverse = new Float64Array(size * size);
  let rank = 0;
  for (let e = 0; e < size; e++) {
    const value = values[e] as number;
    if (!(Math.abs(value) > cutoff)) continue;
    rank++;
    const scale = 1 / value;
    for (let i = 0; i < size; i++) {
      const vi = (vectors[i * size + e] as number) * scale;
      if (vi === 0) continue;
      for (let j = i; j < size; j++) {
        inverse[i * size + j] =
          (inverse[i * size + j] as number) + vi * (vectors[j * size + e] as number);
      }
    }
  }
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < i; j++) inverse[i * size + j] = inverse[j * size + i] as number;
  }
  return { inverse, rank, eigenvalues: values };
}
