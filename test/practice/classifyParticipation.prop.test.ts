/**
 * Properties of classifyParticipation on random communities: the levels partition the
 * members, the order of the input does not matter, the input is left as it was, and the
 * transition matrix counts every member once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyParticipation,
  type ActivityRecord,
} from '../../src/practice/classifyParticipation.js';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const KINDS = ['attended', 'presented', 'hosted', 'asked', 'posted', 'mentored'];

const day = fc
  .integer({ min: 0, max: 400 })
  .map((offset) => new Date(Date.UTC(2025, 5, 1) + offset * 86_400_000).toISOString().slice(0, 10));

const scenario = fc.subarray(IDS, { minLength: 1 }).chain((members) =>
  fc.record({
    members: fc.constant(members),
    activity: fc.array(
      fc.record({
        member: fc.constantFrom(...members),
        kind: fc.constantFrom(...KINDS),
        date: day,
      }),
      { maxLength: 60 },
    ),
    window: fc.oneof(
      fc.record({ days: fc.integer({ min: 1, max: 120 }) }),
      fc.record({ months: fc.integer({ min: 1, max: 4 }) }),
    ),
    seed: fc.integer(),
  }),
);

const ASOF = '2026-05-01';

describe('classifyParticipation properties', () => {
  it('puts every member at exactly one level, and counts each in the matrix once', () => {
    fc.assert(
      fc.property(scenario, ({ members, activity, window }) => {
        const result = classifyParticipation(activity, { asOf: ASOF, members, window });
        const placed = Object.values(result.levels).flat();
        expect([...placed].sort()).toEqual([...members].sort());
        expect(new Set(placed).size).toBe(members.length);
        expect(result.members.map((m) => m.member)).toEqual([...members].sort());
        for (const m of result.members) expect(result.levels[m.level]).toContain(m.member);
        const counted = Object.values(result.movement.matrix)
          .flatMap((row) => Object.values(row))
          .reduce((sum, n) => sum + n, 0);
        expect(counted).toBe(members.length);
        expect(
          result.movement.movedUp.length +
            result.movement.movedDown.length +
            result.movement.stayed,
        ).toBe(members.length);
        expect(result.distribution.reduce((sum, l) => sum + l.count, 0)).toBe(members.length);
        const { total, current, previous, earlier, later } = result.activity;
        expect(current + previous + earlier + later).toBe(total);
        expect(total).toBe(activity.length);
        expect(result.members.reduce((sum, m) => sum + m.records, 0)).toBe(current);
      }),
    );
  });

  it('gives the same result, byte for byte, whatever the order of the input', () => {
    fc.assert(
      fc.property(scenario, ({ members, activity, window, seed }) => {
        const shuffled = <T>(list: readonly T[]): T[] => {
          const copy = [...list];
          let state = seed >>> 0;
          for (let i = copy.length - 1; i > 0; i -= 1) {
            state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
            const j = state % (i + 1);
            [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
          }
          return copy;
        };
        const one = classifyParticipation(activity, { asOf: ASOF, members, window });
        const two = classifyParticipation(shuffled(activity), {
          asOf: ASOF,
          members: shuffled(members),
          window,
        });
        expect(JSON.stringify(two)).toBe(JSON.stringify(one));
      }),
    );
  });

  it('leaves its input as it was', () => {
    fc.assert(
      fc.property(scenario, ({ members, activity, window }) => {
        const records: ActivityRecord[] = activity.map((record) => ({ ...record }));
        const options = { asOf: ASOF, members: [...members], window: { ...window } };
        const before = JSON.stringify({ records, options });
        classifyParticipation(records, options);
        expect(JSON.stringify({ records, options })).toBe(before);
      }),
    );
  });

  it('never places a member further out for doing more', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(...KINDS), ({ members, activity, window }, kind) => {
        const member = members[0] as string;
        const base = classifyParticipation(activity, { asOf: ASOF, members, window });
        const more = classifyParticipation([...activity, { member, kind, date: ASOF }], {
          asOf: ASOF,
          members,
          window,
        });
        const rank = (level: string): number =>
          ['core', 'active', 'occasional', 'peripheral', 'outside'].indexOf(level);
        const find = (r: typeof base): string =>
          r.members.find((m) => m.member === member)?.level ?? '';
        expect(rank(find(more))).toBeLessThanOrEqual(rank(find(base)));
      }),
    );
  });
});
