import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../../src/index.js';
import { isPeerLearnError } from '../../../src/index.js';
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
import {
  regularisedBeta,
  regularisedBetaComplement,
} from '../../../src/survey/math/incompleteBeta.js';
import { regularisedGammaP, regularisedGammaQ } from '../../../src/survey/math/incompleteGamma.js';
import { logGamma } from '../../../src/survey/math/logGamma.js';
import reference from '../../fixtures/r/distributions.json' with { type: 'json' };
import { expectClose } from '../../helpers/expectClose.js';

/** "R 4.2.2", the version that wrote test/fixtures/r/distributions.json. */
const R = reference.generated_with.R.replace(/^R version (\S+).*$/u, 'R $1');

/** Worst relative error over a list, for the summary checks. */
function worst(pairs: readonly (readonly [number, number])[]): number {
  return Math.max(
    ...pairs.map(([actual, expected]) =>
      expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected),
    ),
  );
}

/**
 * The expected quantile: R's quantile function where it agrees with the inverse of R's own
 * cdf (`root`, see distributions.R), otherwise that inverse. R's qf forms 1/qbeta(…) − 1 and
 * loses digits for tiny lower quantiles and huge dfs; qt loses digits far in the upper tail
 * for df < 1.
 */
function expectedQuantile(c: { q: number; root: number }): { value: number; source: 'q' | 'root' } {
  const agrees =
    c.root === 0 ? Math.abs(c.q) <= 1e-15 : Math.abs(c.q - c.root) <= 1e-10 * Math.abs(c.root);
  return agrees ? { value: c.q, source: 'q' } : { value: c.root, source: 'root' };
}

describe('logGamma', () => {
  it(`matches ${R}'s lgamma from 1e-300 to 1e100`, () => {
    for (const c of reference.lgamma) {
      // R 4.2.2: lgamma(x)
      expectClose(logGamma(c.x), c.value, `lgamma(${String(c.x)})`, { absolute: 1e-16 });
    }
    // R 4.2.2: lgamma(0.5) = log(sqrt(pi))
    expectClose(logGamma(0.5), 0.5723649429247001, 'lgamma(0.5)');
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
  });
});

describe('the normal distribution', () => {
  it(`matches ${R}'s pnorm in both tails, out to |x| = 37.5`, () => {
    for (const c of reference.normal.cdf) {
      expectClose(normalCdf(c.x), c.lower, `pnorm(${String(c.x)})`);
      expectClose(normalSurvival(c.x), c.upper, `pnorm(${String(c.x)}, lower.tail = FALSE)`);
    }
    // R 4.2.2: pnorm(-8); pnorm(30, lower.tail = FALSE)
    expectClose(normalCdf(-8), 6.220960574271785e-16, 'pnorm(-8)');
    expectClose(normalSurvival(30), 4.906713927148187e-198, 'pnorm(30, lower.tail = FALSE)');
  });

  it(`matches ${R}'s qnorm (Wichura's AS 241) from 1e-12 to 1 − 1e-12`, () => {
    for (const c of reference.normal.quantile) {
      expectClose(normalQuantile(c.p), c.q, `qnorm(${String(c.p)})`);
    }
    // R 4.2.2: qnorm(0.975)
    expect(normalQuantile(0.975)).toBe(1.9599639845400536);
    expect(worst(reference.normal.quantile.map((c) => [normalQuantile(c.p), c.q]))).toBeLessThan(
      1e-15,
    );
  });

  it('has the exact limits at 0, ½ and 1', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalSurvival(-Infinity)).toBe(1);
  });
});

