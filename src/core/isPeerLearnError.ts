import type { InfeasibleRequestError } from './InfeasibleRequestError.js';
import type { InvalidInputError } from './InvalidInputError.js';
import type { InvalidTransitionError } from './InvalidTransitionError.js';
import type { PeerLearnError, PeerLearnErrorCode } from './PeerLearnError.js';

/** Which error class each code belongs to, for {@link isPeerLearnError}'s narrowing. */
export interface PeerLearnErrorByCode {
  /** A value did not have the shape or range a function needs. */
  invalid_input: InvalidInputError;
  /** A state machine refused an event in its current state. */
  invalid_transition: InvalidTransitionError;
  /** Well-formed input asked for something that cannot be done. */
  infeasible_request: InfeasibleRequestError;
}

/**
 * The `name` of every peerlearn error class; {@link isPeerLearnError} accepts only these.
 *
 * @example
 * ```ts
 * PEER_LEARN_ERROR_NAMES.includes(new InvalidInputError('parseMember', []).name);
 * // => true
 * PEER_LEARN_ERROR_NAMES.includes(new RangeError('out of range').name);
 * // => false
 * ```
 */
export const PEER_LEARN_ERROR_NAMES: readonly string[] = /* @__PURE__ */ (() =>
  // Frozen: a caller that pushed a name here would change what every other caller accepts.
  Object.freeze([
    'PeerLearnError',
    'InvalidInputError',
    'InvalidTransitionError',
    'InfeasibleRequestError',
  ]))();

/**
 * Tells whether a value is an error raised by peerlearn.
 *
 * It checks the error's `name` and `code` rather than its class, so it still answers
 * correctly when an app loads two copies of the library (an ES module and a CommonJS
 * build, or two bundles), where `instanceof` would say no. Cost: O(1).
 *
 * @param value - anything caught.
 * @returns `true` when the value is a peerlearn error.
 *
 * @example
 * ```ts
 * isPeerLearnError(new InvalidInputError('f', []));
 * // => true
 * isPeerLearnError(new TypeError('x'));
 * // => false
 * ```
 */
export function isPeerLearnError(value: unknown): value is PeerLearnError;
/**
 * Tells whether a value is an error raised by peerlearn with the given code, and narrows
 * its type to that code's class (`'invalid_input'` to {@link InvalidInputError}, …).
 *
 * @param value - anything caught.
 * @param code - the code the error must carry.
 * @returns `true` when the value is a peerlearn error with that code.
 *
 * @example
 * ```ts
 * try {
 *   parseMember({ id: '', displayName: 'Ada' });
 * } catch (error) {
 *   if (isPeerLearnError(error, 'invalid_input')) {
 *     error.issues[0]?.pathText;
 *     // => 'member.id'
 *   }
 * }
 * ```
 */
export function isPeerLearnError<Code extends PeerLearnErrorCode>(
  value: unknown,
  code: Code,
): value is PeerLearnErrorByCode[Code];
export function isPeerLearnError(value: unknown, code?: PeerLearnErrorCode): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { name, code: actual } = value as { name?: unknown; code?: unknown };
  return (
    typeof name === 'string' &&
    PEER_LEARN_ERROR_NAMES.includes(name) &&
    typeof actual === 'string' &&
    (code === undefined || actual === code)
  );
}
