import { chiSquaredDistributionTable } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { createRandom, isPeerLearnError, shuffle } from '../../src/core/index.js';

describe('shuffle', () => {
  it('makes every ordering of four people equally likely (chi-squared over all 24)', () => {
    const random = createRandom('fairness');
    const counts = new Map<string, number>();
    const n = 48_000;
    for (let i = 0; i < n; i += 1) {
      const key = shuffle(['A', 'B', 'C', 'D'], random).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    const expected = n / 24;
    const statistic = [...counts.values()].reduce(
      (sum, c) => sum + (c - expected) ** 2 / expected,
      0,
    );
    // Critical value at p = 0.005 with 23 degrees of freedom, from simple-statistics' table.
    expect(statistic).toBeLessThan(chiSquaredDistributionTable[23][0.005]);
  });

  it('puts each person in each position equally often', () => {
    const random = createRandom(2026);
    const size = 10;
    const positions = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    const n = 20_000;
    const items = Array.from({ length: size }, (_, i) => i);
    for (let run = 0; run < n; run += 1) {
      shuffle(items, random).forEach((item, position) => {
        const row = positions[item];
        if (row) row[position] = (row[position] ?? 0) + 1;
      });
    }
    for (const row of positions) {
      const statistic = row.reduce((sum, c) => sum + (c - n / size) ** 2 / (n / size), 0);
      expect(statistic).toBeLessThan(chiSquaredDistributionTable[9][0.005]);
    }
  });

  it('is reproducible from a seed and leaves the list untouched', () => {
    const cohort = Object.freeze(['Ama', 'Bilal', 'Cerys', 'Dev', 'Efe', 'Fran']);
    const once = shuffle(cohort, 'set-1/meeting-4');
    expect(shuffle(cohort, 'set-1/meeting-4')).toEqual(once);
    expect(once).not.toBe(cohort);
    expect(cohort).toEqual(['Ama', 'Bilal', 'Cerys', 'Dev', 'Efe', 'Fran']);
    expect([...once].sort()).toEqual([...cohort].sort());
  });

  it('handles empty and single lists', () => {
    expect(shuffle([], 1)).toEqual([]);
    expect(shuffle(['only'], 1)).toEqual(['only']);
  });

  it('refuses a non-array or a bad seed with a clear error', () => {
    for (const [items, seed, path] of [
      ['abc', 1, 'items'],
      [null, 1, 'items'],
      [[1, 2], 0.5, 'seed'],
      [[1, 2], null, 'seed'],
    ] as const) {
      let caught: unknown;
      try {
        shuffle(items as never, seed as never);
      } catch (error) {
        caught = error;
      }
      expect(isPeerLearnError(caught, 'invalid_input')).toBe(true);
      if (isPeerLearnError(caught, 'invalid_input')) {
        expect(caught.message).toMatch(/^shuffle: /u);
        expect(caught.issues[0]?.pathText).toBe(path);
      }
    }
  });
});
