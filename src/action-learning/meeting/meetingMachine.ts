import { allocateAirtime } from '../allocateAirtime.js';
import { classifyQuestion } from '../classifyQuestion.js';
import { defineMachine } from '../machine/defineMachine.js';
import { latest } from '../machine/latest.js';
import { secondsBetween } from '../machine/instant.js';
import type { Machine, TransitionDefinition } from '../machine/types.js';
import {
  MEETING_EVENTS,
  MEETING_STAGES,
  SLOT_STAGES,
  MeetingContextSchema,
  MeetingSetup,
  type MeetingContext,
  type MeetingEvent,
  type MeetingEventInput,
  type MeetingSetupInput,
  type MeetingSlot,
  type MeetingStage,
  type MeetingState,
  type SlotStage,
} from './meetingModel.js';

const OPEN: readonly MeetingStage[] = [
  'checkingIn',
  'contracting',
  'reviewing',
  'bidding',
  ...SLOT_STAGES,
  'processReview',
  'checkingOut',
];

type Event<Type extends keyof typeof MEETING_EVENTS> = ReturnType<
  (typeof MEETING_EVENTS)[Type]['parse']
>;
type Transition<Type extends keyof typeof MEETING_EVENTS> = TransitionDefinition<
  MeetingStage,
  MeetingContext,
  Event<Type>
>;

const has = (list: readonly { readonly member: string }[], member: string): boolean =>
  list.some((entry) => entry.member === member);

const quote = (text: string): string => JSON.stringify(text);

const presenters = (context: MeetingContext): string[] =>
  context.plan?.allocations.filter((share) => share.minutes > 0).map((share) => share.member) ?? [];

/** A guard that allows the transition only when `pick` chooses its target. */
const branch =
  (
    target: MeetingStage,
    pick: (state: MeetingState) => MeetingStage,
    first?: (state: MeetingState) => string | undefined,
  ) =>
  (state: MeetingState): string | undefined =>
    first?.(state) ?? (pick(state) === target ? undefined : `this leads to "${pick(state)}"`);

const quorum = (state: MeetingState): string | undefined => {
  const { arrivals, quorum: needed, members } = state.context;
  return arrivals.length >= needed
    ? undefined
    : `${String(arrivals.length)} of ${String(members.length)} members have arrived; the quorum is ${String(needed)}`;
};

const afterRules = (state: MeetingState): MeetingStage =>
  state.context.previousActions.length > 0 ? 'reviewing' : 'bidding';
const afterCheckIn = (state: MeetingState): MeetingStage =>
  state.context.contract ? 'contracting' : afterRules(state);

// A member presents at most once a meeting, so the slot's actions are the presenter's.
const actionCommitted = (state: MeetingState): string | undefined =>
  state.context.actions.some((action) => action.owner === state.context.slots.at(-1)?.presenter)
    ? undefined
    : 'the presenter has not committed to an action yet; send COMMIT_ACTION first';
const afterSlot = (state: MeetingState): MeetingStage =>
  state.context.slots.length < presenters(state.context).length ? 'describing' : 'processReview';

const present = (state: MeetingState, member: string): string | undefined =>
  has(state.context.arrivals, member) ? undefined : `${quote(member)} has not arrived`;

const newSlot = (state: MeetingState, at: string): MeetingSlot => {
  const member = presenters(state.context)[state.context.slots.length] ?? '';
  return {
    presenter: member,
    plannedMinutes:
      state.context.plan?.allocations.find((share) => share.member === member)?.minutes ?? 0,
    startedAt: at,
    endedAt: null,
    timeUp: null,
    pausedSeconds: 0,
  };
};

const closeSlot = (slots: MeetingSlot[], at: string): void => {
  const slot = slots[slots.length - 1];
  if (slot !== undefined && slot.endedAt === null) slot.endedAt = at;
};

const stage = <Type extends 'CLARIFY' | 'EXPLORE' | 'REFLECT' | 'COMMIT'>(
  from: SlotStage,
  to: SlotStage,
): Transition<Type>[] => [{ from, to }];

