import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import {
  chartBandShares,
  chartProportionTrend,
  proportionTrend,
  scoreResponses,
  SOCIAL_CLIMATE_SURVEY,
  summariseScores,
} from '../../src/index.js';
import { renderChart } from '../helpers/renderChart.js';

const render = renderChart;

const responses = Array.from({ length: 24 }, (_, i) => {
  const level = (i % 5) + 1;
  return {
    id: `r${String(i)}`,
    answers: { W1: level, W2: 6 - level, W3: level, W4: level },
    fields: { cluster: i < 20 ? (['housing', 'legacy'][i % 2] ?? 'x') : 'youth' },
  };
});

describe('chartBandShares', () => {
  it('draws one bar per group with a segment per band, and hides small groups', async () => {
    const summary = summariseScores(scoreResponses(SOCIAL_CLIMATE_SURVEY, responses), {
      by: 'cluster',
    });
    const spec = chartBandShares(summary, 'wellbeing');
    const data = (
      spec['data'] as { values: { group: string; band: string | null; count: number | null }[] }
    ).values;
    expect(
      data.filter((row) => row.group === 'cluster = housing').map((row) => [row.band, row.count]),
    ).toEqual([
      ['Low', 4],
      ['Medium', 2],
      ['High', 4],
    ]);
    expect(data.filter((row) => row.group.startsWith('cluster = youth'))).toEqual([
      {
        group: 'cluster = youth (hidden: small group)',
        band: null,
        share: 0,
        count: null,
        order: 0,
      },
    ]);
    const svg = await render(spec);
    expect(svg).toContain('<svg');
    expect(svg).toContain('cluster = legacy');
    expect(svg).toContain(
      'Well-being, relationships and belonging: share of respondents in each band by cluster',
    );
  });

  it('refuses a domain the instrument does not have, naming the ones it has', () => {
    const summary = summariseScores(scoreResponses(SOCIAL_CLIMATE_SURVEY, responses));
    expect(() => chartBandShares(summary, 'belonging')).toThrow(
      /domainId: names "belonging", which is not a domain of social-climate; its domains are "growth", "systems", "wellbeing"/u,
    );
  });
});

describe('chartProportionTrend', () => {
  it('draws points with interval bars and names the trend test', async () => {
    const trend = proportionTrend([
      { label: 'Session 1', successes: 13, n: 30 },
      { label: 'Session 2', successes: 17, n: 29 },
      { label: 'Session 3', successes: 21, n: 28 },
      { label: 'Session 4', successes: 25, n: 28 },
    ]);
    const spec = chartProportionTrend(trend, { measure: 'Rated excellent' });
    expect((spec['title'] as { subtitle: string }).subtitle).toMatch(
      /^Cochran–Armitage trend test: increasing, p (< 0\.001|= 0\.\d{3}); bars are 95% Wilson intervals$/u,
    );
    const svg = await render(spec);
    expect(svg).toContain('Session 4');
    expect(svg).toContain('Rated excellent across sessions');
  });
});

describe('hostile input', () => {
  it('chartBandShares refuses what is not a summary, naming the argument', () => {
    expectRefusal(
      () => peerlearn.chartBandShares(undefined as never, 'growth'),
      'chartBandShares',
      'summary',
    );
    const summary = peerlearn.summariseScores(
      peerlearn.scoreResponses(peerlearn.SOCIAL_CLIMATE_SURVEY, [{ id: 'r1', answers: { G1: 5 } }]),
    );
    expectRefusal(
      () => peerlearn.chartBandShares({ ...summary, groups: [null] } as never, 'growth'),
      'chartBandShares',
      'summary.groups[0]',
    );
    expectRefusal(
      () => peerlearn.chartBandShares(summary, 42 as never),
      'chartBandShares',
      'domainId',
    );
  });

  it('chartProportionTrend refuses what is not a trend, naming the argument', () => {
    expectRefusal(
      () => peerlearn.chartProportionTrend(undefined as never),
      'chartProportionTrend',
      'trend',
    );
    const trend = peerlearn.proportionTrend([
      { successes: 3, n: 10 },
      { successes: 6, n: 10 },
    ]);
    expectRefusal(
      () => peerlearn.chartProportionTrend(trend, { measure: 5 } as never),
      'chartProportionTrend',
      'options.measure',
    );
  });
});
