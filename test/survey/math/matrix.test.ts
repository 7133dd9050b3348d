/**
 * The matrix helpers behind cronbachAlpha (covariance.ts, matrix.ts, pseudoInverse.ts and
 * the smc in alpha/alphaCoefficients.ts) against R 4.2.2 and psych 2.2.9: the
 * `matrices` section of test/fixtures/r/reliability.json (see reliability.R) and the
 * scoreItems numbers of test/fixtures/psych/. Expected values name their source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  covarianceToCorrelation,
  pairwiseCorrelation,
  pairwiseCovariance,
} from '../../../src/survey/math/covariance.js';
import {
  sumOfEntries,
  symmetricEigen,
  trace,
  withoutRowAndColumn,
} from '../../../src/survey/math/matrix.js';
import { symmetricPseudoInverse } from '../../../src/survey/math/pseudoInverse.js';
import {
  medianCorrelation,
  smcWithout,
  sortCorrelations,
  squaredMultipleCorrelations,
} from '../../../src/survey/alpha/alphaCoefficients.js';

const TOLERANCE = 1e-12;

/** A JSON fixture; each caller states the shape it expects. */
function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
}

interface MatrixCase {
  items: string[];
  matrix: (number | null)[][];
  covariance: number[][];
  correlation: number[][];
  eigenvalues: number[];
  pinv: number[][];
  smc: number[];
  smc_covariance: number[];
}
const { matrices } = readJson('../../fixtures/r/reliability.json') as {
  matrices: Record<string, MatrixCase>;
};

/** Rows of numbers (null = missing) as the column-by-column typed array the helpers take. */
function byColumn(rows: readonly (readonly (number | null)[])[]): Float64Array {
  const n = rows.length;
  const k = rows[0]?.length ?? 0;
  const data = new Float64Array(n * k);
  rows.forEach((row, r) => {
    row.forEach((value, j) => {
      data[j * n + r] = value ?? Number.NaN;
    });
  });
  return data;
}

const flat = (rows: readonly (readonly number[])[]): Float64Array => Float64Array.from(rows.flat());

function expectAllNear(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  label: string,
  tolerance = TOLERANCE,
): void {
  expect(actual.length, label).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i] ?? Number.NaN;
    const got = actual[i] ?? Number.NaN;
    expect(
      Math.abs(got - want),
      `${label}[${String(i)}]: ${String(got)} vs R ${String(want)}`,
    ).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(want)));
  }
}

describe('pairwise covariances and correlations match R', () => {
  for (const [name, data] of Object.entries(matrices)) {
    it(`${name}: cov(x, use = "pairwise") and cov2cor`, () => {
      // R 4.2.2 stats::cov and cov2cor, reliability.json matrices
      const k = data.items.length;
      const { covariance, pairCounts } = pairwiseCovariance(
        byColumn(data.matrix),
        data.matrix.length,
        k,
      );
      expectAllNear(covariance, flat(data.covariance), `${name} covariance`);
      expectAllNear(covarianceToCorrelation(covariance, k), flat(data.correlation), `${name} R`);
      for (let i = 0; i < k; i++) {
        const answered = data.matrix.filter((row) => row[i] !== null).length;
        expect(pairCounts[i * k + i]).toBe(answered);
      }
    });
  }

  it('pairs with fewer than two shared rows have no covariance', () => {
    const data = byColumn([
      [1, null, null],
      [2, 5, null],
      [3, null, null],
    ]);
    const { covariance, pairCounts } = pairwiseCovariance(data, 3, 3);
    expect(covariance[0]).toBe(1);
    expect(Number.isNaN(covariance[1])).toBe(true);
    expect(Number.isNaN(covariance[8])).toBe(true);
    expect(Array.from(pairCounts)).toEqual([3, 1, 0, 1, 1, 0, 0, 0, 0]);
  });

  it('pairwise correlation skips gaps and stays within [-1, 1]', () => {
    const x = Float64Array.from([1, 2, Number.NaN, 4, 5]);
    const y = Float64Array.from([2, 4, 7, 8, 10]);
    expect(pairwiseCorrelation(x, y)).toBeCloseTo(1, 15);
    expect(pairwiseCorrelation(x, y)).toBeLessThanOrEqual(1);
    expect(pairwiseCorrelation(x, Float64Array.from([5, 4, 0, 2, 1]))).toBeCloseTo(-1, 15);
    // R 4.2.2: cor(c(1, 2, 4, 5), c(2, 3, 1, 5)) = 0.42761798705987902
    expect(pairwiseCorrelation(x, Float64Array.from([2, 3, 9, 1, 5]))).toBeCloseTo(
      0.42761798705987902,
      15,
    );
    expect(Number.isNaN(pairwiseCorrelation(x, Float64Array.from([3, 3, 1, 3, 3])))).toBe(true);
    expect(Number.isNaN(pairwiseCorrelation(x, Float64Array.from([1, NaN, NaN, NaN, NaN])))).toBe(
      true,
    );
  });
});