const transitions = /* @__PURE__ */ (() => ({
  OPEN: [
    {
      from: 'scheduled',
      to: 'checkingIn',
      set: { openedAt: (event) => event.at },
    },
  ] satisfies Transition<'OPEN'>[],
  ARRIVE: [
    {
      from: OPEN,
      check: (state, event) =>
        !state.context.members.includes(event.member)
          ? `${quote(event.member)} is not a member of the set`
          : has(state.context.arrivals, event.member)
            ? `${quote(event.member)} has already arrived`
            : undefined,
      append: { arrivals: (event) => ({ member: event.member, at: event.at }) },
    },
  ] satisfies Transition<'ARRIVE'>[],
  BEGIN: (['contracting', 'reviewing', 'bidding'] as const).map((to): Transition<'BEGIN'> => ({
    from: 'checkingIn',
    to,
    guard: branch(to, afterCheckIn, quorum),
    note:
      to === 'contracting'
        ? '[quorum, first meeting]'
        : to === 'reviewing'
          ? '[quorum, actions to review]'
          : '[quorum]',
  })),
  PROPOSE_RULE: [
    {
      from: 'contracting',
      check: (state, event) =>
        state.context.groundRules.some((rule) => rule.id === event.rule.id)
          ? `there is already a rule ${quote(event.rule.id)}`
          : undefined,
      append: { groundRules: (event) => event.rule },
    },
  ] satisfies Transition<'PROPOSE_RULE'>[],
  DROP_RULE: [
    {
      from: 'contracting',
      check: (state, event) =>
        state.context.groundRules.some((rule) => rule.id === event.rule)
          ? undefined
          : `there is no rule ${quote(event.rule)}`,
      update: {
        groundRules: (rules, event, state) => {
          rules.splice(
            state.context.groundRules.findIndex((rule) => rule.id === event.rule),
            1,
          );
        },
      },
    },
  ] satisfies Transition<'DROP_RULE'>[],
  AGREE_RULES: (['reviewing', 'bidding'] as const).map((to): Transition<'AGREE_RULES'> => ({
    from: 'contracting',
    to,
    guard: branch(to, afterRules, (state) =>
      state.context.groundRules.length > 0 ? undefined : 'there are no ground rules to agree',
    ),
    ...(to === 'reviewing' ? { note: '[actions to review]' } : {}),
  })),
  REVIEW_ACTION: [
    {
      from: 'reviewing',
      check: (state, event) =>
        state.context.previousActions.some((action) => action.id === event.action)
          ? undefined
          : `there is no action ${quote(event.action)} from the last meeting`,
      append: {
        reviews: (event) => ({
          action: event.action,
          outcome: event.outcome,
          note: event.note,
          at: event.at,
        }),
      },
    },
  ] satisfies Transition<'REVIEW_ACTION'>[],
  END_REVIEW: [
    {
      from: 'reviewing',
      to: 'bidding',
      guard: (state) => {
        const left = state.context.previousActions.filter(
          (action) => !state.context.reviews.some((review) => review.action === action.id),
        );
        return left.length === 0
          ? undefined
          : `${String(left.length)} action(s) still to review: ${left.map((action) => action.id).join(', ')}`;
      },
    },
  ] satisfies Transition<'END_REVIEW'>[],
  BID: [
    {
      from: 'bidding',
      check: (state, event) => present(state, event.member),
      append: { bids: (event) => ({ member: event.member, minutes: event.minutes, at: event.at }) },
      set: { plan: () => null },
    },
  ] satisfies Transition<'BID'>[],
  ALLOCATE: [
    {
      from: 'bidding',
      guard: (state) => (state.context.bids.length > 0 ? undefined : 'nobody has bid yet'),
      set: {
        plan: (event, state) =>
          allocateAirtime(
            latest(state.context.bids, 'member').map((bid) => ({
              member: bid.member,
              minutes: bid.minutes,
              lastPresented: state.context.lastPresented[bid.member] ?? null,
            })),
            event.totalMinutes,
            event.policy,
          ) as MeetingContext['plan'],
      },
    },
  ] satisfies Transition<'ALLOCATE'>[],
  START_PRESENTING: [
    {
      from: 'bidding',
      to: 'describing',
      guard: (state) =>
        presenters(state.context).length > 0
          ? undefined
          : 'there is no airtime plan since the last bid; send ALLOCATE first',
      append: { slots: (event, state) => newSlot(state, event.at) },
    },
  ] satisfies Transition<'START_PRESENTING'>[],
  CLARIFY: stage<'CLARIFY'>('describing', 'clarifying'),
  ASK: [
    {
      from: ['clarifying', 'exploring'],
      check: (state, event) =>
        present(state, event.by) ??
        (state.context.slots.at(-1)?.presenter === event.by
          ? `${quote(event.by)} is presenting; questions come from the rest of the set`
          : undefined),
      append: {
        questions: (event, state) => {
          const found = event.kind === undefined ? classifyQuestion(event.text) : null;
          return {
            slot: state.context.slots.length - 1,
            by: event.by,
            text: event.text,
            kind: found?.kind ?? event.kind ?? 'closed',
            cues: found === null ? [] : [...found.cues],
            classifiedBy: found === null ? 'app' : 'classifier',
            at: event.at,
          };
        },
      },
    },
  ] satisfies Transition<'ASK'>[],
  EXPLORE: stage<'EXPLORE'>('clarifying', 'exploring'),
  REFLECT: stage<'REFLECT'>('exploring', 'reflecting'),
  COMMIT: stage<'COMMIT'>('reflecting', 'committing'),
  COMMIT_ACTION: [
    {
      from: 'committing',
      check: (state, event) =>
        event.id !== undefined &&
        [...state.context.actions, ...state.context.previousActions].some(
          (action) => action.id === event.id,
        )
          ? `there is already an action ${quote(event.id)}`
          : undefined,
      append: {
        actions: (event, state) => {
          const { actions, previousActions, meetingId, slots } = state.context;
          return {
            id:
              event.id ??
              freeActionId(meetingId, actions.length + 1, [...actions, ...previousActions]),
            owner: slots.at(-1)?.presenter ?? '',
            text: event.text,
            due: event.due ?? null,
            at: event.at,
          };
        },
      },
    },
  ] satisfies Transition<'COMMIT_ACTION'>[],
  TIME_UP: [
    {
      from: SLOT_STAGES,
      to: 'committing',
      guard: (state) =>
        state.context.slots.at(-1)?.timeUp === null ? undefined : 'time is already up',
      update: {
        slots: (slots, event, state) => {
          const slot = slots[slots.length - 1];
          if (slot !== undefined) slot.timeUp = { stage: state.value as SlotStage, at: event.at };
        },
      },
    },
  ] satisfies Transition<'TIME_UP'>[],
  END_SLOT: (['describing', 'processReview'] as const).map((to): Transition<'END_SLOT'> => ({
    from: 'committing',
    to,
    guard: branch(to, afterSlot, actionCommitted),
    note: to === 'describing' ? '[next presenter]' : '[last presenter]',
    update: {
      slots: (slots, event, state) => {
        closeSlot(slots, event.at);
        if (to === 'describing') slots.push(newSlot(state, event.at));
      },
    },
  })),
  RATE_RULE: [
    {
      from: 'processReview',
      check: (state, event) =>
        state.context.groundRules.some((rule) => rule.id === event.rule)
          ? undefined
          : `there is no rule ${quote(event.rule)}`,
      append: {
        ratings: (event) => ({
          rule: event.rule,
          kept: event.kept,
          note: event.note ?? null,
          at: event.at,
        }),
      },
    },
  ] satisfies Transition<'RATE_RULE'>[],
  END_PROCESS_REVIEW: [
    { from: 'processReview', to: 'checkingOut' },
  ] satisfies Transition<'END_PROCESS_REVIEW'>[],
  CHECK_OUT: [
    {
      from: 'checkingOut',
      check: (state, event) =>
        present(state, event.member) ??
        (has(state.context.checkOuts, event.member)
          ? `${quote(event.member)} has already checked out`
          : undefined),
      append: {
        checkOuts: (event) => ({ member: event.member, word: event.word ?? null, at: event.at }),
      },
    },
  ] satisfies Transition<'CHECK_OUT'>[],
  CLOSE: [
    {
      from: 'checkingOut',
      to: 'closed',
      set: { closedAt: (event) => event.at },
    },
  ] satisfies Transition<'CLOSE'>[],
  PAUSE: [
    {
      from: OPEN,
      to: 'paused',
      set: { paused: (event, state) => ({ from: state.value, at: event.at }) },
    },
  ] satisfies Transition<'PAUSE'>[],
  RESUME: OPEN.map((to): Transition<'RESUME'> => ({
    from: 'paused',
    to,
    note: '[where it paused]',
    guard: (state) => (state.context.paused?.from === to ? undefined : 'it paused elsewhere'),
    set: { paused: () => null },
    update: {
      slots: (slots, event, state) => {
        const slot = slots[slots.length - 1];
        if (slot !== undefined && slot.endedAt === null && state.context.paused !== null) {
          slot.pausedSeconds += secondsBetween(state.context.paused.at, event.at);
        }
      },
    },
  })),
  ABANDON: [
    {
      from: ['scheduled', ...OPEN, 'paused'],
      to: 'adjourned',
      set: {
        paused: () => null,
        adjourned: (event, state) => ({
          at: event.at,
          reason: event.reason,
          stage: state.context.paused?.from ?? state.value,
        }),
      },
      update: {
        slots: (slots, event, state) => {
          closeSlot(slots, state.context.paused?.at ?? event.at);
        },
      },
    },
  ] satisfies Transition<'ABANDON'>[],
}))();

