import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import {
  addToIsoDate,
  compareIsoDates,
  compareIsoDateTimes,
  countDaysBetween,
  findNextWeekday,
  findWeekdayInMonth,
  getIsoWeekday,
  isIsoDate,
  isPeerLearnError,
  parseIsoDate,
} from '../../src/core/index.js';

// Calendar facts below were read from the Gregorian calendar (e.g. `cal 3 2026`):
// 1 March 2026 is a Sunday; 5 March 2026 a Thursday; February 2026 starts on a Sunday.

describe('isIsoDate and parseIsoDate', () => {
  it.each(['2026-03-05', '2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01'])(
    'accept %s',
    (date) => {
      expect(isIsoDate(date)).toBe(true);
      expect(parseIsoDate(date)).toBe(date);
    },
  );

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-3-5',
    '05/03/2026',
    '2026-03-05T10:00:00Z',
    ' 2026-03-05',
    '',
  ])('refuse %j', (date) => {
    expect(isIsoDate(date)).toBe(false);
    expect(() => parseIsoDate(date, { fn: 'analyseRhythm', root: 'dates[4]' })).toThrow(
      /^analyseRhythm: 1 problem in the input:\n {2}- dates\[4\]: must be a calendar date written YYYY-MM-DD/u,
    );
  });

  it('refuses non-strings, including Date objects', () => {
    expect(isIsoDate(new Date(0))).toBe(false);
    expect(isIsoDate(20260305)).toBe(false);
    expect(() => parseIsoDate(null)).toThrow(/date: expected a string, got null/u);
  });
});

describe('addToIsoDate', () => {
  it.each([
    ['2026-03-05', { days: 28 }, '2026-04-02'],
    ['2026-03-05', { weeks: 6 }, '2026-04-16'],
    ['2026-01-31', { months: 1 }, '2026-02-28'],
    ['2024-01-31', { months: 1 }, '2024-02-29'],
    ['2024-02-29', { years: 1 }, '2025-02-28'],
    ['2026-03-31', { months: -1 }, '2026-02-28'],
    ['2026-01-01', { days: -1 }, '2025-12-31'],
    ['2026-01-31', { months: 1, days: 1 }, '2026-03-01'],
    ['0050-06-15', { years: 1 }, '0051-06-15'],
    ['2026-03-05', {}, '2026-03-05'],
  ] as const)('%s plus %j is %s', (date, duration, expected) => {
    expect(addToIsoDate(date, duration)).toBe(expected);
  });

  it('refuses fractional or unknown duration parts and results past 9999', () => {
    expect(() => addToIsoDate('2026-03-05', { days: 1.5 })).toThrow(
      /duration\.days: expected an integer/u,
    );
    expect(() => addToIsoDate('2026-03-05', { day: 1 } as never)).toThrow(
      /duration: has unknown field "day"/u,
    );
    expect(() => addToIsoDate('9999-12-31', { days: 1 })).toThrow(
      /^addToIsoDate: .*result: must be a calendar date/su,
    );
  });
});