describe('eigenvalues, pseudo-inverse and smc match R and psych', () => {
  for (const [name, data] of Object.entries(matrices)) {
    it(`${name}: eigen(R), psych::Pinv(R), psych::smc(R) and smc(C, covar = TRUE)`, () => {
      // R 4.2.2 eigen; psych 2.2.9 Pinv and smc, reliability.json matrices
      const k = data.items.length;
      const correlation = flat(data.correlation);
      expectAllNear(symmetricEigen(correlation, k).values, data.eigenvalues, `${name} eigen`);
      const pinv = symmetricPseudoInverse(correlation, k);
      expectAllNear(pinv.inverse, flat(data.pinv), `${name} Pinv`, 1e-11);
      const smc = squaredMultipleCorrelations(correlation, k);
      expectAllNear(smc.smc, data.smc, `${name} smc`);
      const variances = data.covariance.map((row, i) => row[i] ?? Number.NaN);
      expectAllNear(
        Array.from(smc.smc, (value, i) => value * (variances[i] ?? Number.NaN)),
        data.smc_covariance,
        `${name} smc(covar = TRUE)`,
      );
    });
  }

  it('a singular matrix has rank below its size', () => {
    // psych::Pinv 2.2.9 drops the zero eigenvalue of the duplicated item, reliability.json
    const data = matrices['duplicate_item'];
    const k = data?.items.length ?? 0;
    const pinv = symmetricPseudoInverse(flat(data?.correlation ?? []), k);
    expect(pinv.rank).toBe(k - 1);
  });

  it('the smcs without an item equal those of the smaller matrix, by either route', () => {
    for (const data of Object.values(matrices)) {
      const k = data.items.length;
      const correlation = flat(data.correlation);
      const whole = squaredMultipleCorrelations(correlation, k);
      for (let drop = 0; drop < k; drop++) {
        const direct = squaredMultipleCorrelations(
          withoutRowAndColumn(correlation, k, drop),
          k - 1,
        );
        expectAllNear(
          smcWithout(whole, correlation, k, drop),
          direct.smc,
          `smc without ${String(drop)}`,
          1e-11,
        );
      }
    }
  });
});

