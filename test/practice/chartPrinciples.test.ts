import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../fuzz/refusal.js';
import { assessCommunity, chartPrinciples } from '../../src/index.js';
import { renderChart } from '../helpers/renderChart.js';

// Three statements per principle; the third of each is worded the other way round.
const answers = (evolution: number, rhythm: number) => ({
  EV1: evolution,
  EV2: evolution,
  EV3: 6 - evolution,
  RH1: rhythm,
  RH2: rhythm,
  RH3: 6 - rhythm,
});
const start = assessCommunity([
  { id: 's1', respondent: 'ana', answers: answers(2, 4) },
  { id: 's2', respondent: 'ben', answers: answers(3, 4) },
  { id: 's3', respondent: 'cai', answers: answers(1, 5) },
]);
const end = assessCommunity([
  { id: 'e1', respondent: 'ana', answers: answers(4, 4) },
  { id: 'e2', respondent: 'ben', answers: answers(4, 5) },
]);

interface Row {
  assessment: string;
  principle: string;
  mean: number;
  lower: number;
  upper: number;
  members: number;
}
const rows = (spec: ReturnType<typeof chartPrinciples>): Row[] =>
  (spec['data'] as unknown as { values: Row[] }).values;

describe('chartPrinciples', () => {
  it('draws each answered principle once per assessment, in the given order', () => {
    const spec = chartPrinciples([
      { label: 'Start', assessment: start },
      { label: 'End', assessment: end },
    ]);
    expect(rows(spec).map((row) => `${row.assessment}: ${row.principle}`)).toEqual([
      'Start: Design for evolution',
      'Start: Create a rhythm for the community',
      'End: Design for evolution',
      'End: Create a rhythm for the community',
    ]);
    // Means by hand: start evolution (2 + 3 + 1) / 3 = 2, rhythm (4 + 4 + 5) / 3; end 4 and 4.5.
    expect(rows(spec).map((row) => row.mean)).toEqual([2, 13 / 3, 4, 4.5]);
    // Two assessments sit side by side within each principle's row.
    expect(spec['encoding']).toHaveProperty('yOffset');
  });

  it('shows the t interval, or a point alone where there is none', () => {
    // Start, evolution: scores 2, 3, 1; sd 1, t(0.975, 2) = 4.302652729749464 (R qt),
    // so 2 ± 4.302652729749464 / √3.
    const [evolution] = rows(chartPrinciples(start));
    expect(evolution?.lower).toBeCloseTo(2 - 4.302652729749464 / Math.sqrt(3), 12);
    expect(evolution?.upper).toBeCloseTo(2 + 4.302652729749464 / Math.sqrt(3), 12);
    // End, evolution: both scored 4, no spread, so no interval.
    const [still] = rows(chartPrinciples(end));
    expect([still?.lower, still?.mean, still?.upper]).toEqual([4, 4, 4]);
  });

  it('compiles and draws with vega-lite, on the scale asked for', async () => {
    const spec = chartPrinciples(start, { title: 'Our year', scale: [0, 10] });
    const svg = await renderChart(spec);
    expect(svg).toContain('Our year');
    expect(svg).toContain('Mean score (0 to 10)');
    expect(svg.match(/<path[^>]*aria-roledescription="point"/gu)?.length ?? 0).toBe(2);
  });
});

describe('hostile input', () => {
  it('refuses what is not an assessment, or a scale that does not run from low to high', () => {
    expectRefusal(() => chartPrinciples(undefined as never), 'chartPrinciples', 'assessments');
    expectRefusal(
      () => chartPrinciples([{ label: 'Start', assessment: { principles: 'none' } }] as never),
      'chartPrinciples',
    );
    const assessment = assessCommunity([
      { id: 's1', respondent: 'ana', answers: { EV1: 2, EV2: 3 } },
      { id: 's2', respondent: 'ben', answers: { EV1: 4, EV2: 4 } },
    ]);
    expectRefusal(
      () => chartPrinciples(assessment, { scale: [5, 1] }),
      'chartPrinciples',
      'options.scale',
    );
  });
});
