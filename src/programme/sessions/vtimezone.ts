import { offsetAt, offsetChanges, pad, zoneClock } from './zone.js';

const DAY = 86_400_000;

/** Writes an offset in milliseconds as RFC 5545's UTC-OFFSET: `+0100`, or `+001502` with seconds. */
function utcOffset(offset: number): string {
  const seconds = Math.round(offset / 1000);
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const text = `${sign}${pad(Math.floor(abs / 3600))}${pad(Math.floor(abs / 60) % 60)}`;
  return abs % 60 === 0 ? text : `${text}${pad(abs % 60)}`;
}

/** Writes milliseconds taken as UTC as a floating DATE-TIME, `YYYYMMDDTHHMMSS`. */
export function basicDateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[-:]/gu, '');
}

/**
 * The content lines of a VTIMEZONE component for a zone over a span of instants: one
 * observance for the offset in force at the start, then one per change of offset (a
 * DAYLIGHT observance when the offset grows, STANDARD otherwise), as RFC 5545 §3.6.5 asks.
 *
 * @param timeZone - a valid IANA name.
 * @param from - the earliest instant to cover, milliseconds since the epoch.
 * @param to - the latest instant to cover.
 * @returns the lines, unfolded.
 */
export function vtimezoneLines(timeZone: string, from: number, to: number): string[] {
  const clock = zoneClock(timeZone);
  // Whole seconds, so that the bisection in offsetChanges ends.
  const start = Math.floor((from - 366 * DAY) / 1000) * 1000;
  const end = Math.ceil((to + DAY) / 1000) * 1000;
  const changes = offsetChanges(clock, start, end);
  const initial = changes[0]?.before ?? offsetAt(clock, start);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (kind: string, at: number, before: number, after: number): void => {
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${basicDateTime(at + before)}`,
      `TZOFFSETFROM:${utcOffset(before)}`,
      `TZOFFSETTO:${utcOffset(after)}`,
      `END:${kind}`,
    );
  };
  observance('STANDARD', start, initial, initial);
  for (const change of changes) {
    observance(
      change.after > change.before ? 'DAYLIGHT' : 'STANDARD',
      change.at,
      change.before,
      change.after,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
