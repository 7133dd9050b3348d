import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import {
  compareProportions,
  isPeerLearnError,
  proportionTrend,
  wilsonInterval,
  type ProportionTrendGroup,
} from '../../src/survey/index.js';
import reference from '../fixtures/r/proportions.json' with { type: 'json' };
import { expectClose, thrown } from '../helpers/expectClose.js';

const R = reference.generated_with.R.replace(/^R version (\S+).*$/u, 'R $1');

const SESSIONS: ProportionTrendGroup[] = [
  { successes: 13, n: 30, label: 'Session 1' },
  { successes: 17, n: 28, label: 'Session 2' },
  { successes: 22, n: 29, label: 'Session 3' },
  { successes: 24, n: 27, label: 'Session 4' },
];

describe(`proportionTrend against ${R}'s prop.trend.test and prop.test`, () => {
  for (const c of reference.trend) {
    it(c.call, () => {
      const groups = c.successes.map((successes, i) => ({
        successes,
        n: c.n[i] ?? 0,
        ...(c.scores === null ? {} : { score: c.scores[i] ?? 0 }),
      }));
      const result = proportionTrend(groups);
      expect(result.trend.scores).toEqual(c.used_scores);
      // R 4.2.2: prop.trend.test(x, n, score)$statistic and $p.value (null where R stops)
      expectClose(result.trend.statistic, c.trend_statistic, 'prop.trend.test()$statistic', {
        absolute: 1e-14,
      });
      expectClose(result.trend.pValue, c.trend_p_value, 'prop.trend.test()$p.value', {
        absolute: 1e-14,
      });
      // R 4.2.2: coef(lm(x / n ~ score, weights = n))[2]
      expectClose(result.trend.slope, c.slope, 'the weighted slope', { absolute: 1e-14 });
      // R 4.2.2: prop.test(x, n, correct = FALSE)$statistic, $parameter and $p.value
      expectClose(result.equality.statistic, c.equality_statistic, 'prop.test()$statistic', {
        absolute: 1e-14,
      });
      expect(result.equality.df).toBe(c.equality_df);
      expectClose(result.equality.pValue, c.equality_p_value, 'prop.test()$p.value', {
        absolute: 1e-14,
      });
    });
  }
});

