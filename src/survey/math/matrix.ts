/**
 * Small dense-matrix helpers for the survey statistics: a square matrix is a `Float64Array`
 * of `size * size` numbers stored row by row, so entry (i, j) is `data[i * size + j]`.
 *
 * Internal: not exported from the package. The matrices here are item × item (a handful
 * to a few dozen items), so plain loops over typed arrays are both simple and fast.
 *
 * @module
 */

/** The eigenvalues and eigenvectors of a symmetric matrix. */
export interface SymmetricEigen {
  /** The eigenvalues, largest first. */
  readonly values: Float64Array;
  /**
   * The eigenvectors as the columns of a `size × size` matrix stored row by row: the
   * vector for `values[j]` is `(vectors[j], vectors[size + j], vectors[2 * size + j], …)`.
   * They are orthonormal.
   */
  readonly vectors: Float64Array;
}

/** The most sweeps Jacobi's method is allowed; it converges quadratically, in well under 20. */
const MAX_SWEEPS = 60;

/**
 * Eigendecomposition of a symmetric matrix by cyclic Jacobi rotations.
 *
 * Each rotation zeroes one off-diagonal entry; sweeps over all pairs repeat until the
 * off-diagonal part is negligible. The method is slower than QR for big matrices but
 * accurate to a few units in the last place even for tiny eigenvalues, which is what a
 * pseudo-inverse needs. Cost: O(size³) per sweep, with a small number of sweeps.
 * Only the upper triangle and the diagonal of `matrix` are read; it is not changed.
 *
 * @param matrix - the symmetric matrix, row by row.
 * @param size - its number of rows (and columns).
 * @returns the eigenvalues (largest first) and the matching orthonormal eigenvectors.
 */
export function symmetricEigen(matrix: Float64Array, size: number): SymmetricEigen {
  const a = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = i; j < size; j++) {
      const value = matrix[i * size + j] as number;
      a[i * size + j] = value;
      a[j * size + i] = value;
    }
  }
  const v = new Float64Array(size * size);
  for (let i = 0; i < size; i++) v[i * size + i] = 1;

  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let offDiagonal = 0;
    let diagonal = 0;
    for (let i = 0; i < size; i++) {
      const d = a[i * size + i] as number;
      diagonal += d * d;
      for (let j = i + 1; j < size; j++) {
        const x = a[i * size + j] as number;
        offDiagonal += x * x;
      }
    }
    // Stop once the off-diagonal mass cannot change any eigenvalue in the last place.
    if (offDiagonal === 0 || offDiagonal <= Number.EPSILON * Number.EPSILON * 1e-4 * diagonal) {
      break;
    }
    for (let p = 0; p < size - 1; p++) {
      for (let q = p + 1; q < size; q++) {
        rotate(a, v, size, p, q);
      }
    }
  }
  return sortedEigen(a, v, size);
}

/** Applies the Jacobi rotation that zeroes entry (p, q) of `a`, accumulating it into `v`. */
function rotate(a: Float64Array, v: Float64Array, size: number, p: number, q: number): void {
  const apq = a[p * size + q] as number;
  if (apq === 0) return;
  const app = a[p * size + p] as number;
  const aqq = a[q * size + q] as number;
  const theta = (aqq - app) / (2 * apq);
  // The smaller root of t² + 2θt − 1 = 0, written so it neither overflows nor cancels.
  const t =
    Math.abs(theta) > 1e150
      ? 1 / (2 * theta)
      : Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let r = 0; r < size; r++) {
    if (r === p || r === q) continue;
    const arp = a[r * size + p] as number;
    const arq = a[r * size + q] as number;
    const newRp = c * arp - s * arq;
    const newRq = s * arp + c * arq;
    a[r * size + p] = newRp;
    a[p * size + r] = newRp;
    a[r * size + q] = newRq;
    a[q * size + r] = newRq;
  }
  a[p * size + p] = app - t * apq;
  a[q * size + q] = aqq + t * apq;
  a[p * size + q] = 0;
  a[q * size + p] = 0;
  for (let r = 0; r < size; r++) {
    const vrp = v[r * size + p] as number;
    const vrq = v[r * size + q] as number;
    v[r * size + p] = c * vrp - s * vrq;
    v[r * size + q] = s * vrp + c * vrq;
  }
}

/** Orders the eigenpairs from the largest eigenvalue down. */
function sortedEigen(a: Float64Array, v: Float64Array, size: number): SymmetricEigen {
  const order = Array.from({ length: size }, (_, i) => i).sort(
    (i, j) => (a[j * size + j] as number) - (a[i * size + i] as number) || i - j,
  );
  const values = new Float64Array(size);
  const vectors = new Float64Array(size * size);
  order.forEach((from, to) => {
    values[to] = a[from * size + from] as number;
    for (let r = 0; r < size; r++) vectors[r * size + to] = v[r * size + from] as number;
  });
  return { values, vectors };
}

/**
 * The matrix without one row and the column of the same index.
 *
 * @param matrix - a square matrix, row by row.
 * @param size - its number of rows.
 * @param drop - the index of the row and column to leave out.
 * @returns the `(size − 1) × (size − 1)` principal submatrix, row by row.
 */
export function withoutRowAndColumn(
  matrix: Float64Array,
  size: number,
  drop: number,
): Float64Array {
  const out = new Float64Array((size - 1) * (size - 1));
  let k = 0;
  for (let i = 0; i < size; i++) {
    if (i === drop) continue;
    for (let j = 0; j < size; j++) {
      if (j === drop) continue;
      out[k++] = matrix[i * size + j] as number;
    }
  }
  return out;
}

/**
 * The sum of every entry of a matrix (1′A1 for a square matrix A).
 *
 * @param matrix - the entries, in any order.
 * @returns their sum.
 */
export function sumOfEntries(matrix: Float64Array): number {
  let sum = 0;
  for (const value of matrix) sum += value;
  return sum;
}

/**
 * The trace (sum of the diagonal) of a square matrix.
 *
 * @param matrix - the matrix, row by row.
 * @param size - its number of rows.
 * @returns the sum of its diagonal entries.
 */
export function trace(matrix: Float64Array, size: number): number {
  let sum = 0;
  for (let i = 0; i < size; i++) sum += matrix[i * size + i] as number;
  return sum;
}
