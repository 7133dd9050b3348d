import { z } from 'zod';
import { InvalidInputError } from '../../core/InvalidInputError.js';
import { addToIsoDate } from '../../core/isoDate.js';
import { isPeerLearnError } from '../../core/isPeerLearnError.js';

/**
 * A look-back window: whole years, months, weeks and days, none negative and not all zero,
 * such as `{ days: 90 }` or `{ months: 3 }`. Internal: the public option types restate it.
 */
export const LookBackWindow = /* @__PURE__ */ (() =>
  z
    .strictObject({
      years: z.int().min(0, 'must not be negative: a window looks back from asOf').optional(),
      months: z.int().min(0, 'must not be negative: a window looks back from asOf').optional(),
      weeks: z.int().min(0, 'must not be negative: a window looks back from asOf').optional(),
      days: z.int().min(0, 'must not be negative: a window looks back from asOf').optional(),
    })
    .refine(
      (window) =>
        (window.years ?? 0) + (window.months ?? 0) + (window.weeks ?? 0) + (window.days ?? 0) > 0,
      'must be longer than zero days, such as { days: 90 } or { months: 3 }',
    ))();

/** A checked look-back window. */
export type LookBackWindow = z.output<typeof LookBackWindow>;

/** The dates a window covers: after `start`, up to and including `end`. */
export interface WindowSpan {
  /** The first date inside the window. */
  readonly from: string;
  /** The last date inside the window (the `asOf` date for the current window). */
  readonly to: string;
  /** The day before `from`: dates after it, up to `to`, fall inside. */
  readonly start: string;
}

/**
 * The span of the window that ends on `end`: the dates after `end − window`, up to `end`.
 *
 * @param end - the last date of the window.
 * @param window - a checked look-back window.
 * @param fn - the public function, named in the error for a window too long.
 * @returns the span.
 * @throws `InvalidInputError` (`invalid_input`, path `options.window`) when the window
 *   reaches back before the year 0000.
 */
export function spanEndingOn(end: string, window: LookBackWindow, fn: string): WindowSpan {
  const back = {
    years: -(window.years ?? 0),
    months: -(window.months ?? 0),
    weeks: -(window.weeks ?? 0),
    days: -(window.days ?? 0),
  };
  let start: string;
  try {
    start = addToIsoDate(end, back);
  } catch (error) {
    if (!isPeerLearnError(error, 'invalid_input')) throw error;
    throw new InvalidInputError(
      fn,
      [
        {
          path: ['options', 'window'],
          pathText: 'options.window',
          code: 'too_big',
          message: `reaches back from ${end} to before the year 0000; use a shorter window`,
        },
      ],
      { cause: error },
    );
  }
  return { start, from: addToIsoDate(start, { days: 1 }), to: end };
}

/**
 * Whether a date falls inside a span (ISO dates compare as text, so no parsing is needed).
 *
 * @param date - a checked ISO date.
 * @param span - the span.
 * @returns true when `span.start < date ≤ span.to`.
 */
export function isInside(date: string, span: WindowSpan): boolean {
  return date > span.start && date <= span.to;
}

/**
 * Describes a window in words, such as `90 days` or `3 months`.
 *
 * @param window - a checked look-back window.
 * @returns the description.
 */
export function describeWindow(window: LookBackWindow): string {
  const parts: string[] = [];
  const add = (value: number | undefined, unit: string): void => {
    if (value !== undefined && value > 0)
      parts.push(`${String(value)} ${unit}${value === 1 ? '' : 's'}`);
  };
  add(window.years, 'year');
  add(window.months, 'month');
  add(window.weeks, 'week');
  add(window.days, 'day');
  return parts.join(', ');
}
