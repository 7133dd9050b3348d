/**
 * The fuzz entry of every public function: how it is called, what it returns, and any
 * valid inputs beyond those the documentation examples provide (see seeds.ts).
 *
 * inventory.test.ts fails when a runtime export (or a machine method) has no entry here,
 * so a new export cannot escape the fuzz suite: add an entry, and it is fuzzed.
 */
import * as actionLearning from '../../src/action-learning/index.js';
import * as root from '../../src/index.js';
import * as pairing from '../../src/pairing/index.js';
import * as practice from '../../src/practice/index.js';
import * as programme from '../../src/programme/index.js';
import * as survey from '../../src/survey/index.js';
import { isMachine, MACHINE_METHODS } from '../helpers/machines.js';

/** The domains; suite.ts fuzzes each (two to a test file). */
export type Domain = 'core' | 'survey' | 'pairing' | 'action-learning' | 'practice' | 'programme';

/** What an entry says about a function beyond its name. */
export interface Entry {
  /** Whether it is a class (an error class), called with `new`. */
  readonly construct?: boolean;
  /** `false` when the result is not plain JSON by design (machines, errors, the caller's items). */
  readonly json?: boolean;
  /** Valid argument lists to add to those recorded from the documentation. */
  readonly seeds?: readonly (readonly unknown[])[];
  /** What a result must be, beyond plain JSON (or instead of it, with `json: false`). */
  readonly result?: (result: unknown) => string | undefined;
  /** Runs per property; the default suits a function that answers in about a millisecond. */
  readonly numRuns?: number;
  /** What its error messages may start with, when that is not just the function's name. */
  readonly messagePrefixes?: readonly string[];
  /** Why the entry is special, for the reader. */
  readonly note?: string;
}

const member = { id: 'm1', displayName: 'Ama' };

/** A probability: a number in [0, 1]. */
const probability = (value: unknown): string | undefined =>
  typeof value === 'number' && value >= 0 && value <= 1
    ? undefined
    : `returned ${String(value)}, not a probability`;

/** A quantile: any number but NaN (±Infinity at 0 and 1, and for df near 0). */
const quantile = (value: unknown): string | undefined =>
  typeof value === 'number' && !Number.isNaN(value) ? undefined : `returned ${String(value)}`;

/**
 * Every public function. Machine methods are listed as `machine.method`. Constants and zod
 * schemas are not functions; inventory.test.ts checks the constants are frozen.
 */
