/**
 * Pairing people well: exact maximum-weight matching, buddy pairs across areas, rotations over rounds, groups and mentoring capacity.
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

// -- buddy pairing (pairParticipants)
export { pairParticipants } from './pairParticipants.js';
export type {
  CustomScore,
  HardRule,
  InfeasibleParticipant,
  PairingGroup,
  PairingOptimality,
  PairingResult,
  PairingStability,
  PairingTotals,
  PairParticipantsInput,
  ScoreParts,
  UnmatchedParticipant,
  UnmatchedReason,
} from './pairParticipants.js';
export { Experience, PairingParticipant, PairingRound } from './participant.js';
export type { PairingParticipantInput, PairingRoundInput } from './participant.js';
export { PairingRules } from './pairingRules.js';
export type { PairingRulesInput } from './pairingRules.js';
export { pairingToMermaid } from './pairingToMermaid.js';

// -- exact maximum-weight matching (maxWeightMatching)
export { maxWeightMatching, MaxWeightMatchingOptions } from './maxWeightMatching.js';
export type { MatchingEdge } from './maxWeightMatching.js';

// -- mentoring with capacities (assignMentors)
export { assignMentors } from './assignMentors.js';
export type {
  AssignMentorsInput,
  AssignMentorsResult,
  BlockingPair,
  IdleMentorCase,
  IdleMentorReason,
  MentorAssignment,
  MentorAssignmentSource,
  MentoringBalance,
  MentoringCustomScore,
  MentoringHardRule,
  MentoringMode,
  MentoringScoreParts,
  MentoringStability,
  MentoringTotals,
  MentorLoad,
  WaitlistedMentee,
  WaitlistReason,
} from './assignMentors.js';
export { Mentee } from './mentoring/mentee.js';
export type { MenteeInput } from './mentoring/mentee.js';
export { Mentor } from './mentoring/mentor.js';
export type { MentorInput } from './mentoring/mentor.js';
export { MentoringRules } from './mentoring/mentoringRules.js';
export type { MentoringRulesInput } from './mentoring/mentoringRules.js';

// -- groups and sets over sessions (formGroups)
export { formGroups } from './formGroups.js';
export type {
  FormedGroup,
  FormedSession,
  FormGroupsInput,
  FormGroupsOptimality,
  FormGroupsOptions,
  FormGroupsResult,
  FormGroupsSearchOptions,
  FormGroupsSearchReport,
  FormGroupsTotals,
  GroupAreaCount,
  GroupExperienceMix,
  GroupRepeatPair,
  GroupScoreParts,
  GroupTopicCount,
} from './formGroups.js';
export { GroupingRules, PastGrouping } from './groups/groupingRules.js';
export type { GroupingRulesInput, PastGroupingInput } from './groups/groupingRules.js';
export type { PastGroupMembers } from './groups/groupingRules.js';

// -- rotations over rounds (planRounds)
export { planRounds, RoundAbsence, RoundPause } from './planRounds.js';
export type {
  AwayParticipant,
  ForcedRepeat,
  ForcedRepeatReason,
  PlannedRound,
  PlannedRoundTotals,
  PlanRoundsInput,
  PlanRoundsOptimality,
  PlanRoundsOptions,
  PlanRoundsResult,
  PlanRoundsTotals,
  RotationSummary,
  RoundAbsenceInput,
  RoundPauseInput,
} from './planRounds.js';
export { participantsFromCsv, participantsToCsv } from './participantsCsv.js';