/**
 * The type of {@link meetingMachine}: a {@link Machine} over meeting stages, contexts,
 * setups and events.
 */
export type MeetingMachine = Machine<
  MeetingStage,
  MeetingContext,
  MeetingSetupInput,
  MeetingEvent,
  MeetingEventInput
>;

/**
 * The protocol of one action learning meeting as a pure state machine.
 *
 * A meeting is `scheduled`, then `OPEN`ed for check-in; once a quorum of members has arrived
 * it `BEGIN`s. The first meeting contracts ground rules (starting from
 * {@link DEFAULT_GROUND_RULES}); later meetings first hear how last time's actions went
 * (each `REVIEW_ACTION` marks one done, partly done, not done or dropped, with a note).
 * Members then bid for airtime, and `ALLOCATE` shares the time with {@link allocateAirtime}.
 * Each presenter's slot follows the action learning cycle: `describing` the challenge,
 * `clarifying` and `exploring` it through the set's questions, `reflecting`, and
 * `committing` to actions; time up in any slot stage goes straight to committing, so actions
 * are always captured. A process review asks how the set kept its rules, then members check
 * out and the meeting is `closed`. `PAUSE` and `RESUME` return to the same stage (paused
 * time is not airtime); `ABANDON` from anywhere gives `adjourned`.
 *
 * Every event carries its time, so airtime is measured from the events. Each `ASK` carries
 * the question, who asked, and its kind (`open`, `closed`, `leading` or `advice`); when the
 * app leaves the kind out, {@link classifyQuestion} decides it and records its cues. The
 * state is plain JSON: store it, reload it with `meetingMachine.parseState`, and carry on.
 * See {@link MeetingEvent} for every event. Cost per event: O(1) to find the transition,
 * plus O(size of the list it checks or changes).
 *
 * Reference: R. Revans, *ABC of Action Learning* (2011); M. Pedler, *Action Learning for
 * Managers* (2008).
 *
 * @example
 * ```ts
 * const members = ['ama', 'ben', 'cy', 'dee'];
 * let meeting = meetingMachine.initial({ meetingId: 'm1', members });
 * meeting = meetingMachine.transition(meeting, { type: 'OPEN', at: '2026-03-05T18:00:00Z' });
 * meeting = meetingMachine.transition(meeting, { type: 'ARRIVE', at: '2026-03-05T18:01:00Z', member: 'ama' });
 * meetingMachine.events(meeting).refused;
 * // => [{ type: 'BEGIN', reason: '1 of 4 members have arrived; the quorum is 3' }]
 * try {
 *   meetingMachine.transition(meeting, { type: 'BEGIN', at: '2026-03-05T18:02:00Z' });
 * } catch (error) {
 *   isPeerLearnError(error, 'invalid_transition') && error.details.allowed;
 *   // => ['ARRIVE', 'PAUSE', 'ABANDON']
 * }
 * meetingMachine.replay({ meetingId: 'm1', members }, [
 *   { type: 'OPEN', at: '2026-03-05T18:00:00Z' },
 *   { type: 'ABANDON', at: '2026-03-05T18:20:00Z', reason: 'Snow: only one member could come' },
 * ]).value;
 * // => 'adjourned'
 * ```
 */
