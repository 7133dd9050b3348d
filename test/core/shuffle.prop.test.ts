import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, shuffle } from '../../src/core/index.js';

const seeds = fc.oneof(fc.maxSafeInteger(), fc.string());

describe('shuffle properties', () => {
  it('returns a permutation: the same items, each as often as before', () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), seeds, (items, seed) => {
        const result = shuffle(items, seed);
        expect(result).toHaveLength(items.length);
        const remaining = [...result];
        for (const item of items) {
          const at = remaining.findIndex((candidate) => Object.is(candidate, item));
          expect(at).toBeGreaterThanOrEqual(0);
          remaining.splice(at, 1);
        }
      }),
    );
  });

  it('never changes its input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), seeds, (items, seed) => {
        const before = [...items];
        shuffle(items, seed);
        expect(items).toEqual(before);
      }),
    );
  });

  it('the same seed gives the same order; a generator gives the order its seed would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), seeds, (items, seed) => {
        expect(shuffle(items, seed)).toEqual(shuffle(items, seed));
        expect(shuffle(items, createRandom(seed))).toEqual(shuffle(items, seed));
      }),
    );
  });
});
