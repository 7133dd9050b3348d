import { describe, expect, it } from 'vitest';
import {
  defineInstrument,
  isPeerLearnError,
  scoreResponses,
  SESSION_EVALUATION_FORM,
  SOCIAL_CLIMATE_SURVEY,
  type InstrumentInput,
} from '../../src/index.js';
import { asResponses, readJson } from './helpers/psychFixtures.js';

const TOLERANCE = 1e-9;

interface ScaleFixture {
  scores_first_rows: (number | null)[];
  missing_count_first_rows: number[];
}
type ScoreItemsFixture = Record<
  'impute_none' | 'impute_median' | 'impute_mean',
  { scales: Record<string, ScaleFixture> }
>;

const likert = (id: string, max = 5) => ({
  id,
  type: 'likert' as const,
  min: 1,
  max,
  wording: `Item ${id}`,
});

/** The keys of synthetic_scoreItems_all.json, as an instrument on the items' own 1–5 scale. */
const SYNTHETIC: InstrumentInput = {
  id: 'synthetic',
  title: 'psych fixture',
  version: '1',
  items: ['G1', 'G2', 'G3', 'G4', 'S1', 'S2', 'S3', 'S4', 'W1', 'W2', 'W3', 'W4'].map((id) =>
    likert(id),
  ),
  domains: [
    {
      id: 'growth',
      label: 'G',
      items: ['G1', 'G2', 'G3', 'G4'],
      reverse: ['G3'],
      minAnswered: { count: 0 },
    },
    { id: 'systems', label: 'S', items: ['S1', 'S2', 'S3', 'S4'], minAnswered: { count: 0 } },
    {
      id: 'wellbeing',
      label: 'W',
      items: ['W1', 'W2', 'W3', 'W4'],
      reverse: ['W2'],
      minAnswered: { count: 0 },
    },
  ],
};

function expectScores(
  actual: readonly (number | null | undefined)[],
  expected: readonly (number | null)[],
): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => {
    if (value === null) expect(actual[i], `row ${String(i)}`).toBeNull();
    else
      expect(
        Math.abs((actual[i] ?? Number.NaN) - value),
        `row ${String(i)}: ${String(actual[i])} vs ${String(value)}`,
      ).toBeLessThanOrEqual(TOLERANCE);
  });
}

describe('scoreResponses against psych::scoreItems (psych 2.2.9)', () => {
  const fixture = readJson<ScoreItemsFixture>('synthetic_scoreItems_all.json');
  const responses = asResponses('synthetic_items.csv');
  const instrument = defineInstrument(SYNTHETIC);

  for (const impute of ['none', 'median', 'mean'] as const) {
    it(`scores every person in every domain with impute = "${impute}"`, () => {
      const result = scoreResponses(instrument, responses, { impute });
      expect(result.counts).toEqual({ received: 60, scored: 60, excluded: 0 });
      for (const domain of ['growth', 'systems', 'wellbeing']) {
        // psych 2.2.9: scoreItems(keys, items, impute = …)$scores and $missing
        const expected = fixture[`impute_${impute}`].scales[domain];
        if (expected === undefined) throw new Error(`fixture lacks ${domain}`);
        expectScores(
          result.scored.map((r) => r.domains[domain]?.score),
          expected.scores_first_rows,
        );
        expect(
          result.scored.map(
            (r) => (r.domains[domain]?.items ?? 0) - (r.domains[domain]?.answered ?? 0),
          ),
        ).toEqual(expected.missing_count_first_rows);
      }
    });
  }

  it('reports the values it imputed (item medians of the raw answers)', () => {
    const result = scoreResponses(instrument, responses, { impute: 'median' });
    expect(result.imputation?.method).toBe('median');
    expect(Object.keys(result.imputation?.values ?? {})).toHaveLength(12);
    for (const value of Object.values(result.imputation?.values ?? {}))
      expect([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]).toContain(value);
  });
});

describe('scoreResponses on psych’s edge cases (edge_scoreItems.json, psych 2.2.9)', () => {
  const fixture =
    readJson<Record<string, { scales: { scale: ScaleFixture } }>>('edge_scoreItems.json');
  const responses = asResponses('edge_items.csv');
  const edge = (max: number) =>
    defineInstrument({
      id: 'edge',
      title: 'edge',
      version: '1',
      items: ['Q1', 'Q2', 'Q3', 'Q4'].map((id) => likert(id, max)),
      domains: [
        {
          id: 'scale',
          label: 'scale',
          items: ['Q1', 'Q2', 'Q3', 'Q4'],
          reverse: ['Q3'],
          minAnswered: { count: 0 },
        },
      ],
    });

  it.each([
    ['none', 5, 'impute_none'],
    ['median', 5, 'impute_median'],
    ['mean', 5, 'impute_mean'],
    ['none', 7, 'impute_none_min1_max7'],
  ] as const)(
    'impute = %s on a 1–%i scale (%s): a blank row, a missing reversed item',
    (impute, max, key) => {
      const result = scoreResponses(edge(max), responses, { impute });
      const expected = fixture[key]?.scales.scale;
      if (expected === undefined) throw new Error(`fixture lacks ${key}`);
      expectScores(
        result.scored.map((r) => r.domains['scale']?.score),
        expected.scores_first_rows,
      );
    },
  );
});

