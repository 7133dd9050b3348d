import type { z } from 'zod';
import { parseWith, type ValidationContext } from '../../core/validation.js';

/**
 * {@link parseWith} with zod's fast path first: a per-parse error map makes zod several
 * times slower, so valid input (the usual case) is parsed without one, and only invalid
 * input is parsed again to word its problems.
 *
 * @param schema - the zod schema.
 * @param input - the untrusted value.
 * @param context - the function's name and the argument's name, for the messages.
 * @returns the parsed data.
 * @throws {@link InvalidInputError} (`invalid_input`) listing every problem.
 */
export function checkWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context: ValidationContext,
): z.output<S> {
  const quick = schema.safeParse(input);
  return quick.success ? quick.data : parseWith(schema, input, context);
}
