/**
 * Smoke checks of peerlearn/survey in Chromium, with numbers from R. The psych fixtures are
 * bundled by Vite (`?raw` and JSON imports), since the Node tests that read them with
 * node:fs cannot run here; the CSV goes through the library's own reader.
 */
import { describe, expect, it } from 'vitest';
import {
  chartProportionTrend,
  cronbachAlpha,
  defineInstrument,
  proportionTrend,
  responsesFromCsv,
  responsesToCsv,
  scoreResponses,
  summariseScores,
  wilsonInterval,
  type InstrumentInput,
} from '../../src/survey/index.js';
import syntheticCsv from '../fixtures/psych/synthetic_items.csv?raw';
import growth from '../fixtures/psych/synthetic_growth.json' with { type: 'json' };
import wellbeing from '../fixtures/psych/synthetic_wellbeing.json' with { type: 'json' };
import scoreItems from '../fixtures/psych/synthetic_scoreItems_all.json' with { type: 'json' };
import proportions from '../fixtures/r/proportions.json' with { type: 'json' };
import { expectClose } from '../helpers/expectClose.js';
import { firstNonJson } from './plainJson.js';

const likert = (id: string) => ({ id, type: 'likert' as const, min: 1, max: 5, wording: id });

/** The 12 items of the psych fixtures in three domains, G3 and W2 reverse-keyed. */
const SYNTHETIC: InstrumentInput = {
  id: 'synthetic',
  title: 'psych fixture',
  version: '1',
  items: ['G1', 'G2', 'G3', 'G4', 'S1', 'S2', 'S3', 'S4', 'W1', 'W2', 'W3', 'W4'].map(likert),
  domains: [
    { id: 'growth', label: 'G', items: ['G1', 'G2', 'G3', 'G4'], reverse: ['G3'] },
    { id: 'systems', label: 'S', items: ['S1', 'S2', 'S3', 'S4'] },
    { id: 'wellbeing', label: 'W', items: ['W1', 'W2', 'W3', 'W4'], reverse: ['W2'] },
  ].map((domain) => ({ ...domain, minAnswered: { count: 0 } })),
};
const instrument = defineInstrument(SYNTHETIC);
const responses = responsesFromCsv(syntheticCsv, instrument);

describe('survey in the browser', () => {
  it('reads the 60 × 12 psych fixture from CSV and writes it back unchanged', () => {
    expect(responses).toHaveLength(60);
    expect(responses[0]).toEqual({
      id: 'R01',
      answers: {
        G1: 1,
        G2: 1,
        G3: 5,
        G4: 1,
        S1: 1,
        S2: 1,
        S3: 1,
        S4: 3,
        W1: 3,
        W2: 4,
        W3: 2,
        W4: 3,
      },
      fields: {},
    });
    const text = responsesToCsv(responses, instrument);
    expect(responsesFromCsv(text, instrument)).toEqual(responses);
  });

  it('scores every domain as psych::scoreItems does (psych 2.2.9, impute = "none")', () => {
    const result = scoreResponses(instrument, responses);
    expect(result.counts).toEqual({ received: 60, scored: 60, excluded: 0 });
    for (const domain of ['growth', 'systems', 'wellbeing'] as const) {
      // psych 2.2.9: scoreItems(keys, items, impute = "none")$scores, synthetic_scoreItems_all.json
      const expected = scoreItems.impute_none.scales[domain].scores_first_rows;
      result.scored.forEach((response, row) => {
        expectClose(
          response.domains[domain]?.score,
          expected[row] ?? null,
          `${domain} row ${String(row)}`,
        );
      });
    }
  });

  it('computes Cronbach’s alpha as psych::alpha does (psych 2.2.9)', () => {
    const rows = responses.map((response) => response.answers);
    for (const fixture of [growth, wellbeing]) {
      const result = cronbachAlpha(
        rows.map(
          (answers) => fixture.items.map((item) => answers[item] ?? null) as (number | null)[],
        ),
        { items: fixture.items, reverse: fixture.reverse_keyed },
      );
      // psych::alpha 2.2.9: $total, synthetic_growth.json and synthetic_wellbeing.json
      const total = fixture.alpha.total;
      const label = fixture.items.join('');
      expectClose(result.rawAlpha, total.raw_alpha, `${label} raw_alpha`, { relative: 1e-12 });
      expectClose(result.standardisedAlpha, total.std_alpha, `${label} std.alpha`, {
        relative: 1e-12,
      });
      expectClose(result.lambda6, total.G6_smc, `${label} G6(smc)`, { relative: 1e-12 });
      expectClose(result.averageR, total.average_r, `${label} average_r`, { relative: 1e-12 });
      expectClose(result.signalToNoise, total.S_N, `${label} S/N`, { relative: 1e-12 });
      // psych::alpha 2.2.9: $feldt (95% interval)
      expectClose(result.interval.lower, fixture.alpha.feldt_95.lower, `${label} Feldt lower`);
      expectClose(result.interval.upper, fixture.alpha.feldt_95.upper, `${label} Feldt upper`);
    }
  });

  it('gives Wilson intervals and the Cochran–Armitage trend as R’s stats does (R 4.2.2)', () => {
    // R 4.2.2: prop.test(43, 100, correct = FALSE)$conf.int
    const wilson = wilsonInterval(43, 100);
    expectClose(wilson.lower, 0.33733298524110106, 'prop.test(43, 100)$conf.int[1]');
    expectClose(wilson.upper, 0.5278461045078768, 'prop.test(43, 100)$conf.int[2]');
    // R 4.2.2: prop.trend.test(c(13, 17, 22, 24), c(30, 28, 29, 27)), test/fixtures/r/proportions.json
    const expected = proportions.trend[0];
    if (expected === undefined) throw new Error('proportions.json has no trend case');
    const trend = proportionTrend(
      expected.successes.map((successes, i) => ({
        label: `Session ${String(i + 1)}`,
        successes,
        n: expected.n[i] ?? 0,
      })),
    );
    expectClose(trend.trend.statistic, expected.trend_statistic, 'prop.trend.test()$statistic');
    expectClose(trend.trend.pValue, expected.trend_p_value, 'prop.trend.test()$p.value');
    expectClose(trend.equality.pValue, expected.equality_p_value, 'prop.test()$p.value');
  });

  it('summarises scores and draws Vega-Lite charts as plain JSON', () => {
    const summary = summariseScores(scoreResponses(instrument, responses));
    // psych::alpha 2.2.9: $total$mean and $total$sd, of the growth scores
    const growthSummary = summary.overall.domains?.['growth'];
    expectClose(growthSummary?.mean, growth.alpha.total.mean, 'mean growth score');
    expectClose(growthSummary?.sd, growth.alpha.total.sd, 'sd of growth scores');
    const trend = proportionTrend([
      { label: 'Session 1', successes: 13, n: 30 },
      { label: 'Session 4', successes: 24, n: 27 },
    ]);
    const spec = chartProportionTrend(trend, { measure: 'Rated the session excellent' });
    expect(firstNonJson(spec)).toBeNull();
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(spec['$schema']).toMatch(/vega-lite/u);
  });
});
