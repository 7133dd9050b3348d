import { describe, expect, it } from 'vitest';
import { isPeerLearnError, wilsonInterval } from '../../src/survey/index.js';
import reference from '../fixtures/r/proportions.json' with { type: 'json' };
import { expectClose, thrown } from '../helpers/expectClose.js';

const R = reference.generated_with.R.replace(/^R version (\S+).*$/u, 'R $1');

describe(`wilsonInterval against ${R}'s prop.test(x, n, correct = FALSE)`, () => {
  for (const c of reference.wilson) {
    it(`${c.call}$conf.int`, () => {
      const result = wilsonInterval(c.successes, c.n, { confidence: c.confidence });
      expectClose(result.estimate, c.estimate, `${c.call}$estimate`);
      expectClose(result.lower, c.lower, `${c.call}$conf.int[1]`);
      expectClose(result.upper, c.upper, `${c.call}$conf.int[2]`);
      expect(result).toMatchObject({
        method: 'wilson',
        successes: c.successes,
        n: c.n,
        confidence: c.confidence,
      });
    });
  }

  it('has exact ends at 0 and n, as R does', () => {
    // R 4.2.2: prop.test(0, 12, correct = FALSE)$conf.int[1] is exactly 0
    expect(wilsonInterval(0, 12).lower).toBe(0);
    // R 4.2.2: prop.test(12, 12, correct = FALSE)$conf.int[2] is exactly 1
    expect(wilsonInterval(12, 12).upper).toBe(1);
  });

  it('defaults to 95% and returns plain JSON', () => {
    const result = wilsonInterval(43, 100);
    expect(result.confidence).toBe(0.95);
    // R 4.2.2: prop.test(43, 100, correct = FALSE)$conf.int
    expectClose(result.lower, 0.33733298524110106, 'prop.test(43, 100)$conf.int[1]');
    expectClose(result.upper, 0.5278461045078768, 'prop.test(43, 100)$conf.int[2]');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('leaves its options as they were', () => {
    const options = Object.freeze({ confidence: 0.9 });
    wilsonInterval(3, 10, options);
    expect(options).toEqual({ confidence: 0.9 });
  });
});

describe('wilsonInterval refuses bad input', () => {
  const cases: [string, () => unknown, (string | number)[]][] = [
    ['negative successes', () => wilsonInterval(-1, 10), ['successes']],
    ['more successes than answers', () => wilsonInterval(11, 10), ['successes']],
    ['a fractional count', () => wilsonInterval(2.5, 10), ['successes']],
    ['NaN', () => wilsonInterval(Number.NaN, 10), ['successes']],
    ['nobody answering', () => wilsonInterval(0, 0), ['n']],
    ['an infinite n', () => wilsonInterval(1, Infinity), ['n']],
    [
      'a confidence of 95',
      () => wilsonInterval(1, 10, { confidence: 95 }),
      ['options', 'confidence'],
    ],
    [
      'a confidence of 1',
      () => wilsonInterval(1, 10, { confidence: 1 }),
      ['options', 'confidence'],
    ],
    ['an unknown option', () => wilsonInterval(1, 10, { level: 0.9 } as never), ['options']],
  ];
  for (const [what, run, path] of cases) {
    it(`with invalid_input at ${path.join('.')} for ${what}`, () => {
      const error = thrown(run);
      expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
      if (isPeerLearnError(error, 'invalid_input')) {
        expect(error.path).toEqual(path);
        expect(error.message).toMatch(/^wilsonInterval: /u);
      }
    });
  }
});
