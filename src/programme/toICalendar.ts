import { z } from 'zod';
import { IsoDateTime } from '../core/isoDate.js';
import { parseWith } from '../core/validation.js';
import { escapeText, foldLine } from './sessions/icalText.js';
import { PlannedSession } from './sessions/session.js';
import { basicDateTime, vtimezoneLines } from './sessions/vtimezone.js';

/**
 * Options of {@link toICalendar}: where UIDs come from, the stamp time, and names.
 *
 * @example
 * ```ts
 * ToICalendarOptions.parse({ uidPrefix: 'north-cluster-2026/', stamp: '2026-01-05T09:00:00Z' }).productId;
 * // => '-//peerlearn//peerlearn//EN'
 * ToICalendarOptions.safeParse({ uidPrefix: 'x/' }).success; // stamp is required: no clock is read
 * // => false
 * ```
 */
export const ToICalendarOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /**
     * Written before each session's id to make its UID, such as `'north-cluster-2026/'`;
     * choose one that no other calendar uses, so the UIDs are unique everywhere.
     */
    uidPrefix: z.string().min(1),
    /** When the calendar was made, an ISO date-time with an offset; written as each DTSTAMP in UTC. */
    stamp: IsoDateTime,
    /** A name for the calendar, written as `X-WR-CALNAME` (default none). */
    calendarName: z.string().optional(),
    /** The `PRODID` (default `'-//peerlearn//peerlearn//EN'`). */
    productId: z.string().min(1).default('-//peerlearn//peerlearn//EN'),
  }))();
/** Options of {@link toICalendar}. */
export type ToICalendarOptions = z.input<typeof ToICalendarOptions>;

const Arguments = /* @__PURE__ */ (() =>
  z.strictObject({
    sessions: z.array(PlannedSession).superRefine((sessions, context) => {
      // Each session becomes an entry whose UID is the prefix and its id; calendar apps
      // take two entries with one UID for the same entry, so one session would be lost.
      const first = new Map<string, number>();
      sessions.forEach((session, index) => {
        const earlier = first.get(session.id);
        if (earlier === undefined) first.set(session.id, index);
        else
          context.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `repeats the id ${JSON.stringify(session.id)} of session ${String(earlier)}; each session needs a different id, as calendar apps treat entries with one id as one entry`,
          });
      });
    }),
    options: ToICalendarOptions,
  }))();

/** `YYYY-MM-DDTHH:MM` to `YYYYMMDDTHHMM00`. */
function basicLocal(local: string): string {
  return `${local.replace(/[-:]/gu, '')}00`;
}

/**
 * Writes planned sessions as an iCalendar file (RFC 5545), for calendar apps to import.
 *
 * Members are far likelier to keep a rhythm of meetings that sits in their own calendar.
 * Each session becomes a VEVENT with a UID (`uidPrefix` + the session's id, so a second
 * export updates the same events rather than adding copies), a DTSTAMP from `stamp` (no
 * clock is read), `DTSTART;TZID=…` and `DTEND;TZID=…` at the local wall-clock time in the
 * session's zone, SUMMARY, LOCATION when there is one, and a DESCRIPTION saying where a
 * moved session came from. Each zone used gets a VTIMEZONE whose observances are read
 * from the platform's time-zone data around the sessions. Text is escaped (backslash,
 * semicolon, comma, line breaks; §3.3.11), lines are folded at 75 octets (§3.1) and end
 * with CRLF. Reference: RFC 5545, Internet Calendaring and Scheduling Core Object
 * Specification (iCalendar), 2009. Costs O(n + d) for n sessions over d days.
 *
 * @param sessions - sessions from {@link planSessions}, in any order (written as given).
 * @param options - `uidPrefix` and `stamp` (required), `calendarName` and `productId`.
 * @returns the whole file as one string.
 * @throws {@link InvalidInputError} (`invalid_input`) for a session that is not a
 *   {@link PlannedSession}, two sessions with one id, or a bad option, with its path
 *   (`sessions[0].localStart`).
 *
 * @example
 * ```ts
 * const { sessions } = planSessions({
 *   from: '2026-01-01', to: '2026-01-31', pattern: { kind: 'monthly', weekday: 2, nth: 2 },
 *   time: '18:30', durationMinutes: 90, timeZone: 'Europe/London',
 *   title: 'Learning cluster: digital inclusion', location: 'Town Hall, Room 2',
 * });
 * const text = toICalendar(sessions, { uidPrefix: 'north-2026/', stamp: '2026-01-05T09:00:00Z' });
 * text.split('\r\n').filter((line) => /^(UID|DTSTART;|DTEND|SUMMARY|LOCATION)/u.test(line));
 * // => ['UID:north-2026/session-1', 'DTSTART;TZID=Europe/London:20260113T183000',
 * //     'DTEND;TZID=Europe/London:20260113T200000', 'SUMMARY:Learning cluster: digital inclusion',
 * //     'LOCATION:Town Hall\\, Room 2']
 * ```
 */
export function toICalendar(
  sessions: readonly PlannedSession[],
  options: ToICalendarOptions,
): string {
  const args = parseWith(Arguments, { sessions, options }, { fn: 'toICalendar' });
  const { uidPrefix, stamp, calendarName, productId } = args.options;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(productId)}`,
    'CALSCALE:GREGORIAN',
  ];
  if (calendarName !== undefined) lines.push(`X-WR-CALNAME:${escapeText(calendarName)}`);

  const spans = new Map<string, { from: number; to: number }>();
  for (const session of args.sessions) {
    const start = Date.parse(session.startUtc);
    const end = Date.parse(session.endUtc);
    const span = spans.get(session.timeZone);
    spans.set(session.timeZone, {
      from: Math.min(span?.from ?? start, start),
      to: Math.max(span?.to ?? end, end),
    });
  }
  for (const [timeZone, span] of [...spans].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    lines.push(...vtimezoneLines(timeZone, span.from, span.to));
  }

  const dtstamp = `${basicDateTime(Date.parse(stamp))}Z`;
  for (const session of args.sessions) {
    const tzid = `TZID=${session.timeZone}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(uidPrefix + session.id)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;${tzid}:${basicLocal(session.localStart)}`,
      `DTEND;${tzid}:${basicLocal(session.localEnd)}`,
      `SUMMARY:${escapeText(session.title)}`,
    );
    if (session.location !== null) lines.push(`LOCATION:${escapeText(session.location)}`);
    if (session.moved !== null) {
      lines.push(
        `DESCRIPTION:${escapeText(`Moved from ${session.moved.from}: ${session.moved.detail}.`)}`,
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