describe('reverse keying uses the scale’s declared bounds (pitfall_reverse_range.json, psych 2.2.9)', () => {
  const fixture = readJson<{
    default_observed_range: { scores: number[] };
    fixed_min1_max5: { scores: number[] };
  }>('pitfall_reverse_range.json');
  const responses = asResponses('pitfall_range_items.csv');
  const instrument = defineInstrument({
    id: 'pitfall',
    title: 'pitfall',
    version: '1',
    items: ['a', 'b', 'c'].map((id) => likert(id)),
    domains: [{ id: 'd', label: 'd', items: ['a', 'b', 'c'], reverse: ['c'] }],
  });

  it('matches scoreItems(min = 1, max = 5), not the observed-range default', () => {
    const scores = scoreResponses(instrument, responses).scored.map(
      (r) => r.domains['d']?.score ?? Number.NaN,
    );
    expectScores(scores, fixture.fixed_min1_max5.scores);
    scores.forEach((score, i) => {
      expect(score).not.toBeCloseTo(fixture.default_observed_range.scores[i] ?? 0, 6);
    });
  });
});

describe('bands', () => {
  const fixture = readJson<{
    scores: (number | null)[];
    breaks: number[];
    labels: string[];
    right_closed: (string | null)[];
    left_closed: (string | null)[];
  }>('banding_boundaries.json');

  for (const closed of ['right', 'left'] as const) {
    it(`place scores on the thresholds as R's cut(right = ${String(closed === 'right')}, include.lowest = TRUE) does`, () => {
      const [b0, b1, b2, b3] = fixture.breaks as [number, number, number, number];
      const instrument = defineInstrument({
        id: 'bands',
        title: 'bands',
        version: '1',
        items: [
          {
            id: 'x',
            type: 'ordinal',
            wording: 'x',
            options: fixture.scores
              .filter((s) => s !== null)
              .map((score, i) => ({ value: `v${String(i)}`, score })),
          },
        ],
        domains: [
          {
            id: 'd',
            label: 'd',
            items: ['x'],
            bandsClosed: closed,
            bands: [
              { label: 'Low', min: b0, max: b1 },
              { label: 'Medium', min: b1, max: b2 },
              { label: 'High', min: b2, max: b3 },
            ],
          },
        ],
      });
      const responses = fixture.scores.map((score, i) => ({
        id: `r${String(i)}`,
        answers: { x: score === null ? null : `v${String(i)}` },
      }));
      const labels = scoreResponses(instrument, responses).scored.map(
        (r) => r.domains['d']?.band?.label ?? null,
      );
      // R 4.2.2: cut(scores, breaks, labels, right = …, include.lowest = TRUE)
      expect(labels).toEqual(closed === 'right' ? fixture.right_closed : fixture.left_closed);
    });
  }

  it('say which thresholds placed a score, with the interpretation', () => {
    const result = scoreResponses(SOCIAL_CLIMATE_SURVEY, [
      { id: 'r', answers: { W1: 3, W2: 3, W3: 3, W4: 3 } },
    ]);
    const band = result.scored[0]?.domains['wellbeing']?.band;
    expect(band).toMatchObject({
      label: 'Medium',
      closed: 'right',
      rule: '2.3333 < score ≤ 3.6667',
    });
    expect(band?.interpretation).toMatch(/Relationships are forming/u);
  });
});