export const ENTRIES: Readonly<Record<string, Entry>> = {
  // -- core
  InfeasibleRequestError: { construct: true, json: false },
  InvalidInputError: { construct: true, json: false },
  InvalidTransitionError: { construct: true, json: false },
  PeerLearnError: { construct: true, json: false },
  isPeerLearnError: {},
  deepFreeze: { json: false, note: 'returns its argument, frozen' },
  formatPath: {},
  toInvalidInputError: { json: false, note: 'returns an error' },
  createRandom: { json: false, note: 'returns a generator with methods' },
  restoreRandom: { json: false, note: 'returns a generator with methods' },
  'SeededRandom.int': { seeds: [[6], [1], [2 ** 32]] },
  shuffle: { json: false, note: "returns the caller's own items, reordered" },
  addToIsoDate: {},
  compareIsoDates: {},
  compareIsoDateTimes: {},
  countDaysBetween: {},
  findNextWeekday: {},
  findWeekdayInMonth: {},
  getIsoWeekday: {},
  isIsoDate: {},
  parseIsoDate: {},
  parseMember: { seeds: [[member]] },
  parseMembers: { seeds: [[[member, { id: 'm2', displayName: 'Ben' }]]] },
  safeParseMember: { seeds: [[member]] },
  safeParseMembers: { seeds: [[[member]]] },
  parseCsv: {},
  toCsv: {},

  // -- survey
  wilsonInterval: {},
  tCdf: { json: false, result: probability },
  tQuantile: { json: false, result: quantile, note: 'a number; ±Infinity is a true answer' },
  tSurvival: { json: false, result: probability },
  compareProportions: {},
  proportionTrend: {},
  comparePaired: {},
  comparePairedProportions: {},
  cronbachAlpha: {},
  defineInstrument: {},
  safeParseInstrument: {},
  scoreResponses: {},
  summariseScores: {},
  chartBandShares: {},
  reliability: {},
  chartProportionTrend: {},
  responsesFromCsv: {},
  responsesToCsv: {},

  // -- pairing
  pairParticipants: { numRuns: 40 },
  pairingToMermaid: {},
  maxWeightMatching: {},
  assignMentors: { numRuns: 40 },
  formGroups: { numRuns: 40 },
  planRounds: { numRuns: 40 },
  participantsFromCsv: {},
  participantsToCsv: {},

  // -- action learning
  classifyQuestion: {},
  defineMachine: { json: false, note: 'returns a machine (functions)' },
  'meetingMachine.initial': {},
  'meetingMachine.transition': {},
  'meetingMachine.can': {},
  'meetingMachine.events': {},
  'meetingMachine.replay': {},
  'meetingMachine.toMermaid': {},
  'meetingMachine.parseState': {},
  'meetingMachine.safeParseState': {},
  'setMachine.initial': {},
  'setMachine.transition': {},
  'setMachine.can': {},
  'setMachine.events': {},
  'setMachine.replay': {},
  'setMachine.toMermaid': {},
  'setMachine.parseState': {},
  'setMachine.safeParseState': {},
  allocateAirtime: {},
  meetingReport: {},
  machineEvent: { json: false, note: 'returns a zod schema' },

  // -- practice
  chartPrinciples: {},
  assessCommunity: {},
  compareAssessments: {},
  classifyParticipation: {},
  analyseOutsideVoices: {},
  inventorySpaces: {},
  analyseRhythm: {},
  estimateStage: {},
  parseValueStories: {},
  safeParseValueStories: {},
  analyseValueCreation: {},

  // -- programme
  planSessions: {},
  toICalendar: {},
  checkCadence: {},
  evaluationTrend: {},
  rollUpCounts: {},
  parseLearningCluster: {},
  safeParseLearningCluster: {},
  clusterTimeline: {},
  planClusterBuddies: {
    messagePrefixes: ['planClusterBuddies', 'planRounds'],
    note: "pairing's rules are checked by planRounds, whose errors name it (documented)",
  },
  assessPilotGrant: {},
  pilotGrantRulesFor: {},
  summarisePilotGrants: {},
  allianceProgress: {},
  planLearningRoutes: {},
  parseLearningExchanges: {},
  safeParseLearningExchanges: {},
  learningExchangeReport: {},
  exchangeNetworkToMermaid: {},
};

const domainModules: readonly [Domain, Record<string, unknown>][] = [
  ['survey', survey],
  ['pairing', pairing],
  ['action-learning', actionLearning],
  ['practice', practice],
  ['programme', programme],
];

/** Names every subpath re-exports (the errors), which belong to core. */
const shared = new Set(Object.keys(survey).filter((name) => name in pairing && name in practice));

/** The domain a public name belongs to. */
export function domainOf(name: string): Domain {
  const base = name.split('.')[0] ?? name;
  if (base === 'SeededRandom' || shared.has(base)) return 'core';
  for (const [domain, module] of domainModules) if (base in module) return domain;
  return 'core';
}

/** Every public function name: exported functions and classes, and machine methods. */
export function publicFunctionNames(): string[] {
  const names: string[] = [];
  for (const [name, value] of Object.entries(root)) {
    if (typeof value === 'function' && !('safeParse' in value)) names.push(name);
    else if (isMachine(value)) {
      for (const method of MACHINE_METHODS) names.push(`${name}.${method}`);
    }
  }
  return names.sort();
}

/**
 * The function an entry names: an export, a machine's method (`meetingMachine.transition`),
 * or `SeededRandom.int`, the one method of a returned object that takes input.
 */
export function resolve(name: string): ((...args: unknown[]) => unknown) | undefined {
  if (name === 'SeededRandom.int') {
    return (bound: unknown) => root.createRandom(7).int(bound as number);
  }
  const [base = '', method] = name.split('.');
  const value = (root as Record<string, unknown>)[base];
  const fn =
    method === undefined ? value : (value as Record<string, unknown> | undefined)?.[method];
  return typeof fn === 'function' ? (fn as (...args: unknown[]) => unknown) : undefined;
}
