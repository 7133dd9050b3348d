import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/survey/index.js';

/** A count: n from 1 to 100 000 and successes from 0 to n. */
const count = fc
  .integer({ min: 1, max: 100_000 })
  .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const confidence = fc.double({ min: 0.5, max: 0.9999, noNaN: true });

describe('wilsonInterval', () => {
  it('contains its estimate and stays within [0, 1]', () => {
    fc.assert(
      fc.property(count, confidence, ([successes, n], level) => {
        const { estimate, lower, upper } = wilsonInterval(successes, n, { confidence: level });
        expect(0 <= lower && lower <= estimate && estimate <= upper && upper <= 1).toBe(true);
      }),
    );
  });

  it('mirrors itself when successes and failures swap', () => {
    fc.assert(
      fc.property(count, ([successes, n]) => {
        const yes = wilsonInterval(successes, n);
        const no = wilsonInterval(n - successes, n);
        expect(Math.abs(yes.lower - (1 - no.upper))).toBeLessThanOrEqual(1e-14);
        expect(Math.abs(yes.upper - (1 - no.lower))).toBeLessThanOrEqual(1e-14);
      }),
    );
  });

  it('widens as the confidence rises', () => {
    fc.assert(
      fc.property(count, confidence, confidence, ([successes, n], a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const narrow = wilsonInterval(successes, n, { confidence: low });
        const wide = wilsonInterval(successes, n, { confidence: high });
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower + 1e-15);
        expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper - 1e-15);
      }),
    );
  });
});
