import { z } from 'zod';
import { IsoDateTime } from '../core/isoDate.js';

/**
 * One answer as a response records it: a number (scale items), an option value (ordinal
 * and single-choice items), `true`/`false` or `'yes'`/`'no'` (yes/no items), a list of
 * option values (multiple-choice items), free text, or `null` for no answer.
 *
 * @example
 * ```ts
 * [4, 'excellent', true, ['networking', 'buddying'], null].every(
 *   (answer) => Answer.safeParse(answer).success,
 * );
 * // => true
 * Answer.safeParse({ score: 4 }).success;
 * // => false
 * ```
 */
export const Answer = /* @__PURE__ */ (() =>
  z.union([z.number(), z.string(), z.boolean(), z.array(z.string()), z.null()]))();
/** One answer as a response records it. */
export type Answer = z.infer<typeof Answer>;

/**
 * A value a response carries about its context, used to group results.
 *
 * @example
 * ```ts
 * FieldValue.safeParse('housing').success;
 * // => true
 * FieldValue.safeParse(2).success; // a session number
 * // => true
 * FieldValue.safeParse(['housing', 'health']).success; // one value per field
 * // => false
 * ```
 */
export const FieldValue = /* @__PURE__ */ (() =>
  z.union([z.string(), z.number(), z.boolean(), z.null()]))();
/** A value a response carries about its context. */
export type FieldValue = z.infer<typeof FieldValue>;

/**
 * One person's completed survey: their answers keyed by item id, and context fields (the
 * cluster, the session, their role) that results can be grouped by.
 *
 * @example
 * ```ts
 * SurveyResponse.parse({
 *   id: 'r-001',
 *   respondent: 'p-17',
 *   submittedAt: '2026-03-05T16:40:00Z',
 *   answers: { overall: 'excellent', mostUseful: ['networking', 'buddying'], comments: null },
 *   fields: { cluster: 'housing', session: 1 },
 * }).answers['overall'];
 * // => 'excellent'
 * ```
 */
export const SurveyResponse = /* @__PURE__ */ (() =>
  z.strictObject({
    /** This submission's identifier, unique among the responses scored together. */
    id: z.string().min(1),
    /** Who submitted it, when known; two submissions by one respondent are duplicates. */
    respondent: z.string().min(1).optional(),
    /** When it was submitted; decides which duplicate is the latest. */
    submittedAt: IsoDateTime.optional(),
    /** The answers, keyed by item id; a missing key or `null` is no answer. */
    answers: z.record(z.string(), Answer),
    /** Context to group results by, such as `{ cluster: 'housing', session: 2 }`. */
    fields: z.record(z.string(), FieldValue).default({}),
  }))();
/** One person's completed survey (the parsed form: `fields` always present). */
export type SurveyResponse = z.output<typeof SurveyResponse>;
/** One person's completed survey as an app writes it. */
export type SurveyResponseInput = z.input<typeof SurveyResponse>;

/**
 * The fast check of a response's shape that scoring runs on every response; it accepts
 * exactly what {@link SurveyResponse} accepts (a property test holds them together), and
 * zod is consulted only to word the problems of a response that fails it. With
 * `checkAnswers: false` the answer values are left to the item readers.
 */
export function hasResponseShape(
  value: unknown,
  options: { readonly checkAnswers?: boolean } = {},
): value is SurveyResponseInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key of Object.keys(value)) {
    if (
      key !== 'id' &&
      key !== 'respondent' &&
      key !== 'submittedAt' &&
      key !== 'answers' &&
      key !== 'fields'
    )
      return false;
  }
  const { id, respondent, submittedAt, answers, fields } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0) return false;
  if (respondent !== undefined && (typeof respondent !== 'string' || respondent.length === 0))
    return false;
  if (submittedAt !== undefined && !IsoDateTime.safeParse(submittedAt).success) return false;
  if (!isRecord(answers)) return false;
  // Scoring passes checkAnswers: false: each item's reader checks its own answer more
  // closely than the Answer union does, so the values need not be walked twice.
  if (options.checkAnswers !== false) {
    for (const answer of Object.values(answers)) {
      if (!isAnswer(answer)) return false;
    }
  }
  if (fields !== undefined) {
    if (!isRecord(fields)) return false;
    for (const field of Object.values(fields)) {
      if (!(
        field === null ||
        typeof field === 'string' ||
        typeof field === 'boolean' ||
        isFiniteNumber(field)
      ))
        return false;
    }
  }
  return true;
}

function isAnswer(answer: unknown): boolean {
  if (answer === null || typeof answer === 'string' || typeof answer === 'boolean') return true;
  if (typeof answer === 'number') return Number.isFinite(answer);
  if (!Array.isArray(answer)) return false;
  // A for loop, not every(): a hole in a sparse array is not a string.
  for (let i = 0; i < answer.length; i += 1) {
    if (typeof answer[i] !== 'string') return false;
  }
  return true;
}

function isFiniteNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}

/** What zod's `z.record(z.string(), …)` takes: a plain object (or null prototype) with no symbol keys. */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.getOwnPropertySymbols(value).length === 0;
}
