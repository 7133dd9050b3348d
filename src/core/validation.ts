import type { z } from 'zod';
import { describeZodIssue } from './describeZodIssue.js';
import { formatPath } from './formatPath.js';
import { InvalidInputError, type InputIssue } from './InvalidInputError.js';

/** Where a validation happens: the function's name and the argument's name. */
export interface ValidationContext {
  /** The public function doing the validating, named first in every message. */
  readonly fn: string;
  /** The argument's name, written at the start of each path (`members[2].id`). */
  readonly root?: string;
}

/**
 * The outcome of a non-throwing parse: the data, or the error a throwing parse would raise.
 */
export type SafeParseResult<T> =
  | {
      /** The input was valid. */
      readonly success: true;
      /** The parsed data. */
      readonly data: T;
    }
  | {
      /** The input was not valid. */
      readonly success: false;
      /** The error a throwing parse would have raised, with every problem. */
      readonly error: InvalidInputError;
    };

/**
 * Turns a failed zod parse into an {@link InvalidInputError} that keeps every issue.
 *
 * Use it where an app validates with its own zod schema (perhaps one that extends a
 * peerlearn model) and wants errors shaped like the library's: each issue keeps its code
 * and message and gains a readable path. Symbol keys are written as their description.
 * Cost: O(total length of the issues' paths).
 *
 * @param error - the `ZodError` from `schema.safeParse(…)`.
 * @param context - the function's name and, optionally, the argument's name.
 * @returns the error, ready to throw.
 * @throws {@link InvalidInputError} (`invalid_input`) when `error` is not a zod error (an
 *   object with a list of issues, each with a path, a code and a message) or `context.fn`
 *   is not a string.
 *
 * @example
 * ```ts
 * const result = Member.safeParse({ id: 'm1' });
 * if (!result.success) {
 *   toInvalidInputError(result.error, { fn: 'importMembers', root: 'row' }).issues[0]?.pathText;
 *   // => 'row.displayName'
 * }
 * ```
 */
export function toInvalidInputError(
  error: z.ZodError,
  context: ValidationContext,
): InvalidInputError {
  checkConversion(error, context);
  const issues = error.issues.map((issue): InputIssue => {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    return {
      path,
      pathText: formatPath(path, context.root),
      code: issue.code,
      message: issue.message,
    };
  });
  return new InvalidInputError(context.fn, issues, { cause: error });
}

/** Whether a value looks like one of zod's issues: a path of keys, a code and a message. */
function isIssueLike(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { path, code, message } = value as { path?: unknown; code?: unknown; message?: unknown };
  return (
    Array.isArray(path) &&
    path.every((key) => ['string', 'number', 'symbol'].includes(typeof key)) &&
    typeof code === 'string' &&
    typeof message === 'string'
  );
}

/** Refuses what {@link toInvalidInputError} cannot convert, naming the argument at fault. */
function checkConversion(error: unknown, context: unknown): void {
  const fn = 'toInvalidInputError';
  const issues = (error as { issues?: unknown } | null | undefined)?.issues;
  if (!Array.isArray(issues) || !issues.every(isIssueLike)) {
    throw new InvalidInputError(fn, [
      {
        path: [],
        pathText: 'error',
        code: 'invalid_type',
        message: 'expected a ZodError, the error of a failed schema.safeParse(…)',
      },
    ]);
  }
  const { fn: name, root } = (context ?? {}) as { fn?: unknown; root?: unknown };
  if (typeof name !== 'string' || (root !== undefined && typeof root !== 'string')) {
    throw new InvalidInputError(fn, [
      {
        path: typeof name === 'string' ? ['root'] : ['fn'],
        pathText: typeof name === 'string' ? 'context.root' : 'context.fn',
        code: 'invalid_type',
        message: 'expected a string',
      },
    ]);
  }
}

/**
 * Validates untrusted input against a schema, returning the parsed data or the error.
 *
 * @param schema - the zod schema.
 * @param input - the untrusted value.
 * @param context - the function's name and the argument's name, for the messages.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context: ValidationContext,
): SafeParseResult<z.output<S>> {
  const result = schema.safeParse(input, { error: describeZodIssue });
  return result.success
    ? { success: true, data: result.data }
    : { success: false, error: toInvalidInputError(result.error, context) };
}

/**
 * Validates untrusted input against a schema, returning the parsed data or throwing.
 *
 * @param schema - the zod schema.
 * @param input - the untrusted value.
 * @param context - the function's name and the argument's name, for the messages.
 * @returns the parsed data.
 * @throws {@link InvalidInputError} (`invalid_input`) listing every problem.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context: ValidationContext,
): z.output<S> {
  const result = safeParseWith(schema, input, context);
  if (!result.success) throw result.error;
  return result.data;
}
