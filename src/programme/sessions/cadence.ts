import { z } from 'zod';
import { compareIsoDates, IsoDate, isIsoDate } from '../../core/isoDate.js';
import { parseWith } from '../../core/validation.js';

/**
 * A stretch of calendar days, both ends included.
 *
 * @example
 * ```ts
 * DateRange.parse({ from: '2026-01-01', to: '2026-12-31' });
 * // => { from: '2026-01-01', to: '2026-12-31' }
 * DateRange.safeParse({ from: '2026-12-31', to: '2026-01-01' }).success; // from after to
 * // => false
 * ```
 */
export const DateRange = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The first day, `YYYY-MM-DD`. */
      from: IsoDate,
      /** The last day, `YYYY-MM-DD`, on or after `from`. */
      to: IsoDate,
    })
    .superRefine((range, context) => {
      checkOrder(range, context);
    }))();
/** A stretch of calendar days, both ends included. */
export type DateRange = z.infer<typeof DateRange>;

/**
 * Adds an issue at `to` when both ends are real dates and `from` is after `to`.
 *
 * @param range - the range, perhaps not yet valid.
 * @param context - the zod refinement context.
 */
export function checkOrder(
  range: { readonly from: unknown; readonly to: unknown },
  context: z.core.$RefinementCtx,
): void {
  const { from, to } = range;
  if (isIsoDate(from) && isIsoDate(to) && compareIsoDates(from, to) > 0) {
    context.addIssue({
      code: 'custom',
      path: ['to'],
      message: `is before from (${from}); swap the two dates`,
    });
  }
}

/**
 * A rule such as "met at least 4 times in the year": a least number of sessions within a
 * range of dates.
 *
 * @example
 * ```ts
 * CadenceRequirement.parse({ atLeast: 4, within: { from: '2026-01-01', to: '2026-12-31' } }).atLeast;
 * // => 4
 * ```
 */
export const CadenceRequirement = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The least number of sessions, a whole number from 1. */
    atLeast: z.int().min(1),
    /** The days counted, both ends included. */
    within: DateRange,
  }))();
/** A rule such as "met at least 4 times in the year". */
export type CadenceRequirement = z.infer<typeof CadenceRequirement>;

/** Whether a set of sessions meets a {@link CadenceRequirement}, with the counts. */
export interface CadenceCheck {
  /** The least number of sessions asked for. */
  readonly atLeast: number;
  /** The days counted, both ends included. */
  readonly within: DateRange;
  /** How many sessions fall within those days. */
  readonly count: number;
  /** `true` when `count` is at least `atLeast`. */
  readonly met: boolean;
  /** How many more sessions are needed to meet it (0 when met). */
  readonly shortBy: number;
  /** The dates counted, earliest first. */
  readonly dates: readonly IsoDate[];
  /** The verdict in plain words. */
  readonly summary: string;
}

const Arguments = /* @__PURE__ */ (() =>
  z.strictObject({
    sessions: z.array(z.looseObject({ date: IsoDate })),
    requirement: CadenceRequirement,
  }))();

/**
 * Checks that sessions meet a cadence rule, such as "met at least 4 times in the year".
 *
 * Learning clusters commit to meeting at least four times over a year; a funder or a
 * steering group wants to know, plainly, whether a plan (or the record of what took place)
 * honours that. Counts the sessions whose `date` lies within the range, both ends included;
 * a date given twice counts twice, as two sessions on one day are two sessions. Costs O(n log n).
 *
 * @param sessions - sessions, or anything with a `date` (`YYYY-MM-DD`), in any order.
 * @param requirement - `atLeast` (a whole number from 1) and `within` (`{ from, to }`).
 * @returns the count, whether it is met, how many short, the dates counted and a summary.
 * @throws {@link InvalidInputError} (`invalid_input`) for a date that does not exist, a
 *   range whose `from` is after its `to`, or `atLeast` below 1, each with its path.
 *
 * @example
 * ```ts
 * const check = checkCadence(
 *   [{ date: '2026-02-10' }, { date: '2026-05-12' }, { date: '2026-09-08' }, { date: '2027-01-12' }],
 *   { atLeast: 4, within: { from: '2026-01-01', to: '2026-12-31' } },
 * );
 * [check.count, check.met, check.shortBy];
 * // => [3, false, 1]
 * check.summary;
 * // => '3 of the 4 sessions needed between 2026-01-01 and 2026-12-31: 1 short'
 * ```
 */
export function checkCadence(
  sessions: readonly { readonly date: IsoDate }[],
  requirement: CadenceRequirement,
): CadenceCheck {
  const args = parseWith(Arguments, { sessions, requirement }, { fn: 'checkCadence' });
  return countCadence(
    args.sessions.map((session) => session.date),
    args.requirement,
  );
}

/**
 * Counts dates against a requirement that has already been validated.
 *
 * @param dates - valid dates, in any order.
 * @param requirement - a valid requirement.
 * @returns the check.
 */
export function countCadence(
  dates: readonly IsoDate[],
  requirement: CadenceRequirement,
): CadenceCheck {
  const { atLeast, within } = requirement;
  const counted = dates
    .filter(
      (date) => compareIsoDates(date, within.from) >= 0 && compareIsoDates(date, within.to) <= 0,
    )
    .sort(compareIsoDates);
  const count = counted.length;
  const shortBy = Math.max(0, atLeast - count);
  const between = `between ${within.from} and ${within.to}`;
  const summary =
    shortBy === 0
      ? `${String(count)} sessions ${between}, meeting the ${String(atLeast)} needed`
      : `${String(count)} of the ${String(atLeast)} sessions needed ${between}: ${String(shortBy)} short`;
  return {
    atLeast,
    within: { from: within.from, to: within.to },
    count,
    met: shortBy === 0,
    shortBy,
    dates: counted,
    summary,
  };
}
