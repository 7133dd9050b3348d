import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import {
  defineInstrument,
  scoreResponses,
  SESSION_EVALUATION_FORM,
  SOCIAL_CLIMATE_SURVEY,
  summariseScores,
  type InstrumentInput,
} from '../../src/index.js';
import { asResponses, readJson } from './helpers/psychFixtures.js';

interface ItemFixture {
  item: string;
  n_total: number;
  n_valid: number;
  n_missing: number;
  counts: Record<string, number>;
  pct_of_valid: Record<string, number>;
  top2_k: number;
  top2_pct: number;
  top2_wilson95: [number, number];
  bottom2_k: number;
  bottom2_pct: number;
  net_top2_minus_bottom2_pct: number;
  mean: number;
  sd: number;
  median: number;
  quantile_type7_q1_q3: [number, number];
}

const near = (actual: number | null | undefined, expected: number, label: string): void => {
  expect(
    Math.abs((actual ?? Number.NaN) - expected),
    `${label}: ${String(actual)} vs ${String(expected)}`,
  ).toBeLessThanOrEqual(1e-9);
};

describe('item summaries against R (synthetic_item_summary.json, R 4.2.2)', () => {
  const fixture = readJson<{ items: ItemFixture[] }>('synthetic_item_summary.json');
  const instrument = defineInstrument({
    id: 'synthetic',
    title: 'psych fixture',
    version: '1',
    items: ['G1', 'G2', 'G3', 'G4', 'S1', 'S2', 'S3', 'S4', 'W1', 'W2', 'W3', 'W4'].map((id) => ({
      id,
      type: 'likert' as const,
      min: 1,
      max: 5,
      wording: id,
    })),
  } satisfies InstrumentInput);
  const summary = summariseScores(scoreResponses(instrument, asResponses('synthetic_items.csv')));

  for (const expected of fixture.items) {
    it(`${expected.item}: counts, both denominators, top/bottom box, Wilson interval, mean, sd, quartiles`, () => {
      const item = summary.overall.items?.[expected.item];
      if (item === undefined) throw new Error(`no summary for ${expected.item}`);
      expect(item.denominators).toEqual({
        respondents: expected.n_total,
        answered: expected.n_valid,
      });
      expect(item.missing).toBe(expected.n_missing);
      for (const option of item.options) {
        const key = String(option.value);
        expect(option.count).toBe(expected.counts[key] ?? 0);
        // R: 100 * table(x) / sum(!is.na(x))
        near(100 * option.ofAnswered.share, expected.pct_of_valid[key] ?? 0, `${key} % of valid`);
        near(
          option.ofRespondents.share,
          (expected.counts[key] ?? 0) / expected.n_total,
          `${key} share of all`,
        );
      }
      expect(item.topBox?.values).toEqual([4, 5]);
      expect(item.topBox?.count).toBe(expected.top2_k);
      near(100 * (item.topBox?.share ?? Number.NaN), expected.top2_pct, 'top-2 %');
      // R: prop.test(top2_k, n_valid, correct = FALSE)$conf.int * 100
      near(
        100 * (item.topBox?.interval?.lower ?? Number.NaN),
        expected.top2_wilson95[0],
        'Wilson lower',
      );
      near(
        100 * (item.topBox?.interval?.upper ?? Number.NaN),
        expected.top2_wilson95[1],
        'Wilson upper',
      );
      expect(item.bottomBox?.count).toBe(expected.bottom2_k);
      near(100 * (item.bottomBox?.share ?? Number.NaN), expected.bottom2_pct, 'bottom-2 %');
      near(100 * (item.net ?? Number.NaN), expected.net_top2_minus_bottom2_pct, 'net');
      // R: mean, sd, median, quantile(type = 7)
      near(item.scores?.mean, expected.mean, 'mean');
      near(item.scores?.sd, expected.sd, 'sd');
      near(item.scores?.median, expected.median, 'median');
      near(item.scores?.quartiles?.[0], expected.quantile_type7_q1_q3[0], 'Q1');
      near(item.scores?.quartiles?.[1], expected.quantile_type7_q1_q3[1], 'Q3');
    });
  }
});

