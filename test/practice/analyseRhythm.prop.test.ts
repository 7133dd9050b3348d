import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToIsoDate } from '../../src/core/index.js';
import {
  analyseRhythm,
  type AnalyseRhythmOptions,
  type RhythmTarget,
} from '../../src/practice/index.js';

const asOf = '2028-06-30';
/** Up to 30 meeting dates (some repeated) within about two years before asOf. */
const dates = fc
  .array(fc.integer({ min: 0, max: 730 }), { maxLength: 30 })
  .map((offsets) => offsets.map((offset) => addToIsoDate('2026-01-01', { days: offset })));
const target: fc.Arbitrary<RhythmTarget> = fc.oneof(
  fc.constantFrom('weekly', 'fortnightly', 'monthly', 'bimonthly', 'quarterly'),
  fc.record({
    every: fc.integer({ min: 1, max: 12 }),
    unit: fc.constantFrom('days', 'weeks', 'months'),
  }),
);
const options: fc.Arbitrary<AnalyseRhythmOptions> = fc.record({
  target,
  asOf: fc.constant(asOf),
  tolerance: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
  maxCv: fc.double({ min: 0.05, max: 1, noNaN: true }),
});

/** The result without the input positions of duplicates, which depend on the order. */
function withoutPositions(result: ReturnType<typeof analyseRhythm>): unknown {
  return {
    ...result,
    duplicates: result.duplicates.map((duplicate) => [duplicate.date, duplicate.indexes.length]),
  };
}

describe('analyseRhythm: properties', () => {
  it('gives the same verdict, and the same analysis, whatever the order of the dates', () => {
    fc.assert(
      fc.property(
        dates.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        options,
        ([list, shuffled], opts) => {
          const a = analyseRhythm(list, opts);
          const b = analyseRhythm(shuffled, opts);
          const c = analyseRhythm([...list].reverse(), opts);
          expect(b.verdict).toBe(a.verdict);
          expect(c.verdict).toBe(a.verdict);
          expect(withoutPositions(b)).toEqual(withoutPositions(a));
        },
      ),
    );
  });

  it('has intervals that add up to the span and accounts for every input date', () => {
    fc.assert(
      fc.property(dates, options, (list, opts) => {
        const result = analyseRhythm(list, opts);
        const total = result.intervals.reduce((sum, interval) => sum + interval.days, 0);
        expect(total).toBe(result.spanDays);
        expect(result.intervals.every((interval) => interval.days >= 1)).toBe(true);
        expect(result.intervals.length).toBe(Math.max(0, result.meetings.length - 1));
        const extra = result.duplicates.reduce((sum, d) => sum + d.indexes.length - 1, 0);
        expect(result.meetings.length + extra).toBe(list.length);
        expect(new Set(result.meetings).size).toBe(result.meetings.length);
        if (result.longestGap !== null) {
          expect(
            result.intervals.every((interval) => interval.days <= (result.longestGap?.days ?? 0)),
          ).toBe(true);
        }
        if (result.regularity.cv !== null) expect(result.regularity.cv).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('never mutates its input and is deterministic', () => {
    fc.assert(
      fc.property(dates, options, (list, opts) => {
        const before = JSON.stringify([list, opts]);
        const first = JSON.stringify(analyseRhythm(list, opts));
        expect(JSON.stringify([list, opts])).toBe(before);
        expect(JSON.stringify(analyseRhythm(list, opts))).toBe(first);
      }),
    );
  });

  it('suggests a next date no earlier than asOf unless the last meeting was recent', () => {
    fc.assert(
      fc.property(dates, options, (list, opts) => {
        const { next, lastMeeting } = analyseRhythm(list, opts);
        if (next.basis === 'after-last-meeting')
          expect(lastMeeting !== null && next.date > lastMeeting).toBe(true);
        else expect(next.date).toBe(asOf);
        expect(next.date >= asOf || next.basis === 'after-last-meeting').toBe(true);
      }),
    );
  });
});
