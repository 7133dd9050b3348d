import { chiSquaredDistributionTable } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import {
  createRandom,
  isPeerLearnError,
  restoreRandom,
  type RandomState,
} from '../../src/core/index.js';
import reference from '../fixtures/xoshiro/reference.json' with { type: 'json' };

/** Upper critical value of the chi-squared distribution at p = 0.005 (simple-statistics' table). */
function critical(degreesOfFreedom: number): number {
  const row =
    chiSquaredDistributionTable[degreesOfFreedom as keyof typeof chiSquaredDistributionTable];
  return row[0.005];
}

function chiSquared(counts: readonly number[], expected: number): number {
  return counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
}

describe('createRandom', () => {
  // Expected values: test/fixtures/xoshiro/reference.c, an independent C implementation of
  // xoshiro128** 1.1 and SplitMix64 (Blackman & Vigna) with FNV-1a 64 for text seeds.
  for (const { seed, uint32, next } of reference.cases) {
    it(`matches the C reference for seed ${JSON.stringify(seed)}`, () => {
      const random = createRandom(seed);
      expect(Array.from({ length: 8 }, () => random.uint32())).toEqual(uint32);
      const floats = Array.from({ length: 4 }, () => random.next());
      floats.forEach((value, i) => {
        expect(value).toBe(next[i]);
      });
    });
  }

  it('gives floats in [0, 1) with the mean and spread of a uniform distribution', () => {
    const random = createRandom('uniform');
    const n = 200_000;
    let sum = 0;
    let sumSquares = 0;
    const bins = new Array<number>(20).fill(0);
    for (let i = 0; i < n; i += 1) {
      const x = random.next();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
      sumSquares += x * x;
      bins[Math.floor(x * 20)] = (bins[Math.floor(x * 20)] ?? 0) + 1;
    }
    const mean = sum / n;
    const variance = sumSquares / n - mean * mean;
    // Uniform(0,1): mean 1/2 (standard error 1/sqrt(12n) ≈ 0.00065), variance 1/12.
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 / Math.sqrt(12 * n));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.001);
    expect(chiSquared(bins, n / 20)).toBeLessThan(critical(19));
  });

  it('gives unbiased integers below a bound, including awkward bounds', () => {
    for (const bound of [2, 3, 6, 7, 10, 30]) {
      const random = createRandom(`int-${String(bound)}`);
      const counts = new Array<number>(bound).fill(0);
      const draws = 3000 * bound;
      for (let i = 0; i < draws; i += 1) {
        const value = random.int(bound);
        expect(Number.isInteger(value) && value >= 0 && value < bound).toBe(true);
        counts[value] = (counts[value] ?? 0) + 1;
      }
      expect(chiSquared(counts, draws / bound)).toBeLessThan(critical(bound - 1));
    }
  });

  it('draws near the top of the range without bias (bound 3·2³⁰, where modulo would favour the low third)', () => {
    const bound = 3 * 2 ** 30;
    const random = createRandom(99);
    const thirds = [0, 0, 0];
    for (let i = 0; i < 30_000; i += 1) {
      const third = Math.floor(random.int(bound) / 2 ** 30);
      thirds[third] = (thirds[third] ?? 0) + 1;
    }
    expect(chiSquared(thirds, 10_000)).toBeLessThan(critical(2));
    expect(createRandom(1).int(2 ** 32)).toBe(reference.cases[1]?.uint32[0]);
  });

  it('refuses seeds that are not safe integers or text, naming the seed', () => {
    for (const seed of [
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2 ** 53,
      null,
      undefined,
      {},
      [1],
    ]) {
      let caught: unknown;
      try {
        createRandom(seed as never);
      } catch (error) {
        caught = error;
      }
      expect(isPeerLearnError(caught, 'invalid_input')).toBe(true);
      if (isPeerLearnError(caught, 'invalid_input')) {
        expect(caught.message).toMatch(/^createRandom: /u);
        expect(caught.issues[0]?.pathText).toBe('seed');
      }
    }
  });

  it('refuses bounds that are not whole numbers from 1 to 2³²', () => {
    const random = createRandom(3);
    for (const bound of [0, -1, 1.5, 2 ** 32 + 1, Number.NaN]) {
      expect(() => random.int(bound)).toThrow(
        /^SeededRandom\.int: 1 problem in the input:\n {2}- bound: /u,
      );
    }
  });
});

describe('restoreRandom', () => {
  it('continues the sequence from a stored state, through JSON', () => {
    const random = createRandom('stored');
    random.uint32();
    random.next();
    const stored = JSON.parse(JSON.stringify(random.state())) as RandomState;
    const expected = Array.from({ length: 5 }, () => random.uint32());
    const restored = restoreRandom(stored);
    expect(Array.from({ length: 5 }, () => restored.uint32())).toEqual(expected);
  });

  it('refuses a state that is all zeros or not four 32-bit words', () => {
    expect(() => restoreRandom([0, 0, 0, 0])).toThrow(/state: must not be all zeros/u);
    expect(() => restoreRandom([1, 2, 3] as unknown as RandomState)).toThrow(/^restoreRandom: /u);
    expect(() => restoreRandom([1, 2, 3, 2 ** 32])).toThrow(
      /state\[3\]: must be at most 4294967295/u,
    );
  });
});