describe('domain summaries', () => {
  const responses = [3, 4, 2, 5, 4, 3].map((v, i) => ({
    id: `r${String(i)}`,
    answers: { G1: v, G2: v, G3: 6 - v, G4: v },
    fields: { session: i < 3 ? 1 : 2 },
  }));

  it('give n, missing, mean, sd, quartiles, a t interval and band counts', () => {
    const summary = summariseScores(scoreResponses(SOCIAL_CLIMATE_SURVEY, responses), {
      minGroupSize: 1,
    });
    const growth = summary.overall.domains?.['growth'];
    // R 4.2.2: x <- c(3, 4, 2, 5, 4, 3); mean(x); sd(x); quantile(x, c(.25, .75)); t.test(x)$conf.int
    expect(growth).toMatchObject({
      n: 6,
      missing: 0,
      median: 3.5,
      quartiles: [3, 4],
      range: [2, 5],
    });
    near(growth?.mean, 3.5, 'mean');
    near(growth?.sd, 1.0488088481701516, 'sd');
    near(growth?.interval?.lower, 2.399342615291987, 't lower');
    near(growth?.interval?.upper, 4.600657384708013, 't upper');
    expect(growth?.bands.map((b) => [b.label, b.count])).toEqual([
      ['Low', 1],
      ['Medium', 2],
      ['High', 3],
    ]);
    expect(summary.overall.domains?.['systems']).toMatchObject({
      n: 0,
      missing: 6,
      mean: null,
      interval: null,
    });
  });

  it('group by a field, in order, with counts that add up and small groups suppressed', () => {
    const summary = summariseScores(scoreResponses(SOCIAL_CLIMATE_SURVEY, responses), {
      by: 'session',
      minGroupSize: 3,
    });
    expect(summary.groups.map((g) => [g.label, g.n, g.suppressed])).toEqual([
      ['session = 1', 3, false],
      ['session = 2', 3, false],
    ]);
    const strict = summariseScores(scoreResponses(SOCIAL_CLIMATE_SURVEY, responses), {
      by: ['session'],
    });
    expect(strict.overall.suppressed).toBe(false);
    expect(strict.groups.map((g) => [g.n, g.suppressed, g.domains])).toEqual([
      [3, true, undefined],
      [3, true, undefined],
    ]);
    expect(strict.groups[0]?.suppressedReason).toBe(
      'fewer than 5 responses; results are hidden so that nobody can be identified',
    );
  });
});

describe('choice items', () => {
  it('count multiple choice against both denominators: of those who answered, of everyone', () => {
    const responses = [
      { id: 'a', answers: { mostUseful: ['networking', 'speakers'], overall: 'excellent' } },
      { id: 'b', answers: { mostUseful: ['networking'], overall: 'good' } },
      { id: 'c', answers: { mostUseful: [], overall: 'excellent' } },
      { id: 'd', answers: { overall: 'poor' } },
      { id: 'e', answers: { mostUseful: ['networking', 'buddying'], gotWhatWanted: 'yes' } },
    ];
    const item = summariseScores(scoreResponses(SESSION_EVALUATION_FORM, responses)).overall
      .items?.['mostUseful'];
    expect(item?.denominators).toEqual({ respondents: 5, answered: 4 });
    expect(
      item?.options.map((o) => [o.value, o.count, o.ofAnswered.share, o.ofRespondents.share]),
    ).toEqual([
      ['networking', 3, 0.75, 0.6],
      ['speakers', 1, 0.25, 0.2],
      ['challenges', 0, 0, 0],
      ['topic', 0, 0, 0],
      ['buddying', 1, 0.25, 0.2],
    ]);
    expect(item?.topBox).toBeUndefined();
    const overall = summariseScores(scoreResponses(SESSION_EVALUATION_FORM, responses)).overall
      .items?.['overall'];
    expect(overall?.topBox).toMatchObject({ values: ['excellent'], count: 2, share: 0.5 });
    expect(overall?.bottomBox).toMatchObject({ values: ['poor'], count: 1, share: 0.25 });
    expect(overall?.net).toBe(0.25);
  });
});

describe('hostile input', () => {
  const scored = () =>
    peerlearn.scoreResponses(peerlearn.SOCIAL_CLIMATE_SURVEY, [
      { id: 'r1', answers: { G1: 5, G2: 4, W1: 2 } },
      { id: 'r2', answers: { G1: 3, G2: 2, W1: 4 } },
    ]);

  it('refuses what is not a scoring result, with the path of the fault', () => {
    expectRefusal(() => peerlearn.summariseScores(undefined as never), 'summariseScores', 'result');
    const result = scored();
    expectRefusal(
      () =>
        peerlearn.summariseScores({
          ...result,
          scored: [{ ...result.scored[0], fields: null }],
        } as never),
      'summariseScores',
      'result.scored[0].fields',
    );
  });

  it('refuses a stored result whose answers or domain scores its instrument cannot give', () => {
    const result = scored();
    const first = result.scored[0];
    if (first === undefined) throw new Error('expected a scored response');
    expectRefusal(
      () =>
        peerlearn.summariseScores({
          ...result,
          scored: [{ ...first, answers: { ...first.answers, W1: 1e308 } }],
        }),
      'summariseScores',
      'result.scored[0].answers.W1',
    );
    const growth = first.domains['growth'];
    if (growth === undefined) throw new Error('expected a growth score');
    expectRefusal(
      () =>
        peerlearn.summariseScores({
          ...result,
          scored: [
            { ...first, domains: { ...first.domains, growth: { ...growth, score: 1e308 } } },
          ],
        }),
      'summariseScores',
      'result.scored[0].domains.growth.score',
    );
  });

  it('groups by a field named __proto__ as by any field a response lacks', () => {
    const summary = peerlearn.summariseScores(scored(), { by: '__proto__', minGroupSize: 1 });
    expect(JSON.stringify(summary.groups.map((group) => group.key))).toBe('[{"__proto__":null}]');
    expect(Object.getPrototypeOf(summary.groups[0]?.key)).toBe(Object.prototype);
  });

  it('reads a result stored as JSON and loaded again as the result itself', () => {
    const result = scored();
    const loaded = JSON.parse(JSON.stringify(result)) as typeof result;
    expect(peerlearn.summariseScores(loaded)).toEqual(peerlearn.summariseScores(result));
  });
});
