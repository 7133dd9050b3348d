import { defineMachine } from '../machine/defineMachine.js';
import type { Machine, TransitionDefinition } from '../machine/types.js';
import { addCadence } from './addCadence.js';
import {
  SET_EVENTS,
  SetContextSchema,
  SetSetup,
  type SetContext,
  type SetEvent,
  type SetEventInput,
  type SetSetupInput,
  type SetStage,
  type SetState,
} from './setModel.js';

type Transition<Type extends keyof typeof SET_EVENTS> = TransitionDefinition<
  SetStage,
  SetContext,
  ReturnType<(typeof SET_EVENTS)[Type]['parse']>
>;

const MIN = 4;
const MAX = 8;
const CHANGING: readonly SetStage[] = [
  'recruiting',
  'forming',
  'contracting',
  'active',
  'paused',
  'recontracted',
];

const quote = (text: string): string => JSON.stringify(text);
const isMember = (state: SetState, member: string): boolean =>
  state.context.members.some((entry) => entry.id === member);

const size = (state: SetState): string | undefined => {
  const n = state.context.members.length;
  return n >= MIN && n <= MAX
    ? undefined
    : `a set needs ${String(MIN)} to ${String(MAX)} members; it has ${String(n)}`;
};
const belowQuorum = (state: SetState): boolean =>
  state.context.members.length - 1 < state.context.quorum;

const transitions = /* @__PURE__ */ (() => ({
  JOIN: [
    {
      from: CHANGING,
      guard: (state) =>
        state.context.members.length < MAX ? undefined : `the set is full (${String(MAX)} members)`,
      check: (state, event) =>
        isMember(state, event.member) ? `${quote(event.member)} is already a member` : undefined,
      append: { members: (event) => ({ id: event.member, joinedAt: event.at }) },
    },
  ] satisfies Transition<'JOIN'>[],
  LEAVE: [true, false].map((pauses): Transition<'LEAVE'> => ({
    from: pauses ? 'active' : CHANGING,
    ...(pauses ? { to: 'paused', note: '[below quorum]' } : {}),
    guard: (state) =>
      state.value !== 'active' || belowQuorum(state) === pauses
        ? undefined
        : 'the set stays above quorum',
    check: (state, event) =>
      isMember(state, event.member) ? undefined : `${quote(event.member)} is not a member`,
    update: (draft, event, state) => {
      draft.members.splice(
        state.context.members.findIndex((entry) => entry.id === event.member),
        1,
      );
      draft.departures.push({ id: event.member, at: event.at, reason: event.reason ?? null });
      if (pauses) {
        draft.paused = {
          at: event.at,
          reason: `${String(state.context.members.length - 1)} members, below the quorum of ${String(state.context.quorum)}`,
          belowQuorum: true,
        };
      }
    },
  })),
  FORM: [
    { from: 'recruiting', to: 'forming', guard: size, note: '[4-8 members]' },
  ] satisfies Transition<'FORM'>[],
  PLAN: [
    {
      from: ['forming', 'recontracted'],
      update: (draft, event) => {
        draft.cadence = event.cadence;
        draft.nextDue = event.firstMeeting;
      },
    },
  ] satisfies Transition<'PLAN'>[],
  CONTRACT: [
    {
      from: 'forming',
      to: 'contracting',
      note: '[4-8 members, a cadence]',
      guard: (state) =>
        size(state) ??
        (state.context.nextDue === null
          ? 'the set has not planned its meetings; send PLAN first'
          : undefined),
    },
  ] satisfies Transition<'CONTRACT'>[],
  AGREE_CONTRACT: [
    {
      from: 'contracting',
      to: 'active',
      guard: size,
      set: { groundRules: (event) => event.groundRules },
    },
  ] satisfies Transition<'AGREE_CONTRACT'>[],
  RECORD_MEETING: [
    {
      from: 'active',
      check: (state, event) => {
        const { meetings } = state.context;
        const last = meetings.at(-1);
        const stranger = event.present.find((member) => !isMember(state, member));
        if (meetings.some((meeting) => meeting.id === event.meeting))
          return `meeting ${quote(event.meeting)} is already recorded`;
        if (last !== undefined && event.date < last.date)
          return `its date ${event.date} is before the last meeting's (${last.date})`;
        return stranger === undefined ? undefined : `${quote(stranger)} is not a member`;
      },
      update: (draft, event, state) => {
        draft.meetings.push({
          id: event.meeting,
          date: event.date,
          due: state.context.nextDue,
          present: event.present,
          at: event.at,
        });
        const { cadence } = state.context;
        if (cadence !== null) draft.nextDue = addCadence(event.date, cadence);
      },
    },
  ] satisfies Transition<'RECORD_MEETING'>[],
  PAUSE: [
    {
      from: 'active',
      to: 'paused',
      set: { paused: (event) => ({ at: event.at, reason: event.reason, belowQuorum: false }) },
    },
  ] satisfies Transition<'PAUSE'>[],
  RESUME: [
    {
      from: 'paused',
      to: 'active',
      note: '[quorum]',
      guard: (state) =>
        state.context.members.length >= state.context.quorum
          ? undefined
          : `${String(state.context.members.length)} members, below the quorum of ${String(state.context.quorum)}; recruit first`,
      set: { paused: () => null },
    },
  ] satisfies Transition<'RESUME'>[],
  START_FINAL_REVIEW: [
    {
      from: 'active',
      to: 'finalReview',
      guard: (state) => (state.context.meetings.length > 0 ? undefined : 'the set has not met yet'),
    },
  ] satisfies Transition<'START_FINAL_REVIEW'>[],
  RECONTRACT: [
    {
      from: 'finalReview',
      to: 'recontracted',
      update: (draft, event, state) => {
        draft.cycle = state.context.cycle + 1;
        if (event.cadence !== undefined) draft.cadence = event.cadence;
        if (event.groundRules !== undefined) draft.groundRules = event.groundRules;
      },
    },
  ] satisfies Transition<'RECONTRACT'>[],
  START_CYCLE: [
    { from: 'recontracted', to: 'active', guard: size, note: '[4-8 members]' },
  ] satisfies Transition<'START_CYCLE'>[],
  END: [
    {
      from: ['recruiting', 'forming', 'contracting', 'paused', 'finalReview'],
      to: 'ended',
      set: {
        paused: () => null,
        ended: (event) => ({ at: event.at, reason: event.reason ?? null }),
      },
    },
  ] satisfies Transition<'END'>[],
}))();

