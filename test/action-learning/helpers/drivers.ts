/**
 * Event generators for the model-based and property tests: for a state, the events of every
 * type an app might send next (one sensible payload each), whether or not the machine would
 * accept them. Tests filter them with `can`, or send them anyway to check refusals.
 */
import {
  meetingMachine,
  setMachine,
  type MeetingEventInput,
  type MeetingSetupInput,
  type MeetingState,
  type SetEventInput,
  type SetSetupInput,
  type SetState,
} from '../../../src/action-learning/index.js';

const START = Date.parse('2026-03-05T18:00:00Z');

/** The instant `seconds` after the state's last event (or after 18:00 on 5 March 2026). */
export function later(state: { readonly at: string | null }, seconds = 60): string {
  const base = state.at === null ? START : Date.parse(state.at);
  return new Date(base + seconds * 1000).toISOString();
}

type Untimed<Event> = Event extends unknown ? Omit<Event, 'at'> : never;

export const MEETING_SETUPS: Readonly<Record<string, MeetingSetupInput>> = {
  first: { meetingId: 'm1', number: 1, members: ['ama', 'ben', 'cy', 'dee'] },
  review: {
    meetingId: 'm2',
    number: 2,
    members: ['ama', 'ben', 'cy', 'dee'],
    previousActions: [
      { id: 'm1-a1', owner: 'ama', text: 'Ask the chair for time at the board' },
      { id: 'm1-a2', owner: 'ben', text: 'Shadow a volunteer shift' },
    ],
  },
  plain: { meetingId: 'm3', number: 3, members: ['ama', 'ben', 'cy', 'dee'] },
  // A set that re-contracts at the start of a new cycle, with actions still to review.
  recontract: {
    meetingId: 'm7',
    number: 7,
    contract: true,
    members: ['ama', 'ben', 'cy', 'dee'],
    previousActions: [{ id: 'm6-a1', owner: 'cy', text: 'Visit the food bank' }],
  },
};

/**
 * One candidate event of each type for a meeting state. `bidders` caps how many members
 * bid (and so how many present), to keep explorations small.
 */
export function meetingCandidates(
  state: MeetingState,
  { seconds = 60, bidders = 2 }: { seconds?: number; bidders?: number } = {},
): MeetingEventInput[] {
  const c = state.context;
  const present = c.arrivals.map((arrival) => arrival.member);
  const presenter = c.slots.at(-1)?.presenter;
  const slot = c.slots.length - 1;
  const bid = new Set(c.bids.map((b) => b.member));
  const unreviewed = c.previousActions.find(
    (action) => !c.reviews.some((review) => review.action === action.id),
  );
  const events: (Untimed<MeetingEventInput> | undefined)[] = [
    { type: 'OPEN' },
    ((member) => (member === undefined ? undefined : { type: 'ARRIVE', member }))(
      c.members.find((member) => !present.includes(member)),
    ),
    { type: 'BEGIN' },
    c.groundRules.length < 8
      ? {
          type: 'PROPOSE_RULE',
          rule: { id: `r${String(c.groundRules.length)}`, text: 'Phones off' },
        }
      : undefined,
    c.groundRules.length > 6 ? { type: 'DROP_RULE', rule: c.groundRules[0]?.id ?? '' } : undefined,
    { type: 'AGREE_RULES' },
    unreviewed === undefined
      ? undefined
      : { type: 'REVIEW_ACTION', action: unreviewed.id, outcome: 'partly', note: 'Half done' },
    { type: 'END_REVIEW' },
    ((member) => (member === undefined ? undefined : { type: 'BID', member, minutes: 15 }))(
      bid.size < bidders ? present.find((m) => !bid.has(m)) : undefined,
    ),
    c.plan === null ? { type: 'ALLOCATE', totalMinutes: 40 } : undefined,
    { type: 'START_PRESENTING' },
    { type: 'CLARIFY' },
    ((by) =>
      by === undefined || c.questions.some((q) => q.slot === slot)
        ? undefined
        : { type: 'ASK', by, text: 'What would success look like for you?' })(
      present.find((member) => member !== presenter),
    ),
    { type: 'EXPLORE' },
    { type: 'REFLECT' },
    { type: 'COMMIT' },
    c.actions.some((action) => action.owner === presenter)
      ? undefined
      : { type: 'COMMIT_ACTION', text: 'Draft the proposal' },
    { type: 'TIME_UP' },
    { type: 'END_SLOT' },
    c.ratings.length === 0
      ? { type: 'RATE_RULE', rule: c.groundRules[0]?.id ?? '', kept: 'kept' }
      : undefined,
    { type: 'END_PROCESS_REVIEW' },
    ((member) => (member === undefined ? undefined : { type: 'CHECK_OUT', member }))(
      present.find((m) => !c.checkOuts.some((o) => o.member === m)),
    ),
    { type: 'CLOSE' },
    { type: 'PAUSE' },
    { type: 'RESUME' },
    { type: 'ABANDON', reason: 'The room was double-booked' },
  ];
  const at = later(state, seconds);
  return events.flatMap((event) => (event === undefined ? [] : [{ ...event, at }]));
}

