import type { z } from 'zod';
import { InfeasibleRequestError } from '../core/InfeasibleRequestError.js';
import {
  addToIsoDate,
  compareIsoDates,
  getIsoWeekday,
  type IsoDate,
  type IsoWeekday,
} from '../core/isoDate.js';
import { parseWith } from '../core/validation.js';
import { countCadence, type CadenceCheck } from './sessions/cadence.js';
import { PlanSessionsOptions, patternWeekday } from './sessions/options.js';
import { recurringOccurrences, weekdayName } from './sessions/pattern.js';
import type { DroppedSession, PlannedSession, SessionMove } from './sessions/session.js';
import {
  formatInstant,
  formatOffset,
  formatWall,
  instantOf,
  offsetAt,
  wallMs,
  zoneClock,
  type ZoneClock,
} from './sessions/zone.js';

const FN = 'planSessions';
const ALL_DAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** What {@link planSessions} returns. */
export interface SessionPlan {
  /** The sessions to hold, earliest first; moved ones say where they came from. */
  readonly sessions: readonly PlannedSession[];
  /** Sessions the pattern called for that are not held, in pattern order, each with a reason. */
  readonly dropped: readonly DroppedSession[];
  /** The cadence rule checked against `sessions`, or `null` when none was asked for. */
  readonly cadence: CadenceCheck | null;
}

type Options = z.output<typeof PlanSessionsOptions>;
type Block = { readonly reason: SessionMove['reason']; readonly detail: string };

/**
 * Plans the dates and times of a programme's sessions from a recurring pattern.
 *
 * Action learning sets commit to meeting regularly, and learning clusters to meeting at
 * least four times over a year; the rhythm is easier to keep when everyone knows the dates
 * well ahead ("the second Tuesday of each month, 18:30"). Patterns: every N weeks from
 * `from`; monthly on the nth or last weekday; quarterly (the same rule every third month);
 * or `count` sessions spread evenly between `from` and `to`. A session on a skipped date or
 * inside a blackout moves to the next allowed, free day (`reschedule: 'next-valid-day'`,
 * the default), reporting where it came from and why, or is dropped (`'drop'`); every
 * session the pattern called for is either held or listed in `dropped` with a reason.
 *
 * The time and zone are carried as data, as RFC 5545 does with `DTSTART;TZID=…`: each
 * session is at the same local wall-clock time whatever the daylight-saving rules, and its
 * UTC instant is found from the zone's offset on that day, read with
 * `Intl.DateTimeFormat` (the platform's IANA time-zone database; no library). A time that
 * the clocks skip moves on by the gap, and one they repeat takes the earlier instant, as
 * Temporal's `'compatible'` disambiguation does. Costs O(d) for a plan of d days.
 *
 * @param options - `from`, `to`, `pattern`, `time` (`'18:30'`), `durationMinutes`,
 *   `timeZone` (`'Europe/London'`) and optionally `weekdays`, `skip`, `blackouts`,
 *   `reschedule`, `title`, `location`, `idPrefix` and `require` (see {@link PlanSessionsOptions}).
 * @returns the sessions, the dropped ones with reasons, and the cadence check.
 * @throws {@link InvalidInputError} (`invalid_input`) for a date that does not exist,
 *   `from` after `to`, a time not written `HH:MM`, an unknown time zone, or a pattern
 *   weekday missing from `weekdays`, each with its path (`options.blackouts[0].to`).
 * @throws {@link InfeasibleRequestError} (`infeasible_request`) when a spread asks for more
 *   sessions than there are free, allowed days.
 *
 * @example
 * ```ts
 * const plan = planSessions({
 *   from: '2026-01-01', to: '2026-12-31',
 *   pattern: { kind: 'monthly', weekday: 2, nth: 2 }, // second Tuesday
 *   time: '18:30', durationMinutes: 90, timeZone: 'Europe/London',
 *   blackouts: [{ from: '2026-08-01', to: '2026-08-31', label: 'summer break' }],
 *   reschedule: 'drop',
 *   require: { atLeast: 4 },
 * });
 * plan.sessions.slice(0, 4).map((session) => session.date);
 * // => ['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14']
 * [plan.sessions[0]?.startUtc, plan.sessions[3]?.startUtc]; // GMT, then British Summer Time
 * // => ['2026-01-13T18:30:00Z', '2026-04-14T17:30:00Z']
 * plan.dropped.map((session) => [session.date, session.reason]);
 * // => [['2026-08-11', 'blackout']]
 * [plan.sessions.length, plan.cadence?.met];
 * // => [11, true]
 * ```
 */
