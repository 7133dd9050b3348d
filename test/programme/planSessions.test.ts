import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import {
  checkCadence,
  InfeasibleRequestError,
  InvalidInputError,
  isPeerLearnError,
  planSessions,
  type PlanSessionsOptions,
} from '../../src/programme/index.js';
import { thrown } from '../helpers/expectClose.js';

/** The paths of the problems an InvalidInputError lists. */
function pathsOf(run: () => unknown): string[] {
  const error = thrown(run);
  expect(error).toBeInstanceOf(InvalidInputError);
  expect(isPeerLearnError(error) && error.code).toBe('invalid_input');
  return (error as InvalidInputError).issues.map((issue) => issue.pathText);
}

const evening = { time: '18:30', durationMinutes: 90, timeZone: 'Europe/London' } as const;

describe('planSessions: worked examples', () => {
  it('plans the second Tuesday of each month of 2026', () => {
    const plan = planSessions({
      from: '2026-01-01',
      to: '2026-12-31',
      pattern: { kind: 'monthly', weekday: 2, nth: 2 },
      ...evening,
      require: { atLeast: 4 },
    });
    // Checked against a printed 2026 calendar.
    expect(plan.sessions.map((session) => session.date)).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
      '2026-05-12',
      '2026-06-09',
      '2026-07-14',
      '2026-08-11',
      '2026-09-08',
      '2026-10-13',
      '2026-11-10',
      '2026-12-08',
    ]);
    expect(plan.sessions.map((session) => session.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `session-${String(i + 1)}`),
    );
    expect(plan.dropped).toEqual([]);
    expect(plan.cadence).toMatchObject({ atLeast: 4, count: 12, met: true, shortBy: 0 });
  });

  it('plans the last Friday of each month, and quarterly on the same rule', () => {
    const monthly = planSessions({
      from: '2026-01-01',
      to: '2026-06-30',
      pattern: { kind: 'monthly', weekday: 5, nth: 'last' },
      ...evening,
    });
    expect(monthly.sessions.map((session) => session.date)).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
      '2026-05-29',
      '2026-06-26',
    ]);
    const quarterly = planSessions({
      from: '2026-01-01',
      to: '2026-12-31',
      pattern: { kind: 'quarterly', weekday: 5, nth: 'last' },
      ...evening,
    });
    expect(quarterly.sessions.map((session) => session.date)).toEqual([
      '2026-01-30',
      '2026-04-24',
      '2026-07-31',
      '2026-10-30',
    ]);
  });

  it('lists months with no fifth Tuesday as dropped, so nothing is lost', () => {
    const plan = planSessions({
      from: '2026-03-01',
      to: '2026-06-30',
      pattern: { kind: 'monthly', weekday: 2, nth: 5 },
      ...evening,
    });
    expect(plan.sessions.map((session) => session.date)).toEqual(['2026-03-31', '2026-06-30']);
    expect(plan.dropped).toEqual([
      {
        id: 'session-2',
        index: 2,
        date: null,
        reason: 'no-such-day',
        detail: '2026-04 has no 5th Tuesday',
      },
      {
        id: 'session-3',
        index: 3,
        date: null,
        reason: 'no-such-day',
        detail: '2026-05 has no 5th Tuesday',
      },
    ]);
  });

  it('meets every 3 weeks and moves the Christmas session to the next valid day', () => {
    const plan = planSessions({
      from: '2026-10-01',
      to: '2027-02-28',
      pattern: { kind: 'weekly', every: 3 },
      ...evening,
      blackouts: [{ from: '2026-12-21', to: '2027-01-03', label: 'Christmas' }],
    });
    // Thursdays from 1 October, 21 days apart; 24 December falls in the blackout and moves to
    // the next Thursday that is free, 7 January.
    expect(plan.sessions.map((session) => session.date)).toEqual([
      '2026-10-01',
      '2026-10-22',
      '2026-11-12',
      '2026-12-03',
      '2027-01-07',
      '2027-01-14',
      '2027-02-04',
      '2027-02-25',
    ]);
    expect(plan.sessions[4]?.moved).toEqual({
      from: '2026-12-24',
      reason: 'blackout',
      detail: '2026-12-24 is inside the blackout Christmas (2026-12-21 to 2027-01-03)',
    });
    expect(plan.sessions.filter((session) => session.moved !== null)).toHaveLength(1);
  });

  it('drops instead of moving when asked, and moves skipped dates to any allowed day', () => {
    const base: PlanSessionsOptions = {
      from: '2026-01-05',
      to: '2026-02-28',
      pattern: { kind: 'weekly', every: 2 },
      ...evening,
      skip: ['2026-01-19'],
    };
    const dropped = planSessions({ ...base, reschedule: 'drop' });
    expect(dropped.dropped).toEqual([
      {
        id: 'session-2',
        index: 2,
        date: '2026-01-19',
        reason: 'skipped-date',
        detail: '2026-01-19 is listed as a date to skip',
      },
    ]);
    const moved = planSessions({ ...base, weekdays: [1, 3] });
    expect(moved.sessions.map((session) => session.date)).toEqual([
      '2026-01-05',
      '2026-01-21',
      '2026-02-02',
      '2026-02-16',
    ]);
    expect(moved.sessions[1]?.moved?.reason).toBe('skipped-date');
  });

  it('drops a session when no free day is left before the end', () => {
    const plan = planSessions({
      from: '2026-12-10',
      to: '2026-12-31',
      pattern: { kind: 'weekly', every: 2 },
      ...evening,
      blackouts: [{ from: '2026-12-20', to: '2026-12-31' }],
    });
    expect(plan.sessions.map((session) => session.date)).toEqual(['2026-12-10']);
    expect(plan.dropped.map((session) => [session.date, session.reason])).toEqual([
      ['2026-12-24', 'no-valid-day'],
    ]);
  });

  it('spreads K sessions evenly between two dates', () => {
    const plan = planSessions({
      from: '2026-01-01',
      to: '2026-12-31',
      pattern: { kind: 'spread', count: 4 },
      ...evening,
    });
    // 365 days, positions 0, 121, 243, 364 (round(i × 364 / 3)).
    expect(plan.sessions.map((session) => session.date)).toEqual([
      '2026-01-01',
      '2026-05-02',
      '2026-09-01',
      '2026-12-31',
    ]);
    const weekdays = planSessions({
      from: '2026-01-05',
      to: '2026-01-30',
      pattern: { kind: 'spread', count: 3 },
      weekdays: [1, 2, 3, 4, 5],
      skip: ['2026-01-05'],
      ...evening,
    });
    // 19 free weekdays from 6 to 30 January: positions 0, 9, 18.
    expect(weekdays.sessions.map((session) => session.date)).toEqual([
      '2026-01-06',
      '2026-01-19',
      '2026-01-30',
    ]);
  });

  it('refuses a spread with more sessions than free days', () => {
    const error = thrown(() =>
      planSessions({
        from: '2026-01-05',
        to: '2026-01-11',
        pattern: { kind: 'spread', count: 3 },
        weekdays: [6, 7],
        ...evening,
      }),
    );
    expect(error).toBeInstanceOf(InfeasibleRequestError);
    expect((error as InfeasibleRequestError).code).toBe('infeasible_request');
    expect((error as InfeasibleRequestError).path).toEqual(['options', 'pattern', 'count']);
  });

  it('keeps 18:30 local across the late-March and late-October UK clock changes', () => {
    const plan = planSessions({
      from: '2026-03-26',
      to: '2026-11-05',
      pattern: { kind: 'weekly', every: 1 },
      ...evening,
    });
    const byDate = new Map(plan.sessions.map((session) => [session.date, session]));
    // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    expect(byDate.get('2026-03-26')).toMatchObject({
      localStart: '2026-03-26T18:30',
      localEnd: '2026-03-26T20:00',
      startUtc: '2026-03-26T18:30:00Z',
      utcOffset: '+00:00',
    });
    expect(byDate.get('2026-04-02')).toMatchObject({
      localStart: '2026-04-02T18:30',
      startUtc: '2026-04-02T17:30:00Z',
      endUtc: '2026-04-02T19:00:00Z',
      utcOffset: '+01:00',
    });
    expect(byDate.get('2026-10-22')).toMatchObject({
      localStart: '2026-10-22T18:30',
      startUtc: '2026-10-22T17:30:00Z',
    });
    expect(byDate.get('2026-10-29')).toMatchObject({
      localStart: '2026-10-29T18:30',
      startUtc: '2026-10-29T18:30:00Z',
      utcOffset: '+00:00',
    });
    expect(new Set(plan.sessions.map((session) => session.localStart.slice(11)))).toEqual(
      new Set(['18:30']),
    );
  });

  it('handles times the clocks skip or repeat, and zones east and west', () => {
    const at = (date: string, time: string, timeZone: string) =>
      planSessions({
        from: date,
        to: date,
        pattern: { kind: 'weekly' },
        time,
        durationMinutes: 60,
        timeZone,
      }).sessions[0];
    // 01:30 on 29 March 2026 does not exist in London: it moves on by the hour skipped.
    expect(at('2026-03-29', '01:30', 'Europe/London')).toMatchObject({
      localStart: '2026-03-29T02:30',
      startUtc: '2026-03-29T01:30:00Z',
    });
    // 01:30 on 25 October 2026 happens twice: the first (BST) is chosen.
    expect(at('2026-10-25', '01:30', 'Europe/London')).toMatchObject({
      startUtc: '2026-10-25T00:30:00Z',
      localEnd: '2026-10-25T01:30',
    });
    expect(at('2026-07-01', '09:00', 'Asia/Kolkata')?.startUtc).toBe('2026-07-01T03:30:00Z');
    expect(at('2026-07-01', '09:00', 'America/New_York')?.startUtc).toBe('2026-07-01T13:00:00Z');
    expect(at('2026-07-01', '23:30', 'UTC')?.localEnd).toBe('2026-07-02T00:30');
  });

  it('checks a cadence on its own', () => {
    const check = checkCadence(
      [{ date: '2026-02-10' }, { date: '2026-05-12' }, { date: '2025-12-09' }],
      { atLeast: 4, within: { from: '2026-01-01', to: '2026-12-31' } },
    );
    expect(check).toEqual({
      atLeast: 4,
      within: { from: '2026-01-01', to: '2026-12-31' },
      count: 2,
      met: false,
      shortBy: 2,
      dates: ['2026-02-10', '2026-05-12'],
      summary: '2 of the 4 sessions needed between 2026-01-01 and 2026-12-31: 2 short',
    });
    expect(
      pathsOf(() =>
        checkCadence([{ date: '2026-02-30' }], {
          atLeast: 0,
          within: { from: '2026-12-31', to: '2026-01-01' },
        }),
      ),
    ).toEqual(['sessions[0].date', 'requirement.atLeast', 'requirement.within.to']);
  });
});

