/**
 * The calendar helpers give the same answers whatever the machine's time zone. Kept in a
 * file of its own because it switches zones through process.env.TZ, which works only in a
 * process of its own: the mutation run (vitest.mutation.config.ts) runs tests in worker
 * threads, where the switch has no effect, and leaves this file out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  addToIsoDate,
  countDaysBetween,
  findNextWeekday,
  findWeekdayInMonth,
  getIsoWeekday,
} from '../../src/core/index.js';

describe('independence from the machine’s time zone', () => {
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  it('really switches zone: in Samoa the local calendar has no 30 December 2011', () => {
    process.env['TZ'] = 'Pacific/Apia';
    expect(new Date(2011, 11, 30, 12).getDate()).toBe(31);
    expect(addToIsoDate('2011-12-29', { days: 1 })).toBe('2011-12-30');
  });

  it.each([
    'Pacific/Apia',
    'America/Sao_Paulo',
    'Europe/London',
    'Pacific/Kiritimati',
    'America/St_Johns',
  ])('gives the same answers in %s', (zone) => {
    process.env['TZ'] = zone;
    // Samoa skipped 30 December 2011; São Paulo skipped midnight on 4 November 2018.
    expect(addToIsoDate('2011-12-29', { days: 1 })).toBe('2011-12-30');
    expect(countDaysBetween('2011-12-29', '2011-12-31')).toBe(2);
    expect(getIsoWeekday('2011-12-30')).toBe(5);
    expect(addToIsoDate('2018-11-03', { days: 1 })).toBe('2018-11-04');
    expect(findNextWeekday('2018-11-03', 7)).toBe('2018-11-04');
    expect(findWeekdayInMonth(2018, 11, 7, 1)).toBe('2018-11-04');
    expect(addToIsoDate('2026-03-28', { days: 1 })).toBe('2026-03-29');
  });
});
