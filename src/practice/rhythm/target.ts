import { z } from 'zod';
import { describeZodIssue } from '../../core/describeZodIssue.js';
import { addToIsoDate, type IsoDate } from '../../core/isoDate.js';

/**
 * The average length of a Gregorian month in days (365.2425 / 12), used to turn a cadence
 * counted in months into days for the thresholds.
 */
export const DAYS_PER_MONTH = 365.2425 / 12;

/** The named cadences accepted in place of `{ every, unit }`, with what each stands for. */
export const CADENCE_PRESETS: Readonly<
  Record<CadencePreset, { readonly every: number; readonly unit: 'weeks' | 'months' }>
> = /* @__PURE__ */ (() =>
  Object.freeze({
    weekly: Object.freeze({ every: 1, unit: 'weeks' }),
    fortnightly: Object.freeze({ every: 2, unit: 'weeks' }),
    monthly: Object.freeze({ every: 1, unit: 'months' }),
    bimonthly: Object.freeze({ every: 2, unit: 'months' }),
    quarterly: Object.freeze({ every: 3, unit: 'months' }),
  } as const))();

/** One of the named cadences: `'weekly'`, `'fortnightly'`, `'monthly'`, `'bimonthly'` or `'quarterly'`. */
export type CadencePreset = 'weekly' | 'fortnightly' | 'monthly' | 'bimonthly' | 'quarterly';

const TARGET_MESSAGE =
  'must be "weekly", "fortnightly", "monthly", "bimonthly", "quarterly" or an object such as { every: 4, unit: "weeks" }';

const CadencePresetName = /* @__PURE__ */ (() =>
  z.literal(['weekly', 'fortnightly', 'monthly', 'bimonthly', 'quarterly'], {
    error: TARGET_MESSAGE,
  }))();

const CustomCadence = /* @__PURE__ */ (() =>
  z.strictObject({
    /** How many units lie between meetings: a whole number from 1 to 366. */
    every: z.int().min(1).max(366),
    /** The unit of `every`: `'days'`, `'weeks'` or `'months'`. */
    unit: z.literal(['days', 'weeks', 'months']),
  }))();

/**
 * How often a community means to meet: a named cadence (`'weekly'`, `'fortnightly'`,
 * `'monthly'`, `'bimonthly'` for every two months, `'quarterly'`) or `{ every, unit }` with a
 * whole number of days, weeks or months, such as `{ every: 4, unit: 'weeks' }`.
 *
 * @example
 * ```ts
 * RhythmTarget.parse({ every: 4, unit: 'weeks' });
 * // => { every: 4, unit: 'weeks' }
 * RhythmTarget.safeParse('monthly').success;
 * // => true
 * RhythmTarget.safeParse({ every: 0, unit: 'weeks' }).success;
 * // => false
 * ```
 */
export const RhythmTarget = /* @__PURE__ */ (() =>
  z.union([CadencePresetName, CustomCadence], { error: TARGET_MESSAGE }))();
/** How often a community means to meet: a named cadence or `{ every, unit }`. */
export type RhythmTarget = z.infer<typeof RhythmTarget>;

/**
 * Checks a target and reports its problems at their own paths.
 *
 * A zod union reports a bad unit inside `{ every, unit }` as a problem with the whole
 * target; choosing the form by the value's type first keeps the path (`target.unit`).
 *
 * @param value - the untrusted target.
 * @param context - the zod refinement context to add issues to.
 * @param path - the target's path within the checked value.
 */
export function checkTarget(
  value: unknown,
  context: z.core.$RefinementCtx,
  path: readonly (string | number)[],
): void {
  const schema = typeof value === 'object' && value !== null ? CustomCadence : CadencePresetName;
  const result = schema.safeParse(value, { error: describeZodIssue });
  for (const issue of result.error?.issues ?? []) {
    context.addIssue({ code: 'custom', path: [...path, ...issue.path], message: issue.message });
  }
}

/** A target cadence written out in full, as {@link analyseRhythm} reports it. */
export interface ResolvedRhythmTarget {
  /** How many units lie between meetings. */
  readonly every: number;
  /** The unit of `every`. */
  readonly unit: 'days' | 'weeks' | 'months';
  /** The nominal interval in days: `every` days, 7 × `every`, or `every` × 30.436875 for months. */
  readonly days: number;
  /** The name given, when the target was a named cadence; otherwise `null`. */
  readonly preset: CadencePreset | null;
}

/**
 * Writes a checked target out in full, with its nominal length in days.
 *
 * @param target - a checked target.
 * @returns the target as `{ every, unit, days, preset }`.
 */
export function resolveTarget(target: RhythmTarget): ResolvedRhythmTarget {
  const preset = typeof target === 'string' ? target : null;
  const { every, unit } = typeof target === 'string' ? CADENCE_PRESETS[target] : target;
  const days = unit === 'days' ? every : unit === 'weeks' ? 7 * every : every * DAYS_PER_MONTH;
  return { every, unit, days, preset };
}

/**
 * The date one target interval after a date, on the calendar (months clamp to the month's end).
 *
 * @param date - the starting date (checked by the caller).
 * @param target - the resolved target.
 * @returns the later date.
 */
export function addTarget(date: IsoDate, target: ResolvedRhythmTarget): IsoDate {
  return addToIsoDate(date, { [target.unit]: target.every });
}
