/**
 * Communities of practice: the seven design principles as a health check, participation levels and the rhythm of meetings.
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

// -- the seven design principles and the self-assessment (assessCommunity)
export { chartPrinciples } from './chartPrinciples.js';
export type { ChartPrinciplesOptions, LabelledAssessment } from './chartPrinciples.js';
export { DESIGN_PRINCIPLES, DesignPrinciple, PrincipleId } from './designPrinciples.js';
export { COP_SELF_ASSESSMENT } from './copSelfAssessment.js';
export { assessCommunity, AssessCommunityOptions } from './assessCommunity.js';
export type {
  Agreement,
  AgreementLevel,
  AssessmentCounts,
  CommunityAssessment,
  ItemMean,
  MemberScores,
  PrincipleAssessment,
  PrincipleHighlight,
  PrincipleInterval,
  PrincipleSuggestion,
} from './assessCommunity.js';
export { compareAssessments, CompareAssessmentsOptions } from './assessment/compareAssessments.js';
export type {
  AssessmentComparison,
  ChangeSide,
  ChangeTest,
  MembersAccount,
  PrincipleChange,
} from './assessment/compareAssessments.js';

// -- levels of participation, outside voices, public and private spaces
export {
  ActivityRecord,
  classifyParticipation,
  ParticipationLevel,
} from './classifyParticipation.js';
export type {
  ActivityTally,
  ClassifyParticipationOptions,
  KindInUse,
  LevelMove,
  LevelShare,
  MemberRef,
  MemberParticipation,
  ParticipationMovement,
  ParticipationResult,
  ParticipationThresholds,
  ParticipationWindow,
  ParticipationWindows,
  RouteIn,
  WaysToTakePart,
  WaysVerdict,
} from './classifyParticipation.js';
export { analyseOutsideVoices, CommunitySession } from './analyseOutsideVoices.js';
export type {
  AnalyseOutsideVoicesOptions,
  OutsideContributor,
  OutsideVoicesResult,
  OutsideVoicesVerdict,
  SessionVoices,
} from './analyseOutsideVoices.js';
export { CommunitySpace, inventorySpaces } from './inventorySpaces.js';
export type {
  InventorySpacesOptions,
  SpaceKindStatus,
  SpaceKindSummary,
  SpacesInventory,
  SpacesVerdict,
  SpaceUse,
} from './inventorySpaces.js';

// -- rhythm of meetings and stages of development
export { analyseRhythm, AnalyseRhythmOptions } from './analyseRhythm.js';
export type {
  DuplicateMeetingDate,
  NextMeetingSuggestion,
  RhythmAnalysis,
  RhythmInterval,
  RhythmRegularity,
} from './analyseRhythm.js';
export { RhythmTarget } from './rhythm/target.js';
export type { CadencePreset, ResolvedRhythmTarget } from './rhythm/target.js';
export type { RhythmCheck, RhythmThresholds, RhythmVerdict } from './rhythm/verdict.js';
export { COMMUNITY_STAGES, CommunityStageId } from './communityStages.js';
export type { CommunityStage, StageSign } from './communityStages.js';
export { estimateStage, ObservedStageSigns, STAGE_CONFIDENCE_LIMITS } from './estimateStage.js';
export type {
  StageConfidence,
  StageConfidenceLimit,
  StageConfidenceLimits,
  StageEstimate,
  StageEvidence,
} from './estimateStage.js';

// -- value creation
export { VALUE_CYCLES, ValueCycleId } from './valueCycles.js';
export type { ValueCycle } from './valueCycles.js';
export {
  EvidenceIndicator,
  KnowledgeCapital,
  parseValueStories,
  PotentialValueEvidence,
  safeParseValueStories,
  ValueEvidence,
  ValueIndicator,
  ValueStories,
  ValueStory,
} from './valueStory.js';
export type { ValueStoryInput } from './valueStory.js';
export { analyseValueCreation } from './analyseValueCreation.js';
export type {
  AnalyseValueCreationOptions,
  ValueChain,
  ValueChainBreak,
  ValueCreationFocus,
  ValueCreationResult,
  ValueCycleCoverage,
  ValueIndicatorSummary,
} from './analyseValueCreation.js';