describe('countDaysBetween and compareIsoDates', () => {
  it('count calendar days, across leap days and the change to summer time', () => {
    expect(countDaysBetween('2026-03-05', '2026-04-02')).toBe(28);
    expect(countDaysBetween('2026-04-02', '2026-03-05')).toBe(-28);
    expect(countDaysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(countDaysBetween('2026-03-28', '2026-03-30')).toBe(2); // UK clocks change 29 March 2026
    expect(countDaysBetween('2000-01-01', '2026-01-01')).toBe(9497);
  });

  it('order dates for sorting', () => {
    expect(['2026-05-01', '2025-12-31', '2026-03-05'].sort(compareIsoDates)).toEqual([
      '2025-12-31',
      '2026-03-05',
      '2026-05-01',
    ]);
    expect(compareIsoDates('2026-03-05', '2026-03-05')).toBe(0);
  });
});

describe('weekday arithmetic', () => {
  it('numbers weekdays as ISO 8601 does', () => {
    expect(getIsoWeekday('2026-03-05')).toBe(4);
    expect(getIsoWeekday('2026-03-01')).toBe(7);
    expect(getIsoWeekday('2026-03-02')).toBe(1);
  });

  it('finds the next given weekday', () => {
    expect(findNextWeekday('2026-03-05', 2)).toBe('2026-03-10');
    expect(findNextWeekday('2026-03-05', 4)).toBe('2026-03-12');
    expect(findNextWeekday('2026-03-05', 4, { includeSame: true })).toBe('2026-03-05');
    expect(findNextWeekday('2026-12-30', 5)).toBe('2027-01-01');
    expect(() => findNextWeekday('2026-03-05', 8 as never)).toThrow(
      /weekday: must be one of 1, 2, 3, 4, 5, 6, 7, got the number 8/u,
    );
  });

  it('finds the nth weekday of a month from either end', () => {
    expect(findWeekdayInMonth(2026, 3, 2, 1)).toBe('2026-03-03');
    expect(findWeekdayInMonth(2026, 3, 2, 2)).toBe('2026-03-10');
    expect(findWeekdayInMonth(2026, 3, 2, 5)).toBe('2026-03-31');
    expect(findWeekdayInMonth(2026, 3, 7, 1)).toBe('2026-03-01');
    expect(findWeekdayInMonth(2026, 3, 5, -1)).toBe('2026-03-27');
    expect(findWeekdayInMonth(2026, 3, 2, -1)).toBe('2026-03-31');
    expect(findWeekdayInMonth(2026, 3, 2, -2)).toBe('2026-03-24');
    expect(findWeekdayInMonth(2026, 2, 1, 5)).toBeNull();
    expect(findWeekdayInMonth(2026, 2, 1, -5)).toBeNull();
    expect(findWeekdayInMonth(2024, 2, 4, 5)).toBe('2024-02-29');
  });

  it('refuses out-of-range arguments, listing each', () => {
    let caught: unknown;
    try {
      findWeekdayInMonth(2026, 13, 2, 0);
    } catch (error) {
      caught = error;
    }
    expect(isPeerLearnError(caught, 'invalid_input')).toBe(true);
    if (isPeerLearnError(caught, 'invalid_input')) {
      expect(caught.issues.map((issue) => `${issue.pathText}: ${issue.message}`)).toEqual([
        'month: must be at most 12',
        'nth: must not be 0; use 1 for the first or -1 for the last',
      ]);
    }
  });
});

describe('compareIsoDateTimes', () => {
  it('orders instants by the moment they name, offsets included', () => {
    expect(compareIsoDateTimes('2026-03-05T10:00:00+01:00', '2026-03-05T09:30:00Z')).toBe(-1);
    expect(compareIsoDateTimes('2026-03-05T09:00:00Z', '2026-03-05T10:00:00+01:00')).toBe(0);
    expect(compareIsoDateTimes('2026-03-06T00:00:00Z', '2026-03-05T23:59:59.999Z')).toBe(1);
  });

  it('refuses a date without a time, naming the argument', () => {
    expect(() => compareIsoDateTimes('2026-03-05', '2026-03-05T09:00:00Z')).toThrow(
      /^compareIsoDateTimes: .*\n {2}- a: must be an ISO 8601 date and time/su,
    );
  });
});

describe('hostile input', () => {
  it('compareIsoDates names itself and the argument at fault', () => {
    expectRefusal(
      () => peerlearn.compareIsoDates('2026-02-30', '2026-03-01'),
      'compareIsoDates',
      'a',
    );
    expectRefusal(
      () => peerlearn.compareIsoDates('2026-03-01', '2026-13-01'),
      'compareIsoDates',
      'b',
    );
  });

  it('addToIsoDate refuses a duration that leaves every representable date', () => {
    const error = expectRefusal(
      () => peerlearn.addToIsoDate('2026-01-31', { months: 3_284_816 }),
      'addToIsoDate',
      'result',
    );
    expect(error.issues[0]?.message).toMatch(/0000–9999/u);
    expectRefusal(
      () => peerlearn.addToIsoDate('2026-01-31', { days: Number.MAX_SAFE_INTEGER }),
      'addToIsoDate',
    );
  });

  it('parseIsoDate refuses a context that is not an object of names', () => {
    expectRefusal(
      () => peerlearn.parseIsoDate('2026-03-05', null as never),
      'parseIsoDate',
      'context',
    );
    expectRefusal(() => peerlearn.parseIsoDate('2026-03-05', { fn: 42 } as never), 'parseIsoDate');
    expect(peerlearn.parseIsoDate('2026-03-05', {})).toBe('2026-03-05');
  });

  it('findNextWeekday refuses options that are not an object of flags', () => {
    expectRefusal(
      () => peerlearn.findNextWeekday('2026-03-10', 2, null as never),
      'findNextWeekday',
      'options',
    );
    expectRefusal(
      () => peerlearn.findNextWeekday('2026-03-10', 2, { includeSame: 'yes' } as never),
      'findNextWeekday',
      'options.includeSame',
    );
  });
});
