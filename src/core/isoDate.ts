import { utc } from '@date-fns/utc';
import {
  add,
  differenceInCalendarDays,
  formatISO,
  getISODay,
  isSameMonth,
  lastDayOfMonth,
  compareAsc,
  parseISO,
} from 'date-fns';
import { z } from 'zod';
import { InvalidInputError } from './InvalidInputError.js';
import { parseWith } from './validation.js';

/**
 * A calendar date written `YYYY-MM-DD` that exists (zod's `z.iso.date()`, which knows
 * month lengths and leap years). peerlearn keeps every date in its models in this form.
 *
 * @example
 * ```ts
 * IsoDate.parse('2024-02-29');
 * // => '2024-02-29'
 * IsoDate.safeParse('2026-02-29').success; // 2026 is not a leap year
 * // => false
 * IsoDate.safeParse('05/03/2026').success;
 * // => false
 * ```
 */
export const IsoDate = /* @__PURE__ */ (() => z.iso.date())();
/** A calendar date written `YYYY-MM-DD`, such as `'2026-03-05'`. */
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * An instant written in ISO 8601 with a `Z` or an offset, such as `'2026-03-05T18:30:00Z'`
 * or `'2026-03-05T18:30:00+01:00'`. Used where an exact moment matters (an event's time).
 *
 * @example
 * ```ts
 * IsoDateTime.safeParse('2026-03-05T18:30:00+01:00').success;
 * // => true
 * IsoDateTime.safeParse('2026-03-05T18:30:00').success; // no offset, so no single instant
 * // => false
 * ```
 */
export const IsoDateTime = /* @__PURE__ */ (() => z.iso.datetime({ offset: true }))();
/** An instant written in ISO 8601 with a `Z` or an offset. */
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/**
 * A day of the week as ISO 8601 numbers it: 1 is Monday, 7 is Sunday.
 *
 * @example
 * ```ts
 * IsoWeekday.parse(getIsoWeekday('2026-03-08')); // a Sunday
 * // => 7
 * IsoWeekday.safeParse(0).success; // Sunday is 7 here, not 0 as in Date.prototype.getDay
 * // => false
 * ```
 */
export const IsoWeekday = /* @__PURE__ */ (() => z.literal([1, 2, 3, 4, 5, 6, 7]))();
/** A day of the week as ISO 8601 numbers it: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = z.infer<typeof IsoWeekday>;

/**
 * A length of calendar time to add; each part is a whole number and may be negative.
 *
 * @example
 * ```ts
 * addToIsoDate('2026-03-05', CalendarDuration.parse({ weeks: 2, days: -1 }));
 * // => '2026-03-18'
 * CalendarDuration.safeParse({ hours: 3 }).success; // only years, months, weeks and days
 * // => false
 * CalendarDuration.safeParse({ months: 1.5 }).success;
 * // => false
 * ```
 */
export const CalendarDuration = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Whole years; added first, together with months. */
    years: z.int().optional(),
    /** Whole months; the day clamps to the end of a shorter month. */
    months: z.int().optional(),
    /** Whole weeks of seven days. */
    weeks: z.int().optional(),
    /** Whole days. */
    days: z.int().optional(),
  }))();
/** A length of calendar time to add; each part is a whole number and may be negative. */
export type CalendarDuration = z.infer<typeof CalendarDuration>;

/*
 * Every helper below works on the date as a calendar day in UTC (date-fns with the UTC
 * context of @date-fns/utc). A calendar date has no time zone, and working in the
 * machine's local zone would go wrong where a zone skipped a whole day (Samoa skipped
 * 2011-12-30) or where midnight itself was skipped by a daylight-saving change.
 */

function toDay(date: IsoDate, fn: string, root: string): Date {
  return parseISO(parseWith(IsoDate, date, { fn, root }), { in: utc });
}

function fromDay(day: Date, fn: string): IsoDate {
  if (Number.isNaN(day.getTime())) {
    // A duration so long that the date leaves what a Date can hold (about 275,000 years).
    throw new InvalidInputError(fn, [
      {
        path: [],
        pathText: 'result',
        code: 'too_big',
        message:
          'falls far outside the years 0000–9999 that YYYY-MM-DD can write; use a shorter duration',
      },
    ]);
  }
  const text = formatISO(day, { representation: 'date' });
  // Years past 9999 (or before 0000) cannot be written YYYY-MM-DD.
  return parseWith(IsoDate, text, { fn, root: 'result' });
}

