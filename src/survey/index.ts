/**
 * Survey instruments and their scoring: domains, bands, reliability, proportions with
 * intervals and change across sessions.
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

// -- proportions and change (wilsonInterval, compareProportions, proportionTrend, comparePaired, …)
export { wilsonInterval, WilsonIntervalOptions } from './wilsonInterval.js';
export { tCdf, tQuantile, tSurvival } from './math/studentT.js';
export type { WilsonInterval } from './wilsonInterval.js';
export {
  compareProportions,
  CompareProportionsOptions,
  ProportionCount,
} from './compareProportions.js';
export type {
  CohensH,
  CompareProportionsResult,
  ProportionDifference,
  TwoProportionZTest,
} from './compareProportions.js';
export {
  proportionTrend,
  ProportionTrendGroup,
  ProportionTrendOptions,
} from './proportionTrend.js';
export type {
  CochranArmitageTest,
  EqualProportionsTest,
  ProportionChange,
  ProportionTrendGroupResult,
  ProportionTrendResult,
} from './proportionTrend.js';
export { comparePaired, ComparePairedOptions } from './comparePaired.js';
export type {
  CohensDz,
  ComparePairedResult,
  PairAccount,
  PairedTTest,
  SignedRankTest,
} from './comparePaired.js';
export {
  comparePairedProportions,
  ComparePairedProportionsOptions,
} from './comparePairedProportions.js';
export type {
  ComparePairedProportionsResult,
  ExactMcNemarTest,
  McNemarTest,
  PairedShare,
  PairedTable,
} from './comparePairedProportions.js';
export type { EffectMagnitude } from './math/effectSize.js';

// -- reliability (cronbachAlpha)
export { cronbachAlpha } from './cronbachAlpha.js';
export type {
  AlphaCoefficients,
  AlphaCounts,
  AlphaInterval,
  AlphaReversal,
  CronbachAlphaItem,
  CronbachAlphaOptions,
  CronbachAlphaResult,
  CronbachAlphaWarning,
  CronbachAlphaWarningCode,
  ResponseShare,
} from './cronbachAlpha.js';

// -- instruments, scoring and summaries
export { defineInstrument, safeParseInstrument } from './instrument/defineInstrument.js';
export { Instrument } from './instrument/instrument.js';
export type { InstrumentInput } from './instrument/instrument.js';
export {
  ChoiceOption,
  Identifier,
  Item,
  LikertItem,
  MultipleChoiceItem,
  OrdinalItem,
  ScoredOption,
  SingleChoiceItem,
  TextItem,
  YesNoItem,
} from './instrument/items.js';
export type { ScoredItem } from './instrument/items.js';
export { Band, BandClosure, Domain, MinimumAnswered } from './instrument/domain.js';
export type { DomainInput } from './instrument/domain.js';
export type { BandPlacement } from './instrument/bands.js';
export { SOCIAL_CLIMATE_SURVEY } from './builtins/socialClimateSurvey.js';
export { SESSION_EVALUATION_FORM } from './builtins/sessionEvaluationForm.js';
export { Answer, FieldValue, SurveyResponse } from './response.js';
export type { SurveyResponseInput } from './response.js';
export { scoreResponses, ScoreResponsesOptions } from './scoreResponses.js';
export type {
  DomainScore,
  DuplicateSubmissions,
  ExcludedResponse,
  ExclusionCode,
  ExclusionReason,
  ScoredResponse,
  ScoringResult,
} from './scoreResponses.js';
export { summariseScores, SummariseScoresOptions } from './summariseScores.js';
export type {
  Distribution,
  DomainSummary,
  GroupSummary,
  ItemSummary,
  OptionCount,
  ScoreSummary,
  Share,
} from './summariseScores.js';
export { chartBandShares } from './charts/chartBandShares.js';
export type { JsonValue, VegaLiteSpec } from './charts/vegaLite.js';
export { reliability, ReliabilityOptions } from './reliability.js';
export type { DomainReliability, ReliabilityResult } from './reliability.js';
export { chartProportionTrend } from './charts/chartProportionTrend.js';
export type { ChartProportionTrendOptions } from './charts/chartProportionTrend.js';
export type {
  BandShare,
  Bounds,
  BoxShare,
  Denominators,
  MeanInterval,
  SummarisedInstrument,
} from './summariseScores.js';
export type { Imputation, ScoringCounts, SubmissionRef } from './scoreResponses.js';
export type { AnswerProblemCode } from './scoring/readAnswer.js';
export { responsesFromCsv, responsesToCsv } from './responsesCsv.js';
