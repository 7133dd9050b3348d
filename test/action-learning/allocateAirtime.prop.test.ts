/**
 * Properties of allocateAirtime: every minute is accounted for (given out plus spare equals
 * the total), shares are whole and never negative, nobody gets more than they asked for
 * (proportional, leastRecent) or more than the cap, and equal shares differ by at most one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateAirtime, type AirtimePolicy } from '../../src/action-learning/index.js';

const bids = fc.uniqueArray(
  fc.record({
    member: fc.constantFrom('ama', 'ben', 'cy', 'dee', 'eli', 'fay', 'gus', 'hal', 'ivy', 'jo'),
    minutes: fc.integer({ min: 1, max: 600 }),
    lastPresented: fc.option(fc.constantFrom('2026-01-08', '2026-02-05', '2026-03-05'), {
      nil: null,
    }),
  }),
  { minLength: 1, maxLength: 10, selector: (bid) => bid.member },
);
const policy: fc.Arbitrary<AirtimePolicy> = fc.oneof(
  fc.constantFrom('equal', 'proportional', 'leastRecent'),
  fc.record({
    kind: fc.constantFrom('equal', 'proportional', 'leastRecent'),
    cap: fc.integer({ min: 1, max: 120 }),
  }),
);

describe('allocateAirtime properties', () => {
  it('accounts for every minute and keeps every limit', () => {
    fc.assert(
      fc.property(bids, fc.integer({ min: 1, max: 1440 }), policy, (list, total, chosen) => {
        const result = allocateAirtime(list, total, chosen);
        const given = result.allocations.map((share) => share.minutes);
        expect(result.allocatedMinutes + result.spareMinutes).toBe(total);
        expect(given.reduce((sum, m) => sum + m, 0)).toBe(result.allocatedMinutes);
        expect(result.allocations.map((share) => share.member).sort()).toEqual(
          list.map((bid) => bid.member).sort(),
        );
        for (const share of result.allocations) {
          expect(Number.isInteger(share.minutes) && share.minutes >= 0).toBe(true);
          if (result.cap !== null) expect(share.minutes).toBeLessThanOrEqual(result.cap);
          if (result.policy !== 'equal') expect(share.minutes).toBeLessThanOrEqual(share.requested);
        }
        if (result.policy === 'equal' && result.cap === null) {
          expect(Math.max(...given) - Math.min(...given)).toBeLessThanOrEqual(1);
          expect(result.spareMinutes).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
