import { describe, expect, it } from 'vitest';
import { compareProportions, isPeerLearnError, wilsonInterval } from '../../src/survey/index.js';
import reference from '../fixtures/r/proportions.json' with { type: 'json' };
import { expectClose, thrown } from '../helpers/expectClose.js';

const R = reference.generated_with.R.replace(/^R version (\S+).*$/u, 'R $1');

describe(`compareProportions against ${R}`, () => {
  for (const c of reference.compare) {
    it(c.call, () => {
      const result = compareProportions(c.a, c.b, { confidence: c.confidence });
      const difference = c.a.successes / c.a.n - c.b.successes / c.b.n;
      expectClose(result.difference.estimate, difference, 'pa − pb', { absolute: 1e-15 });
      // R 4.2.2: prop.test(x, n, correct = FALSE)$conf.int for each group
      expectClose(result.a.lower, c.wilson_a.lower, 'prop.test(xa, na)$conf.int[1]', {
        absolute: 1e-15,
      });
      expectClose(result.a.upper, c.wilson_a.upper, 'prop.test(xa, na)$conf.int[2]', {
        absolute: 1e-15,
      });
      expectClose(result.b.lower, c.wilson_b.lower, 'prop.test(xb, nb)$conf.int[1]', {
        absolute: 1e-15,
      });
      expectClose(result.b.upper, c.wilson_b.upper, 'prop.test(xb, nb)$conf.int[2]', {
        absolute: 1e-15,
      });
      // Newcombe's method 10, computed in R from those bounds (see proportions.R)
      expectClose(result.difference.lower, c.newcombe.lower, 'Newcombe lower', { absolute: 1e-15 });
      expectClose(result.difference.upper, c.newcombe.upper, 'Newcombe upper', { absolute: 1e-15 });
      // R 4.2.2: prop.test(c(xa, xb), c(na, nb), correct = FALSE)$statistic and $p.value
      expectClose(result.test.chiSquared, c.chi_squared, `${c.call}$statistic`, {
        absolute: 1e-15,
      });
      expectClose(result.test.pValue, c.p_value, `${c.call}$p.value`, { absolute: 1e-15 });
      // R 4.2.2: 2 * asin(sqrt(pa)) - 2 * asin(sqrt(pb))
      expectClose(result.effectSize.value, c.cohens_h, "Cohen's h", { absolute: 1e-15 });
      expect(result.test.unavailableReason === null).toBe(c.chi_squared !== null);
    });
  }
});

describe('compareProportions', () => {
  it("reproduces Newcombe's (1998) worked example, method 10", () => {
    // Newcombe, Statistics in Medicine 17 (1998), Table II, example (a): 56/70 − 48/80,
    // method 10 (hybrid score): 0.0524 to 0.3339.
    const result = compareProportions({ successes: 56, n: 70 }, { successes: 48, n: 80 });
    expect(Number(result.difference.lower.toFixed(4))).toBe(0.0524);
    expect(Number(result.difference.upper.toFixed(4))).toBe(0.3339);
  });

  it('explains itself: methods, denominators and what was subtracted', () => {
    const result = compareProportions({ successes: 24, n: 27 }, { successes: 13, n: 30 });
    expect(result.a).toEqual(wilsonInterval(24, 27));
    expect(result.b).toEqual(wilsonInterval(13, 30));
    expect(result.difference).toMatchObject({ of: 'a - b', method: 'newcombe-hybrid-score' });
    expect(result.test).toMatchObject({ method: 'pooled-z-test', pooled: 37 / 57 });
    expect(result.effectSize).toMatchObject({ of: 'a - b', magnitude: 'large' });
    expect(result.test.chiSquared).toBe((result.test.z ?? 0) ** 2);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('reports the test as unavailable, with the reason, when nobody (or everybody) succeeded', () => {
    // R 4.2.2: prop.test(c(0, 0), c(10, 12), correct = FALSE) gives X-squared = NaN
    const result = compareProportions({ successes: 0, n: 10 }, { successes: 0, n: 12 });
    expect(result.test).toMatchObject({ z: null, chiSquared: null, pValue: null, pooled: 0 });
    expect(result.test.unavailableReason).toMatch(/nobody in either group succeeded/u);
    expect(result.difference.estimate).toBe(0);
    expect(result.difference.upper).toBeGreaterThan(0);
    const all = compareProportions({ successes: 10, n: 10 }, { successes: 12, n: 12 });
    expect(all.test.unavailableReason).toMatch(/everybody in both groups/u);
  });

  it('leaves its inputs as they were', () => {
    const a = Object.freeze({ successes: 5, n: 9 });
    const b = Object.freeze({ successes: 2, n: 11 });
    const options = Object.freeze({ confidence: 0.9 });
    compareProportions(a, b, options);
    expect([a, b, options]).toEqual([
      { successes: 5, n: 9 },
      { successes: 2, n: 11 },
      { confidence: 0.9 },
    ]);
  });

  const bad: [string, () => unknown, (string | number)[]][] = [
    [
      'successes above n',
      () => compareProportions({ successes: 4, n: 3 }, { successes: 1, n: 3 }),
      ['a', 'successes'],
    ],
    [
      'a negative count',
      () => compareProportions({ successes: 1, n: 3 }, { successes: -1, n: 3 }),
      ['b', 'successes'],
    ],
    [
      'an empty group',
      () => compareProportions({ successes: 0, n: 0 }, { successes: 1, n: 3 }),
      ['a', 'n'],
    ],
    [
      'a fractional n',
      () => compareProportions({ successes: 1, n: 3 }, { successes: 1, n: 3.5 }),
      ['b', 'n'],
    ],
    [
      'a missing count',
      () => compareProportions({ successes: 1 } as never, { successes: 1, n: 3 }),
      ['a', 'n'],
    ],
    [
      'a bad confidence',
      () => compareProportions({ successes: 1, n: 3 }, { successes: 1, n: 3 }, { confidence: 0 }),
      ['options', 'confidence'],
    ],
  ];
  for (const [what, run, path] of bad) {
    it(`refuses ${what} with invalid_input at ${path.join('.')}`, () => {
      const error = thrown(run);
      expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
      if (isPeerLearnError(error, 'invalid_input')) expect(error.path).toEqual(path);
    });
  }
});
