/**
 * For the `hostile input` regression tests beside each module's tests: the refusal a
 * function gives, checked to be a PeerLearnError naming the function, with a path.
 */
import { expect } from 'vitest';
import { isPeerLearnError, type InvalidInputError } from '../../src/index.js';

/**
 * Runs a call that must be refused with `invalid_input`, and returns the error.
 *
 * @param run - the call.
 * @param fn - the function the message must start with.
 * @param pathText - the path of the first problem, when the test names one.
 */
export function expectRefusal(
  run: () => unknown,
  fn: string,
  pathText?: string,
): InvalidInputError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, `${fn} should refuse the input`).toBeDefined();
  if (!isPeerLearnError(caught, 'invalid_input')) {
    throw new Error(`expected an invalid_input error from ${fn}, got ${String(caught)}`);
  }
  expect(caught.message.startsWith(`${fn}:`), caught.message).toBe(true);
  expect(Array.isArray(caught.path)).toBe(true);
  if (pathText !== undefined) expect(caught.issues[0]?.pathText).toBe(pathText);
  return caught;
}
