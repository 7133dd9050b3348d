/**
 * Action learning sets as typed state machines: the meeting protocol, the set's lifecycle, airtime, questions and actions.
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
export { classifyQuestion, QUESTION_CUES, QUESTION_MAX_LENGTH } from './classifyQuestion.js';
export type { QuestionClassification, QuestionCues, QuestionKind } from './classifyQuestion.js';