describe('scoring methods, weights and the minimum-answered rule', () => {
  const instrument = defineInstrument({
    id: 'methods',
    title: 'methods',
    version: '1',
    items: [
      likert('a'),
      likert('b'),
      likert('c'),
      { id: 'ok', type: 'yes-no', wording: 'ok?' },
      likert('s7', 7),
    ],
    domains: [
      { id: 'mean', label: 'mean', items: ['a', 'b', 'c'], reverse: ['c'], weights: { a: 2 } },
      { id: 'sum', label: 'sum', items: ['a', 'b', 'c'], method: 'sum' },
      { id: 'percent', label: 'percent', items: ['a', 's7', 'ok'], method: 'percent' },
      { id: 'half', label: 'half', items: ['a', 'b', 'c'], minAnswered: { share: 0.5 } },
    ],
  });

  it('computes a weighted mean, a prorated sum and a percentage of the maximum', () => {
    const [full, gaps] = scoreResponses(instrument, [
      { id: 'full', answers: { a: 5, b: 3, c: 2, ok: true, s7: 4 } },
      { id: 'gaps', answers: { a: 4, b: null } },
    ]).scored;
    // weights a = 2: (2·5 + 3 + (6 − 2)) / 4
    expect(full?.domains['mean']?.score).toBe(17 / 4);
    expect(full?.domains['sum']?.score).toBe(10);
    // (100 + 50 + 100) / 3: a = 5 on 1–5, s7 = 4 on 1–7, yes on 0–1
    expect(full?.domains['percent']?.score).toBeCloseTo(250 / 3, 12);
    // one of three answered: the sum is prorated (4 × 3), the half rule needs two
    expect(gaps?.domains['sum']?.score).toBe(12);
    expect(gaps?.domains['half']).toMatchObject({
      score: null,
      answered: 1,
      missing: 'fewer than 2 of its 3 items were answered',
    });
    expect(gaps?.domains['mean']).toMatchObject({ score: 4, answered: 1, items: 3, imputed: 0 });
  });
});

describe('every response is scored or excluded with its reasons', () => {
  const responses: unknown[] = [
    {
      id: 'ok',
      respondent: 'p1',
      answers: {
        overall: 'excellent',
        mostUseful: ['networking'],
        gotWhatWanted: 'partly',
        comments: 'Great',
      },
    },
    { id: 'typo', answers: { overal: 'good' } },
    { id: 'scale', answers: { overall: 5, gotWhatWanted: 'maybe' } },
    { id: 'multi', answers: { mostUseful: ['networking', 'networking'] } },
    'not a response',
    { answers: {} },
    { id: 'ok', answers: {} },
    { id: 'long', answers: { comments: 'x'.repeat(4001) } },
  ];

  it('lists each problem with its code and path', () => {
    const result = scoreResponses(SESSION_EVALUATION_FORM, responses);
    expect(result.counts).toEqual({ received: 8, scored: 1, excluded: 7 });
    expect(
      result.excluded.map((e) => [
        e.index,
        e.id,
        e.reasons.map((r) => `${r.code} ${r.path.join('.')}: ${r.message}`),
      ]),
    ).toEqual([
      [
        1,
        'typo',
        [
          'unknown_item answers.overal: answers "overal", which is not an item of session-evaluation 1.0.0',
        ],
      ],
      [
        2,
        'scale',
        [
          'wrong_type answers.overall: must be one of "excellent", "good", "fair", "poor", got the number 5',
          'unknown_option answers.gotWhatWanted: must be one of "yes", "partly", "no", got the text "maybe"',
        ],
      ],
      [3, 'multi', ['repeated_option answers.mostUseful: lists "networking" twice']],
      [4, null, ['invalid_shape : expected an object, got the text "not a response"']],
      [5, null, ['invalid_shape id: is missing; expected a string']],
      [
        6,
        'ok',
        ['repeated_id id: repeats the id "ok" of response 0; give every response its own id'],
      ],
      [7, 'long', ['too_long answers.comments: must be at most 4000 characters, got 4001']],
    ]);
  });

  it('with strict, throws one error listing every problem with its path', () => {
    let caught: unknown;
    try {
      scoreResponses(SESSION_EVALUATION_FORM, responses, { strict: true });
    } catch (error) {
      caught = error;
    }
    expect(isPeerLearnError(caught, 'invalid_input')).toBe(true);
    if (!isPeerLearnError(caught, 'invalid_input')) return;
    expect(caught.issues.map((issue) => issue.pathText)).toEqual([
      'responses[1].answers.overal',
      'responses[2].answers.overall',
      'responses[2].answers.gotWhatWanted',
      'responses[3].answers.mostUseful',
      'responses[4]',
      'responses[5].id',
      'responses[6].id',
      'responses[7].answers.comments',
    ]);
    expect(caught.message).toMatch(/^scoreResponses: 8 problems in the input:/u);
  });

  it('keeps free text and all answers with the scored response, and leaves the input untouched', () => {
    const input = structuredClone(responses);
    const result = scoreResponses(SESSION_EVALUATION_FORM, input);
    expect(input).toEqual(responses);
    expect(result.scored[0]?.answers).toEqual({
      overall: 'excellent',
      mostUseful: ['networking'],
      gotWhatWanted: 'partly',
      comments: 'Great',
    });
    expect(result.scored[0]?.domains).toEqual({});
  });
});

