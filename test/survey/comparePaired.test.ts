import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import { comparePaired, isPeerLearnError } from '../../src/survey/index.js';
import reference from '../fixtures/r/proportions.json' with { type: 'json' };
import { expectClose, thrown } from '../helpers/expectClose.js';

const R = reference.generated_with.R.replace(/^R version (\S+).*$/u, 'R $1');

describe(`comparePaired against ${R}'s t.test and wilcox.test (paired = TRUE)`, () => {
  for (const c of reference.paired) {
    it(`${c.name}: ${c.call}`, () => {
      const result = comparePaired(c.before, c.after, c.options);
      const incomplete = c.before.flatMap((b, i) => (b === null || c.after[i] === null ? [i] : []));
      expect(result.pairs).toEqual({
        total: c.before.length,
        used: c.before.length - incomplete.length,
        incomplete,
      });
      // R 4.2.2: t.test(after, before, paired = TRUE): $estimate, $statistic, $parameter,
      // $p.value, $conf.int and $stderr; sd(after - before, na.rm = TRUE)
      expectClose(result.meanDifference, c.mean_difference, 't.test()$estimate', {
        absolute: 1e-15,
      });
      expectClose(result.tTest.statistic, c.statistic, 't.test()$statistic', { absolute: 1e-15 });
      expect(result.tTest.df).toBe(c.df);
      expectClose(result.tTest.pValue, c.p_value, 't.test()$p.value', { absolute: 1e-15 });
      expectClose(result.tTest.lower, c.lower, 't.test()$conf.int[1]', { absolute: 1e-15 });
      expectClose(result.tTest.upper, c.upper, 't.test()$conf.int[2]', { absolute: 1e-15 });
      expectClose(result.tTest.standardError, c.standard_error, 't.test()$stderr', {
        absolute: 1e-15,
      });
      expectClose(result.sdDifference, c.sd_difference, 'sd(after - before)', { absolute: 1e-15 });
      expectClose(result.effectSize.value, c.mean_difference / c.sd_difference, 'd_z', {
        absolute: 1e-15,
      });
      // R 4.2.2: wilcox.test(after, before, paired = TRUE, …)$statistic, $p.value and $method
      expect(result.signedRank.statistic).toBe(c.wilcoxon_statistic);
      expectClose(result.signedRank.pValue, c.wilcoxon_p_value, 'wilcox.test()$p.value', {
        absolute: 1e-15,
      });
      const exact = c.wilcoxon_method.includes('exact');
      expect(result.signedRank.distribution).toBe(exact ? 'exact' : 'normal');
      expect(result.signedRank.continuityCorrection).toBe(
        c.wilcoxon_method.includes('continuity correction'),
      );
      expect(result.signedRank.z === null).toBe(exact);
    });
  }
});

