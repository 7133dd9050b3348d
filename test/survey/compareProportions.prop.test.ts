import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareProportions } from '../../src/survey/index.js';

const count = fc
  .integer({ min: 1, max: 5000 })
  .chain((n) => fc.record({ successes: fc.integer({ min: 0, max: n }), n: fc.constant(n) }));

describe('compareProportions', () => {
  it('negates the difference, its interval, z and h when the groups swap, keeping the p-value', () => {
    fc.assert(
      fc.property(count, count, (a, b) => {
        const forward = compareProportions(a, b);
        const back = compareProportions(b, a);
        expect(back.difference.estimate + forward.difference.estimate).toBe(0);
        expect(Math.abs(back.difference.lower + forward.difference.upper)).toBeLessThanOrEqual(
          1e-15,
        );
        expect(Math.abs(back.difference.upper + forward.difference.lower)).toBeLessThanOrEqual(
          1e-15,
        );
        expect(back.effectSize.value + forward.effectSize.value).toBe(0);
        if (forward.test.z === null) expect(back.test.z).toBeNull();
        else
          expect(Math.abs((back.test.z ?? 0) + forward.test.z)).toBeLessThanOrEqual(
            1e-12 * Math.abs(forward.test.z),
          );
        expect(back.test.pValue === null).toBe(forward.test.pValue === null);
        if (forward.test.pValue !== null && back.test.pValue !== null) {
          expect(Math.abs(back.test.pValue - forward.test.pValue)).toBeLessThanOrEqual(
            1e-12 * forward.test.pValue,
          );
        }
      }),
    );
  });

  it('gives an interval within [−1, 1] that contains the difference', () => {
    fc.assert(
      fc.property(count, count, (a, b) => {
        const { estimate, lower, upper } = compareProportions(a, b).difference;
        expect(
          -1 - 1e-15 <= lower && lower <= estimate && estimate <= upper && upper <= 1 + 1e-15,
        ).toBe(true);
      }),
    );
  });
});
