/**
 * The stable, machine-readable codes that every peerlearn error carries.
 *
 * - `invalid_input`: a value passed in does not have the shape or range the function needs.
 * - `invalid_transition`: a state machine was sent an event that its current state refuses.
 * - `infeasible_request`: the input is well formed, but what it asks for cannot be done
 *   (for example, groups of four from a cohort of three).
 */
export type PeerLearnErrorCode = 'invalid_input' | 'invalid_transition' | 'infeasible_request';

/**
 * Where in the input a problem lies: object keys and array indexes from the argument
 * down to the offending field, such as `['members', 2, 'joined']`.
 */
export type ErrorPath = readonly (string | number)[];

/** What every peerlearn error is built from. */
export interface PeerLearnErrorOptions<Details> {
  /** The stable code a program can branch on. */
  readonly code: PeerLearnErrorCode;
  /** The whole message, starting with the name of the function that raised it. */
  readonly message: string;
  /** The path of the offending field; empty when the problem is the whole argument. */
  readonly path?: ErrorPath;
  /** Structured facts about the problem, for programs (plain JSON). */
  readonly details: Details;
  /** The underlying error, when there is one. */
  readonly cause?: unknown;
}

/** The plain-JSON form of a peerlearn error, as returned by `toJSON()`. */
export interface PeerLearnErrorJson<Details = unknown> {
  /** The error's class name, such as `InvalidInputError`. */
  readonly name: string;
  /** The stable, machine-readable code. */
  readonly code: PeerLearnErrorCode;
  /** The whole message. */
  readonly message: string;
  /** The path of the offending field. */
  readonly path: ErrorPath;
  /** Structured facts about the problem. */
  readonly details: Details;
}

/**
 * The base class of every error that peerlearn raises on purpose.
 *
 * Apps that run peer-learning programmes show these errors to organisers, so each one says
 * which function refused, which field was wrong and what to do about it. Branch on the
 * stable `code` (snake_case) rather than on the message, and prefer
 * {@link isPeerLearnError} over `instanceof`, which fails when two copies of the library
 * are loaded (an ES module and a CommonJS build, say).
 *
 * @example
 * ```ts
 * const error = new PeerLearnError({
 *   code: 'infeasible_request',
 *   message: 'formGroups: 3 people cannot make groups of 4; lower the size.',
 *   details: { people: 3, size: 4 },
 * });
 * error.code;
 * // => 'infeasible_request'
 * ```
 */
export class PeerLearnError<Details = unknown> extends Error {
  /** The class name; subclasses set their own, and {@link isPeerLearnError} checks it. */
  override readonly name: string = 'PeerLearnError';
  /** The stable, machine-readable code. */
  readonly code: PeerLearnErrorCode;
  /** The path of the offending field; empty when the problem is the whole argument. */
  readonly path: ErrorPath;
  /** Structured facts about the problem, as plain JSON. */
  readonly details: Details;

  /**
   * @param options - the code, message, path, details and optional cause.
   */
  constructor(options: PeerLearnErrorOptions<Details>) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.path = Object.freeze([...(options.path ?? [])]);
    this.details = options.details;
  }

  /**
   * The error as plain JSON, so an app can log it or send it to a client.
   *
   * @returns the name, code, message, path and details.
   */
  toJSON(): PeerLearnErrorJson<Details> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      path: this.path,
      details: this.details,
    };
  }
}
