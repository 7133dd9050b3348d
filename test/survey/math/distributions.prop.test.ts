import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chiSquaredCdf,
  chiSquaredQuantile,
  chiSquaredSurvival,
  fCdf,
  fQuantile,
  fSurvival,
  normalCdf,
  normalQuantile,
  normalSurvival,
  tCdf,
  tQuantile,
  tSurvival,
} from '../../../src/survey/math/distributions.js';

/** Degrees of freedom spread evenly on a log scale from 0.5 to 1e6, whole or not. */
const df = fc.double({ min: Math.log(0.5), max: Math.log(1e6), noNaN: true }).map(Math.exp);
/** Probabilities from 1e-12 to 1 − 1e-12, dense in both tails. */
const probability = fc
  .double({ min: Math.log(1e-12), max: Math.log(0.5), noNaN: true })
  .chain((logP) => fc.constantFrom(Math.exp(logP), 1 - Math.exp(logP)));
/** Points on the real line from about −1e6 to 1e6, dense near 0. */
const point = fc
  .double({ min: -14, max: 14, noNaN: true })
  .map((u) => Math.sign(u) * Math.expm1(Math.abs(u)));
const positive = fc.double({ min: -30, max: 14, noNaN: true }).map(Math.exp);

/** Relative closeness, for comparing two computations of one small tail. */
function close(actual: number, expected: number, tolerance: number): boolean {
  return Math.abs(actual - expected) <= tolerance * Math.abs(expected) + 1e-300;
}

/**
 * a ≤ b up to rounding: each cdf switches between two formulas (series and continued
 * fraction, or the direct tail and its complement), which can disagree in the last bit.
 */
function notAbove(a: number, b: number): boolean {
  return a <= b + 1e-14 * Math.abs(b);
}

/** The smaller tail of a probability, which quantiles must reproduce to relative accuracy. */
const smallerTail = (p: number, lower: number, upper: number): [number, number] =>
  p < 0.5 ? [lower, p] : [upper, 1 - p];

describe('cdfs are monotone (up to rounding) and their two tails add to 1', () => {
  it('normal', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(notAbove(normalCdf(x), normalCdf(y))).toBe(true);
        expect(Math.abs(normalCdf(x) + normalSurvival(x) - 1)).toBeLessThanOrEqual(2.3e-16);
      }),
    );
  });

  it("Student's t", () => {
    fc.assert(
      fc.property(point, point, df, (a, b, nu) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(notAbove(tCdf(x, nu), tCdf(y, nu))).toBe(true);
        expect(Math.abs(tCdf(x, nu) + tSurvival(x, nu) - 1)).toBeLessThanOrEqual(4.5e-16);
      }),
    );
  });

  it('χ²', () => {
    fc.assert(
      fc.property(positive, positive, df, (a, b, nu) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(notAbove(chiSquaredCdf(x, nu), chiSquaredCdf(y, nu))).toBe(true);
        expect(Math.abs(chiSquaredCdf(x, nu) + chiSquaredSurvival(x, nu) - 1)).toBeLessThanOrEqual(
          4.5e-16,
        );
      }),
    );
  });

  it('F', () => {
    fc.assert(
      fc.property(positive, positive, df, df, (a, b, nu1, nu2) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(notAbove(fCdf(x, nu1, nu2), fCdf(y, nu1, nu2))).toBe(true);
        expect(Math.abs(fCdf(x, nu1, nu2) + fSurvival(x, nu1, nu2) - 1)).toBeLessThanOrEqual(
          4.5e-16,
        );
      }),
    );
  });
});

describe('quantiles invert their cdfs', () => {
  it('cdf(quantile(p)) = p, to 1e-12 relative in the smaller tail (plus one rounding of x)', () => {
    /**
     * Checks tail(x) against the target; the allowance adds what rounding x to a double
     * can do, |d log tail / d log x| · 2⁻⁵², which is large for a χ² with a million df.
     */
    const inverts = (x: number, tail: (x: number) => number, target: number): boolean => {
      const h = 1e-7;
      const sensitivity = Math.abs(Math.log(tail(x * (1 + h)) / tail(x))) / h;
      return close(tail(x), target, 1e-12 + 2.3e-16 * sensitivity);
    };
    fc.assert(
      fc.property(probability, df, df, (p, nu1, nu2) => {
        const lower = p < 0.5;
        const target = lower ? p : 1 - p;
        const t = tQuantile(p, nu1);
        expect(inverts(t, (x) => (lower ? tCdf(x, nu1) : tSurvival(x, nu1)), target)).toBe(true);
        const c = chiSquaredQuantile(p, nu1);
        const chi = (x: number) => (lower ? chiSquaredCdf(x, nu1) : chiSquaredSurvival(x, nu1));
        expect(inverts(c, chi, target)).toBe(true);
        const f = fQuantile(p, nu1, nu2);
        const fisher = (x: number) => (lower ? fCdf(x, nu1, nu2) : fSurvival(x, nu1, nu2));
        expect(inverts(f, fisher, target)).toBe(true);
        // AS 241 is good to about 1e-16 in z; the tail's slope z² turns that into ~1e-14 in p.
        const z = normalQuantile(p);
        expect(close(...smallerTail(p, normalCdf(z), normalSurvival(z)), 1e-13)).toBe(true);
      }),
    );
  });

  it('quantile(cdf(x)) = x wherever the cdf is not flat in double precision', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 30, noNaN: true }), df, (x, nu) => {
        const p = chiSquaredCdf(x, nu);
        fc.pre(p > 1e-250 && p < 0.999);
        expect(close(chiSquaredQuantile(p, nu), x, 1e-11)).toBe(true);
        const q = tCdf(-x, nu);
        fc.pre(q > 1e-250);
        expect(close(tQuantile(q, nu), -x, 1e-11)).toBe(true);
      }),
    );
  });
});

describe('symmetries and identities between the distributions', () => {
  it('t and the normal are symmetric about 0', () => {
    fc.assert(
      fc.property(
        point,
        df,
        fc.double({ min: 0.5, max: 1, maxExcluded: true, noNaN: true }),
        (x, nu, p) => {
          expect(tCdf(-x, nu)).toBe(tSurvival(x, nu));
          expect(normalCdf(-x)).toBe(normalSurvival(x));
          // 1 − p is exact for p in [½, 1], so the two quantiles are exact negatives.
          expect(tQuantile(1 - p, nu) + tQuantile(p, nu)).toBe(0);
        },
      ),
    );
  });

  it('T² has the F(1, df) distribution and Z² the χ²(1) distribution', () => {
    fc.assert(
      fc.property(positive, df, (x, nu) => {
        expect(close(2 * tSurvival(x, nu), fSurvival(x * x, 1, nu), 1e-12)).toBe(true);
        expect(close(2 * normalSurvival(x), chiSquaredSurvival(x * x, 1), 1e-12)).toBe(true);
      }),
    );
  });

  it('1/F has the F distribution with the dfs swapped', () => {
    fc.assert(
      fc.property(positive, df, df, (x, nu1, nu2) => {
        expect(close(fCdf(x, nu1, nu2), fSurvival(1 / x, nu2, nu1), 1e-12)).toBe(true);
      }),
    );
  });
});