export function planSessions(options: PlanSessionsOptions): SessionPlan {
  const parsed = parseWith(PlanSessionsOptions, options, { fn: FN, root: 'options' });
  const clock = zoneClock(parsed.timeZone);
  const allowed = new Set<IsoWeekday>(
    parsed.weekdays ??
      (() => {
        const day = patternWeekday(parsed.pattern, parsed.from);
        return day === null ? ALL_DAYS : [day];
      })(),
  );
  const blockOf = blocker(parsed);
  const isFree = (date: IsoDate): boolean =>
    allowed.has(getIsoWeekday(date)) && blockOf(date) === null;

  const held: { index: number; date: IsoDate; moved: SessionMove | null }[] = [];
  const dropped: DroppedSession[] = [];
  const idOf = (index: number): string => `${parsed.idPrefix}-${String(index)}`;

  if (parsed.pattern.kind === 'spread') {
    const free = daysFrom(parsed.from, parsed.to).filter(isFree);
    const count = parsed.pattern.count;
    if (free.length < count) {
      throw new InfeasibleRequestError({
        fn: FN,
        message: `${String(count)} sessions were asked for, but only ${String(free.length)} allowed days between ${parsed.from} and ${parsed.to} are free of skipped dates and blackouts; ask for fewer sessions or widen the dates`,
        path: ['options', 'pattern', 'count'],
        facts: { count, freeDays: free.length },
      });
    }
    for (let i = 0; i < count; i += 1) {
      // Evenly by position among the free days, with both ends used: round(i (n − 1) / (k − 1)).
      const position =
        count === 1 ? 0 : Math.floor((2 * i * (free.length - 1) + (count - 1)) / (2 * (count - 1)));
      held.push({ index: i + 1, date: free[position] ?? parsed.from, moved: null });
    }
  } else {
    const occurrences = recurringOccurrences(parsed.pattern, parsed.from, parsed.to);
    const taken = new Set<IsoDate>();
    for (const occurrence of occurrences) {
      if (occurrence.date !== null && blockOf(occurrence.date) === null) taken.add(occurrence.date);
    }
    for (const { index, date, detail } of occurrences) {
      if (date === null) {
        dropped.push({ id: idOf(index), index, date, reason: 'no-such-day', detail });
        continue;
      }
      const block = blockOf(date);
      if (block === null) {
        held.push({ index, date, moved: null });
        continue;
      }
      const moved = { from: date, reason: block.reason, detail: block.detail };
      if (parsed.reschedule === 'drop') {
        dropped.push({ id: idOf(index), index, date, reason: block.reason, detail: block.detail });
        continue;
      }
      let target: IsoDate | null = null;
      for (let day = date; compareIsoDates(day, parsed.to) < 0;) {
        day = addToIsoDate(day, { days: 1 });
        if (!taken.has(day) && isFree(day)) {
          target = day;
          break;
        }
      }
      if (target === null) {
        const days = [...allowed].sort().map(weekdayName).join(', ');
        dropped.push({
          id: idOf(index),
          index,
          date,
          reason: 'no-valid-day',
          detail: `${block.detail}, and no free day (${days}) is left before ${parsed.to}`,
        });
        continue;
      }
      taken.add(target);
      held.push({ index, date: target, moved });
    }
  }

  const sessions = held
    .sort((a, b) => compareIsoDates(a.date, b.date) || a.index - b.index)
    .map(({ index, date, moved }) => toSession(parsed, clock, idOf(index), index, date, moved));
  const cadence =
    parsed.require === undefined
      ? null
      : countCadence(
          sessions.map((session) => session.date),
          {
            atLeast: parsed.require.atLeast,
            within: parsed.require.within ?? { from: parsed.from, to: parsed.to },
          },
        );
  return { sessions, dropped, cadence };
}

/** A function telling why a date is not available, or `null` when it is. */
function blocker(options: Options): (date: IsoDate) => Block | null {
  const skipped = new Set(options.skip);
  // Where blackouts overlap, the one that starts first (then ends first, then by label) is
  // named, so the order they are listed in changes nothing.
  // The dates are checked YYYY-MM-DD, which order as text exactly as by date, and text
  // comparison is cheap: this runs for every day of the range against every blackout.
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const label = (blackout: Options['blackouts'][number]): string => blackout.label ?? '';
  const blackouts = [...options.blackouts].sort(
    (a, b) => order(a.from, b.from) || order(a.to, b.to) || order(label(a), label(b)),
  );
  return (date) => {
    for (const blackout of blackouts) {
      if (date >= blackout.from && date <= blackout.to) {
        const name = blackout.label === undefined ? 'a blackout' : `the blackout ${blackout.label}`;
        return {
          reason: 'blackout',
          detail: `${date} is inside ${name} (${blackout.from} to ${blackout.to})`,
        };
      }
    }
    return skipped.has(date)
      ? { reason: 'skipped-date', detail: `${date} is listed as a date to skip` }
      : null;
  };
}

/** Every date from `from` to `to`, both included. */
function daysFrom(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = from; compareIsoDates(day, to) <= 0; day = addToIsoDate(day, { days: 1 })) {
    days.push(day);
  }
  return days;
}

/** Builds the session on a local date from the plan's time, duration and zone. */
function toSession(
  options: Options,
  clock: ZoneClock,
  id: string,
  index: number,
  date: IsoDate,
  moved: SessionMove | null,
): PlannedSession {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = options.time.split(':').map(Number) as [number, number];
  const start = instantOf(clock, wallMs(year, month, day, hour, minute));
  const end = start + options.durationMinutes * 60_000;
  const startOffset = offsetAt(clock, start);
  const localStart = formatWall(start + startOffset);
  return {
    id,
    index,
    date: localStart.slice(0, 10),
    localStart,
    localEnd: formatWall(end + offsetAt(clock, end)),
    startUtc: formatInstant(start),
    endUtc: formatInstant(end),
    utcOffset: formatOffset(startOffset),
    timeZone: options.timeZone,
    durationMinutes: options.durationMinutes,
    title: options.title,
    location: options.location ?? null,
    moved,
  };
}
