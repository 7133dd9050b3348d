/**
 * Action learning sets as typed state machines: the meeting protocol, the set's lifecycle, airtime, questions and actions.
 *
 * Every subpath of peerlearn also exports the error classes and {@link isPeerLearnError},
 * so code that imports only this module can recognise the errors it raises.
 *
 * @module
 */
// Straight from each file rather than through core's index, so that a bundler never has to
// look at (and keep) core modules this subpath does not use.
export { InfeasibleRequestError } from '../core/InfeasibleRequestError.js';
export { InvalidInputError } from '../core/InvalidInputError.js';
export type { InputIssue } from '../core/InvalidInputError.js';
export { InvalidTransitionError } from '../core/InvalidTransitionError.js';
export { isPeerLearnError } from '../core/isPeerLearnError.js';
export { PeerLearnError } from '../core/PeerLearnError.js';
export type { ErrorPath, PeerLearnErrorCode } from '../core/PeerLearnError.js';
export { classifyQuestion, QUESTION_CUES, QUESTION_MAX_LENGTH } from './classifyQuestion.js';
export type { QuestionClassification, QuestionCues, QuestionKind } from './classifyQuestion.js';

// -- the machine kernel
export { defineMachine } from './machine/defineMachine.js';
export type {
  EventInputOf,
  EventOf,
  EventSchemas,
  ListItem,
  ListKeys,
  Machine,
  MachineDefinition,
  MachineEdge,
  MachineEvent,
  MachineEvents,
  MachineState,
  TransitionDefinition,
} from './machine/types.js';

// -- meetings (meetingMachine) and sets (setMachine)
export { meetingMachine } from './meeting/meetingMachine.js';
export type { MeetingMachine } from './meeting/meetingMachine.js';
export {
  MeetingAction,
  MeetingContextSchema,
  MeetingEvent,
  MeetingSetup,
} from './meeting/meetingModel.js';
export type {
  ActionOutcome,
  MeetingContext,
  MeetingEventInput,
  MeetingQuestion,
  MeetingSetupInput,
  MeetingSlot,
  MeetingStage,
  MeetingState,
  SlotStage,
} from './meeting/meetingModel.js';
export { setMachine } from './set/setMachine.js';
export type { SetMachine } from './set/setMachine.js';
export { Cadence, SetContextSchema, SetEvent, SetSetup } from './set/setModel.js';
export type {
  SetContext,
  SetEventInput,
  SetSetupInput,
  SetStage,
  SetState,
} from './set/setModel.js';
export { DEFAULT_GROUND_RULES, GroundRule } from './groundRules.js';

// -- airtime and reports
export { allocateAirtime, AirtimeBid, AirtimePolicy } from './allocateAirtime.js';
export type {
  AirtimeAllocation,
  AirtimeBidInput,
  AirtimePolicyKind,
  AirtimeShare,
} from './allocateAirtime.js';
export { meetingReport } from './meetingReport.js';
export type {
  CycleStep,
  MeetingSummary,
  MemberSummary,
  OutcomeCounts,
  PresenterSummary,
  QuestionCounts,
  SetReport,
} from './meetingReport.js';
export { machineEvent } from './machine/machineEvent.js';
