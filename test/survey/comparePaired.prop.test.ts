import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePaired, isPeerLearnError } from '../../src/survey/index.js';

/** Paired answers on a 1–7 scale or as measurements, with some missing. */
const value = fc.oneof(
  fc.integer({ min: 1, max: 7 }),
  fc.double({ min: -100, max: 100, noNaN: true }),
  fc.constant(null),
);
const pairs = fc.array(fc.tuple(value, value), { minLength: 2, maxLength: 80 });

function run(data: readonly (readonly [number | null, number | null])[], swap = false) {
  const before = data.map(([b, a]) => (swap ? a : b));
  const after = data.map(([b, a]) => (swap ? b : a));
  try {
    return comparePaired(before, after);
  } catch (error) {
    if (isPeerLearnError(error, 'infeasible_request')) return null;
    throw error;
  }
}

describe('comparePaired', () => {
  it('negates the change and its interval when before and after swap, keeping the p-values', () => {
    fc.assert(
      fc.property(pairs, (data) => {
        const forward = run(data);
        const back = run(data, true);
        expect(back === null).toBe(forward === null);
        if (forward === null || back === null) return;
        const scale = Math.abs(forward.meanDifference) + forward.sdDifference;
        expect(Math.abs(back.meanDifference + forward.meanDifference)).toBeLessThanOrEqual(
          1e-12 * scale,
        );
        expect(Math.abs(back.tTest.lower + forward.tTest.upper)).toBeLessThanOrEqual(1e-9 * scale);
        expect(Math.abs(back.tTest.pValue - forward.tTest.pValue)).toBeLessThanOrEqual(
          1e-9 * forward.tTest.pValue + 1e-15,
        );
        const n = forward.signedRank.nonZero;
        expect(back.signedRank.statistic).toBe((n * (n + 1)) / 2 - forward.signedRank.statistic);
        expect(Math.abs(back.signedRank.pValue - forward.signedRank.pValue)).toBeLessThanOrEqual(
          1e-12,
        );
      }),
    );
  });

  it('leaves out exactly the incomplete pairs, and its interval holds the mean change', () => {
    fc.assert(
      fc.property(pairs, (data) => {
        const result = run(data);
        if (result === null) return;
        const incomplete = data.flatMap(([b, a], i) => (b === null || a === null ? [i] : []));
        expect(result.pairs).toEqual({
          total: data.length,
          used: data.length - incomplete.length,
          incomplete,
        });
        expect(
          result.tTest.lower <= result.meanDifference &&
            result.meanDifference <= result.tTest.upper,
        ).toBe(true);
        expect(result.signedRank.nonZero + result.signedRank.zeros).toBe(result.pairs.used);
        expect(result.signedRank.pValue > 0 && result.signedRank.pValue <= 1).toBe(true);
      }),
    );
  });
});