/**
 * Tells whether a value is a calendar date written `YYYY-MM-DD` that exists.
 *
 * Cost: O(1) for a date, O(length) for a longer text.
 *
 * @param value - anything.
 * @returns `true` for a text such as `'2024-02-29'`; `false` for `'2023-02-29'` or a `Date`.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29');
 * // => true
 * isIsoDate('2023-02-29');
 * // => false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return IsoDate.safeParse(value).success;
}

/**
 * Checks that an untrusted value is a calendar date written `YYYY-MM-DD`, and returns it.
 *
 * Cost: O(1).
 *
 * @param value - the value to check, such as a cell from a spreadsheet.
 * @param context - the function and argument to name in the error (default `parseIsoDate`, `date`).
 * @returns the same date, typed as {@link IsoDate}.
 * @throws {@link InvalidInputError} (`invalid_input`) when it is not such a date, or the
 *   context is not an object of names.
 *
 * @example
 * ```ts
 * parseIsoDate('2026-03-05');
 * // => '2026-03-05'
 * ```
 */
export function parseIsoDate(
  value: unknown,
  context: { readonly fn?: string; readonly root?: string } = {},
): IsoDate {
  const { fn = 'parseIsoDate', root = 'date' } = parseWith(IsoDateContext, context, {
    fn: 'parseIsoDate',
    root: 'context',
  });
  return parseWith(IsoDate, value, { fn, root });
}

/** The names {@link parseIsoDate} may be told to use in its error. */
const IsoDateContext = /* @__PURE__ */ (() =>
  z.object({ fn: z.string().min(1).optional(), root: z.string().optional() }))();

/**
 * Adds years, months, weeks and days to a calendar date (any part may be negative).
 *
 * Years and months are added first and clamp to the month's end, as date-fns `add` does:
 * 31 January plus one month is 28 or 29 February. Then weeks and days are added. Cost:
 * O(1), whatever the duration; the result must lie in the years 0000–9999.
 *
 * @param date - the starting date.
 * @param duration - whole numbers of years, months, weeks and days.
 * @returns the resulting date.
 * @throws {@link InvalidInputError} (`invalid_input`) for a bad date or duration, or when
 *   the result falls outside the years 0000–9999.
 *
 * @example
 * ```ts
 * addToIsoDate('2026-01-31', { months: 1 });
 * // => '2026-02-28'
 * addToIsoDate('2026-03-05', { weeks: 6 });
 * // => '2026-04-16'
 * ```
 */
export function addToIsoDate(date: IsoDate, duration: CalendarDuration): IsoDate {
  const fn = 'addToIsoDate';
  const day = toDay(date, fn, 'date');
  const {
    years = 0,
    months = 0,
    weeks = 0,
    days = 0,
  } = parseWith(CalendarDuration, duration, {
    fn,
    root: 'duration',
  });
  return fromDay(add(day, { years, months, weeks, days }, { in: utc }), fn);
}

/**
 * Counts the calendar days from one date to another: positive when `to` is later.
 *
 * Cost: O(1), however far apart the dates are.
 *
 * @param from - the earlier date, usually.
 * @param to - the later date, usually.
 * @returns the whole number of days from `from` to `to`.
 * @throws {@link InvalidInputError} (`invalid_input`) for a bad date.
 *
 * @example
 * ```ts
 * countDaysBetween('2026-03-05', '2026-04-02');
 * // => 28
 * ```
 */
export function countDaysBetween(from: IsoDate, to: IsoDate): number {
  const fn = 'countDaysBetween';
  return differenceInCalendarDays(toDay(to, fn, 'to'), toDay(from, fn, 'from'), { in: utc });
}

/**
 * Orders two calendar dates, for `Array.prototype.sort`.
 *
 * Cost: O(1).
 *
 * @param a - a date.
 * @param b - another date.
 * @returns -1 when `a` is earlier, 1 when later, 0 when the same day.
 * @throws {@link InvalidInputError} (`invalid_input`) for a bad date.
 *
 * @example
 * ```ts
 * ['2026-05-01', '2026-03-05'].sort(compareIsoDates);
 * // => ['2026-03-05', '2026-05-01']
 * ```
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const fn = 'compareIsoDates';
  const difference = differenceInCalendarDays(toDay(a, fn, 'a'), toDay(b, fn, 'b'), { in: utc });
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/**
 * The day of the week of a calendar date, numbered as ISO 8601 does (Monday is 1).
 *
 * Cost: O(1).
 *
 * @param date - the date.
 * @returns 1 (Monday) to 7 (Sunday).
 * @throws {@link InvalidInputError} (`invalid_input`) for a bad date.
 *
 * @example
 * ```ts
 * getIsoWeekday('2026-03-05'); // a Thursday
 * // => 4
 * ```
 */
export function getIsoWeekday(date: IsoDate): IsoWeekday {
  return getISODay(toDay(date, 'getIsoWeekday', 'date')) as IsoWeekday;
}

const NextWeekdayOptions = /* @__PURE__ */ (() =>
  z.strictObject({ includeSame: z.boolean().optional() }))();

