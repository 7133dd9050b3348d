import { describe, expect, it } from 'vitest';
import { evaluationTrend } from '../../src/programme/evaluationTrend.js';
import {
  InvalidInputError,
  isPeerLearnError,
  SESSION_EVALUATION_FORM,
} from '../../src/survey/index.js';

/** `total` forms, the first `excellent` rating the session excellent, the first `yes` getting all they wanted. */
function forms(excellent: number, total: number, yes = 0) {
  return Array.from({ length: total }, (_, i) => ({
    id: `r${String(i)}`,
    answers: {
      overall: i < excellent ? 'excellent' : 'good',
      gotWhatWanted: i < yes ? 'yes' : 'partly',
    },
  }));
}

const fourSessions = [
  { id: 's1', label: 'Session 1', registered: 40, attended: 32, responses: forms(13, 30) },
  { id: 's2', label: 'Session 2', registered: 36, attended: 30, responses: forms(17, 28) },
  { id: 's3', label: 'Session 3', registered: 35, attended: 31, responses: forms(22, 29) },
  { id: 's4', label: 'Session 4', registered: 30, attended: 28, responses: forms(25, 28) },
];

describe('evaluationTrend', () => {
  it('follows the share rating sessions excellent, 13/30 to 25/28, against R', () => {
    const result = evaluationTrend(fourSessions, SESSION_EVALUATION_FORM);
    expect(result.measures.map((m) => [m.id, m.values])).toEqual([
      ['overall', ['excellent']],
      ['gotWhatWanted', ['yes']],
    ]);
    const first = result.sessions[0]?.shares['overall'];
    const last = result.sessions[3]?.shares['overall'];
    // R 4.2.2: prop.test(13, 30, correct = FALSE)$conf.int
    expect(first?.lower).toBeCloseTo(0.273774855764665, 9);
    expect(first?.upper).toBeCloseTo(0.608026929991864, 9);
    // R 4.2.2: prop.test(25, 28, correct = FALSE)$conf.int
    expect(last?.lower).toBeCloseTo(0.728041484513279, 9);
    expect(last?.upper).toBeCloseTo(0.9628816331707, 9);
    const trend = result.trends['overall'];
    // R 4.2.2: prop.trend.test(c(13, 17, 22, 25), c(30, 28, 29, 28))
    expect(trend?.trend?.statistic).toBeCloseTo(15.358562079368, 9);
    expect(trend?.trend?.pValue).toBeCloseTo(8.89170638569937e-5, 12);
    expect(trend?.trend?.direction).toBe('increasing');
    // R 4.2.2: Newcombe's hybrid score interval from the two prop.test Wilson intervals
    expect(trend?.change?.difference.estimate).toBeCloseTo(0.45952380952381, 12);
    expect(trend?.change?.difference.lower).toBeCloseTo(0.219352924633874, 9);
    expect(trend?.change?.difference.upper).toBeCloseTo(0.633771727754429, 9);
    expect([trend?.change?.from, trend?.change?.to]).toEqual(['s1', 's4']);
  });

  it('names the denominators of the response and attendance rates', () => {
    const session = evaluationTrend(fourSessions, SESSION_EVALUATION_FORM).sessions[1];
    expect(session?.responseRate).toEqual({
      numerator: 'responded',
      denominator: 'attended',
      count: 28,
      of: 30,
      value: 28 / 30,
    });
    expect(session?.attendanceRate).toEqual({
      numerator: 'attended',
      denominator: 'registered',
      count: 30,
      of: 36,
      value: 30 / 36,
    });
  });

  it('hides small groups but keeps their counts, and withholds a change from a hidden end', () => {
    const result = evaluationTrend(
      [
        { id: 'a', registered: 5, attended: 4, responses: forms(3, 4) },
        { id: 'b', registered: 20, attended: 20, responses: forms(15, 20) },
      ],
      SESSION_EVALUATION_FORM,
    );
    const small = result.sessions[0]?.shares['overall'];
    expect(small).toMatchObject({ n: 4, suppressed: true, successes: null, estimate: null });
    expect(small?.reason).toMatch(/only 4 people answered; shares are shown for groups of 5/u);
    expect(result.trends['overall']?.change).toBeNull();
    expect(result.trends['overall']?.reason).toMatch(/"a" is too small/u);
    expect(result.sessions[0]?.counts.responded).toBe(4);
  });

  it('gives shares per cluster from summed counts and the spread across clusters', () => {
    const result = evaluationTrend(
      [
        { id: 'h1', cluster: 'housing', registered: 20, attended: 20, responses: forms(0, 10, 2) },
        { id: 'h2', cluster: 'housing', registered: 20, attended: 20, responses: forms(0, 10, 3) },
        {
          id: 'w1',
          cluster: 'wellbeing',
          registered: 20,
          attended: 20,
          responses: forms(0, 20, 12),
        },
        { id: 'y1', cluster: 'youth', registered: 20, attended: 20, responses: forms(0, 20, 10) },
        { id: 't1', cluster: 'tiny', registered: 3, attended: 3, responses: forms(0, 3, 3) },
      ],
      SESSION_EVALUATION_FORM,
    );
    const housing = result.clusters.find((c) => c.cluster === 'housing');
    expect(housing?.shares['gotWhatWanted']?.estimate).toBe(5 / 20);
    expect(housing?.counts.responded).toBe(20);
    const spread = result.acrossClusters['gotWhatWanted'];
    // 25%, 60% and 50%: 45% on average, from 25% to 60%
    expect(spread?.mean).toBeCloseTo(0.45, 12);
    expect(spread?.min).toEqual({ cluster: 'housing', estimate: 0.25 });
    expect(spread?.max).toEqual({ cluster: 'wellbeing', estimate: 0.6 });
    expect(spread?.leftOut).toEqual(['tiny']);
  });

  it('follows a chosen item and values, such as networking named most useful', () => {
    const result = evaluationTrend(
      [
        {
          id: 's1',
          registered: 10,
          attended: 10,
          responses: Array.from({ length: 10 }, (_, i) => ({
            id: `r${String(i)}`,
            answers: { mostUseful: i < 8 ? ['networking', 'topic'] : ['topic'] },
          })),
        },
      ],
      SESSION_EVALUATION_FORM,
      { measures: [{ id: 'networking', item: 'mostUseful', values: ['networking'] }] },
    );
    expect(result.sessions[0]?.shares['networking']?.estimate).toBe(0.8);
    expect(result.trends['networking']?.trend).toBeNull();
  });

  it('lists excluded forms with reasons rather than counting them', () => {
    const result = evaluationTrend(
      [
        {
          id: 's1',
          registered: 10,
          attended: 10,
          responses: [...forms(5, 6), { id: 'bad', answers: { overall: 'superb' } }],
        },
      ],
      SESSION_EVALUATION_FORM,
    );
    expect(result.sessions[0]?.counts).toMatchObject({ received: 7, responded: 6, excluded: 1 });
    expect(result.sessions[0]?.excluded[0]?.id).toBe('bad');
  });

  it('refuses bad input with paths', () => {
    const fail = (run: () => unknown): string[] => {
      try {
        run();
      } catch (error) {
        if (isPeerLearnError(error) && error instanceof InvalidInputError)
          return error.issues.map((issue) => issue.pathText);
      }
      return [];
    };
    expect(
      fail(() =>
        evaluationTrend(
          [
            { id: 's1', registered: 5, attended: 8, responses: [] },
            { id: 's1', registered: 5, attended: 5, responses: [] },
          ],
          SESSION_EVALUATION_FORM,
        ),
      ),
    ).toEqual(['sessions[0].attended', 'sessions[1].id']);
    expect(
      fail(() =>
        evaluationTrend(
          [{ id: 's1', registered: 5, attended: 2, responses: forms(1, 3) }],
          SESSION_EVALUATION_FORM,
        ),
      ),
    ).toEqual(['sessions[0].responses']);
    expect(
      fail(() =>
        evaluationTrend(
          [{ id: 's1', registered: 5, attended: 5, responses: [] }],
          SESSION_EVALUATION_FORM,
          {
            measures: [{ item: 'nope' }, { item: 'comments' }],
          },
        ),
      ),
    ).toEqual(['options.measures[0].item', 'options.measures[1].values']);
  });
});