/** The type of {@link setMachine}: a {@link Machine} over set stages, contexts, setups and events. */
export type SetMachine = Machine<SetStage, SetContext, SetSetupInput, SetEvent, SetEventInput>;

/**
 * The life of an action learning set as a pure state machine, from recruiting to its end.
 *
 * A set is `recruiting` until it has four to eight members and `FORM`s; while `forming` it
 * `PLAN`s its cadence (every so many weeks or months) and first date, then `CONTRACT`s and
 * agrees its ground rules (`AGREE_CONTRACT`, {@link DEFAULT_GROUND_RULES} unless it words
 * its own). While `active` it records each meeting (who came), and its next meeting falls
 * due one cadence after the last; members join (up to eight) and leave, and a departure that
 * takes it below its quorum pauses it until it recruits and `RESUME`s. After its meetings it
 * holds a final review and either re-contracts for another cycle (new cadence or rules,
 * then `START_CYCLE`) or ends. Committing regular time, the first key principle of action
 * learning, is what the cadence and the quorum protect. Every event carries its time, and
 * the state is plain JSON to store and reload with `setMachine.parseState`. See
 * {@link SetEvent} for every event. Cost per event: O(members + meetings) at most.
 *
 * @example
 * ```ts
 * let set = setMachine.initial({ setId: 'north-1', members: ['ama', 'ben', 'cy'] });
 * setMachine.events(set).refused;
 * // => [{ type: 'FORM', reason: 'a set needs 4 to 8 members; it has 3' }]
 * set = setMachine.transition(set, { type: 'JOIN', at: '2026-01-10T12:00:00Z', member: 'dee' });
 * set = setMachine.transition(set, { type: 'FORM', at: '2026-01-12T12:00:00Z' });
 * set = setMachine.transition(set, {
 *   type: 'PLAN',
 *   at: '2026-01-12T12:05:00Z',
 *   cadence: { every: 4, unit: 'weeks' },
 *   firstMeeting: '2026-02-05',
 * });
 * set = setMachine.transition(set, { type: 'CONTRACT', at: '2026-02-05T18:00:00Z' });
 * set = setMachine.transition(set, { type: 'AGREE_CONTRACT', at: '2026-02-05T18:30:00Z' });
 * set = setMachine.transition(set, {
 *   type: 'RECORD_MEETING',
 *   at: '2026-02-05T21:00:00Z',
 *   meeting: 'm1',
 *   date: '2026-02-05',
 *   present: ['ama', 'ben', 'cy', 'dee'],
 * });
 * [set.value, set.context.nextDue];
 * // => ['active', '2026-03-05']
 * set = setMachine.transition(set, { type: 'LEAVE', at: '2026-02-20T09:00:00Z', member: 'cy' });
 * [set.value, set.context.paused?.reason];
 * // => ['paused', '3 members, below the quorum of 4']
 * ```
 */
export const setMachine: SetMachine = /* @__PURE__ */ (() =>
  defineMachine({
    name: 'setMachine',
    schemaVersion: 1,
    states: [
      'recruiting',
      'forming',
      'contracting',
      'active',
      'paused',
      'finalReview',
      'recontracted',
      'ended',
    ],
    initial: 'recruiting',
    final: ['ended'],
    setup: SetSetup,
    context: SetContextSchema,
    init: (setup): SetContext => ({
      setId: setup.setId,
      quorum: setup.quorum,
      members: setup.members.map((id) => ({ id, joinedAt: null })),
      departures: [],
      cadence: setup.cadence,
      nextDue: null,
      groundRules: null,
      meetings: [],
      cycle: 1,
      paused: null,
      ended: null,
    }),
    events: SET_EVENTS,
    transitions,
    invariant: (state) =>
      (state.value === 'paused') !== (state.context.paused !== null) ||
      (state.value === 'ended') !== (state.context.ended !== null)
        ? 'a paused or ended set, and only such a set, records why'
        : undefined,
  }))();
