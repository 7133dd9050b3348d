import { describe, expect, it } from 'vitest';
import { allocateAirtime, isPeerLearnError } from '../../src/action-learning/index.js';

const BIDS = [
  { member: 'ama', minutes: 30 },
  { member: 'ben', minutes: 10 },
  { member: 'cy', minutes: 20 },
];
const minutesOf = (result: ReturnType<typeof allocateAirtime>): number[] =>
  result.allocations.map((share) => share.minutes);

describe('allocateAirtime', () => {
  it('shares equally, the odd minute by largest remainder to the earlier id', () => {
    // 50 / 3 = 16.67 each: floors 16, 16, 16; two minutes left go to ama and ben (tie by id).
    const result = allocateAirtime(BIDS, 50, 'equal');
    expect(minutesOf(result)).toEqual([17, 17, 16]);
    expect(result.allocations[0]?.reason).toContain('+1 minute by largest remainder');
    expect(result.spareMinutes).toBe(0);
  });

  it('shares in proportion to the bids, passing on what a capped member cannot use', () => {
    // 30:10:20 of 50 is 25, 8.33, 16.67; ama is capped at 20, and her 5 spare minutes go to
    // ben and cy in proportion (10:20 of 30), who then get exactly what they asked for.
    const result = allocateAirtime(BIDS, 50, { kind: 'proportional', cap: 20 });
    expect(minutesOf(result)).toEqual([20, 10, 20]);
    expect(result.allocations.map((share) => share.exact)).toEqual([20, 10, 20]);
    expect(result.allocations[0]?.reason).toContain('capped at 20 minutes');
  });

  it('never gives more than asked for, leaving spare minutes', () => {
    const result = allocateAirtime(BIDS, 70, 'proportional');
    expect(minutesOf(result)).toEqual([30, 10, 20]);
    expect([result.allocatedMinutes, result.spareMinutes]).toEqual([60, 10]);
  });

  it('gives priority to whoever presented least recently, until the time runs out', () => {
    const result = allocateAirtime(
      [
        { member: 'ama', minutes: 30, lastPresented: '2026-02-05' },
        { member: 'ben', minutes: 25 },
        { member: 'cy', minutes: 20, lastPresented: '2026-01-08' },
      ],
      40,
      'leastRecent',
    );
    expect(result.allocations.map((share) => [share.member, share.minutes])).toEqual([
      ['ben', 25],
      ['cy', 15],
      ['ama', 0],
    ]);
    expect(result.allocations[2]?.reason).toContain('the time ran out before their turn');
  });

  it('refuses bad input with invalid_input, naming the field', () => {
    const attempts: [unknown, number][] = [
      [[], 30],
      [
        [
          { member: 'ama', minutes: 10 },
          { member: 'ama', minutes: 5 },
        ],
        30,
      ],
      [[{ member: 'ama', minutes: 10 }], 0],
    ];
    for (const [bids, total] of attempts) {
      let error: unknown;
      try {
        allocateAirtime(bids as never, total);
      } catch (caught) {
        error = caught;
      }
      expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
    }
  });

  it('leaves its input as it was', () => {
    const bids = BIDS.map((bid) => Object.freeze({ ...bid }));
    const before = JSON.stringify(bids);
    allocateAirtime(Object.freeze(bids), 45, { kind: 'proportional', cap: 18 });
    expect(JSON.stringify(bids)).toBe(before);
  });
});