describe('comparePaired', () => {
  it('accounts for every pair and explains which signed-rank distribution it used', () => {
    const result = comparePaired([3, 2, 4, 3, 2, 3, null, 4, 2, 3], [4, 4, 4, 5, 3, 4, 5, 5, 2, 4]);
    expect(result.difference).toBe('after - before');
    expect(result.pairs).toEqual({ total: 10, used: 9, incomplete: [6] });
    expect(result.meanBefore).toBeCloseTo(26 / 9, 14);
    expect(result.meanAfter).toBeCloseTo(35 / 9, 14);
    expect(result.signedRank).toMatchObject({
      nonZero: 7,
      zeros: 2,
      ties: true,
      distribution: 'normal',
    });
    expect(result.signedRank.distributionReason).toBe(
      'normal approximation: 2 zero differences were dropped and some absolute differences are tied, so the exact distribution does not apply',
    );
    expect(result.effectSize.magnitude).toBe('large');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('uses the exact distribution below 50 clean differences, and the normal one from 50 or on request', () => {
    const before = Array.from({ length: 60 }, (_, i) => i);
    const after = before.map((x, i) => x + (i % 3 === 0 ? -1 : 1) * (i + 1) * 0.001);
    expect(comparePaired(before.slice(0, 49), after.slice(0, 49)).signedRank.distribution).toBe(
      'exact',
    );
    const large = comparePaired(before.slice(0, 50), after.slice(0, 50)).signedRank;
    expect(large.distribution).toBe('normal');
    expect(large.distributionReason).toContain('50 non-zero differences');
    const requested = comparePaired(before.slice(0, 10), after.slice(0, 10), { exact: false });
    expect(requested.signedRank.distributionReason).toBe(
      'normal approximation, as requested (exact: false)',
    );
    const forced = comparePaired(before.slice(0, 55), after.slice(0, 55), { exact: true });
    expect(forced.signedRank.distribution).toBe('exact');
    const many = Array.from({ length: 1001 }, (_, i) => i);
    const shifted = many.map((x, i) => x + (i % 3 === 0 ? -1 : 1) * (i + 1) * 1e-6);
    const capped = comparePaired(many, shifted, { exact: true }).signedRank;
    expect(capped.distribution).toBe('normal');
    expect(capped.distributionReason).toContain('more than the 1000');
  });

  it('leaves its inputs as they were', () => {
    const before = Object.freeze([1, 2, null, 4]);
    const after = Object.freeze([2, 2, 5, 7]);
    comparePaired(before, after, Object.freeze({ confidence: 0.9 }));
    expect([before, after]).toEqual([
      [1, 2, null, 4],
      [2, 2, 5, 7],
    ]);
  });

  it('raises infeasible_request when fewer than two pairs are complete', () => {
    // R 4.2.2: t.test(c(1, NA), c(2, 3), paired = TRUE) stops: not enough 'x' observations
    const error = thrown(() => comparePaired([1, null, 3], [2, 3, null]));
    expect(isPeerLearnError(error, 'infeasible_request')).toBe(true);
    if (isPeerLearnError(error, 'infeasible_request')) {
      expect(error.message).toMatch(/^comparePaired: only 1 of 3 pairs/u);
      expect(error.details.facts).toEqual({ pairs: { total: 3, used: 1, incomplete: [1, 2] } });
    }
  });

  it('raises infeasible_request when every pair changed by the same amount', () => {
    // R 4.2.2: t.test(c(2, 3, 4), c(1, 2, 3), paired = TRUE) stops: data are essentially constant
    const same = thrown(() => comparePaired([1, 2, 3], [2, 3, 4]));
    expect(isPeerLearnError(same, 'infeasible_request')).toBe(true);
    if (isPeerLearnError(same, 'infeasible_request')) {
      expect(same.details.facts).toMatchObject({ meanDifference: 1 });
    }
    // R 4.2.2: t.test(x, x, paired = TRUE) gives t = NaN and p = NA
    const none = thrown(() => comparePaired([1, 2, 3], [1, 2, 3]));
    expect(isPeerLearnError(none, 'infeasible_request')).toBe(true);
  });

  const bad: [string, () => unknown, (string | number)[]][] = [
    ['arrays of different lengths', () => comparePaired([1, 2, 3], [1, 2]), ['after']],
    ['NaN', () => comparePaired([1, Number.NaN, 3], [1, 2, 3]), ['before', 1]],
    ['Infinity', () => comparePaired([1, 2, 3], [1, 2, Infinity]), ['after', 2]],
    ['text', () => comparePaired([1, 2, 3], [1, '2', 3] as never), ['after', 1]],
    [
      'undefined for a missing value',
      () => comparePaired([1, undefined, 3] as never, [1, 2, 3]),
      ['before', 1],
    ],
    [
      'a bad confidence',
      () => comparePaired([1, 2, 3], [2, 2, 5], { confidence: 95 }),
      ['options', 'confidence'],
    ],
    ['not an array', () => comparePaired(null as never, [1, 2]), ['before']],
  ];
  for (const [what, run, path] of bad) {
    it(`refuses ${what} with invalid_input at ${path.join('.')}`, () => {
      const error = thrown(run);
      expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
      if (isPeerLearnError(error, 'invalid_input')) expect(error.path).toEqual(path);
    });
  }
});

describe('hostile input', () => {
  it('refuses values so large that their squares overflow, rather than report Infinity', () => {
    const error = expectRefusal(
      () => peerlearn.comparePaired([-1e200, 2, 4, 3], [4, 4, 4, 5]),
      'comparePaired',
      'before',
    );
    expect(error.issues[0]?.code).toBe('too_big');
  });
});