describe('small helpers', () => {
  it('eigen of a 2 × 2 and of a diagonal matrix', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expectAllNear(values, [3, 1], 'values');
    expectAllNear(
      vectors.map(Math.abs),
      [Math.SQRT1_2, Math.SQRT1_2, Math.SQRT1_2, Math.SQRT1_2],
      'vectors',
    );
    expect(Array.from(symmetricEigen(Float64Array.from([1, 0, 0, 3]), 2).values)).toEqual([3, 1]);
    // Far-apart diagonal entries with a tiny coupling: the rotation angle must not overflow.
    const wide = Float64Array.from([1e100, 1e-60, 0, 1e-60, -1e100, 1e99, 0, 1e99, 1]);
    const { values: w, vectors: v } = symmetricEigen(wide, 3);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let rebuilt = 0;
        for (let e = 0; e < 3; e++)
          rebuilt += (v[i * 3 + e] ?? 0) * (w[e] ?? 0) * (v[j * 3 + e] ?? 0);
        expect(Math.abs(rebuilt - (wide[i * 3 + j] ?? 0))).toBeLessThan(1e-14 * 1e100);
      }
    }
  });

  it('sums, traces and submatrices', () => {
    const m = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sumOfEntries(m)).toBe(45);
    expect(trace(m, 3)).toBe(15);
    expect(Array.from(withoutRowAndColumn(m, 3, 1))).toEqual([1, 3, 7, 9]);
  });

  it('the median of the correlations, whole and without each item, as R median', () => {
    // R: median(c(.1, .5, .3)) = .3; without item 0 only r12 = .3 is left
    const r = Float64Array.from([1, 0.1, 0.5, 0.1, 1, 0.3, 0.5, 0.3, 1]);
    const sorted = sortCorrelations(r, 3);
    expect(medianCorrelation(sorted, 3, -1)).toBe(0.3);
    expect(medianCorrelation(sorted, 3, 0)).toBe(0.3);
    expect(medianCorrelation(sorted, 3, 2)).toBe(0.1);
    const four = Float64Array.from([
      1, 0.1, 0.2, 0.3, 0.1, 1, 0.4, 0.5, 0.2, 0.4, 1, 0.6, 0.3, 0.5, 0.6, 1,
    ]);
    expect(medianCorrelation(sortCorrelations(four, 4), 4, -1)).toBeCloseTo(0.35, 15);
    expect(medianCorrelation(sortCorrelations(Float64Array.from([1]), 1), 1, -1)).toBeNaN();
  });
});

// ---- psych::scoreItems numbers that cronbachAlpha does not mirror, rebuilt from the helpers
// to show what they are and why they differ (see cronbachAlpha's report in the docs). ----

interface ScaleScores {
  alpha: number;
  G6: number;
  ase: number;
  item_cor: Record<string, number>;
  item_corrected: Record<string, number>;
}
type Imputation = 'impute_none' | 'impute_median' | 'impute_mean';
const scoreItemsAll = readJson('../../fixtures/psych/synthetic_scoreItems_all.json') as {
  keys: Record<string, string[]>;
} & Record<Imputation, { scales: Record<string, ScaleScores> }>;

/** R's median and mean of the answers given, filled into the gaps of each column. */
function imputed(
  rows: readonly (readonly (number | null)[])[],
  how: 'median' | 'mean',
): number[][] {
  const k = rows[0]?.length ?? 0;
  const fills = Array.from({ length: k }, (_, j) => {
    const values = rows.map((row) => row[j]).filter((value): value is number => value != null);
    values.sort((a, b) => a - b);
    if (how === 'mean') return values.reduce((sum, value) => sum + value, 0) / values.length;
    const half = values.length >> 1;
    return values.length % 2 === 1
      ? (values[half] ?? Number.NaN)
      : ((values[half - 1] ?? Number.NaN) + (values[half] ?? Number.NaN)) / 2;
  });
  return rows.map((row) => row.map((value, j) => value ?? fills[j] ?? Number.NaN));
}

