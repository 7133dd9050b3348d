/**
 * Sample data for every model peerlearn publishes as JSON Schema, for
 * test/package/jsonSchemas.test.ts. Small and realistic, taken from the JSDoc examples, the
 * tests and examples/, and written as an app in another language would send it: plain JSON.
 *
 * - `valid`: data peerlearn accepts; its JSON Schema must accept it too.
 * - `invalid`: data peerlearn refuses for a reason JSON Schema can state (a wrong type, a
 *   missing field, an unknown field in a strict model, a malformed date, a value outside an
 *   enum or a range); its JSON Schema must refuse it too.
 * - `beyondSchema`: data peerlearn refuses for a rule of its own that JSON Schema cannot
 *   state (a refinement): the schema accepts it. These prove what docs/guides/json-schema.md
 *   says the schemas cannot check.
 *
 * A few samples are made by peerlearn itself (a machine's context, a planned session, a
 * catalogue entry), as an app would store them and read them back.
 */
import {
  ALLIANCE_FEATURES,
  COMMUNITY_STAGES,
  createRandom,
  DEFAULT_GROUND_RULES,
  DESIGN_PRINCIPLES,
  FIRST_YEAR_TARGETS,
  meetingMachine,
  PEER_LEARNING_ACTIVITIES,
  planSessions,
  setMachine,
  SOCIAL_CLIMATE_SURVEY,
  type MeetingState,
} from 'peerlearn';

/** Data that must be refused, and what is wrong with it. */
export interface Refused {
  readonly why: string;
  readonly data: unknown;
}

/** The samples of one model. */
export interface Samples {
  readonly valid: readonly unknown[];
  readonly invalid?: readonly Refused[];
  readonly beyondSchema?: readonly Refused[];
}

const refused = (why: string, data: unknown): Refused => ({ why, data });

/** A meeting a few minutes in: opened, three arrived, one bid, a question in the first slot. */
function meetingUnderWay(): MeetingState {
  let state = meetingMachine.initial({
    meetingId: 'm3',
    number: 3,
    members: ['ama', 'ben', 'cy', 'dee'],
  });
  const events = [
    { type: 'OPEN' },
    { type: 'ARRIVE', member: 'ama' },
    { type: 'ARRIVE', member: 'ben' },
    { type: 'ARRIVE', member: 'cy' },
    { type: 'BEGIN' },
    { type: 'BID', member: 'ama', minutes: 20 },
    { type: 'ALLOCATE', totalMinutes: 20 },
    { type: 'START_PRESENTING' },
    { type: 'CLARIFY' },
    { type: 'ASK', by: 'ben', text: 'What would change if the board said yes?' },
  ] as const;
  events.forEach((event, index) => {
    const at = `2026-03-05T18:${String(index + 1).padStart(2, '0')}:00Z`;
    state = meetingMachine.transition(state, { ...event, at });
  });
  return state;
}

const meetingContext = meetingUnderWay().context;
const setContext = setMachine.transition(
  setMachine.initial({ setId: 'north-1', members: ['ama', 'ben', 'cy'], quorum: 3 }),
  { type: 'JOIN', at: '2026-01-10T12:00:00Z', member: 'dee' },
).context;
const [plannedSession] = planSessions({
  from: '2026-01-01',
  to: '2026-01-31',
  pattern: { kind: 'monthly', weekday: 2, nth: 2 },
  time: '18:30',
  durationMinutes: 90,
  timeZone: 'Europe/London',
}).sessions;

const member = {
  id: 'm-014',
  displayName: 'Priya',
  organisation: 'Riverside Community Trust',
  area: 'North',
  roles: ['facilitator'],
  joined: '2025-09-01',
};
const application = {
  id: 'g-01',
  area: 'Seaview',
  title: 'Detached youth work on the seafront',
  topics: ['youth violence'],
  requestedPence: 250000,
  matchPence: 180000,
  alreadyPlanned: false,
  appliedOn: '2026-03-01',
};
const likert = {
  id: 'heard',
  type: 'likert',
  min: 1,
  max: 5,
  wording: 'I feel heard in my learning set.',
  labels: { '1': 'Strongly disagree', '5': 'Strongly agree' },
};
const ordinal = {
  id: 'overall',
  type: 'ordinal',
  wording: 'How would you rate the session overall?',
  options: [
    { value: 'excellent', score: 4 },
    { value: 'good', score: 3 },
    { value: 'fair', score: 2 },
    { value: 'poor', score: 1 },
  ],
};
const exchange = {
  id: 'x1',
  learner: 'ama',
  teacher: 'ben',
  topic: 'safeguarding',
  date: '2026-03-05',
  activity: 'shadowing',
};
const story = {
  id: 's1',
  members: ['m-014'],
  date: '2026-03-05',
  title: 'A shared referral form',
  evidence: {
    immediate: { text: 'Asked the cluster how others handle referrals.' },
    applied: { text: 'Our team now uses the form.' },
  },
};

