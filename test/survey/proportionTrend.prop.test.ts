import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proportionTrend } from '../../src/survey/index.js';

const group = fc
  .integer({ min: 1, max: 500 })
  .chain((n) => fc.record({ successes: fc.integer({ min: 0, max: n }), n: fc.constant(n) }));
const groups = fc.array(group, { minLength: 2, maxLength: 8 });

describe('proportionTrend', () => {
  it('reverses the sign of the trend, not its size, when the order is reversed', () => {
    fc.assert(
      fc.property(groups, (series) => {
        const forward = proportionTrend(series).trend;
        const back = proportionTrend([...series].reverse()).trend;
        expect(Math.abs(back.slope + forward.slope)).toBeLessThanOrEqual(
          1e-12 * Math.abs(forward.slope) + 1e-15,
        );
        if (forward.statistic === null || back.statistic === null) {
          expect(back.statistic).toBe(forward.statistic);
        } else {
          expect(Math.abs(back.statistic - forward.statistic)).toBeLessThanOrEqual(
            1e-9 * forward.statistic + 1e-12,
          );
        }
      }),
    );
  });

  it('gives the same trend statistic for any increasing linear rescoring', () => {
    fc.assert(
      fc.property(
        groups,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (series, scale, shift) => {
          const plain = proportionTrend(series).trend;
          const rescored = proportionTrend(
            series.map((g, i) => ({ ...g, score: shift + scale * (i + 1) })),
          ).trend;
          if (plain.statistic === null || rescored.statistic === null) {
            expect(rescored.statistic).toBe(plain.statistic);
          } else {
            // Mathematically equal; in floating point a large shift against a small scale
            // (78.77, 78.78, …) loses digits before any test arithmetic starts, and the
            // covariance can cancel, so the check allows 1e-7 relative.
            expect(Math.abs(rescored.statistic - plain.statistic)).toBeLessThanOrEqual(
              1e-7 * plain.statistic + 1e-12,
            );
          }
        },
      ),
    );
  });

  it('accounts for every group, each with an interval around its share', () => {
    fc.assert(
      fc.property(groups, (series) => {
        const result = proportionTrend(series);
        expect(result.groups.map((g) => [g.successes, g.n])).toEqual(
          series.map((g) => [g.successes, g.n]),
        );
        for (const g of result.groups)
          expect(g.lower <= g.estimate && g.estimate <= g.upper).toBe(true);
        expect(result.equality.df).toBe(series.length - 1);
      }),
    );
  });
});