describe('psych::scoreItems statistics that use every scale at once, from the helpers', () => {
  const data = matrices['synthetic_all'];
  const items = data?.items ?? [];
  const k = items.length;
  for (const [key, how] of [
    ['impute_none', null],
    ['impute_median', 'median'],
    ['impute_mean', 'mean'],
  ] as const) {
    it(`G6, item_cor, item_corrected and ase with ${key}`, () => {
      // psych::scoreItems 2.2.9, synthetic_scoreItems_all.json
      const rows = how === null ? (data?.matrix ?? []) : imputed(data?.matrix ?? [], how);
      const { covariance } = pairwiseCovariance(byColumn(rows), rows.length, k);
      const smc = squaredMultipleCorrelations(covarianceToCorrelation(covariance, k), k).smc;
      // scoreItems puts smc × variance on the diagonal: smc(C, covar = TRUE) over ALL items,
      // so a scale's G6 and corrected correlations depend on which other scales are scored.
      const corrected = Float64Array.from(covariance);
      for (let i = 0; i < k; i++)
        corrected[i * k + i] = (smc[i] ?? 0) * (covariance[i * k + i] ?? 0);
      for (const [scale, keys] of Object.entries(scoreItemsAll.keys)) {
        const expected = scoreItemsAll[key].scales[scale];
        const weight = items.map((item) =>
          keys.includes(item) ? 1 : keys.includes(`-${item}`) ? -1 : 0,
        );
        const quadratic = (m: Float64Array): number => {
          let sum = 0;
          for (let i = 0; i < k; i++) {
            for (let j = 0; j < k; j++)
              sum += (weight[i] ?? 0) * (m[i * k + j] ?? 0) * (weight[j] ?? 0);
          }
          return sum;
        };
        const total = quadratic(covariance);
        const correctedTotal = quadratic(corrected);
        let sumVar = 0;
        let sumVar2 = 0;
        let sumSmc = 0;
        let sumSquares = 0;
        for (let i = 0; i < k; i++) {
          const w = Math.abs(weight[i] ?? 0);
          const variance = covariance[i * k + i] ?? 0;
          sumVar += w * variance;
          sumVar2 += w * variance * variance;
          sumSmc += w * (corrected[i * k + i] ?? 0);
          for (let j = 0; j < k; j++)
            sumSquares += w * Math.abs(weight[j] ?? 0) * (covariance[i * k + j] ?? 0) ** 2;
        }
        const n = keys.length;
        expect(
          Math.abs(((total - sumVar) * n) / ((n - 1) * total) - (expected?.alpha ?? 0)),
        ).toBeLessThan(TOLERANCE);
        expect(Math.abs((total - sumVar + sumSmc) / total - (expected?.G6 ?? 0))).toBeLessThan(
          TOLERANCE,
        );
        // scoreItems' ase puts Σ cᵢᵢ² where Duhachek & Iacobucci have tr(C²), and Σ cᵢⱼ² for
        // 1′C²1; psych::alpha uses the matrix products, and so does cronbachAlpha.
        const q =
          ((2 * n * n) / ((n - 1) ** 2 * total ** 3)) *
          (total * (sumVar2 + sumVar * sumVar) - 2 * sumVar * sumSquares);
        expect(Math.abs(Math.sqrt(q / rows.length) - (expected?.ase ?? 0))).toBeLessThan(TOLERANCE);
        items.forEach((item, i) => {
          let row = 0;
          let correctedRow = 0;
          for (let j = 0; j < k; j++) {
            row += (covariance[i * k + j] ?? 0) * (weight[j] ?? 0);
            correctedRow += (corrected[i * k + j] ?? 0) * (weight[j] ?? 0);
          }
          const variance = covariance[i * k + i] ?? 0;
          if (how === null) {
            // Without imputation item_cor comes from the pairwise covariances, not from the
            // scores; it can exceed 1 (edge_scoreItems.json has 1.00015), so cronbachAlpha
            // reports psych::alpha's raw.r instead.
            expect(
              Math.abs(row / Math.sqrt(total * variance) - (expected?.item_cor[item] ?? 0)),
            ).toBeLessThan(TOLERANCE);
          }
          expect(
            Math.abs(
              correctedRow / Math.sqrt(correctedTotal * variance) -
                (expected?.item_corrected[item] ?? 0),
            ),
          ).toBeLessThan(TOLERANCE);
        });
      }
    });
  }
});