/** Samples by model name; every exported model needs an entry (the test checks). */
export const SAMPLES: Readonly<Record<string, Samples>> = {
  // ---- core ---------------------------------------------------------------------------
  IsoDate: {
    valid: ['2024-02-29', '2026-03-05'],
    invalid: [
      refused('not a leap year', '2026-02-29'),
      refused('day first, with slashes', '05/03/2026'),
      refused('a number', 20260305),
    ],
  },
  IsoDateTime: {
    valid: ['2026-03-05T18:30:00Z', '2026-03-05T18:30:00+01:00'],
    invalid: [
      refused('no offset, so no single instant', '2026-03-05T18:30:00'),
      refused('a space, not a T', '2026-03-05 18:30:00Z'),
    ],
  },
  IsoWeekday: {
    valid: [1, 7],
    invalid: [refused('Sunday is 7, not 0', 0), refused('a name', 'Monday')],
  },
  CalendarDuration: {
    valid: [{ weeks: 2, days: -1 }, {}],
    invalid: [
      refused('hours are not a part', { hours: 3 }),
      refused('whole months', { months: 1.5 }),
    ],
  },
  Member: {
    valid: [member, { id: 'a', displayName: 'Ama' }],
    invalid: [
      refused('no displayName', { id: 'a' }),
      refused('joined is day first', { ...member, joined: '01/09/2025' }),
      refused('an unknown field', { ...member, email: 'priya@example.org' }),
    ],
    beyondSchema: [
      refused('a blank id (peerlearn trims it first)', { id: '   ', displayName: 'X' }),
    ],
  },
  Members: {
    valid: [[member, { id: 'a', displayName: 'Ama' }], []],
    invalid: [refused('an object, not a list', member)],
    beyondSchema: [
      refused('the same id twice', [
        { id: 'a', displayName: 'Ama' },
        { id: 'a', displayName: 'Abi' },
      ]),
    ],
  },
  Seed: {
    valid: ['cluster-7/round-3', -42],
    invalid: [refused('beyond the safe integers', 2 ** 53), refused('a fraction', 1.5)],
  },
  RandomState: {
    valid: [createRandom('round-1').state(), [1, 2, 3, 4]],
    invalid: [
      refused('three words, not four', [1, 2, 3]),
      refused('a word above 2^32 - 1', [1, 2, 3, 2 ** 32]),
    ],
    beyondSchema: [refused('all zeros', [0, 0, 0, 0])],
  },

  // ---- survey -------------------------------------------------------------------------
  Identifier: {
    valid: ['belonging', 'G1'],
    invalid: [refused('empty', ''), refused('a number', 7)],
    beyondSchema: [refused('a reserved key', '__proto__'), refused('blank', '   ')],
  },
  ChoiceOption: {
    valid: [{ value: 'networking', label: 'Meeting other members' }, { value: 'talks' }],
    invalid: [refused('scores belong to ScoredOption', { value: 'networking', score: 1 })],
  },
  ScoredOption: {
    valid: [{ value: 'excellent', label: 'Excellent', score: 4 }],
    invalid: [refused('no score', { value: 'excellent' })],
  },
  LikertItem: {
    valid: [likert],
    invalid: [
      refused('points are whole numbers', { ...likert, max: 5.5 }),
      refused('the wrong type', { ...likert, type: 'ordinal' }),
    ],
  },
  OrdinalItem: {
    valid: [ordinal],
    invalid: [refused('one option only', { ...ordinal, options: [{ value: 'good', score: 3 }] })],
  },
  YesNoItem: {
    valid: [{ id: 'again', type: 'yes-no', wording: 'Would you come again?' }],
    invalid: [
      refused('options are not for yes-no items', {
        id: 'again',
        type: 'yes-no',
        wording: 'Again?',
        options: [],
      }),
    ],
  },
  SingleChoiceItem: {
    valid: [
      {
        id: 'heardVia',
        type: 'single-choice',
        wording: 'How did you hear about the programme?',
        options: [
          { value: 'colleague' },
          { value: 'newsletter' },
          { value: 'other', label: 'Somewhere else' },
        ],
      },
    ],
    invalid: [
      refused('one option only', {
        id: 'heardVia',
        type: 'single-choice',
        wording: 'How?',
        options: [{ value: 'colleague' }],
      }),
    ],
  },
  MultipleChoiceItem: {
    valid: [
      {
        id: 'mostUseful',
        type: 'multiple-choice',
        wording: 'Which parts helped you most? Pick up to two.',
        options: [{ value: 'networking' }, { value: 'buddying' }, { value: 'talks' }],
        maxSelected: 2,
      },
    ],
    invalid: [
      refused('maxSelected below 1', {
        id: 'mostUseful',
        type: 'multiple-choice',
        wording: 'Which?',
        options: [{ value: 'networking' }, { value: 'buddying' }],
        maxSelected: 0,
      }),
    ],
  },
  TextItem: {
    valid: [{ id: 'comments', type: 'text', wording: 'Anything else?', maxLength: 500 }],
    invalid: [refused('an empty wording', { id: 'comments', type: 'text', wording: '' })],
    beyondSchema: [refused('a blank wording', { id: 'comments', type: 'text', wording: '   ' })],
  },
  Item: {
    valid: [{ id: 'again', type: 'yes-no', wording: 'Would you come again?' }, likert, ordinal],
    invalid: [refused('no such type', { id: 'mood', type: 'slider', wording: 'How are you?' })],
  },
  BandClosure: {
    valid: ['left', 'both'],
    invalid: [refused('not a closure', 'open')],
  },
  Band: {
    valid: [
      {
        label: 'High',
        min: 3.67,
        max: 5,
        interpretation: 'Members feel safe to speak up; keep doing what works.',
      },
    ],
    invalid: [refused('no max', { label: 'High', min: 3.67 })],
  },
  MinimumAnswered: {
    valid: [{ share: 0.5 }, { count: 2 }],
    invalid: [
      refused('one or the other, not both', { count: 2, share: 0.5 }),
      refused('a share of 0', { share: 0 }),
    ],
  },
  Domain: {
    valid: [
      { id: 'climate', label: 'Set climate', items: ['heard', 'rushed'], reverse: ['rushed'] },
    ],
    invalid: [
      refused('nothing to score', { id: 'climate', label: 'Set climate', items: [] }),
      refused('an unknown method', {
        id: 'climate',
        label: 'Set climate',
        items: ['heard'],
        method: 'median',
      }),
    ],
  },
  Instrument: {
    valid: [
      {
        id: 'pulse',
        title: 'Set pulse check',
        version: '1.0',
        items: [
          { id: 'heard', type: 'likert', min: 1, max: 5, wording: 'I felt heard in the set.' },
          { id: 'notes', type: 'text', wording: 'Anything else to tell us?' },
        ],
        domains: [{ id: 'climate', label: 'Set climate', items: ['heard'] }],
      },
      SOCIAL_CLIMATE_SURVEY,
    ],
    invalid: [refused('no items', { id: 'pulse', title: 'Pulse', version: '1.0' })],
    beyondSchema: [
      refused('a domain scores a text item', {
        id: 'pulse',
        title: 'Set pulse check',
        version: '1.0',
        items: [
          { id: 'heard', type: 'likert', min: 1, max: 5, wording: 'I felt heard in the set.' },
          { id: 'notes', type: 'text', wording: 'Anything else to tell us?' },
        ],
        domains: [{ id: 'climate', label: 'Set climate', items: ['heard', 'notes'] }],
      }),
    ],
  },
  Answer: {
    valid: [4, 'excellent', true, ['networking', 'buddying'], null],
    invalid: [refused('an object', { score: 4 })],
  },
  FieldValue: {
    valid: ['housing', 2, null],
    invalid: [refused('one value per field', ['housing', 'health'])],
  },
  SurveyResponse: {
    valid: [
      {
        id: 'r-001',
        respondent: 'p-17',
        submittedAt: '2026-03-05T16:40:00Z',
        answers: { overall: 'excellent', mostUseful: ['networking', 'buddying'], comments: null },
        fields: { cluster: 'housing', session: 1 },
      },
    ],
    invalid: [
      refused('no answers', { id: 'r-002' }),
      refused('submittedAt without an offset', {
        id: 'r-003',
        submittedAt: '2026-03-05 16:40',
        answers: {},
      }),
    ],
  },
  ScoreResponsesOptions: {
    valid: [{}, { impute: 'median', strict: true }],
    invalid: [refused('not a duplicates policy', { duplicates: 'all' })],
  },
  SummariseScoresOptions: {
    valid: [{}, { by: ['cluster', 'session'], minGroupSize: 1 }],
    invalid: [refused('a group of none', { minGroupSize: 0 })],
  },
  ReliabilityOptions: {
    valid: [{}, { domains: ['climate'], impute: 'median' }],
    invalid: [refused('not an imputation', { impute: 'zero' })],
  },
  WilsonIntervalOptions: {
    valid: [{}, { confidence: 0.9 }],
    invalid: [refused('95% written as 95', { confidence: 95 })],
  },
  ProportionCount: {
    valid: [{ successes: 26, n: 60 }],
    invalid: [
      refused('nobody answered', { successes: 0, n: 0 }),
      refused('n as text', { successes: 1, n: '2' }),
    ],
    beyondSchema: [refused('more successes than answers', { successes: 7, n: 5 })],
  },
  CompareProportionsOptions: {
    valid: [{}, { confidence: 0.9 }],
    invalid: [refused('a confidence of 1', { confidence: 1 })],
  },
  ProportionTrendGroup: {
    valid: [{ successes: 13, n: 30, score: 3, label: 'March' }],
    invalid: [refused('no n', { successes: 13 })],
    beyondSchema: [refused('more successes than answers', { successes: 31, n: 30 })],
  },
  ProportionTrendOptions: {
    valid: [{}],
    invalid: [refused('an unknown option', { level: 0.9 })],
  },
  ComparePairedOptions: {
    valid: [{}, { exact: false, correct: false }],
    invalid: [refused('a confidence of 0', { confidence: 0 })],
  },
  ComparePairedProportionsOptions: {
    valid: [{}, { correct: false }],
    invalid: [refused('correct as text', { correct: 'no' })],
  },

  // ---- pairing ------------------------------------------------------------------------
  Experience: {
    valid: ['new', 12],
    invalid: [refused('not a level', 'veteran'), refused('negative years', -1)],
  },
  PairingParticipant: {
    valid: [
      {
        id: 'p-07',
        displayName: 'Jo',
        area: 'Coastal',
        experience: 'new',
        topics: ['housing', 'youth'],
        availability: ['tue-pm', 'thu-am'],
      },
    ],
    invalid: [
      refused('experience out of range', { id: 'p-07', displayName: 'Jo', experience: 5000 }),
    ],
  },
  PairingRound: {
    valid: [
      {
        round: 3,
        groups: [
          ['a', 'b'],
          ['c', 'd', 'e'],
        ],
        satOut: ['f'],
      },
    ],
    invalid: [refused('no round number', { groups: [['a', 'b']] })],
  },
  PairingRules: {
    valid: [{}, { oddPolicy: 'sit-out', weights: { topics: 2 } }],
    invalid: [refused('not an odd policy', { oddPolicy: 'drop-one' })],
  },
  MaxWeightMatchingOptions: {
    valid: [{}, { maxCardinality: true, vertexCount: 6 }],
    invalid: [refused('too many vertices', { vertexCount: 100_001 })],
  },
  GroupingRules: {
    valid: [{}, { facilitators: { role: 'host' }, topics: 'mix' }],
    invalid: [refused('a group of one never to meet', { neverTogether: [['ama']] })],
  },
  PastGrouping: {
    valid: [{ session: 1, groups: [['ama', 'ben', 'cy'], { members: ['dee', 'eli'] }] }],
    invalid: [refused('a negative session', { session: -1, groups: [] })],
  },
  RoundAbsence: {
    valid: [{ id: 'ama', rounds: [3] }],
    invalid: [refused('rounds as text', { id: 'ama', rounds: '3' })],
  },
  RoundPause: {
    valid: [
      { id: 'ben', from: 2, to: 4 },
      { id: 'cy', from: 3 },
    ],
    invalid: [refused('no from', { id: 'ben' })],
    beyondSchema: [refused('to before from', { id: 'ben', from: 4, to: 2 })],
  },
  Mentee: {
    valid: [{ id: 'e-jo', displayName: 'Jo', preferences: ['m-priya', 'm-tom'] }],
    invalid: [refused('no displayName', { id: 'e-jo' })],
  },
  Mentor: {
    valid: [{ id: 'm-priya', displayName: 'Priya', capacity: 3 }],
    invalid: [refused('a capacity of 0', { id: 'm-tom', displayName: 'Tom', capacity: 0 })],
  },
  MentoringRules: {
    valid: [{}, { weights: { topics: 3 } }],
    invalid: [refused('an unknown weight', { weights: { luck: 1 } })],
  },

  // ---- action learning ----------------------------------------------------------------
  AirtimeBid: {
    valid: [
      { member: 'ama', minutes: 20 },
      { member: 'ben', minutes: 15, lastPresented: '2026-02-05' },
    ],
    invalid: [refused('whole minutes only', { member: 'ama', minutes: 12.5 })],
  },
  AirtimePolicy: {
    valid: ['equal', { kind: 'proportional', cap: 25 }],
    invalid: [refused('not a policy', 'fair')],
  },
  GroundRule: {
    valid: [
      { id: 'phones', text: 'Phones stay off during the meeting.' },
      ...DEFAULT_GROUND_RULES.slice(0, 1),
    ],
    invalid: [refused('an empty text', { id: 'phones', text: '' })],
  },
  MeetingAction: {
    valid: [{ id: 'm1-a1', owner: 'ama', text: 'Ask the chair for ten minutes at the board' }],
    invalid: [
      refused('due is not a date', { id: 'm1-a1', owner: 'ama', text: 'Ask', due: 'next week' }),
    ],
  },
  MeetingSetup: {
    valid: [{ meetingId: 'm2', number: 2, members: ['ama', 'ben', 'cy', 'dee'] }],
    invalid: [refused('one member is not a set', { meetingId: 'm1', members: ['ama'] })],
    beyondSchema: [
      refused('the same member twice', { meetingId: 'm1', members: ['ama', 'ama'] }),
      refused('a quorum above the members', {
        meetingId: 'm1',
        members: ['ama', 'ben', 'cy'],
        quorum: 4,
      }),
    ],
  },
  MeetingContextSchema: {
    valid: [meetingContext],
    invalid: [refused('a quorum of 0', { ...meetingContext, quorum: 0 })],
  },
  MeetingEvent: {
    valid: [
      { type: 'ASK', at: '2026-03-05T18:40:00Z', by: 'ben', text: 'What matters most?' },
      { type: 'BID', at: '2026-03-05T18:10:00Z', member: 'ama', minutes: 20 },
      { type: 'OPEN', at: '2026-03-05T18:00:00+00:00' },
    ],
    invalid: [
      refused('a time without an offset', {
        type: 'ASK',
        at: '2026-03-05 18:40',
        by: 'ben',
        text: 'Why?',
      }),
      refused('no such event', { type: 'SHOUT', at: '2026-03-05T18:40:00Z' }),
    ],
  },
  Cadence: {
    valid: [{ every: 4, unit: 'weeks' }],
    invalid: [refused('every 0 weeks', { every: 0, unit: 'weeks' })],
  },
  SetSetup: {
    valid: [
      { setId: 'north-1' },
      { setId: 'north-2', members: ['ama', 'ben'], cadence: { every: 4, unit: 'weeks' } },
    ],
    invalid: [
      refused('more than eight members', {
        setId: 'north-1',
        members: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'],
      }),
    ],
    beyondSchema: [refused('the same member twice', { setId: 'north-1', members: ['ama', 'ama'] })],
  },
  SetContextSchema: {
    valid: [setContext],
    invalid: [refused('cycle 0', { ...setContext, cycle: 0 })],
  },
  SetEvent: {
    valid: [{ type: 'JOIN', at: '2026-01-10T12:00:00Z', member: 'ama' }],
    invalid: [refused('JOIN without a member', { type: 'JOIN', at: '2026-01-10T12:00:00Z' })],
  },

  // ---- practice -----------------------------------------------------------------------
  PrincipleId: {
    valid: ['focus-on-value'],
    invalid: [refused('words, not the id', 'focus on value')],
  },
  DesignPrinciple: {
    valid: [DESIGN_PRINCIPLES[0]],
    invalid: [
      refused('no description, indicators or actions', {
        id: 'focus-on-value',
        name: 'Focus on value',
      }),
    ],
  },
  AssessCommunityOptions: {
    valid: [{}, { confidence: 0.9, duplicates: 'first' }],
    invalid: [
      refused('95% written as 95', { confidence: 95 }),
      refused('an instrument that is not an object', { instrument: 'cop' }),
    ],
  },
  CompareAssessmentsOptions: {
    valid: [{}, { confidence: 0.8 }],
    invalid: [refused('a confidence of 1', { confidence: 1 })],
  },
  ActivityRecord: {
    valid: [{ member: 'ama', kind: 'presented', date: '2026-03-05', session: 's-4' }],
    invalid: [refused('a day-first date', { member: 'ama', kind: 'posted', date: '05/03/2026' })],
  },
  ParticipationLevel: {
    valid: ['peripheral'],
    invalid: [refused('not a level', 'lurker')],
  },
  AnalyseRhythmOptions: {
    valid: [
      { target: 'monthly', asOf: '2026-06-01' },
      { target: { every: 3, unit: 'weeks' }, asOf: '2026-06-01' },
    ],
    invalid: [refused('no asOf', { target: 'monthly' })],
  },
  RhythmTarget: {
    valid: [{ every: 4, unit: 'weeks' }, 'monthly'],
    invalid: [
      refused('every 0 weeks', { every: 0, unit: 'weeks' }),
      refused('not a rhythm', 'yearly'),
    ],
  },
  CommunitySession: {
    valid: [
      {
        id: 's-1',
        date: '2026-03-05',
        contributors: [
          { id: 'ama', side: 'inside' },
          { id: 'dr-okafor', side: 'outside' },
        ],
      },
    ],
    invalid: [
      refused('a guest is neither side', {
        id: 's-2',
        date: '2026-03-05',
        contributors: [{ id: 'x', side: 'guest' }],
      }),
    ],
  },
  CommunitySpace: {
    valid: [{ id: 'forum', visibility: 'public', form: 'forum', uses: ['2026-03-02'] }],
    invalid: [
      refused('not a visibility', { id: 'x', visibility: 'secret', form: 'chat', uses: [] }),
    ],
  },
  CommunityStageId: {
    valid: ['coalescing'],
    invalid: [refused('not a stage', 'launch')],
  },
  ObservedStageSigns: {
    valid: [
      ['coalescing.launch-held'],
      { 'coalescing.launch-held': true, 'maturing.gaps-named': false },
      COMMUNITY_STAGES.flatMap((stage) => stage.signs.slice(0, 1).map((sign) => sign.id)),
    ],
    invalid: [refused('a sign as a number', [7])],
    beyondSchema: [refused('not a sign id', ['launched'])],
  },
  ValueCycleId: {
    valid: ['applied'],
    invalid: [refused('not a cycle', 'impact')],
  },
  KnowledgeCapital: {
    valid: ['social'],
    invalid: [refused('not a capital', 'money')],
  },
  EvidenceIndicator: {
    valid: [{ name: 'referrals per month', value: 12, unit: 'families' }],
    invalid: [refused('value as text', { name: 'referrals', value: 'twelve' })],
  },
  ValueEvidence: {
    valid: [{ text: 'Tried the shared referral form with two families.' }],
    invalid: [refused('no text', { indicators: [] })],
  },
  PotentialValueEvidence: {
    valid: [
      { text: 'Met the housing officer and got her template.', capital: ['social', 'tangible'] },
    ],
    invalid: [refused('not a capital', { text: 'Met the officer.', capital: ['money'] })],
  },
  ValueStory: {
    valid: [story],
    invalid: [refused('an unknown cycle', { ...story, evidence: { impact: { text: 'x' } } })],
    beyondSchema: [
      refused('no evidence at all', { ...story, evidence: {} }),
      refused('the same member twice', { ...story, members: ['m-014', 'm-014'] }),
    ],
  },
  ValueStories: {
    valid: [[story, { ...story, id: 's2' }]],
    invalid: [
      refused('a story with no title', [
        { id: 's3', members: ['m-014'], date: '2026-03-05', evidence: story.evidence },
      ]),
    ],
    beyondSchema: [refused('the same id twice', [story, story])],
  },
  ValueIndicator: {
    valid: [{ cycle: 'applied', name: 'teams using the form', value: 4, date: '2026-06-30' }],
    invalid: [refused('not a cycle', { cycle: 'impact', name: 'x', value: 1, date: '2026-06-30' })],
  },

  // ---- programme ----------------------------------------------------------------------
  AllianceProgressOptions: {
    valid: [{ asOf: '2026-06-30' }, { asOf: '2026-06-30', dueMonths: { event: 6 } }],
    invalid: [
      refused('not a target', { asOf: '2026-06-30', dueMonths: { newsletter: 2 } }),
      refused('no asOf', {}),
    ],
  },
  AllianceFeatureId: {
    valid: ['shared-learning'],
    invalid: [refused('words, not the id', 'shared learning')],
  },
  FirstYearTargetId: {
    valid: ['funding-pot'],
    invalid: [refused('not a target', 'newsletter')],
  },
  AllianceItemId: {
    valid: ['event', 'standardised-monitoring'],
    invalid: [refused('neither a feature nor a target', 'party')],
  },
  AllianceFeature: {
    valid: [ALLIANCE_FEATURES[0]],
    invalid: [refused('most fields missing', { id: 'shared-learning', name: 'Shared learning' })],
  },
  FirstYearTarget: {
    valid: [FIRST_YEAR_TARGETS[0]],
    invalid: [refused('most fields missing', { id: 'event', name: 'An event', dueMonths: 0 })],
  },
  AllianceOrganisation: {
    valid: [{ id: 'trust', name: 'Riverside Trust', joined: '2026-01-10' }],
    invalid: [
      refused('a day-first date', { id: 'trust', name: 'Riverside Trust', joined: '10/01/2026' }),
    ],
  },
  EvidenceWeight: {
    valid: ['met', 'progress'],
    invalid: [refused('not a weight', 'partial')],
  },
  AllianceEvidence: {
    valid: [{ about: 'event', date: '2026-05-14', description: 'Launch at the library' }],
    invalid: [
      refused('not a feature or target', {
        about: 'party',
        date: '2026-05-14',
        description: 'Launch',
      }),
    ],
  },
  AllianceLead: {
    valid: [{ organisation: 'trust', since: '2026-02-01' }],
    invalid: [refused('no since', { organisation: 'trust' })],
  },
  LearningAlliance: {
    valid: [
      {
        id: 'stockport',
        place: 'Stockport',
        founded: '2026-01-15',
        members: [{ id: 'trust', name: 'Riverside Trust' }],
        lead: { organisation: 'trust', since: '2026-02-01' },
      },
    ],
    invalid: [refused('no founding date', { id: 'stockport', place: 'Stockport' })],
    beyondSchema: [
      refused('a lead that is not a member', {
        id: 'stockport',
        place: 'Stockport',
        founded: '2026-01-15',
        members: [{ id: 'trust', name: 'Riverside Trust' }],
        lead: { organisation: 'college', since: '2026-02-01' },
      }),
    ],
  },
  ClusterBuddyRound: {
    valid: [{ afterSession: 's1', round: 1, groups: [['ann', 'bo']] }],
    invalid: [refused('no afterSession', { round: 1 })],
  },
  ClusterSpeaker: {
    valid: [{ name: 'Dr Rao', origin: 'outside', organisation: 'Youth Justice Board' }],
    invalid: [refused('not an origin', { name: 'Sam', origin: 'external' })],
  },
  ClusterSession: {
    valid: [{ id: 's1', date: '2026-02-10', time: '18:30' }],
    invalid: [refused('a 12-hour time', { id: 's1', date: '2026-02-10', time: '6.30pm' })],
  },
  EvaluationMeasure: {
    valid: [{ item: 'overall', values: ['excellent'] }],
    invalid: [refused('no values', { item: 'overall', values: [] })],
  },
  EvaluatedSession: {
    valid: [{ id: 's1', registered: 32, attended: 30, responses: [] }],
    invalid: [refused('no responses list', { id: 's1', registered: 32, attended: 30 })],
    beyondSchema: [
      refused('more attended than registered', {
        id: 's1',
        registered: 20,
        attended: 30,
        responses: [],
      }),
    ],
  },
  EvaluationTrendOptions: {
    valid: [{}, { measures: [{ item: 'overall', values: ['excellent'] }], minGroupSize: 3 }],
    invalid: [refused('a group of none', { minGroupSize: 0 })],
  },
  ExchangePerson: {
    valid: [{ id: 'ama', displayName: 'Ama', area: 'North' }],
    invalid: [refused('no id', { area: 'North' })],
  },
  LearningExchange: {
    valid: [exchange],
    invalid: [refused('a day-first date', { ...exchange, date: '05/03/2026' })],
  },
  LearningExchanges: {
    valid: [[exchange, { ...exchange, id: 'x2', learner: 'cy' }]],
    invalid: [refused('one exchange, not a list', exchange)],
    beyondSchema: [refused('learning from oneself', [{ ...exchange, teacher: 'ama' }])],
  },
  PilotGrantApplication: {
    valid: [application],
    invalid: [refused('pence are whole', { ...application, requestedPence: 12.5 })],
  },
  PilotGrantAward: {
    valid: [{ date: '2026-04-02', amountPence: 180000 }],
    invalid: [refused('a negative award', { date: '2026-04-02', amountPence: -1 })],
    beyondSchema: [
      refused('paid more than awarded', { date: '2026-04-02', amountPence: 1000, paidPence: 2000 }),
    ],
  },
  ClusterPilotGrant: {
    valid: [{ application, award: { date: '2026-04-02', amountPence: 180000, paidPence: 90000 } }],
    invalid: [refused('no application', { award: { date: '2026-04-02', amountPence: 180000 } })],
  },
  PilotGrantRules: {
    valid: [{ clusterTopics: ['youth violence'], memberAreas: ['Seaview'] }],
    invalid: [refused('no member areas', { clusterTopics: ['youth violence'] })],
  },
  LearningCluster: {
    valid: [
      {
        id: 'youth-2026',
        topic: 'Youth violence and exploitation',
        areas: ['Seaview', 'Hillside'],
        participants: [
          { id: 'ann', displayName: 'Ann', area: 'Seaview' },
          { id: 'bo', displayName: 'Bo', area: 'Hillside' },
        ],
        sessions: [{ id: 's1', date: '2026-02-10', attended: ['ann', 'bo'] }],
      },
    ],
    invalid: [refused('no areas', { id: 'youth-2026', topic: 'Youth', areas: [] })],
    beyondSchema: [
      refused('an attendee who is not a participant', {
        id: 'youth-2026',
        topic: 'Youth violence and exploitation',
        areas: ['Seaview'],
        sessions: [{ id: 's1', date: '2026-02-10', attended: ['cy'] }],
      }),
    ],
  },
  PeerLearningActivityId: {
    valid: ['shadowing'],
    invalid: [refused('not an activity', 'webinar')],
  },
  LearningRoute: {
    valid: ['on-joining', 'across-teams'],
    invalid: [refused('not a route', 'by-post')],
  },
  ActivityMode: {
    valid: ['face-to-face', 'digital'],
    invalid: [refused('not a mode', 'hybrid')],
  },
  PeerLearningActivity: {
    valid: [PEER_LEARNING_ACTIVITIES[0]],
    invalid: [refused('most fields missing', { id: 'shadowing', name: 'Shadowing' })],
  },
  PlanLearningRoutesOptions: {
    valid: [{}, { weeks: 8, digitalOnly: true }],
    invalid: [refused('not an activity', { exclude: ['webinar'] })],
  },
  RollUpCountsOptions: {
    valid: [
      {},
      { shares: [{ id: 'excellent', numerator: 'excellent', denominator: 'responses' }] },
    ],
    invalid: [refused('half a person', { minGroupSize: 2.5 })],
  },
  NodeId: {
    valid: ['set-1'],
    invalid: [refused('empty', '')],
    beyondSchema: [refused('a reserved key', '__proto__')],
  },
  HierarchyNode: {
    valid: [{ id: 'set-1', level: 'set', parent: 'housing' }],
    invalid: [refused('not a level', { id: 'x', level: 'region' })],
  },
  RollUpRecord: {
    valid: [{ set: 'set-1', counts: { sessions: 4, attendance: 30 } }],
    invalid: [refused('a negative count', { set: 'set-1', counts: { sessions: -1 } })],
  },
  RollUpShare: {
    valid: [{ id: 'excellent', numerator: 'excellent', denominator: 'responses' }],
    invalid: [refused('no denominator', { id: 'x', numerator: 'a' })],
  },
  DateRange: {
    valid: [{ from: '2026-01-01', to: '2026-12-31' }],
    invalid: [refused('a date that does not exist', { from: '2026-01-01', to: '2026-02-30' })],
    beyondSchema: [refused('from after to', { from: '2026-12-31', to: '2026-01-01' })],
  },
  CadenceRequirement: {
    valid: [{ atLeast: 4, within: { from: '2026-01-01', to: '2026-12-31' } }],
    invalid: [
      refused('at least 0', { atLeast: 0, within: { from: '2026-01-01', to: '2026-12-31' } }),
    ],
  },
  WallClockTime: {
    valid: ['18:30', '09:05'],
    invalid: [refused('a 12-hour time', '6.30pm'), refused('25 o’clock', '25:00')],
  },
  TimeZoneName: {
    valid: ['Europe/London'],
    invalid: [refused('empty', '')],
    beyondSchema: [refused('no such zone', 'Europe/Londres')],
  },
  Blackout: {
    valid: [{ from: '2026-12-21', to: '2027-01-03', label: 'Christmas' }],
    invalid: [refused('no to', { from: '2026-12-21' })],
    beyondSchema: [refused('to before from', { from: '2027-01-03', to: '2026-12-21' })],
  },
  PlanSessionsOptions: {
    valid: [
      {
        from: '2026-01-01',
        to: '2026-12-31',
        pattern: { kind: 'monthly', weekday: 2, nth: 2 },
        time: '18:30',
        durationMinutes: 90,
        timeZone: 'Europe/London',
      },
    ],
    invalid: [
      refused('no pattern', {
        from: '2026-01-01',
        to: '2026-12-31',
        time: '18:30',
        durationMinutes: 90,
        timeZone: 'Europe/London',
      }),
    ],
    beyondSchema: [
      refused('from after to', {
        from: '2026-12-31',
        to: '2026-01-01',
        pattern: { kind: 'weekly' },
        time: '18:30',
        durationMinutes: 90,
        timeZone: 'Europe/London',
      }),
    ],
  },
  SessionPattern: {
    valid: [
      { kind: 'weekly' },
      { kind: 'monthly', weekday: 2, nth: 2 },
      { kind: 'quarterly', weekday: 4, nth: 'last' },
    ],
    invalid: [refused('no sixth Tuesday', { kind: 'monthly', weekday: 2, nth: 6 })],
  },
  SessionChangeReason: {
    valid: ['blackout'],
    invalid: [refused('not a reason', 'weather')],
  },
  SessionMove: {
    valid: [
      {
        from: '2026-12-24',
        reason: 'blackout',
        detail: 'inside the blackout Christmas (2026-12-21 to 2027-01-03)',
      },
    ],
    invalid: [
      refused('not a move reason', { from: '2026-12-24', reason: 'no-such-day', detail: 'x' }),
    ],
  },
  PlannedSession: {
    valid: [plannedSession],
    invalid: [
      refused('a start without an offset', { ...plannedSession, startUtc: '2026-01-13 18:30' }),
    ],
  },
  DroppedSession: {
    valid: [
      {
        id: 'session-4',
        index: 4,
        date: null,
        reason: 'no-such-day',
        detail: '2026-04 has no 5th Tuesday',
      },
    ],
    invalid: [
      refused('not a reason', {
        id: 'session-4',
        index: 4,
        date: null,
        reason: 'rain',
        detail: 'x',
      }),
    ],
  },
  ToICalendarOptions: {
    valid: [{ uidPrefix: 'north-cluster-2026/', stamp: '2026-01-05T09:00:00Z' }],
    invalid: [refused('no stamp: no clock is read', { uidPrefix: 'x/' })],
  },
};
