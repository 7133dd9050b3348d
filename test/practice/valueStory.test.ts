/**
 * The value-story models: defaults, refusals with paths, and the catalogue of cycles.
 */
import { describe, expect, it } from 'vitest';
import {
  parseValueStories,
  safeParseValueStories,
  VALUE_CYCLES,
  ValueIndicator,
  ValueStory,
} from '../../src/practice/index.js';

const story = {
  id: 's1',
  members: ['m1'],
  date: '2026-03-05',
  title: 'A shared referral form',
  evidence: { potential: { text: 'A template', indicators: [{ name: 'templates', value: 1 }] } },
};

const paths = (input: unknown): string[] => {
  const result = safeParseValueStories(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.pathText);
};

describe('ValueStory', () => {
  it('fills in empty lists and keeps what was given', () => {
    const [parsed] = parseValueStories([story]);
    expect(parsed?.evidence.potential).toEqual({
      text: 'A template',
      indicators: [{ name: 'templates', value: 1 }],
      capital: [],
    });
  });

  it('refuses unknown cycles, bad dates, repeated members and ids, with paths', () => {
    expect(paths([{ ...story, date: '2026-3-5' }])).toEqual(['stories[0].date']);
    expect(paths([{ ...story, evidence: { reframing: { text: 'x' } } }])).toEqual([
      'stories[0].evidence',
    ]);
    expect(paths([{ ...story, members: ['m1', 'm1'] }])).toEqual(['stories[0].members[1]']);
    expect(paths([{ ...story, members: [] }])).toEqual(['stories[0].members']);
    expect(paths([story, story])).toEqual(['stories[1].id']);
    expect(paths([{ ...story, evidence: { applied: { text: ' ' } } }])).toEqual([
      'stories[0].evidence.applied.text',
    ]);
    expect(
      paths([{ ...story, evidence: { potential: { text: 'x', capital: ['money'] } } }]),
    ).toEqual(['stories[0].evidence.potential.capital[0]']);
    expect(paths([{ ...story, evidence: { applied: { text: 'x', capital: ['human'] } } }])).toEqual(
      ['stories[0].evidence.applied'],
    );
  });

  it('throws an invalid_input error from parseValueStories', () => {
    expect(() => parseValueStories([{ ...story, date: 'yesterday' }])).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: [0, 'date'] }),
    );
  });

  it('does not mutate its input', () => {
    const input = structuredClone(story);
    ValueStory.parse(input);
    expect(input).toEqual(story);
  });
});

describe('ValueIndicator', () => {
  it('refuses unknown cycles and non-finite values', () => {
    expect(
      ValueIndicator.safeParse({ cycle: 'realised', name: 'n', value: 1, date: '2026-01-01' })
        .success,
    ).toBe(true);
    expect(
      ValueIndicator.safeParse({ cycle: 'reframing', name: 'n', value: 1, date: '2026-01-01' })
        .success,
    ).toBe(false);
    expect(
      ValueIndicator.safeParse({ cycle: 'realised', name: 'n', value: NaN, date: '2026-01-01' })
        .success,
    ).toBe(false);
  });
});

describe('VALUE_CYCLES', () => {
  it('lists the five cycles in order, each with indicators', () => {
    expect(VALUE_CYCLES.map((cycle) => cycle.order)).toEqual([1, 2, 3, 4, 5]);
    for (const cycle of VALUE_CYCLES) expect(cycle.indicators.length).toBeGreaterThanOrEqual(3);
    expect(Object.isFrozen(VALUE_CYCLES)).toBe(true);
  });
});
