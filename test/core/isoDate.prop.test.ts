import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToIsoDate,
  countDaysBetween,
  findNextWeekday,
  findWeekdayInMonth,
  getIsoWeekday,
} from '../../src/core/index.js';

// The oracle: the JavaScript engine's own UTC calendar (Date.UTC and getUTC*), which is
// independent of date-fns. Years stay within 1900–2200 so Date.UTC reads them literally.
const DAY = 86_400_000;
const utcDay = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY;
const text = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const parts = (date: string): [number, number, number] =>
  date.split('-').map(Number) as [number, number, number];
const dayOf = (date: string): number => utcDay(...parts(date));

const dates = fc
  .date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2199, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('date helpers against the engine’s UTC calendar', () => {
  it('countDaysBetween is the difference of day numbers', () => {
    fc.assert(
      fc.property(dates, dates, (a, b) => {
        expect(countDaysBetween(a, b)).toBe(dayOf(b) - dayOf(a));
      }),
    );
  });

  it('adding days and weeks moves by that many days, and back again', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: -3000, max: 3000 }),
        fc.integer({ min: -100, max: 100 }),
        (date, days, weeks) => {
          const moved = addToIsoDate(date, { days, weeks });
          expect(moved).toBe(text(dayOf(date) + days + 7 * weeks));
          expect(addToIsoDate(moved, { days: -days, weeks: -weeks })).toBe(date);
        },
      ),
    );
  });

  it('adding months lands in the right month, clamped to its last day', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const [y, m, d] = parts(date);
        const index = y * 12 + (m - 1) + months;
        const year = Math.floor(index / 12);
        const month = (index % 12) + 1;
        const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
        fc.pre(year >= 1900 && year < 2200);
        expect(addToIsoDate(date, { months })).toBe(text(utcDay(year, month, Math.min(d, length))));
      }),
    );
  });

  it('weekdays agree with the engine, and the next weekday is 1–7 days ahead', () => {
    fc.assert(
      fc.property(dates, fc.constantFrom(1, 2, 3, 4, 5, 6, 7 as const), (date, weekday) => {
        const engine = new Date(dayOf(date) * DAY).getUTCDay();
        expect(getIsoWeekday(date)).toBe(engine === 0 ? 7 : engine);
        const next = findNextWeekday(date, weekday);
        const ahead = countDaysBetween(date, next);
        expect(ahead >= 1 && ahead <= 7).toBe(true);
        expect(getIsoWeekday(next)).toBe(weekday);
      }),
    );
  });

  it('the nth weekday of a month is that weekday, in that month, in the right week', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(1, 2, 3, 4, 5, 6, 7 as const),
        fc.constantFrom(1, 2, 3, 4, 5, -1, -2, -3, -4, -5),
        (year, month, weekday, nth) => {
          const found = findWeekdayInMonth(year, month, weekday, nth);
          const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
          const matches: number[] = [];
          for (let d = 1; d <= length; d += 1) {
            const engine = new Date(utcDay(year, month, d) * DAY).getUTCDay();
            if ((engine === 0 ? 7 : engine) === weekday) matches.push(d);
          }
          const expected = nth > 0 ? matches[nth - 1] : matches[matches.length + nth];
          expect(found).toBe(expected === undefined ? null : text(utcDay(year, month, expected)));
        },
      ),
    );
  });
});
