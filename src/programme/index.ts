/**
 * Learning programmes: clusters and their session plans, evaluation across sessions, pilot grants, learning alliances and exchanges.
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

// -- sessions: planning and iCalendar (planSessions, toICalendar)
export { planSessions } from './planSessions.js';
export type { SessionPlan } from './planSessions.js';
export { toICalendar, ToICalendarOptions } from './toICalendar.js';
export { checkCadence, CadenceRequirement, DateRange } from './sessions/cadence.js';
export type { CadenceCheck } from './sessions/cadence.js';
export { Blackout, PlanSessionsOptions, TimeZoneName, WallClockTime } from './sessions/options.js';
export { SessionPattern } from './sessions/pattern.js';
export {
  DroppedSession,
  PlannedSession,
  SessionChangeReason,
  SessionMove,
} from './sessions/session.js';

// -- evaluation over sessions and roll-ups (evaluationTrend, rollUpCounts)
export { evaluationTrend, EvaluatedSession, EvaluationTrendOptions } from './evaluationTrend.js';
export type {
  ClusterEvaluation,
  ClusterShareEnd,
  ClusterSpread,
  EvaluationCounts,
  EvaluationTrendResult,
  NamedRate,
  SessionEvaluation,
} from './evaluationTrend.js';
export { EvaluationMeasure } from './evaluation/measures.js';
export type { ResolvedMeasure } from './evaluation/measures.js';
export type { GroupShare } from './evaluation/share.js';
export type { MeasureTrend, OmittedSession, ShareChange } from './evaluation/trend.js';
export { rollUpCounts, RollUpCountsOptions } from './rollUpCounts.js';
export type { RolledShare, RollUpNode, RollUpResult } from './rollUpCounts.js';
export { HierarchyNode, NodeId, RollUpRecord, RollUpShare } from './rollups/hierarchy.js';
export type { RollUpLevel } from './rollups/hierarchy.js';

// -- learning clusters and pilot grants (assessPilotGrant)
export {
  LearningCluster,
  parseLearningCluster,
  safeParseLearningCluster,
} from './learningCluster.js';
export type { LearningClusterInput } from './learningCluster.js';
export { ClusterSession, ClusterSpeaker } from './clusters/session.js';
export type { ClusterSessionInput, ClusterSpeakerInput } from './clusters/session.js';
export { ClusterBuddyRound } from './clusters/buddyRound.js';
export type { ClusterBuddyRoundInput } from './clusters/buddyRound.js';
export { clusterTimeline } from './clusters/clusterTimeline.js';
export type {
  ClusterNextSession,
  ClusterTimeline,
  ClusterTimelineEntry,
  ClusterTimelineKind,
  ClusterTimelineOptions,
  ClusterTimelineSummary,
  ClusterYearCheck,
} from './clusters/clusterTimeline.js';
export { planClusterBuddies } from './clusters/planClusterBuddies.js';
export type {
  PlanClusterBuddiesOptions,
  PlanClusterBuddiesResult,
  SkippedClusterSession,
} from './clusters/planClusterBuddies.js';

export { assessPilotGrant } from './assessPilotGrant.js';
export type { PilotGrantCheck, PilotGrantDecision, PilotGrantRule } from './assessPilotGrant.js';
export { ClusterPilotGrant, PilotGrantApplication, PilotGrantAward } from './grants/application.js';
export type {
  ClusterPilotGrantInput,
  PilotGrantApplicationInput,
  PilotGrantAwardInput,
} from './grants/application.js';
export { pilotGrantRulesFor, PilotGrantRules } from './grants/rules.js';
export type { PilotGrantRulesInput } from './grants/rules.js';
export { summarisePilotGrants } from './grants/summarisePilotGrants.js';
export type {
  PilotGrantAreaSummary,
  PilotGrantPayment,
  PilotGrantPortfolio,
  SummarisePilotGrantsOptions,
} from './grants/summarisePilotGrants.js';

// -- learning alliances and peer-learning activities (allianceProgress, PEER_LEARNING_ACTIVITIES)
export {
  ALLIANCE_FEATURES,
  AllianceFeature,
  AllianceFeatureId,
  AllianceItemId,
  FIRST_YEAR_TARGETS,
  FirstYearTarget,
  FirstYearTargetId,
} from './alliances/catalogue.js';
export {
  AllianceEvidence,
  AllianceLead,
  AllianceOrganisation,
  EvidenceWeight,
  LearningAlliance,
} from './alliances/model.js';
export type { AllianceEvidenceInput, LearningAllianceInput } from './alliances/model.js';
export type {
  AllianceItemKind,
  AllianceItemReport,
  AllianceNextStep,
  AllianceStatus,
  CountedEvidence,
  EvidenceSource,
} from './alliances/status.js';
export { allianceProgress, AllianceProgressOptions } from './allianceProgress.js';
export type { AllianceProgressResult, AllianceShare, OverdueTarget } from './allianceProgress.js';
export {
  ActivityMode,
  LearningRoute,
  PEER_LEARNING_ACTIVITIES,
  PeerLearningActivity,
  PeerLearningActivityId,
} from './peerLearningActivities.js';
export { planLearningRoutes, PlanLearningRoutesOptions } from './planLearningRoutes.js';
export type {
  LearningRoutePlan,
  LearningRouteStep,
  OmittedActivity,
} from './planLearningRoutes.js';

// -- who learned what from whom (learningExchangeReport)
export {
  ExchangePerson,
  LearningExchange,
  LearningExchanges,
  parseLearningExchanges,
  safeParseLearningExchanges,
} from './exchanges/model.js';
export { learningExchangeReport } from './learningExchangeReport.js';
export type {
  ExchangeActivitySummary,
  ExchangeBridging,
  ExchangeBroker,
  ExchangeFlow,
  ExchangeLink,
  ExchangeNetwork,
  ExchangePeriod,
  ExchangePersonSummary,
  ExchangeReciprocity,
  ExchangeRole,
  ExchangeTopicSummary,
  LearningExchangeReport,
  LearningExchangeReportOptions,
  ReciprocatedPair,
} from './learningExchangeReport.js';
export { exchangeNetworkToMermaid } from './exchangeNetworkToMermaid.js';
