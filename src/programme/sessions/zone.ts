/*
 * Time-zone arithmetic with nothing but Intl.DateTimeFormat: the offset of a named IANA
 * zone at an instant, and the instant of a wall-clock time in that zone. No tz database
 * is bundled; the platform's (ICU's) is used, as every browser, Node, Deno and Bun ship one.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A formatter that writes an instant as its wall-clock parts in one zone. */
export interface ZoneClock {
  /** The IANA name, as given. */
  readonly timeZone: string;
  /** The formatter for that zone (Gregorian calendar, 24-hour clock). */
  readonly format: Intl.DateTimeFormat;
}

/**
 * Tells whether the platform knows a time-zone name (such as `'Europe/London'`).
 *
 * @param timeZone - the name to check.
 * @returns `true` when Intl accepts it.
 */
export function isKnownTimeZone(timeZone: string): boolean {
  if (knownZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return false;
  }
  // Only names the platform knows are kept (a few hundred at most), so the set stays small.
  knownZones.add(timeZone);
  return true;
}

/**
 * Zone names already found known. Building a formatter costs far more than a lookup, and
 * every planned session names its zone, so a plan of many sessions checks one name often.
 */
const knownZones = /* @__PURE__ */ (() => new Set<string>())();

/**
 * Builds the formatter for a zone; the name must have been checked with {@link isKnownTimeZone}.
 *
 * @param timeZone - the IANA name.
 * @returns the zone's clock.
 */
export function zoneClock(timeZone: string): ZoneClock {
  return {
    timeZone,
    format: new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }),
  };
}

/** Milliseconds since the epoch of a wall-clock reading taken as if it were UTC. */
export function wallMs(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/**
 * The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich).
 *
 * @param clock - the zone's clock.
 * @param instant - milliseconds since the epoch.
 * @returns local time minus UTC, in milliseconds.
 */
export function offsetAt(clock: ZoneClock, instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of clock.format.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const hour = parts['hour'] === 24 ? 0 : (parts['hour'] ?? 0);
  const local = wallMs(
    parts['year'] ?? 0,
    parts['month'] ?? 1,
    parts['day'] ?? 1,
    hour,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
  return local - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant at which a zone's clocks show a wall-clock time.
 *
 * Where the time occurs twice (clocks going back), the earlier instant is chosen; where it
 * does not occur (clocks going forward), the offset from before the change is used, which
 * lands the same distance after the gap: the behaviour Temporal calls `'compatible'`.
 *
 * @param clock - the zone's clock.
 * @param local - the wall-clock reading as milliseconds taken as if UTC (see {@link wallMs}).
 * @returns milliseconds since the epoch.
 */
export function instantOf(clock: ZoneClock, local: number): number {
  const before = offsetAt(clock, local - DAY);
  const after = offsetAt(clock, local + DAY);
  const candidates = [local - before, local - after].filter(
    (instant) => instant + offsetAt(clock, instant) === local,
  );
  if (candidates.length === 0) return local - before;
  return Math.min(...candidates);
}

/** Writes an offset in milliseconds as `+01:00` or `-05:00` (seconds dropped). */
export function formatOffset(offset: number): string {
  const minutes = Math.round(offset / MINUTE);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Writes milliseconds taken as UTC as `YYYY-MM-DDTHH:MM`. */
export function formatWall(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

/** Writes an instant as `YYYY-MM-DDTHH:MM:SSZ`. */
export function formatInstant(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** Two digits. */
export function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Every instant in `[from, to)` at which the zone's offset changes, with the offsets
 * either side, found by sampling every 6 hours and bisecting to the second.
 *
 * @param clock - the zone's clock.
 * @param from - start, milliseconds since the epoch.
 * @param to - end, milliseconds since the epoch.
 * @returns the changes, earliest first.
 */
export function offsetChanges(
  clock: ZoneClock,
  from: number,
  to: number,
): { readonly at: number; readonly before: number; readonly after: number }[] {
  const step = DAY / 4;
  const changes: { at: number; before: number; after: number }[] = [];
  let previous = offsetAt(clock, from);
  for (let start = from; start < to; start += step) {
    const end = Math.min(start + step, to);
    const next = offsetAt(clock, end);
    if (next !== previous) {
      let low = start;
      let high = end;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (offsetAt(clock, middle) === previous) low = middle;
        else high = middle;
      }
      changes.push({ at: high, before: previous, after: next });
      previous = next;
    }
  }
  return changes;
}
