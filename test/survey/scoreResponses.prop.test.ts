import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineInstrument,
  scoreResponses,
  SurveyResponse,
  type InstrumentInput,
} from '../../src/index.js';
import { checkBandTiling, inBand, settleBands } from '../../src/survey/instrument/bands.js';
import { hasResponseShape } from '../../src/survey/response.js';

const instrumentInput: InstrumentInput = {
  id: 'prop',
  title: 'prop',
  version: '1',
  items: [
    { id: 'a', type: 'likert', min: 1, max: 5, wording: 'a' },
    { id: 'b', type: 'likert', min: 0, max: 10, wording: 'b' },
    {
      id: 'c',
      type: 'ordinal',
      wording: 'c',
      options: [
        { value: 'lo', score: -1 },
        { value: 'mid', score: 0.5 },
        { value: 'hi', score: 2 },
      ],
    },
    { id: 'd', type: 'yes-no', wording: 'd' },
    { id: 'e', type: 'multiple-choice', wording: 'e', options: [{ value: 'x' }, { value: 'y' }] },
  ],
  domains: [
    {
      id: 'mean',
      label: 'mean',
      items: ['a', 'b', 'c', 'd'],
      reverse: ['b', 'c'],
      weights: { a: 3 },
    },
    { id: 'sum', label: 'sum', items: ['a', 'b', 'c'], method: 'sum', reverse: ['a'] },
    {
      id: 'percent',
      label: 'percent',
      items: ['a', 'b', 'c', 'd'],
      method: 'percent',
      reverse: ['d'],
    },
  ],
};
const instrument = defineInstrument(instrumentInput);
const ranges: Record<string, [number, number]> = {
  mean: [-1, 10],
  sum: [-3, 30],
  percent: [0, 100],
};

const validAnswers = fc.record(
  {
    a: fc.option(fc.integer({ min: 1, max: 5 })),
    b: fc.option(fc.integer({ min: 0, max: 10 })),
    c: fc.option(fc.constantFrom('lo', 'mid', 'hi')),
    d: fc.option(fc.boolean()),
    e: fc.option(fc.subarray(['x', 'y'])),
  },
  { requiredKeys: [] },
);
const messyResponse = fc.oneof(
  fc.record(
    {
      id: fc.string({ maxLength: 3 }),
      respondent: fc.option(fc.constantFrom('p1', 'p2', 'p3'), { nil: undefined }),
      answers: validAnswers,
    },
    { requiredKeys: ['id', 'answers'] },
  ),
  fc.record({
    id: fc.string({ maxLength: 3 }),
    answers: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'zz'), fc.anything()),
  }),
  fc.anything(),
);

describe('scoreResponses properties', () => {
  it('accounts for every response exactly once: scored or excluded', () => {
    fc.assert(
      fc.property(
        fc.array(messyResponse, { maxLength: 30 }),
        fc.constantFrom('first', 'latest'),
        (responses, duplicates) => {
          const result = scoreResponses(instrument, responses, { duplicates });
          const indexes = [
            ...result.scored.map((r) => r.index),
            ...result.excluded.map((e) => e.index),
          ].sort((x, y) => x - y);
          expect(indexes).toEqual(responses.map((_, i) => i));
          expect(result.counts.scored + result.counts.excluded).toBe(result.counts.received);
          for (const excluded of result.excluded)
            expect(excluded.reasons.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('keeps every domain score within the range its scale allows', () => {
    fc.assert(
      fc.property(
        fc.array(validAnswers, { maxLength: 20 }),
        fc.constantFrom('none', 'median', 'mean'),
        (answers, impute) => {
          const result = scoreResponses(
            instrument,
            answers.map((a, i) => ({ id: String(i), answers: a })),
            { impute },
          );
          for (const response of result.scored) {
            for (const [id, domain] of Object.entries(response.domains)) {
              const [lo, hi] = ranges[id] ?? [Number.NaN, Number.NaN];
              if (domain.score !== null) {
                expect(domain.score).toBeGreaterThanOrEqual(lo - 1e-12);
                expect(domain.score).toBeLessThanOrEqual(hi + 1e-12);
              }
            }
          }
        },
      ),
    );
  });

  it('reversing twice is the identity: a reversed item answered min + max − x scores as x unreversed', () => {
    const plain = defineInstrument({
      ...instrumentInput,
      domains: [{ id: 'd', label: 'd', items: ['a', 'b'] }],
    });
    const reversed = defineInstrument({
      ...instrumentInput,
      domains: [{ id: 'd', label: 'd', items: ['a', 'b'], reverse: ['a', 'b'] }],
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 10 }), (a, b) => {
        const straight = scoreResponses(plain, [{ id: 'r', answers: { a, b } }]).scored[0]?.domains[
          'd'
        ]?.score;
        const twice = scoreResponses(reversed, [{ id: 'r', answers: { a: 6 - a, b: 10 - b } }])
          .scored[0]?.domains['d']?.score;
        expect(twice).toBe(straight);
      }),
    );
  });

  it('the fast shape check accepts exactly what the SurveyResponse schema accepts', () => {
    const nearly = fc.record(
      {
        id: fc.oneof(fc.string(), fc.integer()),
        respondent: fc.oneof(fc.string(), fc.constant(undefined), fc.constant(null)),
        submittedAt: fc.oneof(
          fc.constant('2026-03-05T10:00:00Z'),
          fc.constant('2026-03-05'),
          fc.string(),
        ),
        answers: fc.oneof(fc.dictionary(fc.string(), fc.anything()), fc.anything()),
        fields: fc.oneof(
          fc.dictionary(
            fc.string(),
            fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.anything()),
          ),
          fc.anything(),
        ),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(nearly, fc.anything()), (value) => {
        expect(hasResponseShape(value)).toBe(SurveyResponse.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('bands properties', () => {
  it('bands that pass the tiling check put every score in the range in exactly one band', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.double({ min: -50, max: 50, noNaN: true }), {
          minLength: 2,
          maxLength: 6,
        }),
        fc.constantFrom('right', 'left'),
        fc.array(fc.double({ min: -60, max: 60, noNaN: true }), { maxLength: 30 }),
        (cuts, rule, scores) => {
          const sorted = [...cuts].sort((x, y) => x - y);
          const bands = settleBands(
            sorted.slice(1).map((max, i) => ({ label: `b${String(i)}`, min: sorted[i] ?? 0, max })),
            rule,
          );
          const lo = sorted[0] ?? 0;
          const hi = sorted[sorted.length - 1] ?? 0;
          expect(checkBandTiling(bands, lo, hi)).toEqual([]);
          for (const score of [...scores, ...sorted]) {
            const count = bands.filter((band) => inBand(score, band)).length;
            expect(count).toBe(score >= lo && score <= hi ? 1 : 0);
          }
        },
      ),
    );
  });
});
