/**
 * The kernel every peerlearn module shares: errors, validation, seeded randomness,
 * calendar dates and the member model. Re-exported by the package root.
 *
 * @module
 */
export { PeerLearnError } from './PeerLearnError.js';
export type {
  ErrorPath,
  PeerLearnErrorCode,
  PeerLearnErrorJson,
  PeerLearnErrorOptions,
} from './PeerLearnError.js';
export { InvalidInputError } from './InvalidInputError.js';
export type { InputIssue, InvalidInputDetails } from './InvalidInputError.js';
export { InvalidTransitionError } from './InvalidTransitionError.js';
export type { InvalidTransitionDetails } from './InvalidTransitionError.js';
export { InfeasibleRequestError } from './InfeasibleRequestError.js';
export type { InfeasibleRequestDetails } from './InfeasibleRequestError.js';
export { isPeerLearnError, PEER_LEARN_ERROR_NAMES } from './isPeerLearnError.js';
export type { PeerLearnErrorByCode } from './isPeerLearnError.js';
export { deepFreeze } from './deepFreeze.js';
export { formatPath } from './formatPath.js';
export { toInvalidInputError } from './validation.js';
export type { SafeParseResult, ValidationContext } from './validation.js';
export { createRandom, restoreRandom, RandomState, Seed } from './random.js';
export type { SeededRandom } from './random.js';
export { shuffle } from './shuffle.js';
export {
  addToIsoDate,
  CalendarDuration,
  compareIsoDates,
  compareIsoDateTimes,
  countDaysBetween,
  findNextWeekday,
  findWeekdayInMonth,
  getIsoWeekday,
  IsoDate,
  IsoDateTime,
  IsoWeekday,
  isIsoDate,
  parseIsoDate,
} from './isoDate.js';
export {
  Member,
  Members,
  parseMember,
  parseMembers,
  safeParseMember,
  safeParseMembers,
} from './member.js';
export type { MemberInput } from './member.js';
export { parseCsv, toCsv } from './csv.js';
export type { CsvTable, ParseCsvOptions } from './csv.js';
