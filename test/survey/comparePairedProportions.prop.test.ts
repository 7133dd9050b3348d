import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePairedProportions } from '../../src/survey/index.js';

const answer = fc.oneof(fc.boolean(), fc.boolean(), fc.constant(null));
const pairs = fc
  .array(fc.tuple(answer, answer), { minLength: 1, maxLength: 400 })
  .filter((data) => data.some(([b, a]) => b !== null && a !== null));

describe('comparePairedProportions', () => {
  it('swaps the discordant counts and negates the change when before and after swap', () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), (data, correct) => {
        const forward = comparePairedProportions(
          data.map(([b]) => b),
          data.map(([, a]) => a),
          { correct },
        );
        const back = comparePairedProportions(
          data.map(([, a]) => a),
          data.map(([b]) => b),
          { correct },
        );
        expect(back.discordant).toEqual({
          yesToNo: forward.discordant.noToYes,
          noToYes: forward.discordant.yesToNo,
          total: forward.discordant.total,
        });
        expect(back.difference + forward.difference).toBe(0);
        expect(back.mcnemar.statistic).toBe(forward.mcnemar.statistic);
        expect(back.exact.pValue).toBe(forward.exact.pValue);
      }),
    );
  });

  it('puts every complete pair in exactly one cell, and keeps p-values in (0, 1]', () => {
    fc.assert(
      fc.property(pairs, (data) => {
        const result = comparePairedProportions(
          data.map(([b]) => b),
          data.map(([, a]) => a),
        );
        const { yesYes, yesNo, noYes, noNo } = result.table;
        expect(yesYes + yesNo + noYes + noNo).toBe(result.pairs.used);
        expect(result.pairs.used + result.pairs.incomplete.length).toBe(data.length);
        for (const p of [result.mcnemar.pValue, result.exact.pValue]) {
          if (p !== null) expect(p > 0 && p <= 1).toBe(true);
        }
      }),
    );
  });
});
