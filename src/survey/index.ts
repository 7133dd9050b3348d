/**
 * Survey instruments and their scoring: domains, bands, reliability, proportions with intervals and change across sessions.
 *
 * Every subpath of peerlearn also exports the error classes and {@link isPeerLearnError},
 * so code that imports only this module can recognise the errors it raises.
 *
 * @module
 */
export {
  InfeasibleRequestError,
  InvalidInputError,
  InvalidTransitionError,
  isPeerLearnError,
  PeerLearnError,
} from '../core/index.js';
export type { ErrorPath, InputIssue, PeerLearnErrorCode } from '../core/index.js';
