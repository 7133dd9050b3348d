import { z } from 'zod';
import {
  countDaysBetween,
  getIsoWeekday,
  IsoDate,
  isIsoDate,
  IsoWeekday,
} from '../../core/isoDate.js';
import { CadenceRequirement, checkOrder, DateRange } from './cadence.js';
import { SessionPattern } from './pattern.js';
import { isKnownTimeZone } from './zone.js';

/**
 * A wall-clock time written `HH:MM` on the 24-hour clock, such as `'18:30'`.
 *
 * @example
 * ```ts
 * WallClockTime.parse('18:30');
 * // => '18:30'
 * WallClockTime.safeParse('6.30pm').success;
 * // => false
 * ```
 */
export const WallClockTime = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(
      /^([01]\d|2[0-3]):[0-5]\d$/u,
      'must be a time written HH:MM on the 24-hour clock, such as 18:30',
    ))();
/** A wall-clock time written `HH:MM` on the 24-hour clock. */
export type WallClockTime = z.infer<typeof WallClockTime>;

/**
 * A named IANA time zone that the platform knows, such as `'Europe/London'`.
 *
 * @example
 * ```ts
 * TimeZoneName.safeParse('Europe/London').success;
 * // => true
 * TimeZoneName.safeParse('Europe/Londres').success;
 * // => false
 * ```
 */
export const TimeZoneName = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1)
    .refine(
      isKnownTimeZone,
      'is not a time zone this platform knows; use an IANA name such as Europe/London',
    ))();
/** A named IANA time zone, such as `'Europe/London'`. */
export type TimeZoneName = z.infer<typeof TimeZoneName>;

/**
 * Days on which no session may be held, such as the Christmas break, both ends included.
 *
 * @example
 * ```ts
 * Blackout.parse({ from: '2026-12-21', to: '2027-01-03', label: 'Christmas' }).label;
 * // => 'Christmas'
 * ```
 */
export const Blackout = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The first day blacked out, `YYYY-MM-DD`. */
      from: IsoDate,
      /** The last day blacked out, `YYYY-MM-DD`, on or after `from`. */
      to: IsoDate,
      /** A name shown in the reason a session moved, such as `'Christmas'`. */
      label: z.string().optional(),
    })
    .superRefine((range, context) => {
      checkOrder(range, context);
    }))();
/** Days on which no session may be held, both ends included. */
export type Blackout = z.input<typeof Blackout>;

const EARLIEST = '1000-01-01';
const LATEST = '9998-12-31';

/**
 * Options of {@link planSessions}: the dates, the pattern, the time and zone, the days to
 * avoid and what to do with a session that falls on one, and an optional cadence rule.
 *
 * @example
 * ```ts
 * const options = PlanSessionsOptions.parse({
 *   from: '2026-01-01', to: '2026-12-31', pattern: { kind: 'monthly', weekday: 2, nth: 2 },
 *   time: '18:30', durationMinutes: 90, timeZone: 'Europe/London',
 * });
 * [options.reschedule, options.title, options.idPrefix];
 * // => ['next-valid-day', 'Session', 'session']
 * PlanSessionsOptions.safeParse({ ...options, timeZone: 'Mars/Olympus' }).success;
 * // => false
 * ```
 */
