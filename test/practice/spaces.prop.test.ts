/**
 * Properties of analyseOutsideVoices and inventorySpaces: the order of the input does not
 * matter, the input is left as it was, and every space and session is accounted for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseOutsideVoices } from '../../src/practice/analyseOutsideVoices.js';
import { inventorySpaces } from '../../src/practice/inventorySpaces.js';

const day = fc
  .integer({ min: 0, max: 400 })
  .map((offset) => new Date(Date.UTC(2025, 5, 1) + offset * 86_400_000).toISOString().slice(0, 10));

const sessions = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6', 's7'),
    date: day,
    contributors: fc.array(
      fc.record({
        id: fc.constantFrom('ama', 'ben', 'prof', 'jo'),
        side: fc.constantFrom('inside' as const, 'outside' as const),
      }),
      { maxLength: 4 },
    ),
  }),
  { selector: (session) => session.id },
);

const spaces = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom('events', 'forum', 'buddies', 'calls', 'group'),
    visibility: fc.constantFrom('public' as const, 'private' as const),
    form: fc.constantFrom('event', 'forum', 'buddy'),
    uses: fc.array(day, { maxLength: 6 }),
  }),
  { selector: (space) => space.id },
);

const reversedDeep = <T extends object>(list: readonly T[]): T[] =>
  [...list]
    .reverse()
    .map(
      (item) =>
        Object.fromEntries(
          Object.entries(item).map(([key, value]) => [
            key,
            Array.isArray(value) ? [...(value as unknown[])].reverse() : value,
          ]),
        ) as T,
    );

describe('spaces and perspectives properties', () => {
  it('analyseOutsideVoices: order-free, pure, every session counted', () => {
    fc.assert(
      fc.property(sessions, (list) => {
        const before = JSON.stringify(list);
        const one = analyseOutsideVoices(list);
        expect(JSON.stringify(list)).toBe(before);
        expect(JSON.stringify(analyseOutsideVoices(reversedDeep(list)))).toBe(JSON.stringify(one));
        expect(one.bySession.map((s) => s.id).sort()).toEqual(list.map((s) => s.id).sort());
        if (one.share !== null) {
          expect(one.share.lower).toBeLessThanOrEqual(one.share.estimate);
          expect(one.share.upper).toBeGreaterThanOrEqual(one.share.estimate);
        }
      }),
    );
  });

  it('inventorySpaces: order-free, pure, every space and use counted', () => {
    fc.assert(
      fc.property(spaces, day, (list, asOf) => {
        const before = JSON.stringify(list);
        const one = inventorySpaces(list, { asOf, window: { days: 90 } });
        expect(JSON.stringify(list)).toBe(before);
        const two = inventorySpaces(reversedDeep(list), { asOf, window: { days: 90 } });
        expect(JSON.stringify(two)).toBe(JSON.stringify(one));
        expect(one.spaces.length).toBe(list.length);
        const uses = list.reduce((sum, space) => sum + space.uses.length, 0);
        expect(one.spaces.reduce((sum, space) => sum + space.totalUses, 0) + one.laterUses).toBe(
          uses,
        );
        expect(one.public.spaces + one.private.spaces).toBe(list.length);
      }),
    );
  });
});
