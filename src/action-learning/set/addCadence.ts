import type { Cadence } from './setModel.js';

/**
 * The date one cadence after another: so many weeks later, or so many calendar months
 * later with the day kept where the month has it (31 January plus one month is the last day
 * of February), as date-fns `add` does. Works on calendar days in UTC.
 *
 * @param date - a checked `YYYY-MM-DD` date.
 * @param cadence - every so many weeks or months.
 * @returns the later date, `YYYY-MM-DD`.
 */
export function addCadence(date: string, cadence: Cadence): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const next = new Date(0);
  if (cadence.unit === 'weeks') {
    next.setUTCFullYear(year, month - 1, day + 7 * cadence.every);
  } else {
    // Day 0 of the month after the target month is the target month's last day.
    next.setUTCFullYear(year, month + cadence.every, 0);
    next.setUTCDate(Math.min(day, next.getUTCDate()));
  }
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1, 2)}-${pad(next.getUTCDate(), 2)}`;
}