export const PlanSessionsOptions = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The first day of the plan, `YYYY-MM-DD` (a weekly pattern starts on it), from the year 1000. */
      from: IsoDate,
      /** The last day of the plan, `YYYY-MM-DD`, on or after `from`, at most 100 years later. */
      to: IsoDate,
      /** How sessions recur: weekly, monthly, quarterly or spread. */
      pattern: SessionPattern,
      /** The local start time, `HH:MM`, kept in `timeZone` whatever the daylight-saving rules. */
      time: WallClockTime,
      /** How long each session lasts, 1 to 1440 minutes. */
      durationMinutes: z.int().min(1).max(1440),
      /** The IANA time zone the sessions are held in, such as `'Europe/London'`. */
      timeZone: TimeZoneName,
      /**
       * The days of the week a session may fall on (1 is Monday), where a moved session may
       * go. Default: the pattern's weekday (the weekday of `from` for a weekly pattern), or
       * every day for a spread.
       */
      weekdays: z.array(IsoWeekday).min(1).optional(),
      /** Single dates on which no session may be held (default none). */
      skip: z.array(IsoDate).default([]),
      /** Ranges of dates on which no session may be held (default none). */
      blackouts: z.array(Blackout).default([]),
      /**
       * What happens to a session on a skipped or blacked-out date: `'next-valid-day'`
       * (default) moves it to the next allowed, free day before `to`; `'drop'` leaves it out.
       */
      reschedule: z.literal(['next-valid-day', 'drop']).default('next-valid-day'),
      /** What each session is called (default `'Session'`). */
      title: z.string().default('Session'),
      /** Where sessions are held (default none). */
      location: z.string().optional(),
      /** The start of each session's id, followed by a dash and its place (default `'session'`). */
      idPrefix: z.string().min(1).default('session'),
      /**
       * A cadence rule to check the plan against, such as at least 4 sessions; `within`
       * defaults to the plan's `from` to `to`.
       */
      require: z
        .strictObject({
          /** The least number of sessions, a whole number from 1. */
          atLeast: CadenceRequirement.shape.atLeast,
          /** The days counted (default the whole plan). */
          within: DateRange.optional(),
        })
        .optional(),
    })
    .superRefine((options, context) => {
      checkOrder(options, context);
      const { from, to } = options;
      if (isIsoDate(from) && from < EARLIEST) {
        context.addIssue({
          code: 'custom',
          path: ['from'],
          message: `must be ${EARLIEST} or later`,
        });
      }
      if (isIsoDate(to) && to > LATEST) {
        context.addIssue({ code: 'custom', path: ['to'], message: `must be ${LATEST} or earlier` });
      }
      if (isIsoDate(from) && isIsoDate(to) && countDaysBetween(from, to) > 36_525) {
        context.addIssue({
          code: 'custom',
          path: ['to'],
          message: 'is more than 100 years after from; plan a shorter stretch',
        });
      }
      const weekdays: unknown = options.weekdays;
      if (!Array.isArray(weekdays)) return;
      const seen = new Set<unknown>();
      weekdays.forEach((day, index) => {
        if (seen.has(day)) {
          context.addIssue({
            code: 'custom',
            path: ['weekdays', index],
            message: 'is listed twice; list each day once',
          });
        }
        seen.add(day);
      });
      const wanted = patternWeekday(options.pattern, from);
      if (wanted !== null && !seen.has(wanted)) {
        context.addIssue({
          code: 'custom',
          path: ['weekdays'],
          message: `must include ${String(wanted)}, the weekday the pattern falls on`,
        });
      }
    }))();
/** Options of {@link planSessions}. */
export type PlanSessionsOptions = z.input<typeof PlanSessionsOptions>;

/**
 * The one weekday a weekly, monthly or quarterly pattern falls on, or `null` for a spread
 * or a pattern that is not valid.
 *
 * @param pattern - the pattern, perhaps not valid.
 * @param from - the plan's first day, perhaps not valid.
 * @returns the weekday or `null`.
 */
export function patternWeekday(pattern: unknown, from: unknown): IsoWeekday | null {
  if (typeof pattern !== 'object' || pattern === null) return null;
  const { kind, weekday } = pattern as { kind?: unknown; weekday?: unknown };
  if (kind === 'weekly') return isIsoDate(from) ? getIsoWeekday(from) : null;
  if (kind === 'monthly' || kind === 'quarterly') {
    const parsed = IsoWeekday.safeParse(weekday);
    return parsed.success ? parsed.data : null;
  }
  return null;
}