/**
 * Finds the next date that falls on a given day of the week.
 *
 * Cost: O(1).
 *
 * @param date - the date to start from.
 * @param weekday - the wanted day, 1 (Monday) to 7 (Sunday).
 * @param options - `includeSame`: return `date` itself when it already falls on that day
 *   (default `false`, which moves a full week on).
 * @returns the date of that weekday.
 * @throws {@link InvalidInputError} (`invalid_input`) for a bad date, weekday or option.
 *
 * @example
 * ```ts
 * findNextWeekday('2026-03-05', 2); // the Tuesday after Thursday 5 March
 * // => '2026-03-10'
 * findNextWeekday('2026-03-10', 2, { includeSame: true });
 * // => '2026-03-10'
 * ```
 */
export function findNextWeekday(
  date: IsoDate,
  weekday: IsoWeekday,
  options: { readonly includeSame?: boolean } = {},
): IsoDate {
  const fn = 'findNextWeekday';
  const day = toDay(date, fn, 'date');
  const wanted = parseWith(IsoWeekday, weekday, { fn, root: 'weekday' });
  const { includeSame } = parseWith(NextWeekdayOptions, options, { fn, root: 'options' });
  let ahead = (wanted - getISODay(day) + 7) % 7;
  if (ahead === 0 && includeSame !== true) ahead = 7;
  return fromDay(add(day, { days: ahead }, { in: utc }), fn);
}

/**
 * Finds the nth given weekday of a month, such as the second Tuesday or the last Friday.
 *
 * Learning clusters and sets often meet "on the second Tuesday of the month"; this turns
 * such a rule into a date. Cost: O(1).
 *
 * @param year - the year, 0 to 9999.
 * @param month - the month, 1 (January) to 12.
 * @param weekday - the day, 1 (Monday) to 7 (Sunday).
 * @param nth - 1 to 5 counts from the start of the month; -1 to -5 from its end (-1 is the last).
 * @returns the date, or `null` when the month has no such day (a fifth Tuesday, say).
 * @throws {@link InvalidInputError} (`invalid_input`) when a number is out of range.
 *
 * @example
 * ```ts
 * findWeekdayInMonth(2026, 3, 2, 2); // second Tuesday of March 2026
 * // => '2026-03-10'
 * findWeekdayInMonth(2026, 3, 5, -1); // last Friday
 * // => '2026-03-27'
 * findWeekdayInMonth(2026, 2, 1, 5); // February 2026 has four Mondays
 * // => null
 * ```
 */
export function findWeekdayInMonth(
  year: number,
  month: number,
  weekday: IsoWeekday,
  nth: number,
): IsoDate | null {
  const fn = 'findWeekdayInMonth';
  const args = parseWith(
    z.strictObject({
      year: z.int().min(0).max(9999),
      month: z.int().min(1).max(12),
      weekday: IsoWeekday,
      nth: z
        .int()
        .min(-5)
        .max(5)
        .refine((n) => n !== 0, 'must not be 0; use 1 for the first or -1 for the last'),
    }),
    { year, month, weekday, nth },
    { fn },
  );
  const firstOfMonth = `${String(args.year).padStart(4, '0')}-${String(args.month).padStart(2, '0')}-01`;
  const first = toDay(firstOfMonth, fn, 'month');
  let found: Date;
  if (args.nth > 0) {
    const toFirstMatch = (args.weekday - getISODay(first) + 7) % 7;
    found = add(first, { days: toFirstMatch + 7 * (args.nth - 1) }, { in: utc });
  } else {
    const last = lastDayOfMonth(first, { in: utc });
    const backToLastMatch = (getISODay(last) - args.weekday + 7) % 7;
    found = add(last, { days: -backToLastMatch - 7 * (-args.nth - 1) }, { in: utc });
  }
  return isSameMonth(found, first, { in: utc }) ? fromDay(found, fn) : null;
}

/**
 * Orders two instants written in ISO 8601 with an offset, for `Array.prototype.sort`.
 *
 * Offsets are taken into account, so `'2026-03-05T10:00:00+01:00'` is earlier than
 * `'2026-03-05T09:30:00Z'`. Used to decide which of two submissions came last. Cost: O(1).
 *
 * @param a - an instant.
 * @param b - another instant.
 * @returns -1 when `a` is earlier, 1 when later, 0 when the same moment.
 * @throws {@link InvalidInputError} (`invalid_input`) for a value that is not such an instant.
 *
 * @example
 * ```ts
 * compareIsoDateTimes('2026-03-05T10:00:00+01:00', '2026-03-05T09:30:00Z');
 * // => -1
 * ```
 */
export function compareIsoDateTimes(a: IsoDateTime, b: IsoDateTime): -1 | 0 | 1 {
  const fn = 'compareIsoDateTimes';
  const first = parseISO(parseWith(IsoDateTime, a, { fn, root: 'a' }));
  const second = parseISO(parseWith(IsoDateTime, b, { fn, root: 'b' }));
  return compareAsc(first, second) as -1 | 0 | 1;
}
