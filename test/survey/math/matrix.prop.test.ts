/**
 * Properties of the matrix helpers on random symmetric matrices: the eigendecomposition
 * rebuilds the matrix with orthonormal vectors, and the pseudo-inverse meets the
 * Moore–Penrose conditions, also for singular and indefinite matrices.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../../src/survey/math/matrix.js';
import { symmetricPseudoInverse } from '../../../src/survey/math/pseudoInverse.js';

function multiply(a: Float64Array, b: Float64Array, size: number): Float64Array {
  const out = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      let sum = 0;
      for (let m = 0; m < size; m++) sum += (a[i * size + m] ?? 0) * (b[m * size + j] ?? 0);
      out[i * size + j] = sum;
    }
  }
  return out;
}

function largestEntry(m: Float64Array): number {
  let largest = 0;
  for (const value of m) largest = Math.max(largest, Math.abs(value));
  return largest;
}

function expectClose(actual: Float64Array, expected: Float64Array, scale: number): void {
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs((actual[i] ?? Number.NaN) - (expected[i] ?? Number.NaN))).toBeLessThanOrEqual(
      1e-10 * Math.max(1, scale),
    );
  }
}

/** A random symmetric matrix, or a low-rank one B·B′ (singular when the rank is below the size). */
const symmetric = fc.integer({ min: 1, max: 8 }).chain((size) =>
  fc.oneof(
    fc
      .array(fc.integer({ min: -1000, max: 1000 }), {
        minLength: size * size,
        maxLength: size * size,
      })
      .map((hundredths) => {
        const entries = hundredths.map((value) => value / 100);
        const m = new Float64Array(size * size);
        for (let i = 0; i < size; i++) {
          for (let j = 0; j <= i; j++) {
            const value = entries[i * size + j] ?? 0;
            m[i * size + j] = value;
            m[j * size + i] = value;
          }
        }
        return { size, m };
      }),
    fc.integer({ min: 1, max: size }).chain((rank) =>
      fc
        .array(fc.integer({ min: -5, max: 5 }), { minLength: size * rank, maxLength: size * rank })
        .map((b) => {
          const m = new Float64Array(size * size);
          for (let i = 0; i < size; i++) {
            for (let j = 0; j < size; j++) {
              let sum = 0;
              for (let r = 0; r < rank; r++) sum += (b[i * rank + r] ?? 0) * (b[j * rank + r] ?? 0);
              m[i * size + j] = sum;
            }
          }
          return { size, m };
        }),
    ),
  ),
);

describe('symmetric matrix helpers', () => {
  it('the eigendecomposition rebuilds the matrix, with orthonormal vectors, largest value first', () => {
    fc.assert(
      fc.property(symmetric, ({ size, m }) => {
        const { values, vectors } = symmetricEigen(m, size);
        const scaled = new Float64Array(size * size);
        const transposed = new Float64Array(size * size);
        for (let i = 0; i < size; i++) {
          for (let j = 0; j < size; j++) {
            scaled[i * size + j] = (vectors[i * size + j] ?? 0) * (values[j] ?? 0);
            transposed[j * size + i] = vectors[i * size + j] ?? 0;
          }
        }
        expectClose(multiply(scaled, transposed, size), m, largestEntry(m));
        const identity = new Float64Array(size * size);
        for (let i = 0; i < size; i++) identity[i * size + i] = 1;
        expectClose(multiply(transposed, vectors, size), identity, 1);
        for (let i = 1; i < size; i++) {
          expect(values[i - 1] ?? 0).toBeGreaterThanOrEqual(values[i] ?? 0);
        }
      }),
    );
  });

  it('the pseudo-inverse satisfies A·A⁺·A = A and A⁺·A·A⁺ = A⁺', () => {
    fc.assert(
      fc.property(symmetric, ({ size, m }) => {
        const { inverse, rank } = symmetricPseudoInverse(m, size);
        const { values } = symmetricEigen(m, size);
        const largest = Math.max(...Array.from(values, Math.abs));
        // Well posed only when every eigenvalue is clearly kept or clearly zero, not near the
        // cut-off, where a rounding error decides which side it falls.
        fc.pre(
          rank === 0 ||
            Array.from(values).every(
              (value) => Math.abs(value) > 1e-6 * largest || Math.abs(value) < 1e-12 * largest,
            ),
        );
        expectClose(multiply(multiply(m, inverse, size), m, size), m, largestEntry(m));
        expectClose(
          multiply(multiply(inverse, m, size), inverse, size),
          inverse,
          largestEntry(inverse),
        );
      }),
    );
  });
});