describe('planSessions: bad input', () => {
  it('names each bad field with its path', () => {
    expect(
      pathsOf(() =>
        planSessions({
          from: '2026-02-30',
          to: '2026-01-01',
          pattern: { kind: 'monthly', weekday: 2, nth: 2 },
          time: '25:00',
          durationMinutes: 0,
          timeZone: 'Europe/Londres',
          blackouts: [{ from: '2026-05-02', to: '2026-05-01' }],
        }),
      ),
    ).toEqual([
      'options.from',
      'options.time',
      'options.durationMinutes',
      'options.timeZone',
      'options.blackouts[0].to',
    ]);
  });

  it('refuses from after to, a bad pattern, repeated weekdays and a pattern day not allowed', () => {
    expect(
      pathsOf(() =>
        planSessions({
          from: '2026-03-01',
          to: '2026-01-01',
          pattern: { kind: 'monthly', weekday: 2, nth: 2 },
          weekdays: [3, 3],
          ...evening,
        }),
      ),
    ).toEqual(['options.to', 'options.weekdays[1]', 'options.weekdays']);
    expect(
      pathsOf(() =>
        planSessions({
          from: '2026-01-01',
          to: '2026-02-01',
          // @ts-expect-error: nth 6 does not exist
          pattern: { kind: 'monthly', weekday: 2, nth: 6 },
          ...evening,
        }),
      ),
    ).toEqual(['options.pattern.nth']);
  });

  it('gives a clear message for an unknown time zone', () => {
    const error = thrown(() =>
      planSessions({
        from: '2026-01-01',
        to: '2026-02-01',
        pattern: { kind: 'weekly' },
        time: '18:30',
        durationMinutes: 60,
        timeZone: 'Mars/Olympus_Mons',
      }),
    ) as InvalidInputError;
    expect(error.message).toContain('options.timeZone: is not a time zone this platform knows');
  });

  it('leaves its options as they were', () => {
    const options = {
      from: '2026-10-01',
      to: '2027-02-28',
      pattern: { kind: 'weekly', every: 3 },
      ...evening,
      skip: ['2026-11-12'],
      blackouts: [{ from: '2026-12-21', to: '2027-01-03', label: 'Christmas' }],
      require: { atLeast: 4 },
    } satisfies PlanSessionsOptions;
    const copy = structuredClone(options);
    const first = planSessions(options);
    expect(options).toEqual(copy);
    expect(planSessions(copy)).toEqual(first);
  });
});

describe('hostile input', () => {
  it('plans around thousands of blackouts, naming the first that covers a date', () => {
    const blackouts = Array.from({ length: 5_000 }, (_, index) => ({
      from: '2026-02-01',
      to: '2026-02-28',
      label: `break ${String(index).padStart(4, '0')}`,
    }));
    const plan = peerlearn.planSessions({
      from: '2026-01-01',
      to: '2026-03-31',
      pattern: { kind: 'monthly', weekday: 2, nth: 2 },
      time: '18:30',
      durationMinutes: 90,
      timeZone: 'Europe/London',
      blackouts,
      reschedule: 'drop',
    });
    expect(plan.sessions.map((session) => session.date)).toEqual(['2026-01-13', '2026-03-10']);
    expect(plan.dropped.map((session) => session.detail)).toEqual([
      '2026-02-10 is inside the blackout break 0000 (2026-02-01 to 2026-02-28)',
    ]);
  });
});