describe('duplicate submissions', () => {
  const responses = [
    {
      id: 'a1',
      respondent: 'ama',
      submittedAt: '2026-03-05T17:10:00Z',
      answers: { overall: 'good' },
    },
    { id: 'b1', respondent: 'ben', answers: { overall: 'fair' } },
    {
      id: 'a2',
      respondent: 'ama',
      submittedAt: '2026-03-05T17:02:00Z',
      answers: { overall: 'excellent' },
    },
    { id: 'b2', respondent: 'ben', answers: { overall: 'poor' } },
  ];

  it('keep the latest by submission time, else by order, and say so', () => {
    const result = scoreResponses(SESSION_EVALUATION_FORM, responses);
    expect(result.scored.map((r) => r.id)).toEqual(['a1', 'b2']);
    expect(result.duplicates).toEqual([
      {
        respondent: 'ama',
        policy: 'latest',
        kept: { index: 0, id: 'a1' },
        dropped: [{ index: 2, id: 'a2' }],
      },
      {
        respondent: 'ben',
        policy: 'latest',
        kept: { index: 3, id: 'b2' },
        dropped: [{ index: 1, id: 'b1' }],
      },
    ]);
    expect(
      result.excluded.map((e) => [e.index, e.reasons[0]?.code, e.reasons[0]?.message]),
    ).toEqual([
      [1, 'duplicate', 'repeats respondent "ben"; the latest submission (response b2) was kept'],
      [2, 'duplicate', 'repeats respondent "ama"; the latest submission (response a1) was kept'],
    ]);
  });

  it('keep the first when asked: the earliest by submission time, else by order', () => {
    // Ama's copies are both timed (a2 at 17:02 came before a1), so a2 is the first; Ben's
    // b2 has no time, so his copies fall back to input order and b1 is the first.
    expect(
      scoreResponses(SESSION_EVALUATION_FORM, responses, { duplicates: 'first' }).scored.map(
        (r) => r.id,
      ),
    ).toEqual(['b1', 'a2']);
  });

  it('raise an error when asked, pointing at each repeat', () => {
    expect(() =>
      scoreResponses(SESSION_EVALUATION_FORM, responses, { duplicates: 'error' }),
    ).toThrow(
      /responses\[2\]\.respondent: repeats the respondent "ama" of response 0;.*\n {2}- responses\[3\]\.respondent: repeats the respondent "ben" of response 1/su,
    );
  });
});

describe('bad arguments', () => {
  it('refuse a bad instrument, options or a non-array of responses with paths', () => {
    expect(() => scoreResponses({ id: 'x' } as never, [])).toThrow(
      /^scoreResponses: .*instrument\.title: is missing/su,
    );
    expect(() => scoreResponses(SOCIAL_CLIMATE_SURVEY, [], { impute: 'mode' } as never)).toThrow(
      /options\.impute: must be one of "none", "median", "mean"/u,
    );
    expect(() => scoreResponses(SOCIAL_CLIMATE_SURVEY, {} as never)).toThrow(
      /responses: expected an array \(list\), got an object/u,
    );
  });
});

describe('scoreResponses: results do not share objects with the input', () => {
  it('copies answers (lists included) and fields, so editing a result leaves the input alone', () => {
    const responses = [
      {
        id: 'r1',
        answers: { overall: 'good', mostUseful: ['networking', 'topic'] },
        fields: { cluster: 'coast' },
      },
    ];
    const before = structuredClone(responses);
    const scored = scoreResponses(SESSION_EVALUATION_FORM, responses).scored[0];
    expect(scored?.answers).toEqual(responses[0]?.answers);
    expect(scored?.fields).toEqual(responses[0]?.fields);
    expect(scored?.answers).not.toBe(responses[0]?.answers);
    expect(scored?.fields).not.toBe(responses[0]?.fields);
    const answers = scored?.answers as Record<string, unknown>;
    answers['overall'] = 'poor';
    (answers['mostUseful'] as string[]).push('speakers');
    (scored?.fields as Record<string, unknown>)['cluster'] = 'housing';
    expect(responses).toEqual(before);
  });
});

describe('scoreResponses: a missing domain score says how many items were answered', () => {
  it('says "none of its 4 items was answered" when one answer was needed', () => {
    const result = scoreResponses(SOCIAL_CLIMATE_SURVEY, [{ id: 'r1', answers: { G1: 3 } }]);
    expect(result.scored[0]?.domains['systems']?.missing).toBe('none of its 4 items was answered');
  });

  it('says "its only item was not answered" for a one-item domain', () => {
    const instrument = defineInstrument({
      id: 'one',
      title: 'One',
      version: '1',
      items: [likert('a'), likert('b')],
      domains: [
        { id: 'a', label: 'A', items: ['a'] },
        { id: 'b', label: 'B', items: ['b'] },
      ],
    });
    const result = scoreResponses(instrument, [{ id: 'r1', answers: { a: 3 } }]);
    expect(result.scored[0]?.domains['b']?.missing).toBe('its only item was not answered');
  });
});
