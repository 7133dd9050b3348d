import { describe, expect, it } from 'vitest';
import { InvalidInputError, isPeerLearnError } from '../../src/core/index.js';
import { rollUpCounts } from '../../src/programme/rollUpCounts.js';

const hierarchy = [
  { id: 'alliance', level: 'alliance' as const, label: 'Riverside alliance' },
  { id: 'north', level: 'area' as const, parent: 'alliance' },
  { id: 'south', level: 'area' as const, parent: 'alliance' },
  { id: 'housing', level: 'cluster' as const, parent: 'north' },
  { id: 'health', level: 'cluster' as const, parent: 'south' },
  { id: 'set-1', level: 'set' as const, parent: 'housing' },
  { id: 'set-2', level: 'set' as const, parent: 'housing' },
  { id: 'set-3', level: 'set' as const, parent: 'health' },
];
const records = [
  { set: 'set-1', counts: { sessions: 4, attendance: 30, responses: 28, excellent: 20 } },
  { set: 'set-2', counts: { sessions: 4, attendance: 24, responses: 20, excellent: 5 } },
  { set: 'set-3', counts: { sessions: 3, attendance: 9, responses: 4, excellent: 4 } },
];
const shares = [{ id: 'excellent', numerator: 'excellent', denominator: 'responses' }];

describe('rollUpCounts', () => {
  it('adds counts up the levels and recomputes shares from the sums', () => {
    const { root } = rollUpCounts(records, hierarchy, { shares });
    expect(root.label).toBe('Riverside alliance');
    expect(root.totals).toEqual({ attendance: 63, excellent: 29, responses: 52, sessions: 11 });
    expect(root.records).toBe(3);
    // 29/52 from the summed counts, not the mean of 20/28, 5/20 and 4/4
    expect(root.shares['excellent']?.value).toBe(29 / 52);
    const north = root.children[0];
    expect(north?.id).toBe('north');
    expect(north?.children[0]?.children.map((set) => set.id)).toEqual(['set-1', 'set-2']);
    expect(north?.totals['excellent']).toBe(25);
    expect(north?.children[0]?.children[0]?.shares['excellent']?.value).toBe(20 / 28);
  });

  it('hides small groups and their complements, naming what to withhold', () => {
    const { root } = rollUpCounts(records, hierarchy, { shares });
    const south = root.children[1];
    expect(south?.shares['excellent']).toMatchObject({
      of: 4,
      count: null,
      suppressed: 'small_group',
    });
    expect(south?.withheld).toEqual(['excellent']);
    // south is hidden under a shown alliance, so north is hidden as its complement
    expect(root.children[0]?.shares['excellent']?.suppressed).toBe('complementary');
    expect(root.children[0]?.shares['excellent']?.reason).toMatch(/"south"/u);
    // north is hidden, so its only cluster (the same people) is hidden with it
    expect(root.children[0]?.children[0]?.shares['excellent']?.suppressed).toBe('complementary');
    expect(
      root.children[0]?.children[0]?.children.map((s) => s.shares['excellent']?.suppressed),
    ).toEqual([null, 'complementary']);
  });

  it('refuses unknown sets and parents with paths', () => {
    const issues = (run: () => unknown): string[] => {
      try {
        run();
      } catch (error) {
        if (isPeerLearnError(error) && error instanceof InvalidInputError)
          return error.issues.map((issue) => issue.pathText);
      }
      return [];
    };
    expect(
      issues(() =>
        rollUpCounts(
          [{ set: 'set-9', counts: { responses: 2, excellent: 3 } }],
          [
            ...hierarchy,
            { id: 'set-4', level: 'set', parent: 'nowhere' },
            { id: 'set-5', level: 'set', parent: 'north' },
          ],
          { shares },
        ),
      ),
    ).toEqual([
      'hierarchy[8].parent',
      'hierarchy[9].parent',
      'records[0].set',
      'records[0].counts.excellent',
    ]);
  });
});

describe('rollUpCounts: messages use the right article', () => {
  it('says "an area" and "an alliance", and "a cluster"', () => {
    const messages = (run: () => unknown): string[] => {
      try {
        run();
      } catch (error) {
        if (isPeerLearnError(error) && error instanceof InvalidInputError)
          return error.issues.map((issue) => `${issue.pathText}: ${issue.message}`);
      }
      return [];
    };
    expect(
      messages(() =>
        rollUpCounts(
          [{ set: 'north', counts: { responses: 2 } }],
          [
            ...hierarchy,
            { id: 'youth', level: 'cluster', parent: 'alliance' },
            { id: 'east', level: 'area' },
            { id: 'west', level: 'area', parent: 'nowhere' },
          ],
        ),
      ),
    ).toEqual([
      "hierarchy[8].parent: names an alliance, but a cluster's parent must be an area",
      'hierarchy[9].parent: is missing; an area needs its alliance',
      'hierarchy[10].parent: names "nowhere", which is not in the hierarchy; add it as an alliance',
      'records[0].set: names an area; counts are recorded for sets',
    ]);
  });
});