export const meetingMachine: MeetingMachine = /* @__PURE__ */ (() =>
  defineMachine({
    name: 'meetingMachine',
    schemaVersion: 1,
    states: MEETING_STAGES,
    initial: 'scheduled',
    final: ['closed', 'adjourned'],
    groups: {
      'any open stage': OPEN,
      'any slot stage': SLOT_STAGES,
    },
    setup: MeetingSetup,
    context: MeetingContextSchema,
    init: (setup): MeetingContext => ({
      ...setup,
      openedAt: null,
      arrivals: [],
      reviews: [],
      bids: [],
      plan: null,
      slots: [],
      questions: [],
      actions: [],
      ratings: [],
      checkOuts: [],
      paused: null,
      closedAt: null,
      adjourned: null,
    }),
    events: MEETING_EVENTS,
    transitions,
    invariant: (state) => {
      const { paused, slots } = state.context;
      const stage = state.value === 'paused' ? paused?.from : state.value;
      if ((state.value === 'paused') !== (paused !== null))
        return 'a paused meeting, and only a paused one, records where it paused';
      if (SLOT_STAGES.includes(stage as SlotStage) !== (slots.at(-1)?.endedAt === null))
        return 'a slot is open exactly while the meeting is in a slot stage';
      return undefined;
    },
  }))();

/**
 * The first default action id, `<meetingId>-a<n>` counting up from `n`, that no action
 * holds yet: an app may have given an earlier action that very id.
 */
function freeActionId(
  meetingId: string,
  from: number,
  taken: readonly { readonly id: string }[],
): string {
  const ids = new Set(taken.map((action) => action.id));
  let n = from;
  while (ids.has(`${meetingId}-a${String(n)}`)) n += 1;
  return `${meetingId}-a${String(n)}`;
}
