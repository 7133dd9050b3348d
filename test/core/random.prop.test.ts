import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, restoreRandom } from '../../src/core/index.js';

const seeds = fc.oneof(
  fc.maxSafeInteger(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
);

describe('createRandom properties', () => {
  it('the same seed always gives the same sequence', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 1, max: 50 }), (seed, length) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        for (let i = 0; i < length; i += 1) {
          expect(a.uint32()).toBe(b.uint32());
          expect(a.next()).toBe(b.next());
        }
      }),
    );
  });

  it('different seeds give different sequences', () => {
    fc.assert(
      fc.property(seeds, seeds, (s, t) => {
        fc.pre(s !== t);
        const a = createRandom(s);
        const b = createRandom(t);
        const first = [a.uint32(), a.uint32(), a.uint32()];
        const second = [b.uint32(), b.uint32(), b.uint32()];
        expect(first).not.toEqual(second);
      }),
    );
  });

  it('every draw lies in its range', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 1, max: 2 ** 32 }), (seed, bound) => {
        const random = createRandom(seed);
        const x = random.next();
        const k = random.int(bound);
        const u = random.uint32();
        expect(x >= 0 && x < 1).toBe(true);
        expect(Number.isInteger(k) && k >= 0 && k < bound).toBe(true);
        expect(Number.isInteger(u) && u >= 0 && u < 2 ** 32).toBe(true);
      }),
    );
  });

  it('a stored state continues the sequence exactly', () => {
    fc.assert(
      fc.property(seeds, fc.nat(20), (seed, skip) => {
        const random = createRandom(seed);
        for (let i = 0; i < skip; i += 1) random.uint32();
        const restored = restoreRandom(random.state());
        expect([restored.uint32(), restored.next()]).toEqual([random.uint32(), random.next()]);
      }),
    );
  });
});
