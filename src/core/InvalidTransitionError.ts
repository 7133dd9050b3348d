import { PeerLearnError } from './PeerLearnError.js';

/** The structured details of an {@link InvalidTransitionError}. */
export interface InvalidTransitionDetails {
  /** The machine that refused the event, such as `meetingMachine`. */
  readonly machine: string;
  /** The state the machine was in. */
  readonly state: string;
  /** The type of the refused event. */
  readonly event: string;
  /** Why the event was refused, in plain words. */
  readonly reason: string;
  /** The event types the machine would accept in this state. */
  readonly allowed: readonly string[];
}

/**
 * Raised when a state machine is sent an event its current state does not allow.
 *
 * An action learning meeting, for instance, cannot move to reflection before anyone has
 * presented. The error names the state, the refused event, the reason, and the events that
 * are allowed now, so an app can offer the right buttons instead.
 *
 * @example
 * ```ts
 * const error = new InvalidTransitionError({
 *   machine: 'meetingMachine',
 *   state: 'bidding',
 *   event: 'REFLECT',
 *   reason: 'nobody has presented yet',
 *   allowed: ['BID', 'START_PRESENTING'],
 * });
 * error.message;
 * // => 'meetingMachine: cannot apply "REFLECT" in state "bidding": nobody has presented yet. Allowed now: BID, START_PRESENTING.'
 * ```
 */
export class InvalidTransitionError extends PeerLearnError<InvalidTransitionDetails> {
  override readonly name: string = 'InvalidTransitionError';

  /**
   * @param details - the machine, state, refused event, reason and allowed events.
   */
  constructor(details: InvalidTransitionDetails) {
    const allowed =
      details.allowed.length === 0
        ? 'No event is allowed now.'
        : `Allowed now: ${details.allowed.join(', ')}.`;
    super({
      code: 'invalid_transition',
      message: `${details.machine}: cannot apply "${details.event}" in state "${details.state}": ${details.reason}. ${allowed}`,
      path: ['event', 'type'],
      details: { ...details, allowed: Object.freeze([...details.allowed]) },
    });
  }
}
