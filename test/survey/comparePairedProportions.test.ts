import { describe, expect, it } from 'vitest';
import { comparePairedProportions, isPeerLearnError } from '../../src/survey/index.js';
import reference from '../fixtures/r/proportions.json' with { type: 'json' };
import { expectClose, thrown } from '../helpers/expectClose.js';

const R = reference.generated_with.R.replace(/^R version (\S+).*$/u, 'R $1');

describe(`comparePairedProportions against ${R}'s mcnemar.test and binom.test`, () => {
  for (const c of reference.mcnemar) {
    it(`${c.name}: ${c.call}`, () => {
      const result = comparePairedProportions(c.before, c.after, c.options);
      const incomplete = c.before.flatMap((b, i) => (b === null || c.after[i] === null ? [i] : []));
      expect(result.pairs.incomplete).toEqual(incomplete);
      expect(result.discordant).toEqual({
        yesToNo: c.yes_to_no,
        noToYes: c.no_to_yes,
        total: c.yes_to_no + c.no_to_yes,
      });
      // R 4.2.2: mcnemar.test(table, correct)$statistic and $p.value (null for NaN)
      expectClose(result.mcnemar.statistic, c.statistic, 'mcnemar.test()$statistic');
      expectClose(result.mcnemar.pValue, c.p_value, 'mcnemar.test()$p.value');
      // R 4.2.2: binom.test(yes_to_no, yes_to_no + no_to_yes)$p.value (null where R stops)
      expectClose(result.exact.pValue, c.exact_p_value, 'binom.test()$p.value');
    });
  }
});

describe('comparePairedProportions', () => {
  const before = [false, false, true, false, false, true, false, null, false, false, true, false];
  const after = [true, true, true, false, true, true, true, true, false, true, false, true];

  it('lays out the table, the shares and the change, and names its methods', () => {
    const result = comparePairedProportions(before, after);
    expect(result.pairs).toEqual({ total: 12, used: 11, incomplete: [7] });
    expect(result.table).toEqual({ yesYes: 2, yesNo: 1, noYes: 6, noNo: 2 });
    expect(result.before).toEqual({ yes: 3, n: 11, proportion: 3 / 11 });
    expect(result.after).toEqual({ yes: 8, n: 11, proportion: 8 / 11 });
    expect(result.difference).toBe(5 / 11);
    expect(result.mcnemar).toMatchObject({ method: 'mcnemar', df: 1, continuityCorrection: true });
    expect(result.exact.method).toBe('exact-binomial');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('skips the correction when the discordant counts are equal, as R does', () => {
    // R 4.2.2: mcnemar.test(matrix(c(2, 2, 2, 1), 2)) has statistic 0 and no correction
    const result = comparePairedProportions(
      [true, true, false, false, true],
      [false, false, true, true, true],
    );
    expect(result.mcnemar).toMatchObject({ statistic: 0, pValue: 1, continuityCorrection: false });
    expect(result.exact.pValue).toBe(1);
  });

  it('gives null tests with a reason when nobody changed', () => {
    const result = comparePairedProportions([true, false], [true, false]);
    expect(result.mcnemar).toMatchObject({ statistic: null, pValue: null });
    expect(result.mcnemar.unavailableReason).toMatch(/no pair changed its answer/u);
    expect(result.exact.pValue).toBeNull();
    expect(result.difference).toBe(0);
  });

  it('raises infeasible_request when no pair is complete', () => {
    const error = thrown(() => comparePairedProportions([true, null], [null, false]));
    expect(isPeerLearnError(error, 'infeasible_request')).toBe(true);
    if (isPeerLearnError(error, 'infeasible_request')) {
      expect(error.message).toMatch(/^comparePairedProportions: none of the 2 pairs/u);
    }
  });

  it('leaves its inputs as they were', () => {
    const frozenBefore = Object.freeze([...before]);
    const frozenAfter = Object.freeze([...after]);
    comparePairedProportions(frozenBefore, frozenAfter, Object.freeze({ correct: false }));
    expect([frozenBefore, frozenAfter]).toEqual([before, after]);
  });

  const bad: [string, () => unknown, (string | number)[]][] = [
    [
      'arrays of different lengths',
      () => comparePairedProportions([true], [true, false]),
      ['after'],
    ],
    [
      'yes written as text',
      () => comparePairedProportions([true, 'yes'] as never, [true, false]),
      ['before', 1],
    ],
    ['a number', () => comparePairedProportions([true, false], [1, false] as never), ['after', 0]],
    [
      'an unknown option',
      () => comparePairedProportions([true], [false], { exact: true } as never),
      ['options'],
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
