import { PeerLearnError, type ErrorPath } from './PeerLearnError.js';

/** The structured details of an {@link InfeasibleRequestError}. */
export interface InfeasibleRequestDetails {
  /** The function that could not do what was asked. */
  readonly fn: string;
  /** The facts that make the request impossible, as plain JSON. */
  readonly facts: Readonly<Record<string, unknown>>;
}

/**
 * Raised when the input is well formed but asks for something that cannot be done.
 *
 * Groups of four from a cohort of three, a pilot grant larger than the whole pot, a session
 * plan with more sessions than days: the values are valid one by one, but together they
 * have no answer. The message says which facts clash and how to relax the request.
 *
 * @example
 * ```ts
 * const error = new InfeasibleRequestError({
 *   fn: 'formGroups',
 *   message: '3 people cannot make groups of 4; lower options.size or add people',
 *   path: ['options', 'size'],
 *   facts: { people: 3, size: 4 },
 * });
 * error.message;
 * // => 'formGroups: 3 people cannot make groups of 4; lower options.size or add people.'
 * ```
 */
export class InfeasibleRequestError extends PeerLearnError<InfeasibleRequestDetails> {
  override readonly name: string = 'InfeasibleRequestError';

  /**
   * @param options - the function's name, what clashes and how to relax it (without a final
   *   full stop), the path of the field to change, and the facts behind it.
   */
  constructor(options: {
    readonly fn: string;
    readonly message: string;
    readonly path?: ErrorPath;
    readonly facts: Readonly<Record<string, unknown>>;
  }) {
    super({
      code: 'infeasible_request',
      message: `${options.fn}: ${options.message}.`,
      path: options.path ?? [],
      details: { fn: options.fn, facts: options.facts },
    });
  }
}
