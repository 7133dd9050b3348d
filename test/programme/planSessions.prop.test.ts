import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToIsoDate, compareIsoDates, getIsoWeekday } from '../../src/core/index.js';
import { planSessions, type IsoWeekday, type PlanSessionsOptions } from '../../src/index.js';

/** The value, failing the test when it is missing. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const weekday = fc.constantFrom<IsoWeekday>(1, 2, 3, 4, 5, 6, 7);
const day = (offset: number): string => addToIsoDate('2025-01-01', { days: offset });
const pattern: fc.Arbitrary<PlanSessionsOptions['pattern']> = fc.oneof(
  fc.record({ kind: fc.constant('weekly' as const), every: fc.integer({ min: 1, max: 6 }) }),
  fc.record({
    kind: fc.constantFrom('monthly' as const, 'quarterly' as const),
    weekday,
    nth: fc.constantFrom(
      1 as const,
      2 as const,
      3 as const,
      4 as const,
      5 as const,
      'last' as const,
    ),
  }),
  fc.record({ kind: fc.constant('spread' as const), count: fc.integer({ min: 1, max: 8 }) }),
);
/** Plans of up to two years in London, New York or Sydney, with skips and blackouts. */
const options: fc.Arbitrary<PlanSessionsOptions> = fc
  .record({
    start: fc.integer({ min: 0, max: 700 }),
    length: fc.integer({ min: 60, max: 730 }),
    pattern,
    hour: fc.integer({ min: 6, max: 22 }),
    minute: fc.constantFrom(0, 15, 30, 45),
    timeZone: fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney'),
    skips: fc.array(fc.integer({ min: 0, max: 730 }), { maxLength: 8 }),
    blackouts: fc.array(
      fc.record({ at: fc.integer({ min: 0, max: 730 }), days: fc.integer({ min: 0, max: 20 }) }),
      { maxLength: 3 },
    ),
    reschedule: fc.constantFrom('next-valid-day' as const, 'drop' as const),
  })
  .map((o) => ({
    from: day(o.start),
    to: day(o.start + o.length),
    pattern: o.pattern,
    time: `${String(o.hour).padStart(2, '0')}:${String(o.minute).padStart(2, '0')}`,
    durationMinutes: 90,
    timeZone: o.timeZone,
    skip: o.skips.map((offset) => day(o.start + offset)),
    blackouts: o.blackouts.map((b) => ({
      from: day(o.start + b.at),
      to: day(o.start + b.at + b.days),
    })),
    reschedule: o.reschedule,
  }));

function plan(opts: PlanSessionsOptions): ReturnType<typeof planSessions> | null {
  try {
    return planSessions(opts);
  } catch (error) {
    // A spread over too few free days is refused; everything else must plan.
    if (
      opts.pattern.kind === 'spread' &&
      (error as { code?: string }).code === 'infeasible_request'
    )
      return null;
    throw error;
  }
}

describe('planSessions: properties', () => {
  it('orders sessions, keeps them in range, on allowed days, off skipped and blacked-out dates', () => {
    fc.assert(
      fc.property(options, (opts) => {
        const result = plan(opts);
        if (result === null) return;
        const { sessions } = result;
        for (let i = 1; i < sessions.length; i += 1) {
          expect(compareIsoDates(must(sessions[i - 1]).date, must(sessions[i]).date)).toBe(-1);
        }
        const allowed =
          opts.pattern.kind === 'weekly'
            ? [getIsoWeekday(opts.from)]
            : opts.pattern.kind === 'spread'
              ? [1, 2, 3, 4, 5, 6, 7]
              : [opts.pattern.weekday];
        for (const session of sessions) {
          expect(session.date >= opts.from && session.date <= opts.to).toBe(true);
          expect(allowed).toContain(getIsoWeekday(session.date));
          expect(opts.skip).not.toContain(session.date);
          for (const blackout of opts.blackouts ?? []) {
            expect(session.date >= blackout.from && session.date <= blackout.to).toBe(false);
          }
        }
      }),
    );
  });

  it('keeps the same local time whatever the daylight-saving rules, and the right offset', () => {
    fc.assert(
      fc.property(options, (opts) => {
        const result = plan(opts);
        if (result === null) return;
        for (const session of result.sessions) {
          expect(session.localStart).toBe(`${session.date}T${opts.time}`);
          // The UTC instant plus the offset is the local wall-clock time.
          const sign = session.utcOffset.startsWith('-') ? -1 : 1;
          const [h, m] = session.utcOffset.slice(1).split(':').map(Number) as [number, number];
          const local = Date.parse(session.startUtc) + sign * (h * 60 + m) * 60_000;
          expect(new Date(local).toISOString().slice(0, 16)).toBe(session.localStart);
          expect(Date.parse(session.endUtc) - Date.parse(session.startUtc)).toBe(90 * 60_000);
        }
      }),
    );
  });

  it('accounts for every session the pattern called for, and mutates nothing', () => {
    fc.assert(
      fc.property(options, (opts) => {
        const copy = structuredClone(opts);
        const result = plan(opts);
        expect(opts).toEqual(copy);
        if (result === null) return;
        const indexes = [...result.sessions, ...result.dropped]
          .map((s) => s.index)
          .sort((a, b) => a - b);
        expect(indexes).toEqual(Array.from({ length: indexes.length }, (_, i) => i + 1));
        if (opts.pattern.kind === 'spread')
          expect(result.sessions).toHaveLength(opts.pattern.count);
        for (const session of result.sessions) {
          if (session.moved !== null)
            expect(compareIsoDates(session.moved.from, session.date)).toBe(-1);
        }
        if (opts.reschedule === 'drop') {
          expect(result.sessions.every((session) => session.moved === null)).toBe(true);
        }
        expect(plan(copy)).toEqual(result);
      }),
    );
  });
});
