import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../../core/isoDate.js';
import { TimeZoneName } from './options.js';

/** `YYYY-MM-DDTHH:MM`: a local date and wall-clock time, with no zone or offset. */
const LocalDateTime = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/u,
      'must be a local date and time written YYYY-MM-DDTHH:MM, such as 2026-03-10T18:30',
    )
    .refine((text) => IsoDate.safeParse(text.slice(0, 10)).success, 'is not a real date'))();

/**
 * Why a session was moved or dropped: `'skipped-date'` (its date was listed in `skip`),
 * `'blackout'` (its date fell inside a blackout range), `'no-such-day'` (the month has no
 * such weekday, such as a fifth Tuesday) or `'no-valid-day'` (no free, allowed day was
 * left before the end of the plan to move it to).
 *
 * @example
 * ```ts
 * SessionChangeReason.parse('blackout');
 * // => 'blackout'
 * ```
 */
export const SessionChangeReason = /* @__PURE__ */ (() =>
  z.literal(['skipped-date', 'blackout', 'no-such-day', 'no-valid-day']))();
/** Why a session was moved or dropped. */
export type SessionChangeReason = z.infer<typeof SessionChangeReason>;

/**
 * Where a moved session would have been, and why it moved.
 *
 * @example
 * ```ts
 * SessionMove.parse({ from: '2026-12-24', reason: 'blackout', detail: 'inside the blackout Christmas (2026-12-21 to 2027-01-03)' }).from;
 * // => '2026-12-24'
 * ```
 */
export const SessionMove = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The date the pattern gave, before the move. */
    from: IsoDate,
    /** Why it could not be held then: `'skipped-date'` or `'blackout'`. */
    reason: z.literal(['skipped-date', 'blackout']),
    /** The reason in plain words, naming the blackout where there is one. */
    detail: z.string(),
  }))();
/** Where a moved session would have been, and why it moved. */
export type SessionMove = z.infer<typeof SessionMove>;

/**
 * One planned session: its local date and times in a named time zone, the UTC instants
 * they stand for, and where it came from if it was moved. Plain JSON.
 *
 * @example
 * ```ts
 * const [first] = planSessions({
 *   from: '2026-01-01', to: '2026-01-31', pattern: { kind: 'monthly', weekday: 2, nth: 2 },
 *   time: '18:30', durationMinutes: 90, timeZone: 'Europe/London',
 * }).sessions;
 * PlannedSession.parse(first).localStart;
 * // => '2026-01-13T18:30'
 * ```
 */
export const PlannedSession = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A stable id: the plan's `idPrefix`, a dash and the session's place in the pattern (`session-3`). */
    id: z.string().min(1),
    /** The session's place in the pattern, from 1, counting dropped ones too. */
    index: z.int().min(1),
    /** The local calendar date of the start, `YYYY-MM-DD`. */
    date: IsoDate,
    /** The local start, `YYYY-MM-DDTHH:MM`, in `timeZone`. */
    localStart: LocalDateTime,
    /** The local end, `YYYY-MM-DDTHH:MM`, in `timeZone` (the next day if the session runs past midnight). */
    localEnd: LocalDateTime,
    /** The instant of the start in UTC, `YYYY-MM-DDTHH:MM:SSZ`. */
    startUtc: IsoDateTime,
    /** The instant of the end in UTC, `YYYY-MM-DDTHH:MM:SSZ`. */
    endUtc: IsoDateTime,
    /** The zone's offset from UTC at the start, such as `'+01:00'` in British Summer Time. */
    utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/u),
    /** The IANA time zone the local times are in, such as `'Europe/London'`. */
    timeZone: TimeZoneName,
    /** The length in minutes. */
    durationMinutes: z.int().min(1),
    /** What the session is called, used as the calendar entry's summary. */
    title: z.string(),
    /** Where it is held, or `null` when not given. */
    location: z.string().nullable(),
    /** Where the session was before it was moved, or `null` if it was not moved. */
    moved: SessionMove.nullable(),
  }))();
/** One planned session in a named time zone. */
export type PlannedSession = z.infer<typeof PlannedSession>;

/**
 * A session the pattern called for that is not in the plan, with the reason.
 *
 * @example
 * ```ts
 * DroppedSession.parse({ id: 'session-4', index: 4, date: null, reason: 'no-such-day', detail: '2026-04 has no 5th Tuesday' }).reason;
 * // => 'no-such-day'
 * ```
 */
export const DroppedSession = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The id the session would have had. */
    id: z.string().min(1),
    /** Its place in the pattern, from 1. */
    index: z.int().min(1),
    /** The date the pattern gave, or `null` when the month has no such day. */
    date: IsoDate.nullable(),
    /** Why it was dropped. */
    reason: SessionChangeReason,
    /** The reason in plain words. */
    detail: z.string(),
  }))();
/** A session the pattern called for that is not in the plan. */
export type DroppedSession = z.infer<typeof DroppedSession>;