describe('proportionTrend', () => {
  it('reports each session, the trend, the equality test and the first-to-last change', () => {
    const result = proportionTrend(SESSIONS);
    expect(result.groups.map((group) => [group.index, group.label, group.score])).toEqual([
      [0, 'Session 1', 1],
      [1, 'Session 2', 2],
      [2, 'Session 3', 3],
      [3, 'Session 4', 4],
    ]);
    result.groups.forEach((group, i) => {
      const { successes, n } = SESSIONS[i] ?? { successes: 0, n: 1 };
      expect(group).toMatchObject(wilsonInterval(successes, n));
    });
    expect(result.trend).toMatchObject({
      method: 'cochran-armitage',
      df: 1,
      direction: 'increasing',
    });
    expect(result.trend.statistic).toBe((result.trend.z ?? 0) ** 2);
    expect(result.equality).toMatchObject({
      method: 'chi-squared-equal-proportions',
      df: 3,
      pooled: 76 / 114,
    });
    const change = compareProportions({ successes: 24, n: 27 }, { successes: 13, n: 30 });
    expect(result.change).toEqual({ from: 0, to: 3, ...change });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('says which way a falling or flat series goes', () => {
    const falling = proportionTrend([
      { successes: 9, n: 10 },
      { successes: 5, n: 10 },
      { successes: 2, n: 10 },
    ]);
    expect(falling.trend.direction).toBe('decreasing');
    expect(falling.trend.z).toBeLessThan(0);
    const flat = proportionTrend([
      { successes: 3, n: 10 },
      { successes: 3, n: 10 },
    ]);
    expect(flat.trend).toMatchObject({ direction: 'flat', slope: 0, statistic: 0, pValue: 1 });
  });

  it('gives null tests with a reason when nobody succeeded, and still the intervals', () => {
    // R 4.2.2: prop.trend.test(c(0, 0, 0), c(10, 12, 9)) stops; prop.test gives NaN
    const result = proportionTrend([
      { successes: 0, n: 10 },
      { successes: 0, n: 12 },
      { successes: 0, n: 9 },
    ]);
    expect(result.trend).toMatchObject({
      statistic: null,
      z: null,
      pValue: null,
      direction: 'flat',
    });
    expect(result.trend.unavailableReason).toMatch(/nobody in any group succeeded/u);
    expect(result.equality).toMatchObject({ statistic: null, pValue: null, df: 2 });
    expect(result.groups.map((group) => group.lower)).toEqual([0, 0, 0]);
    expect(result.change.difference.estimate).toBe(0);
  });

  it('leaves its inputs as they were', () => {
    const groups = Object.freeze(SESSIONS.map((group) => Object.freeze({ ...group })));
    proportionTrend(groups, Object.freeze({ confidence: 0.9 }));
    expect(groups).toEqual(SESSIONS);
  });

  const bad: [string, () => unknown, (string | number)[], string][] = [
    ['one group', () => proportionTrend([{ successes: 1, n: 2 }]), ['groups'], 'at least 2 groups'],
    [
      'a bad count',
      () =>
        proportionTrend([
          { successes: 1, n: 2 },
          { successes: 3, n: 2 },
        ]),
      ['groups', 1, 'successes'],
      'must not be more than n',
    ],
    [
      'scores for some groups only',
      () =>
        proportionTrend([
          { successes: 1, n: 2, score: 1 },
          { successes: 1, n: 2 },
        ]),
      ['groups', 1, 'score'],
      'give every group a score or none',
    ],
    [
      'equal scores',
      () =>
        proportionTrend([
          { successes: 1, n: 2, score: 3 },
          { successes: 1, n: 2, score: 3 },
        ]),
      ['groups', 1, 'score'],
      'must place the groups in order',
    ],
    [
      'a score that is not finite',
      () =>
        proportionTrend([
          { successes: 1, n: 2, score: 1 },
          { successes: 1, n: 2, score: Infinity },
        ]),
      ['groups', 1, 'score'],
      '',
    ],
    ['not a list', () => proportionTrend('sessions' as never), ['groups'], 'expected an array'],
  ];
  for (const [what, run, path, message] of bad) {
    it(`refuses ${what} with invalid_input at ${path.join('.')}`, () => {
      const error = thrown(run);
      expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
      if (isPeerLearnError(error, 'invalid_input')) {
        expect(error.path).toEqual(path);
        expect(error.message).toContain(message);
      }
    });
  }
});

describe('hostile input', () => {
  it('gives the same test for scores at any scale, and the slope per unit of those scores', () => {
    const counts = [
      { successes: 3, n: 10 },
      { successes: 5, n: 10 },
      { successes: 8, n: 10 },
    ];
    const plain = peerlearn.proportionTrend(counts.map((count, i) => ({ ...count, score: i + 1 })));
    for (const unit of [1e-300, 1e300]) {
      const scaled = peerlearn.proportionTrend(
        counts.map((count, i) => ({ ...count, score: (i + 1) * unit })),
      );
      expect(scaled.trend.statistic).toBeCloseTo(plain.trend.statistic ?? Number.NaN, 9);
      expect(scaled.trend.slope * unit).toBeCloseTo(plain.trend.slope, 9);
      expect(Number.isFinite(scaled.trend.slope)).toBe(true);
    }
  });

  it('refuses scores so close together that the slope per unit of score overflows', () => {
    expectRefusal(
      () =>
        peerlearn.proportionTrend([
          { successes: 3, n: 10, score: 5e-324 },
          { successes: 8, n: 10, score: 1e-323 },
        ]),
      'proportionTrend',
      'groups[0].score',
    );
  });
});
