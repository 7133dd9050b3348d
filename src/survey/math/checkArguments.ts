import { InvalidInputError } from '../../core/InvalidInputError.js';
import { describeValue } from '../../core/describeZodIssue.js';

/**
 * Cheap argument checks for the numerical helpers, which sit on hot paths (a quantile
 * evaluates its cdf a dozen times) and so do not go through a zod schema.
 *
 * Each check throws an {@link InvalidInputError} (`invalid_input`) whose path is the
 * argument's name, and otherwise returns the value unchanged.
 */
function refuse(fn: string, name: string, code: string, message: string): never {
  throw new InvalidInputError(fn, [{ path: [name], pathText: name, code, message }]);
}

/**
 * Requires a number that is not NaN (±Infinity is allowed: a cdf is defined there).
 *
 * @param fn - the function doing the check, named in the message.
 * @param name - the argument's name, used as the error path.
 * @param value - the value to check.
 * @returns the value.
 * @throws {@link InvalidInputError} (`invalid_input`) when it is not a number or is NaN.
 */
export function requireNumber(fn: string, name: string, value: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    refuse(fn, name, 'invalid_type', `expected a number, got ${describeValue(value)}`);
  }
  return value;
}

/**
 * Requires a number within [min, max] (NaN refused).
 *
 * @param fn - the function doing the check, named in the message.
 * @param name - the argument's name, used as the error path.
 * @param value - the value to check.
 * @param min - the smallest value allowed.
 * @param max - the largest value allowed.
 * @returns the value.
 * @throws {@link InvalidInputError} (`invalid_input`) when it is NaN or outside the range.
 */
export function requireInRange(
  fn: string,
  name: string,
  value: number,
  min: number,
  max: number,
): number {
  requireNumber(fn, name, value);
  if (value < min) {
    refuse(
      fn,
      name,
      'too_small',
      `must be at least ${String(min)}, got the number ${String(value)}`,
    );
  }
  if (value > max) {
    refuse(fn, name, 'too_big', `must be at most ${String(max)}, got the number ${String(value)}`);
  }
  return value;
}

/**
 * Requires a probability: a number from 0 to 1 inclusive.
 *
 * @param fn - the function doing the check, named in the message.
 * @param name - the argument's name, used as the error path.
 * @param value - the value to check.
 * @returns the value.
 * @throws {@link InvalidInputError} (`invalid_input`) when it is NaN or outside [0, 1].
 */
export function requireProbability(fn: string, name: string, value: number): number {
  return requireInRange(fn, name, value, 0, 1);
}

/**
 * Requires degrees of freedom: a positive number, finite unless `allowInfinity` is set.
 *
 * @param fn - the function doing the check, named in the message.
 * @param name - the argument's name, used as the error path.
 * @param value - the value to check.
 * @param allowInfinity - whether `Infinity` is accepted (the t distribution's limit).
 * @returns the value.
 * @throws {@link InvalidInputError} (`invalid_input`) when it is NaN, not positive, or
 *   infinite where that is not allowed.
 */
export function requireDegreesOfFreedom(
  fn: string,
  name: string,
  value: number,
  allowInfinity = false,
): number {
  requirePositive(fn, name, value);
  if (value === Infinity && !allowInfinity) {
    refuse(fn, name, 'too_big', 'must be finite, got Infinity');
  }
  return value;
}

/**
 * Requires a positive number (finite or Infinity).
 *
 * @param fn - the function doing the check, named in the message.
 * @param name - the argument's name, used as the error path.
 * @param value - the value to check.
 * @returns the value.
 * @throws {@link InvalidInputError} (`invalid_input`) when it is NaN or not positive.
 */
export function requirePositive(fn: string, name: string, value: number): number {
  requireNumber(fn, name, value);
  if (!(value > 0)) {
    refuse(fn, name, 'too_small', `must be greater than 0, got the number ${String(value)}`);
  }
  return value;
}
