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

describe('allocateAirtime: policies written as objects, caps and ties', () => {
  it('treats { kind } without a cap as the bare policy name', () => {
    const bare = allocateAirtime(BIDS, 50, 'proportional');
    const object = allocateAirtime(BIDS, 50, { kind: 'proportional' });
    expect(object).toEqual(bare);
    expect(object.cap).toBeNull();
  });

  it('caps an equal share, leaving the rest spare', () => {
    // 50 / 3 = 16.67 each, above the cap of 12: each gets 12, 14 minutes are spare.
    const result = allocateAirtime(BIDS, 50, { kind: 'equal', cap: 12 });
    expect(minutesOf(result)).toEqual([12, 12, 12]);
    expect([result.allocatedMinutes, result.spareMinutes]).toEqual([36, 14]);
    expect(result.allocations.every((share) => share.reason.endsWith('capped at 12 minutes'))).toBe(
      true,
    );
    expect(result.reasoning[0]).toBe(
      '3 bids for 60 minutes; 50 minutes to share (equal, cap 12 minutes).',
    );
  });

  it('caps a least-recent turn, passing the rest down the queue', () => {
    // Nobody has presented: order by id (ama, ben, cy). Cap 25: ama 25 of her 30, ben his
    // 10, cy the 5 left of her 20.
    const result = allocateAirtime(BIDS, 40, { kind: 'leastRecent', cap: 25 });
    expect(result.allocations.map((share) => [share.member, share.minutes])).toEqual([
      ['ama', 25],
      ['ben', 10],
      ['cy', 5],
    ]);
    expect(result.allocations[0]?.reason).toBe(
      'priority 1: has not presented yet; capped at 25 minutes',
    );
    expect(result.allocations[1]?.reason).toBe(
      'priority 2: has not presented yet; gets all they asked for',
    );
  });

  it('breaks ties in last presented by member id, whatever the bid order', () => {
    const result = allocateAirtime(
      [
        { member: 'cy', minutes: 10, lastPresented: '2026-01-08' },
        { member: 'ama', minutes: 10, lastPresented: '2026-01-08' },
        { member: 'ben', minutes: 10, lastPresented: '2026-02-05' },
      ],
      15,
      'leastRecent',
    );
    expect(result.allocations.map((share) => [share.member, share.minutes])).toEqual([
      ['ama', 10],
      ['cy', 5],
      ['ben', 0],
    ]);
    expect(result.allocations[0]?.reason).toBe(
      'priority 1: last presented 2026-01-08; gets all they asked for',
    );
  });

  it('gives a single bidder the whole time under equal, and says so in the singular', () => {
    const result = allocateAirtime([{ member: 'ama', minutes: 1 }], 1);
    expect(result.allocations[0]).toMatchObject({ minutes: 1, exact: 1 });
    expect(result.reasoning[0]).toBe('1 bid for 1 minute; 1 minute to share (equal).');
    expect(result.reasoning[2]).toBe('1 minute given out, 0 minutes spare.');
  });
});