describe("Student's t distribution", () => {
  it(`matches ${R}'s pt in both tails for df from 0.5 to 1e6`, () => {
    for (const c of reference.t.cdf) {
      const label = `pt(${String(c.x)}, ${String(c.df)})`;
      expectClose(tCdf(c.x, c.df), c.lower, label);
      expectClose(tSurvival(c.x, c.df), c.upper, `${label.slice(0, -1)}, lower.tail = FALSE)`);
    }
  });

  it(`matches ${R}'s qt from 1e-12 to 1 − 1e-12 for df from 0.5 to 1e6`, () => {
    for (const c of reference.t.quantile) {
      const { value, source } = expectedQuantile(c);
      const call =
        source === 'q'
          ? `qt(${String(c.p)}, ${String(c.df)})`
          : `root of pt(x, ${String(c.df)}) = ${String(c.p)}`;
      expectClose(tQuantile(c.p, c.df), value, call, { absolute: 1e-15 });
    }
  });

  it('gives the values of the familiar tables', () => {
    // R 4.2.2: qt(0.975, 2.5)
    expectClose(tQuantile(0.975, 2.5), 3.574654842003692, 'qt(0.975, 2.5)');
    // R 4.2.2: qt(0.975, 10)
    expectClose(tQuantile(0.975, 10), 2.228138851986274, 'qt(0.975, 10)');
    // R 4.2.2: pt(-3, 7.3)
    expectClose(tCdf(-3, 7.3), 0.009490275511566747, 'pt(-3, 7.3)');
    // R 4.2.2: pt(40, 3, lower.tail = FALSE)
    expectClose(tSurvival(40, 3), 1.719034039457927e-5, 'pt(40, 3, lower.tail = FALSE)');
    expect(tQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
  });
});

describe('the χ² distribution', () => {
  it(`matches ${R}'s pchisq in both tails for df from 0.5 to 1e6`, () => {
    for (const c of reference.chisq.cdf) {
      const label = `pchisq(${String(c.x)}, ${String(c.df)})`;
      expectClose(chiSquaredCdf(c.x, c.df), c.lower, label);
      expectClose(
        chiSquaredSurvival(c.x, c.df),
        c.upper,
        `${label.slice(0, -1)}, lower.tail = FALSE)`,
      );
    }
  });

  it(`matches ${R}'s qchisq from 1e-12 to 1 − 1e-12 for df from 0.5 to 1e6`, () => {
    for (const c of reference.chisq.quantile) {
      const { value, source } = expectedQuantile(c);
      const call =
        source === 'q'
          ? `qchisq(${String(c.p)}, ${String(c.df)})`
          : `root of pchisq(x, ${String(c.df)}) = ${String(c.p)}`;
      expectClose(chiSquaredQuantile(c.p, c.df), value, call);
    }
  });

  it('gives the values of the familiar tables', () => {
    // R 4.2.2: qchisq(0.95, 1)
    expectClose(chiSquaredQuantile(0.95, 1), 3.841458820694124, 'qchisq(0.95, 1)');
    // R 4.2.2: pchisq(3.841458820694124, 1, lower.tail = FALSE)
    expectClose(
      chiSquaredSurvival(3.841458820694124, 1),
      0.049999999999999975,
      'pchisq(3.841458820694124, 1, lower.tail = FALSE)',
    );
    expect(chiSquaredCdf(-1, 3)).toBe(0);
    expect(chiSquaredQuantile(0, 3)).toBe(0);
    expect(chiSquaredQuantile(1, 3)).toBe(Infinity);
  });
});

describe('the F distribution', () => {
  it(`matches ${R}'s pf in both tails for dfs from 0.5 to 1e6`, () => {
    for (const c of reference.f.cdf) {
      const label = `pf(${String(c.x)}, ${String(c.df1)}, ${String(c.df2)})`;
      expectClose(fCdf(c.x, c.df1, c.df2), c.lower, label);
      expectClose(
        fSurvival(c.x, c.df1, c.df2),
        c.upper,
        `${label.slice(0, -1)}, lower.tail = FALSE)`,
      );
    }
  });

  it(`matches ${R}'s qf, or the inverse of its pf where qf loses digits`, () => {
    for (const c of reference.f.quantile) {
      const { value, source } = expectedQuantile(c);
      const call =
        source === 'q'
          ? `qf(${String(c.p)}, ${String(c.df1)}, ${String(c.df2)})`
          : `root of pf(x, ${String(c.df1)}, ${String(c.df2)}) = ${String(c.p)}`;
      expectClose(fQuantile(c.p, c.df1, c.df2), value, call);
      // qf(p) = (1/qbeta(…) − 1)·df2/df1 cancels for small lower-tail p, and qbeta is not
      // sharp with a shape of half a million; R's qf is used everywhere else.
      if (source === 'root') expect(c.p <= 0.01 || c.df1 === 1e6 || c.df2 === 1e6, call).toBe(true);
    }
  });

  it('gives the values of the familiar tables', () => {
    // R 4.2.2: qf(0.95, 3, 20)
    expectClose(fQuantile(0.95, 3, 20), 3.0983912121407795, 'qf(0.95, 3, 20)');
    // R 4.2.2: pf(4.5, 2.5, 7.3, lower.tail = FALSE)
    expectClose(
      fSurvival(4.5, 2.5, 7.3),
      0.048064497499273724,
      'pf(4.5, 2.5, 7.3, lower.tail = FALSE)',
    );
  });
});

describe('the special functions underneath', () => {
  it('reduce to closed forms where they have one', () => {
    for (const x of [1e-8, 0.3, 1, 4.5, 30]) {
      // P(1, x) = 1 − e^{−x}; Q(1, x) = e^{−x}
      expectClose(regularisedGammaP(1, x), -Math.expm1(-x), `P(1, ${String(x)})`);
      expectClose(regularisedGammaQ(1, x), Math.exp(-x), `Q(1, ${String(x)})`);
    }
    for (const x of [1e-10, 0.2, 0.5, 0.9, 1 - 1e-9]) {
      // I_x(1, 1) = x; I_x(a, 1) = xᵃ; 1 − I_x(1, b) = (1 − x)ᵇ
      expectClose(regularisedBeta(x, 1, 1), x, `I_${String(x)}(1, 1)`);
      expectClose(regularisedBeta(x, 3.5, 1), x ** 3.5, `I_${String(x)}(3.5, 1)`);
      expectClose(
        regularisedBetaComplement(x, 1, 2.5),
        (1 - x) ** 2.5,
        `1 − I_${String(x)}(1, 2.5)`,
      );
    }
  });
});

describe('argument checks', () => {
  const cases: [string, () => unknown, string][] = [
    ['normalCdf(NaN)', () => normalCdf(Number.NaN), 'x'],
    ['normalQuantile(1.5)', () => normalQuantile(1.5), 'p'],
    ['normalQuantile(-0.1)', () => normalQuantile(-0.1), 'p'],
    ['tCdf(1, 0)', () => tCdf(1, 0), 'df'],
    ['tSurvival(NaN, 3)', () => tSurvival(Number.NaN, 3), 't'],
    ['tQuantile(0.5, -2)', () => tQuantile(0.5, -2), 'df'],
    ['tQuantile(NaN, 2)', () => tQuantile(Number.NaN, 2), 'p'],
    ['chiSquaredCdf(1, Infinity)', () => chiSquaredCdf(1, Infinity), 'df'],
    ['chiSquaredQuantile(2, 1)', () => chiSquaredQuantile(2, 1), 'p'],
    ['chiSquaredSurvival(1, NaN)', () => chiSquaredSurvival(1, Number.NaN), 'df'],
    ['fCdf(1, 0, 3)', () => fCdf(1, 0, 3), 'df1'],
    ['fSurvival(1, 3, -1)', () => fSurvival(1, 3, -1), 'df2'],
    ['fQuantile(0.5, 2, 0)', () => fQuantile(0.5, 2, 0), 'df2'],
    ['logGamma(0)', () => logGamma(0), 'x'],
    ['regularisedBeta(1.2, 1, 1)', () => regularisedBeta(1.2, 1, 1), 'x'],
    ['regularisedGammaP(-1, 1)', () => regularisedGammaP(-1, 1), 'a'],
  ];
  for (const [call, run, path] of cases) {
    it(`${call} raises invalid_input at ${path}`, () => {
      let caught: unknown;
      try {
        run();
      } catch (error) {
        caught = error;
      }
      expect(isPeerLearnError(caught, 'invalid_input')).toBe(true);
      if (isPeerLearnError(caught, 'invalid_input')) {
        expect(caught.path).toEqual([path]);
        expect(caught.message).toMatch(/^\w+: 1 problem in the input/u);
      }
    });
  }
});

describe('hostile input', () => {
  it('answers for the smallest subnormal df, whose half rounds to 0, as for df near 0', () => {
    const df = Number.MIN_VALUE;
    expect(peerlearn.tCdf(1.5, df)).toBe(0.5);
    expect(peerlearn.tSurvival(3, df)).toBe(0.5);
    expect(peerlearn.tCdf(Infinity, df)).toBe(1);
    expect(peerlearn.tQuantile(0.975, df)).toBe(Infinity);
    expect(peerlearn.tQuantile(0.025, df)).toBe(-Infinity);
    expect(peerlearn.tQuantile(0.5, df)).toBe(0);
  });

  it('takes the normal distribution beyond df = 1e20, as R does, rather than never finishing', () => {
    // R 4.2.2: qt(0.975, 1e308) == qnorm(0.975)
    expect(peerlearn.tQuantile(0.975, Number.MAX_VALUE)).toBeCloseTo(1.959963984540054, 12);
    expect(peerlearn.tCdf(1.5, 1e308)).toBeCloseTo(0.9331927987311419, 12);
  });
});
