import { z } from 'zod';
import {
  addToIsoDate,
  compareIsoDates,
  findWeekdayInMonth,
  IsoWeekday,
  type IsoDate,
} from '../../core/isoDate.js';

const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th'] as const;

/** The English name of an ISO weekday (1 is Monday). */
export function weekdayName(weekday: IsoWeekday): string {
  return WEEKDAY_NAMES[weekday - 1] ?? String(weekday);
}

/** Which weekday of the month: 1 to 5 counts from the start; `'last'` is the last one. */
const NthWeekday = /* @__PURE__ */ (() => z.literal([1, 2, 3, 4, 5, 'last']))();

/**
 * How sessions recur. One of:
 * - `{ kind: 'weekly', every }`: every `every` weeks (default 1) from the plan's `from` date;
 * - `{ kind: 'monthly', weekday, nth }`: each month on the nth weekday (`nth` 1 to 5, or
 *   `'last'`), such as the second Tuesday (`weekday: 2, nth: 2`);
 * - `{ kind: 'quarterly', weekday, nth }`: the same rule every third month, starting in the
 *   month of `from`;
 * - `{ kind: 'spread', count }`: `count` sessions spread as evenly as the calendar allows
 *   between `from` and `to`, on allowed days that are neither skipped nor blacked out.
 *
 * @example
 * ```ts
 * SessionPattern.parse({ kind: 'weekly' });
 * // => { kind: 'weekly', every: 1 }
 * SessionPattern.safeParse({ kind: 'monthly', weekday: 2, nth: 2 }).success;
 * // => true
 * SessionPattern.safeParse({ kind: 'monthly', weekday: 2, nth: 6 }).success;
 * // => false
 * ```
 */
export const SessionPattern = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      /** Every so many weeks from the plan's `from` date. */
      kind: z.literal('weekly'),
      /** Weeks between sessions, 1 to 52 (default 1). */
      every: z.int().min(1).max(52).default(1),
    }),
    z.strictObject({
      /** Once a month on the nth weekday. */
      kind: z.literal('monthly'),
      /** The day, 1 (Monday) to 7 (Sunday). */
      weekday: IsoWeekday,
      /** Which one: 1 to 5 from the start of the month, or `'last'`. */
      nth: NthWeekday,
    }),
    z.strictObject({
      /** Every third month on the nth weekday, from the month of `from`. */
      kind: z.literal('quarterly'),
      /** The day, 1 (Monday) to 7 (Sunday). */
      weekday: IsoWeekday,
      /** Which one: 1 to 5 from the start of the month, or `'last'`. */
      nth: NthWeekday,
    }),
    z.strictObject({
      /** A number of sessions spread evenly between `from` and `to`. */
      kind: z.literal('spread'),
      /** How many sessions, 1 to 1000. */
      count: z.int().min(1).max(1000),
    }),
  ]))();
/** How sessions recur: weekly, monthly, quarterly or spread. */
export type SessionPattern = z.input<typeof SessionPattern>;

/** One date a recurring pattern gives, or a month that has no such day. */
export interface Occurrence {
  /** Place in the pattern, from 1. */
  readonly index: number;
  /** The date, or `null` when the month has no such weekday. */
  readonly date: IsoDate | null;
  /** For a missing day: why, in plain words. */
  readonly detail: string;
}

/**
 * The dates a weekly, monthly or quarterly pattern gives between two dates (inclusive).
 *
 * @param pattern - a parsed pattern other than `'spread'`.
 * @param from - the first day.
 * @param to - the last day.
 * @returns the occurrences in order.
 */
export function recurringOccurrences(
  pattern: z.output<typeof SessionPattern>,
  from: IsoDate,
  to: IsoDate,
): Occurrence[] {
  const occurrences: Occurrence[] = [];
  if (pattern.kind === 'weekly') {
    for (let date = from; compareIsoDates(date, to) <= 0;) {
      occurrences.push({ index: occurrences.length + 1, date, detail: '' });
      date = addToIsoDate(date, { weeks: pattern.every });
    }
    return occurrences;
  }
  if (pattern.kind === 'spread') return occurrences;
  const step = pattern.kind === 'monthly' ? 1 : 3;
  const startYear = Number(from.slice(0, 4));
  const startMonth = Number(from.slice(5, 7));
  const endKey = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1;
  for (let key = startYear * 12 + startMonth - 1; key <= endKey; key += step) {
    const year = Math.floor(key / 12);
    const month = (key % 12) + 1;
    const nth = pattern.nth === 'last' ? -1 : pattern.nth;
    const date = findWeekdayInMonth(year, month, pattern.weekday, nth);
    if (date === null) {
      const label = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
      occurrences.push({
        index: occurrences.length + 1,
        date: null,
        detail: `${label} has no ${ORDINALS[nth - 1] ?? String(nth)} ${weekdayName(pattern.weekday)}`,
      });
    } else if (compareIsoDates(date, from) >= 0 && compareIsoDates(date, to) <= 0) {
      occurrences.push({ index: occurrences.length + 1, date, detail: '' });
    }
  }
  return occurrences;
}
