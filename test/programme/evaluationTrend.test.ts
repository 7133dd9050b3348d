import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../fuzz/refusal.js';
import { evaluationTrend } from '../../src/programme/evaluationTrend.js';
import {
  InvalidInputError,
  isPeerLearnError,
  proportionTrend,
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

describe('evaluationTrend: nothing shown gives a hidden share away', () => {
  const clustered = [
    { id: 'c1', cluster: 'coast', registered: 16, attended: 14, responses: forms(6, 14) },
    { id: 'c2', cluster: 'coast', registered: 16, attended: 13, responses: forms(8, 12) },
    { id: 'c3', cluster: 'coast', registered: 15, attended: 4, responses: forms(3, 4) },
    { id: 'c4', cluster: 'coast', registered: 15, attended: 14, responses: forms(12, 14) },
    { id: 'h1', cluster: 'housing', registered: 12, attended: 11, responses: forms(4, 10) },
    { id: 'h2', cluster: 'housing', registered: 12, attended: 10, responses: forms(6, 10) },
  ];
  const measures = { measures: [{ id: 'excellent', item: 'overall' }] };

  it("withholds a cluster's pooled share while one of its sessions is hidden, and says why", () => {
    const result = evaluationTrend(clustered, SESSION_EVALUATION_FORM, measures);
    const coast = result.clusters.find((c) => c.cluster === 'coast');
    expect(coast?.shares['excellent']).toEqual({
      n: 44,
      suppressed: true,
      reason:
        'withheld because the share of session "c3" is hidden (too few answers): "coast"\'s count less its other sessions\' counts would give it away',
      successes: null,
      estimate: null,
      lower: null,
      upper: null,
      confidence: 0.95,
    });
    // the counts stay, as the denominators always do
    expect(coast?.counts.responded).toBe(44);
    // a cluster without hidden sessions keeps its pooled share
    expect(result.clusters[1]?.shares['excellent']?.successes).toBe(10);
    expect(result.acrossClusters['excellent']).toMatchObject({
      clusters: ['housing'],
      leftOut: ['coast'],
      mean: 0.5,
    });
  });

  it('names every hidden session when several are', () => {
    const result = evaluationTrend(
      [
        { id: 'a', cluster: 'k', registered: 4, attended: 4, responses: forms(1, 4) },
        { id: 'b', cluster: 'k', registered: 20, attended: 20, responses: forms(9, 20) },
        { id: 'c', cluster: 'k', registered: 3, attended: 3, responses: forms(3, 3) },
      ],
      SESSION_EVALUATION_FORM,
      measures,
    );
    expect(result.clusters[0]?.shares['excellent']?.reason).toBe(
      'withheld because the shares of sessions "a" and "c" are hidden (too few answers): "k"\'s count less its other sessions\' counts would give away their total',
    );
    expect(result.clusters[0]?.trends['excellent']?.reason).toBe(
      'a trend needs at least 2 sessions with answers and a share shown; there is 1, as sessions "a" and "c" are too small to show',
    );
  });

  it('leaves hidden sessions out of the trend tests, with the reason', () => {
    const result = evaluationTrend(clustered, SESSION_EVALUATION_FORM, measures);
    const coast = result.clusters[0]?.trends['excellent'];
    expect(coast?.sessions).toEqual(['c1', 'c2', 'c4']);
    expect(coast?.omitted).toEqual([
      {
        session: 'c3',
        reason:
          'its share is hidden, so it is left out of the test, whose statistic would otherwise give its hidden count away',
      },
    ]);
    // the same as the survey module's test over the shown sessions, at their places 1, 2 and 4
    const shownOnly = proportionTrend([
      { successes: 6, n: 14, score: 1 },
      { successes: 8, n: 12, score: 2 },
      { successes: 12, n: 14, score: 4 },
    ]);
    expect(coast?.trend).toEqual(shownOnly.trend);
    // R 4.2.2: prop.trend.test(c(6, 8, 12), c(14, 12, 14), score = c(1, 2, 4))
    expect(coast?.trend?.statistic).toBeCloseTo(5.34832295200959, 9);
    expect(coast?.trend?.pValue).toBeCloseTo(0.0207422121715335, 12);
    expect(result.trends['excellent']?.omitted.map((o) => o.session)).toEqual(['c3']);
    // the change from c1 to c4 is still given: both ends are shown
    expect([coast?.change?.from, coast?.change?.to]).toEqual(['c1', 'c4']);
  });

  it('gives the same result whatever a hidden session answered', () => {
    const run = (excellent: number) =>
      evaluationTrend(
        clustered.map((s) => (s.id === 'c3' ? { ...s, responses: forms(excellent, 4) } : s)),
        SESSION_EVALUATION_FORM,
        measures,
      );
    const base = run(3);
    for (const excellent of [0, 1, 2, 4]) expect(run(excellent)).toEqual(base);
  });
});

describe('evaluationTrend: the programme-wide change stays within one series', () => {
  it('withholds the change across clusters, pointing to the clusters', () => {
    const result = evaluationTrend(
      [
        { id: 'a1', cluster: 'a', registered: 20, attended: 20, responses: forms(5, 20) },
        { id: 'b1', cluster: 'b', registered: 20, attended: 20, responses: forms(8, 20) },
        { id: 'a2', cluster: 'a', registered: 20, attended: 20, responses: forms(12, 20) },
        { id: 'b2', cluster: 'b', registered: 20, attended: 20, responses: forms(15, 20) },
      ],
      SESSION_EVALUATION_FORM,
    );
    const overall = result.trends['overall'];
    expect(overall?.trend?.statistic).not.toBeNull();
    expect(overall?.change).toBeNull();
    expect(overall?.reason).toBe(
      "the sessions come from 2 clusters, so their first and last sessions would belong to different series; read each cluster's own change in clusters[].trends",
    );
    expect(
      result.clusters.map((c) => [
        c.trends['overall']?.change?.from,
        c.trends['overall']?.change?.to,
      ]),
    ).toEqual([
      ['a1', 'a2'],
      ['b1', 'b2'],
    ]);
  });

  it('counts sessions without a cluster as a series of their own', () => {
    const result = evaluationTrend(
      [
        { id: 'a1', cluster: 'a', registered: 20, attended: 20, responses: forms(5, 20) },
        { id: 'x', registered: 20, attended: 20, responses: forms(8, 20) },
      ],
      SESSION_EVALUATION_FORM,
    );
    expect(result.trends['overall']?.reason).toMatch(
      /^the sessions come from 2 groups \(clusters, and sessions without one\)/u,
    );
  });

  it('gives the change when every session is in one cluster, or none names one', () => {
    const one = evaluationTrend(
      fourSessions.map((s) => ({ ...s, cluster: 'k' })),
      SESSION_EVALUATION_FORM,
    );
    expect([one.trends['overall']?.change?.from, one.trends['overall']?.change?.to]).toEqual([
      's1',
      's4',
    ]);
    const none = evaluationTrend(fourSessions, SESSION_EVALUATION_FORM);
    expect(none.trends['overall']?.change).toEqual(one.trends['overall']?.change);
  });
});

describe('hostile input', () => {
  it('names itself when the instrument is not one', () => {
    expectRefusal(
      () => evaluationTrend(fourSessions, undefined as never),
      'evaluationTrend',
      'instrument',
    );
  });

  it('reports no trend, rather than fail, when parallel sessions share one score', () => {
    const result = evaluationTrend(
      [
        { id: 'a1', cluster: 'a', score: 1, registered: 10, attended: 8, responses: forms(2, 6) },
        { id: 'b1', cluster: 'b', score: 1, registered: 10, attended: 8, responses: forms(4, 6) },
      ],
      SESSION_EVALUATION_FORM,
    );
    expect(result.trends['overall']?.trend).toBeNull();
    expect(result.trends['overall']?.reason).toMatch(/different points in the order/u);
  });
});