export const SET_SETUPS: Readonly<Record<string, SetSetupInput>> = {
  empty: { setId: 'north-1' },
};

const POOL = ['ama', 'ben', 'cy', 'dee', 'eli', 'fay', 'gus', 'hal', 'ivy'];

/** One candidate event of each type for a set state. */
export function setCandidates(state: SetState, { seconds = 86_400 } = {}): SetEventInput[] {
  const c = state.context;
  const ids = c.members.map((member) => member.id);
  const day = later(state, seconds).slice(0, 10);
  const events: (Untimed<SetEventInput> | undefined)[] = [
    ((member) => (member === undefined ? undefined : { type: 'JOIN', member }))(
      POOL.find((id) => !ids.includes(id)),
    ),
    ids[0] === undefined ? undefined : { type: 'LEAVE', member: ids[0], reason: 'Moved job' },
    { type: 'FORM' },
    { type: 'PLAN', cadence: { every: 4, unit: 'weeks' }, firstMeeting: day },
    { type: 'CONTRACT' },
    { type: 'AGREE_CONTRACT' },
    {
      type: 'RECORD_MEETING',
      meeting: `m${String(c.meetings.length + 1)}`,
      date: day,
      present: ids,
    },
    { type: 'PAUSE', reason: 'Summer break' },
    { type: 'RESUME' },
    { type: 'START_FINAL_REVIEW' },
    { type: 'RECONTRACT', cadence: { every: 1, unit: 'months' } },
    { type: 'START_CYCLE' },
    { type: 'END', reason: 'The programme finished' },
  ];
  const at = later(state, seconds);
  return events.flatMap((event) => (event === undefined ? [] : [{ ...event, at }]));
}

/** The machines under test, each with its setups, generator and an abstraction of state. */
export const MACHINES = [
  {
    machine: meetingMachine,
    setups: Object.values(MEETING_SETUPS),
    candidates: (state: MeetingState) => meetingCandidates(state),
    // Enough to tell apart the states that guards distinguish.
    key: (state: MeetingState): string => {
      const c = state.context;
      return JSON.stringify([
        state.value,
        c.meetingId,
        c.arrivals.length,
        c.groundRules.length,
        c.reviews.length,
        c.bids.length,
        c.plan === null,
        c.slots.length,
        c.slots.at(-1)?.timeUp === null,
        c.questions.length,
        c.actions.length,
        c.ratings.length,
        c.checkOuts.length,
        c.paused?.from ?? null,
      ]);
    },
  },
  {
    machine: setMachine,
    setups: Object.values(SET_SETUPS),
    candidates: (state: SetState) => setCandidates(state),
    key: (state: SetState): string => {
      const c = state.context;
      return JSON.stringify([
        state.value,
        c.members.length,
        c.meetings.length > 0,
        c.nextDue !== null,
        Math.min(c.cycle, 2),
        c.paused?.belowQuorum ?? null,
      ]);
    },
  },
] as const;
