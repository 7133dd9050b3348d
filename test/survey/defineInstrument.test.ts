import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import {
  defineInstrument,
  isPeerLearnError,
  safeParseInstrument,
  SESSION_EVALUATION_FORM,
  SOCIAL_CLIMATE_SURVEY,
  type InstrumentInput,
} from '../../src/index.js';

function problems(input: unknown): string[] {
  const result = safeParseInstrument(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.pathText}: ${issue.message}`);
}

const base: InstrumentInput = {
  id: 'pulse',
  title: 'Pulse',
  version: '2',
  items: [
    { id: 'a', type: 'likert', min: 1, max: 5, wording: 'A' },
    { id: 'b', type: 'likert', min: 1, max: 5, wording: 'B' },
  ],
  domains: [{ id: 'd', label: 'D', items: ['a', 'b'] }],
};

describe('defineInstrument', () => {
  it('accepts a sound definition and fills in defaults', () => {
    const instrument = defineInstrument(base);
    expect(instrument.domains[0]).toMatchObject({
      reverse: [],
      method: 'mean',
      minAnswered: { count: 1 },
      bands: [],
      bandsClosed: 'right',
    });
    expect(Object.isFrozen(instrument)).toBe(true);
    expect(Object.isFrozen(instrument.domains[0])).toBe(true);
  });

  it('returns something that survives JSON and parses to itself', () => {
    for (const instrument of [
      SOCIAL_CLIMATE_SURVEY,
      SESSION_EVALUATION_FORM,
      defineInstrument(base),
    ]) {
      const again = safeParseInstrument(JSON.parse(JSON.stringify(instrument)));
      expect(again.success && again.data).toEqual(instrument);
    }
  });

  it('reports every problem in items at once, each with its path', () => {
    expect(
      problems({
        id: '__proto__',
        title: 'T',
        version: '',
        items: [
          { id: 'a', type: 'likert', min: 5, max: 1, wording: 'A' },
          {
            id: 'a',
            type: 'likert',
            min: 1,
            max: 5,
            wording: 'A again',
            labels: { '0': 'none', '2.5': 'half' },
            topBox: 4,
          },
          {
            id: 'c',
            type: 'ordinal',
            wording: 'C',
            options: [
              { value: 'x', score: 1 },
              { value: 'x', score: 1 },
            ],
            topBox: 2,
          },
          {
            id: 'm',
            type: 'multiple-choice',
            wording: 'M',
            options: [{ value: 'p' }, { value: 'q' }],
            maxSelected: 3,
          },
          { id: 's', type: 'scale', wording: 'S' },
          { id: 't', type: 'text', wording: 'T', colour: 'red' },
        ],
      }),
    ).toEqual([
      'instrument.id: must not be __proto__, constructor or prototype',
      'instrument.version: must not be empty',
      'instrument.items[4].type: must be one of "likert", "ordinal", "yes-no", "single-choice", "multiple-choice", "text"',
      'instrument.items[5]: has unknown field "colour"; check the spelling or remove it',
    ]);
    // Once the shapes are right, the checks across fields run and report together.
    expect(
      problems({
        id: 'x',
        title: 'T',
        version: '1',
        items: [
          { id: 'a', type: 'likert', min: 5, max: 1, wording: 'A' },
          {
            id: 'a',
            type: 'likert',
            min: 1,
            max: 5,
            wording: 'A again',
            labels: { '0': 'none', '2.5': 'half' },
            topBox: 5,
          },
          {
            id: 'c',
            type: 'ordinal',
            wording: 'C',
            options: [
              { value: 'x', score: 1 },
              { value: 'x', score: 1 },
            ],
            topBox: 2,
          },
          {
            id: 'm',
            type: 'multiple-choice',
            wording: 'M',
            options: [{ value: 'p' }, { value: 'q' }],
            maxSelected: 3,
          },
        ],
      }),
    ).toEqual([
      'instrument.items[0].max: must be greater than min (5)',
      'instrument.items[1].id: repeats the item id "a"',
      'instrument.items[1].labels["0"]: labels a point that is not on the scale 1–5',
      'instrument.items[1].labels["2.5"]: labels a point that is not on the scale 1–5',
      'instrument.items[1].topBox: must leave at least one point outside the top box (at most 4)',
      'instrument.items[2].options[1].value: repeats the option "x"',
      'instrument.items[2].options: must have at least two different scores',
      'instrument.items[2].topBox: must leave at least one option outside the top box (at most 1)',
      'instrument.items[3].maxSelected: must be at most 2, the number of options',
    ]);
  });

  it('reports every problem in domains: references, reverse keys, weights, minimum answered', () => {
    expect(
      problems({
        ...base,
        items: [...base.items, { id: 'txt', type: 'text', wording: 'Say more' }],
        domains: [
          {
            id: 'd',
            label: 'D',
            items: ['a', 'zz', 'txt', 'a'],
            reverse: ['b'],
            weights: { b: 2 },
            minAnswered: { count: 9 },
          },
          {
            id: 'd',
            label: 'D again',
            items: ['b'],
            weights: { b: 0 },
            minAnswered: { share: 1.5 },
          },
        ],
      }),
    ).toEqual([
      // Range checks do not stop the checks across fields, so everything is reported in one go.
      'instrument.domains[1].weights.b: must be greater than 0',
      'instrument.domains[1].minAnswered.share: must be at most 1',
      'instrument.domains[0].items[1]: names "zz", which is not an item of this instrument',
      'instrument.domains[0].items[2]: names "txt", a text item; only likert, ordinal and yes-no items can be scored',
      'instrument.domains[0].items[3]: lists "a" twice',
      'instrument.domains[0].reverse[0]: names "b", which is not one of this domain\'s items',
      'instrument.domains[0].weights.b: names "b", which is not one of this domain\'s items',
      'instrument.domains[0].minAnswered.count: must be at most 4, the number of items in the domain',
      'instrument.domains[1].id: repeats the domain id "d"',
    ]);
    expect(
      problems({
        ...base,
        items: [...base.items, { id: 'txt', type: 'text', wording: 'Say more' }],
        domains: [
          {
            id: 'd',
            label: 'D',
            items: ['a', 'zz', 'txt', 'a'],
            reverse: ['b'],
            weights: { b: 2 },
            minAnswered: { count: 9 },
          },
          { id: 'd', label: 'D again', items: ['b'] },
        ],
      }),
    ).toEqual([
      'instrument.domains[0].items[1]: names "zz", which is not an item of this instrument',
      'instrument.domains[0].items[2]: names "txt", a text item; only likert, ordinal and yes-no items can be scored',
      'instrument.domains[0].items[3]: lists "a" twice',
      'instrument.domains[0].reverse[0]: names "b", which is not one of this domain\'s items',
      'instrument.domains[0].weights.b: names "b", which is not one of this domain\'s items',
      'instrument.domains[0].minAnswered.count: must be at most 4, the number of items in the domain',
      'instrument.domains[1].id: repeats the domain id "d"',
    ]);
  });

  it('checks that bands tile the score range: gaps, overlaps, ends and boundaries', () => {
    const withBands = (bands: unknown, extra: object = {}) =>
      problems({ ...base, domains: [{ id: 'd', label: 'D', items: ['a', 'b'], bands, ...extra }] });
    expect(
      withBands([
        { label: 'Low', min: 1, max: 3 },
        { label: 'High', min: 3, max: 5 },
      ]),
    ).toEqual([]);
    expect(
      withBands([
        { label: 'Low', min: 1, max: 2.5 },
        { label: 'High', min: 3, max: 5 },
      ]),
    ).toEqual([
      "instrument.domains[0].bands[1].min: must equal the previous band's max (2.5); there is a gap",
    ]);
    expect(
      withBands([
        { label: 'Low', min: 1, max: 3.5 },
        { label: 'High', min: 3, max: 5 },
      ]),
    ).toEqual([
      "instrument.domains[0].bands[1].min: must equal the previous band's max (3.5); there is an overlap",
    ]);
    expect(
      withBands([
        { label: 'Low', min: 0, max: 3 },
        { label: 'High', min: 3, max: 4 },
      ]),
    ).toEqual([
      'instrument.domains[0].bands[0].min: must be 1, the lowest score the domain can take, so the bands cover the whole range',
      'instrument.domains[0].bands[1].max: must be 5, the highest score the domain can take, so the bands cover the whole range',
    ]);
    expect(
      withBands([
        { label: 'Low', min: 1, max: 3, closed: 'both' },
        { label: 'High', min: 3, max: 5, closed: 'both' },
      ]),
    ).toEqual([
      'instrument.domains[0].bands[1].closed: the boundary 3 would be in two bands; close only one side of it',
    ]);
    expect(
      withBands([
        { label: 'Low', min: 1, max: 3, closed: 'left' },
        { label: 'High', min: 3, max: 5, closed: 'right' },
      ]),
    ).toEqual([
      'instrument.domains[0].bands[1].closed: the boundary 3 would be in no band; close one side of it',
    ]);
    expect(withBands([{ label: 'All', min: 1, max: 5, closed: 'neither' }])).toEqual([
      'instrument.domains[0].bands[0].closed: must include its min (1), the lowest possible score',
      'instrument.domains[0].bands[0].closed: must include its max (5), the highest possible score',
    ]);
    expect(
      withBands(
        [
          { label: 'Low', min: 0, max: 50 },
          { label: 'High', min: 50, max: 100 },
        ],
        { method: 'percent' },
      ),
    ).toEqual([]);
    expect(
      withBands(
        [
          { label: 'Low', min: 2, max: 6 },
          { label: 'High', min: 6, max: 10 },
        ],
        { method: 'sum' },
      ),
    ).toEqual([]);
    expect(withBands([{ label: 'Empty', min: 3, max: 3 }])).toContain(
      'instrument.domains[0].bands[0].max: must be greater than min (3)',
    );
  });

  it('throws an invalid_input error whose message starts with the function name', () => {
    let caught: unknown;
    try {
      defineInstrument({ ...base, items: [] });
    } catch (error) {
      caught = error;
    }
    expect(isPeerLearnError(caught, 'invalid_input')).toBe(true);
    expect((caught as Error).message).toBe(
      'defineInstrument: 3 problems in the input:\n' +
        '  - instrument.items: must not be empty\n' +
        '  - instrument.domains[0].items[0]: names "a", which is not an item of this instrument\n' +
        '  - instrument.domains[0].items[1]: names "b", which is not an item of this instrument\n' +
        'Fix them and call defineInstrument again.',
    );
  });
});

describe('hostile input', () => {
  it('refuses an option score so large that spreads and intervals would overflow', () => {
    expectRefusal(
      () =>
        peerlearn.defineInstrument({
          id: 'x',
          title: 'X',
          version: '1',
          items: [
            {
              id: 'overall',
              wording: 'Overall?',
              type: 'ordinal',
              options: [
                { value: 'good', score: -1.1e154 },
                { value: 'poor', score: 1 },
              ],
            },
          ],
        }),
      'defineInstrument',
      'instrument.items[0].options[0].score',
    );
  });
});
