/**
 * Benchmark: peerlearn's meetingMachine against the same protocol written with XState v5
 * and as a plain transition table updated with immer (issue 6).
 *
 *   npm run build && node_modules/.bin/tsx --tsconfig examples/tsconfig.json test/bench/machines.bench.ts [--rounds 7] [--meetings 300]
 *
 * The workload is a whole second meeting of a set of six, 72 events: check-in, a review of
 * two actions, three bids and an allocation, three presenters' slots (24 questions, a
 * pause and resume, time up in one slot, six actions), a process review, six check-outs,
 * close. Every implementation runs the same events and must end in the same state (checked
 * before timing). The three rivals implement the same stages, events, guards (quorum,
 * every action reviewed, a plan, an action per slot, who may ask) and context records:
 *
 * - peerlearn: `meetingMachine.transition(state, event)` from the built package; it also
 *   validates every event with zod and refuses times that go backwards, which the rivals
 *   do not do.
 * - XState `actor.send(event)`: a flat `createMachine` with the same guards, and `assign`
 *   actions written with spreads, one actor per meeting (created before timing).
 * - XState `transition(machine, snapshot, event)`: its pure function, same machine.
 * - immer table: `table[stage][event.type]` rows with the same guards; each event runs
 *   `produce` on the whole state (stage, time and context) with an immer recipe.
 *
 * Each round times every implementation in turn on the same meetings (interleaved, so a
 * burst of load on this shared 2-core machine hits all of them); the table shows the median
 * transitions per second over the rounds. Initial states and actors are built before the
 * clock starts; only transitions are timed.
 */
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { produce } from 'immer';
import {
  allocateAirtime,
  meetingMachine,
  type MeetingEventInput,
  type MeetingState,
} from 'peerlearn';
import { assign, createActor, initialTransition, setup, transition } from 'xstate';

const argument = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? fallback : Number(process.argv[index + 1]);
};
const ROUNDS = argument('rounds', 7);
const MEETINGS = argument('meetings', 300);

// ---------------------------------------------------------------------------------------
// The workload

const MEMBERS = ['ama', 'ben', 'cy', 'dee', 'eli', 'fay'];
const SETUP = {
  meetingId: 'm2',
  number: 2,
  members: MEMBERS,
  previousActions: [
    { id: 'm1-a1', owner: 'ama', text: 'Ask the chair for ten minutes at the board' },
    { id: 'm1-a2', owner: 'ben', text: 'Shadow a volunteer shift' },
  ],
};

function meetingEvents(): MeetingEventInput[] {
  let clock = Date.parse('2026-04-02T18:00:00Z');
  const at = (): string => new Date((clock += 20_000)).toISOString();
  const slot = (presenter: string, pause: boolean, timeUp: boolean): MeetingEventInput[] => {
    const askers = MEMBERS.filter((member) => member !== presenter);
    const ask = (i: number, kind: 'open' | 'closed' | 'advice'): MeetingEventInput => ({
      type: 'ASK',
      at: at(),
      by: askers[i % askers.length] ?? '',
      text:
        kind === 'advice' ? 'Have you tried asking the chair?' : 'What matters most to you here?',
      kind,
    });
    return [
      { type: 'CLARIFY', at: at() },
      ask(0, 'closed'),
      ask(1, 'open'),
      ask(2, 'open'),
      ...(pause
        ? ([
            { type: 'PAUSE', at: at() },
            { type: 'RESUME', at: at() },
          ] as MeetingEventInput[])
        : []),
      { type: 'EXPLORE', at: at() },
      ask(3, 'open'),
      ask(4, 'advice'),
      ask(5, 'open'),
      ask(6, 'open'),
      ask(7, 'open'),
      ...(timeUp
        ? ([{ type: 'TIME_UP', at: at() }] as MeetingEventInput[])
        : ([
            { type: 'REFLECT', at: at() },
            { type: 'COMMIT', at: at() },
          ] as MeetingEventInput[])),
      { type: 'COMMIT_ACTION', at: at(), text: `${presenter}: first step` },
      { type: 'COMMIT_ACTION', at: at(), text: `${presenter}: second step` },
      { type: 'END_SLOT', at: at() },
    ];
  };
  return [
    { type: 'OPEN', at: at() },
    ...MEMBERS.map((member): MeetingEventInput => ({ type: 'ARRIVE', at: at(), member })),
    { type: 'BEGIN', at: at() },
    { type: 'REVIEW_ACTION', at: at(), action: 'm1-a1', outcome: 'done', note: 'Got the slot' },
    { type: 'REVIEW_ACTION', at: at(), action: 'm1-a2', outcome: 'partly', note: 'One shift' },
    { type: 'END_REVIEW', at: at() },
    { type: 'BID', at: at(), member: 'ama', minutes: 30 },
    { type: 'BID', at: at(), member: 'cy', minutes: 20 },
    { type: 'BID', at: at(), member: 'eli', minutes: 15 },
    { type: 'ALLOCATE', at: at(), totalMinutes: 60, policy: 'proportional' },
    { type: 'START_PRESENTING', at: at() },
    ...slot('ama', true, false),
    ...slot('cy', false, false),
    ...slot('eli', false, true),
    { type: 'RATE_RULE', at: at(), rule: 'no-advice', kept: 'partly' },
    { type: 'RATE_RULE', at: at(), rule: 'listening', kept: 'kept' },
    { type: 'END_PROCESS_REVIEW', at: at() },
    ...MEMBERS.map((member): MeetingEventInput => ({ type: 'CHECK_OUT', at: at(), member })),
    { type: 'CLOSE', at: at() },
  ];
}

// ---------------------------------------------------------------------------------------
// The same protocol for the rivals: one list of rows, with updates written twice (XState
// `assign` with spreads; an immer recipe for the table).

type Event = { type: string; at: string } & Record<string, unknown>;
interface Slot {
  presenter: string;
  plannedMinutes: number;
  startedAt: string;
  endedAt: string | null;
  timeUp: { stage: string; at: string } | null;
  pausedSeconds: number;
}
interface Context {
  meetingId: string;
  contract: boolean;
  members: string[];
  quorum: number;
  groundRules: { id: string; text: string }[];
  previousActions: { id: string }[];
  openedAt: string | null;
  arrivals: { member: string; at: string }[];
  reviews: { action: string; outcome: string; note: string; at: string }[];
  bids: { member: string; minutes: number; at: string }[];
  plan: ReturnType<typeof allocateAirtime> | null;
  slots: Slot[];
  questions: { slot: number; by: string; text: string; kind: string; at: string }[];
  actions: { id: string; owner: string; text: string; due: string | null; at: string }[];
  ratings: { rule: string; kept: string; note: string | null; at: string }[];
  checkOuts: { member: string; word: string | null; at: string }[];
  paused: { from: string; at: string } | null;
  closedAt: string | null;
  adjourned: { at: string; reason: string } | null;
}
interface Row {
  on: string;
  from: readonly string[];
  to?: string;
  allow?: (context: Context, event: Event, stage: string) => boolean;
  assign?: (context: Context, event: Event, stage: string) => Partial<Context>;
  recipe?: (draft: Context, event: Event, stage: string, context: Context) => void;
}

const SLOT = ['describing', 'clarifying', 'exploring', 'reflecting', 'committing'];
const OPEN = [
  'checkingIn',
  'contracting',
  'reviewing',
  'bidding',
  ...SLOT,
  'processReview',
  'checkingOut',
];
const STAGES = ['scheduled', ...OPEN, 'paused', 'closed', 'adjourned'];
const text = (event: Event, key: string): string => String(event[key]);
const presenters = (c: Context): string[] =>
  c.plan?.allocations.filter((s) => s.minutes > 0).map((s) => s.member) ?? [];
const here = (c: Context, member: string): boolean => c.arrivals.some((a) => a.member === member);
const afterRules = (c: Context): string => (c.previousActions.length > 0 ? 'reviewing' : 'bidding');
const newSlot = (c: Context, at: string): Slot => {
  const member = presenters(c)[c.slots.length] ?? '';
  return {
    presenter: member,
    plannedMinutes: c.plan?.allocations.find((s) => s.member === member)?.minutes ?? 0,
    startedAt: at,
    endedAt: null,
    timeUp: null,
    pausedSeconds: 0,
  };
};
const withLast = (slots: Slot[], change: Partial<Slot>): Slot[] =>
  slots.map((slot, i) => (i === slots.length - 1 ? { ...slot, ...change } : slot));
const upsert = <T>(list: T[], same: (t: T) => boolean, entry: T): T[] =>
  list.some(same) ? list.map((t) => (same(t) ? entry : t)) : [...list, entry];
const seconds = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 1000;
const committed = (c: Context): boolean =>
  c.actions.some((a) => a.owner === c.slots[c.slots.length - 1]?.presenter);

const ROWS: Row[] = [
  {
    on: 'OPEN',
    from: ['scheduled'],
    to: 'checkingIn',
    assign: (_, e) => ({ openedAt: e.at }),
    recipe: (d, e) => {
      d.openedAt = e.at;
    },
  },
  {
    on: 'ARRIVE',
    from: OPEN,
    allow: (c, e) => c.members.includes(text(e, 'member')) && !here(c, text(e, 'member')),
    assign: (c, e) => ({ arrivals: [...c.arrivals, { member: text(e, 'member'), at: e.at }] }),
    recipe: (d, e) => {
      d.arrivals.push({ member: text(e, 'member'), at: e.at });
    },
  },
  ...['contracting', 'reviewing', 'bidding'].map((to): Row => ({
    on: 'BEGIN',
    from: ['checkingIn'],
    to,
    allow: (c) =>
      c.arrivals.length >= c.quorum && (c.contract ? 'contracting' : afterRules(c)) === to,
  })),
  {
    on: 'PROPOSE_RULE',
    from: ['contracting'],
    assign: (c, e) => ({
      groundRules: [...c.groundRules, e['rule'] as { id: string; text: string }],
    }),
    recipe: (d, e) => {
      d.groundRules.push(e['rule'] as { id: string; text: string });
    },
  },
  ...['reviewing', 'bidding'].map((to): Row => ({
    on: 'AGREE_RULES',
    from: ['contracting'],
    to,
    allow: (c) => c.groundRules.length > 0 && afterRules(c) === to,
  })),
  {
    on: 'REVIEW_ACTION',
    from: ['reviewing'],
    allow: (c, e) => c.previousActions.some((a) => a.id === e['action']),
    assign: (c, e) => ({
      reviews: upsert(c.reviews, (r) => r.action === e['action'], {
        action: text(e, 'action'),
        outcome: text(e, 'outcome'),
        note: text(e, 'note'),
        at: e.at,
      }),
    }),
    recipe: (d, e, _, c) => {
      const entry = {
        action: text(e, 'action'),
        outcome: text(e, 'outcome'),
        note: text(e, 'note'),
        at: e.at,
      };
      const i = c.reviews.findIndex((r) => r.action === e['action']);
      if (i < 0) d.reviews.push(entry);
      else d.reviews[i] = entry;
    },
  },
  {
    on: 'END_REVIEW',
    from: ['reviewing'],
    to: 'bidding',
    allow: (c) => c.previousActions.every((a) => c.reviews.some((r) => r.action === a.id)),
  },
  {
    on: 'BID',
    from: ['bidding'],
    allow: (c, e) => here(c, text(e, 'member')),
    assign: (c, e) => ({
      bids: upsert(c.bids, (b) => b.member === e['member'], {
        member: text(e, 'member'),
        minutes: Number(e['minutes']),
        at: e.at,
      }),
      plan: null,
    }),
    recipe: (d, e, _, c) => {
      const entry = { member: text(e, 'member'), minutes: Number(e['minutes']), at: e.at };
      const i = c.bids.findIndex((b) => b.member === e['member']);
      if (i < 0) d.bids.push(entry);
      else d.bids[i] = entry;
      d.plan = null;
    },
  },
  {
    on: 'ALLOCATE',
    from: ['bidding'],
    allow: (c) => c.bids.length > 0,
    assign: (c, e) => ({
      plan: allocateAirtime(
        c.bids.map((b) => ({ member: b.member, minutes: b.minutes })),
        Number(e['totalMinutes']),
        e['policy'] as 'proportional',
      ),
    }),
    recipe: (d, e, _, c) => {
      d.plan = allocateAirtime(
        c.bids.map((b) => ({ member: b.member, minutes: b.minutes })),
        Number(e['totalMinutes']),
        e['policy'] as 'proportional',
      );
    },
  },
  {
    on: 'START_PRESENTING',
    from: ['bidding'],
    to: 'describing',
    allow: (c) => presenters(c).length > 0,
    assign: (c, e) => ({ slots: [...c.slots, newSlot(c, e.at)] }),
    recipe: (d, e, _, c) => {
      d.slots.push(newSlot(c, e.at));
    },
  },
  { on: 'CLARIFY', from: ['describing'], to: 'clarifying' },
  {
    on: 'ASK',
    from: ['clarifying', 'exploring'],
    allow: (c, e) => here(c, text(e, 'by')) && c.slots[c.slots.length - 1]?.presenter !== e['by'],
    assign: (c, e) => ({
      questions: [
        ...c.questions,
        {
          slot: c.slots.length - 1,
          by: text(e, 'by'),
          text: text(e, 'text'),
          kind: text(e, 'kind'),
          at: e.at,
        },
      ],
    }),
    recipe: (d, e, _, c) => {
      d.questions.push({
        slot: c.slots.length - 1,
        by: text(e, 'by'),
        text: text(e, 'text'),
        kind: text(e, 'kind'),
        at: e.at,
      });
    },
  },
  { on: 'EXPLORE', from: ['clarifying'], to: 'exploring' },
  { on: 'REFLECT', from: ['exploring'], to: 'reflecting' },
  { on: 'COMMIT', from: ['reflecting'], to: 'committing' },
  {
    on: 'COMMIT_ACTION',
    from: ['committing'],
    assign: (c, e) => ({
      actions: [
        ...c.actions,
        {
          id: `${c.meetingId}-a${String(c.actions.length + 1)}`,
          owner: c.slots[c.slots.length - 1]?.presenter ?? '',
          text: text(e, 'text'),
          due: null,
          at: e.at,
        },
      ],
    }),
    recipe: (d, e, _, c) => {
      d.actions.push({
        id: `${c.meetingId}-a${String(c.actions.length + 1)}`,
        owner: c.slots[c.slots.length - 1]?.presenter ?? '',
        text: text(e, 'text'),
        due: null,
        at: e.at,
      });
    },
  },
  {
    on: 'TIME_UP',
    from: SLOT,
    to: 'committing',
    allow: (c) => c.slots[c.slots.length - 1]?.timeUp === null,
    assign: (c, e, stage) => ({ slots: withLast(c.slots, { timeUp: { stage, at: e.at } }) }),
    recipe: (d, e, stage) => {
      const slot = d.slots[d.slots.length - 1];
      if (slot !== undefined) slot.timeUp = { stage, at: e.at };
    },
  },
  ...['describing', 'processReview'].map((to): Row => ({
    on: 'END_SLOT',
    from: ['committing'],
    to,
    allow: (c) =>
      committed(c) &&
      (c.slots.length < presenters(c).length ? 'describing' : 'processReview') === to,
    assign: (c, e) => {
      const slots = withLast(c.slots, { endedAt: e.at });
      return { slots: to === 'describing' ? [...slots, newSlot(c, e.at)] : slots };
    },
    recipe: (d, e, _, c) => {
      const slot = d.slots[d.slots.length - 1];
      if (slot !== undefined) slot.endedAt = e.at;
      if (to === 'describing') d.slots.push(newSlot(c, e.at));
    },
  })),
  {
    on: 'RATE_RULE',
    from: ['processReview'],
    allow: (c, e) => c.groundRules.some((r) => r.id === e['rule']),
    assign: (c, e) => ({
      ratings: upsert(c.ratings, (r) => r.rule === e['rule'], {
        rule: text(e, 'rule'),
        kept: text(e, 'kept'),
        note: null,
        at: e.at,
      }),
    }),
    recipe: (d, e, _, c) => {
      const entry = { rule: text(e, 'rule'), kept: text(e, 'kept'), note: null, at: e.at };
      const i = c.ratings.findIndex((r) => r.rule === e['rule']);
      if (i < 0) d.ratings.push(entry);
      else d.ratings[i] = entry;
    },
  },
  { on: 'END_PROCESS_REVIEW', from: ['processReview'], to: 'checkingOut' },
  {
    on: 'CHECK_OUT',
    from: ['checkingOut'],
    allow: (c, e) =>
      here(c, text(e, 'member')) && !c.checkOuts.some((o) => o.member === e['member']),
    assign: (c, e) => ({
      checkOuts: [...c.checkOuts, { member: text(e, 'member'), word: null, at: e.at }],
    }),
    recipe: (d, e) => {
      d.checkOuts.push({ member: text(e, 'member'), word: null, at: e.at });
    },
  },
  {
    on: 'CLOSE',
    from: ['checkingOut'],
    to: 'closed',
    assign: (_, e) => ({ closedAt: e.at }),
    recipe: (d, e) => {
      d.closedAt = e.at;
    },
  },
  {
    on: 'PAUSE',
    from: OPEN,
    to: 'paused',
    assign: (_, e, stage) => ({ paused: { from: stage, at: e.at } }),
    recipe: (d, e, stage) => {
      d.paused = { from: stage, at: e.at };
    },
  },
  ...OPEN.map((to): Row => ({
    on: 'RESUME',
    from: ['paused'],
    to,
    allow: (c) => c.paused?.from === to,
    assign: (c, e) => {
      const slot = c.slots[c.slots.length - 1];
      return slot !== undefined && slot.endedAt === null && c.paused !== null
        ? {
            paused: null,
            slots: withLast(c.slots, {
              pausedSeconds: slot.pausedSeconds + seconds(c.paused.at, e.at),
            }),
          }
        : { paused: null };
    },
    recipe: (d, e, _, c) => {
      const slot = d.slots[d.slots.length - 1];
      if (slot !== undefined && slot.endedAt === null && c.paused !== null)
        slot.pausedSeconds += seconds(c.paused.at, e.at);
      d.paused = null;
    },
  })),
  {
    on: 'ABANDON',
    from: ['scheduled', ...OPEN, 'paused'],
    to: 'adjourned',
    assign: (c, e) => ({
      slots:
        c.slots[c.slots.length - 1]?.endedAt === null
          ? withLast(c.slots, { endedAt: c.paused?.at ?? e.at })
          : c.slots,
      paused: null,
      adjourned: { at: e.at, reason: text(e, 'reason') },
    }),
    recipe: (d, e, _, c) => {
      const slot = d.slots[d.slots.length - 1];
      if (slot !== undefined && slot.endedAt === null) slot.endedAt = c.paused?.at ?? e.at;
      d.paused = null;
      d.adjourned = { at: e.at, reason: text(e, 'reason') };
    },
  },
];

function initialContext(): Context {
  const state = meetingMachine.initial(SETUP);
  // A deep, unfrozen copy: XState and the table start from the same data.
  return JSON.parse(JSON.stringify(state.context)) as Context;
}

// XState: a flat machine with the same rows.
const xMachine = setup({
  types: { context: {} as Context, events: {} as Event },
}).createMachine({
  id: 'meeting',
  initial: 'scheduled',
  context: initialContext,
  states: Object.fromEntries(
    STAGES.map((stage) => {
      const on: Record<string, unknown[]> = {};
      for (const row of ROWS) {
        if (!row.from.includes(stage)) continue;
        const { allow, assign: update } = row;
        (on[row.on] ??= []).push({
          ...(row.to === undefined ? {} : { target: row.to }),
          ...(allow === undefined
            ? {}
            : {
                guard: ({ context, event }: { context: Context; event: Event }) =>
                  allow(context, event, stage),
              }),
          ...(update === undefined
            ? {}
            : {
                actions: assign(({ context, event }: { context: Context; event: Event }) =>
                  update(context, event, stage),
                ),
              }),
        });
      }
      return [stage, stage === 'closed' || stage === 'adjourned' ? { type: 'final' } : { on }];
    }),
  ) as never,
});

// The plain table: stage -> event type -> rows; produce on the whole state per event.
interface TableState {
  value: string;
  at: string | null;
  context: Context;
}
const TABLE = new Map<string, Map<string, Row[]>>();
for (const stage of STAGES) TABLE.set(stage, new Map());
for (const row of ROWS) {
  for (const stage of row.from) {
    const byType = TABLE.get(stage);
    if (byType !== undefined) byType.set(row.on, [...(byType.get(row.on) ?? []), row]);
  }
}
function tableTransition(state: TableState, event: Event): TableState {
  const rows = TABLE.get(state.value)?.get(event.type);
  const row = rows?.find(
    (r) => r.allow === undefined || r.allow(state.context, event, state.value),
  );
  if (row === undefined) throw new Error(`table: ${event.type} refused in ${state.value}`);
  return produce(state, (draft) => {
    draft.value = row.to ?? state.value;
    draft.at = event.at;
    row.recipe?.(draft.context, event, state.value, state.context);
  });
}

// ---------------------------------------------------------------------------------------
// Check that all four end in the same place, then time them.

const EVENTS = meetingEvents();
// The slot walk: the protocol alone, from the first presenter's turn to the process review:
// for each of the three presenters, the stage events with a pause, one action and the end
// of the slot (24 events, of which 3 record an action and 3 close a slot).
const START = EVENTS.findIndex((event) => event.type === 'START_PRESENTING') + 1;
const WALK: MeetingEventInput[] = (() => {
  let clock = Date.parse('2026-04-02T19:00:00Z');
  const at = (): string => new Date((clock += 20_000)).toISOString();
  return ['ama', 'cy', 'eli'].flatMap((presenter): MeetingEventInput[] => [
    { type: 'CLARIFY', at: at() },
    { type: 'EXPLORE', at: at() },
    { type: 'PAUSE', at: at() },
    { type: 'RESUME', at: at() },
    { type: 'REFLECT', at: at() },
    { type: 'COMMIT', at: at() },
    { type: 'COMMIT_ACTION', at: at(), text: `${presenter}: first step` },
    { type: 'END_SLOT', at: at() },
  ]);
})();

function summary(value: string, context: Context | MeetingState['context']): string {
  return JSON.stringify({
    value,
    arrivals: context.arrivals.length,
    reviews: context.reviews.map((r) => r.outcome),
    plan: context.plan?.allocations.map((s) => s.minutes),
    slots: context.slots.map((s) => [
      s.presenter,
      s.endedAt,
      s.timeUp?.stage ?? null,
      s.pausedSeconds,
    ]),
    questions: context.questions.map((q) => q.kind).join(''),
    actions: context.actions.map((a) => a.id),
    ratings: context.ratings.length,
    checkOuts: context.checkOuts.length,
    closedAt: context.closedAt,
  });
}

type Runner = () => number;

/** The four runners for one workload: `prefix` is applied before the clock starts. */
function workload(
  prefix: readonly MeetingEventInput[],
  events: readonly MeetingEventInput[],
): Record<string, Runner> {
  const xPrefix = prefix as unknown as Event[];
  const xEvents = events as unknown as Event[];
  let ours = meetingMachine.initial(SETUP);
  for (const event of prefix) ours = meetingMachine.transition(ours, event);
  let [pure] = initialTransition(xMachine);
  for (const event of xPrefix) [pure] = transition(xMachine, pure, event);
  let table: TableState = { value: 'scheduled', at: null, context: initialContext() };
  for (const event of xPrefix) table = tableTransition(table, event);
  const actor = (): ReturnType<typeof createActor<typeof xMachine>> => {
    const started = createActor(xMachine).start();
    for (const event of xPrefix) started.send(event);
    return started;
  };

  // All four must end in the same state.
  let oursEnd = ours;
  for (const event of events) oursEnd = meetingMachine.transition(oursEnd, event);
  const sent = actor();
  for (const event of xEvents) sent.send(event);
  let pureEnd = pure;
  for (const event of xEvents) [pureEnd] = transition(xMachine, pureEnd, event);
  let tableEnd = table;
  for (const event of xEvents) tableEnd = tableTransition(tableEnd, event);
  const expected = summary(oursEnd.value, oursEnd.context);
  const snapshot = sent.getSnapshot();
  for (const [name, got] of Object.entries({
    'XState actor.send': summary(String(snapshot.value), snapshot.context),
    'XState transition()': summary(String(pureEnd.value), pureEnd.context),
    'immer table': summary(tableEnd.value, tableEnd.context),
  })) {
    if (got !== expected) throw new Error(`${name} ends elsewhere:\n${got}\nexpected\n${expected}`);
  }

  return {
    'peerlearn meetingMachine.transition': () => {
      const t0 = performance.now();
      for (let m = 0; m < MEETINGS; m += 1) {
        let state = ours;
        for (const event of events) state = meetingMachine.transition(state, event);
      }
      return performance.now() - t0;
    },
    'XState actor.send': () => {
      const actors = Array.from({ length: MEETINGS }, actor);
      const t0 = performance.now();
      for (const started of actors) for (const event of xEvents) started.send(event);
      return performance.now() - t0;
    },
    'XState transition()': () => {
      const t0 = performance.now();
      for (let m = 0; m < MEETINGS; m += 1) {
        let snapshot = pure;
        for (const event of xEvents) [snapshot] = transition(xMachine, snapshot, event);
      }
      return performance.now() - t0;
    },
    'immer table': () => {
      const t0 = performance.now();
      for (let m = 0; m < MEETINGS; m += 1) {
        let state = table;
        for (const event of xEvents) state = tableTransition(state, event);
      }
      return performance.now() - t0;
    },
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

process.stdout.write(
  `machines.bench: ${new Date().toISOString()}, ${os.cpus()[0]?.model ?? 'cpu'} (${String(os.cpus().length)} cores), load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n` +
    `Node ${process.version}; ${String(MEETINGS)} meetings per round; median (and range) of ${String(ROUNDS)} rounds, in millions of transitions per second\n`,
);
for (const [title, prefix, events] of [
  [`Whole meeting (${String(EVENTS.length)} events)`, [], EVENTS],
  [
    `Slot walk (${String(WALK.length)} events, from the first presenter's turn)`,
    EVENTS.slice(0, START),
    WALK,
  ],
] as const) {
  const runners = workload(prefix, events);
  for (const run of Object.values(runners)) run(); // warm-up
  const rates: Record<string, number[]> = {};
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, run] of Object.entries(runners)) {
      (rates[name] ??= []).push((MEETINGS * events.length) / run() / 1000);
    }
  }
  const send = median(rates['XState actor.send'] ?? []);
  process.stdout.write(
    `\n${title}\n\n| implementation | transitions/s | range | vs XState actor.send |\n|---|---:|---:|---:|\n`,
  );
  for (const [name, values] of Object.entries(rates)) {
    const m = median(values);
    process.stdout.write(
      `| ${name} | ${m.toFixed(3)} M | ${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)} | ${(m / send).toFixed(2)}× |\n`,
    );
  }
}
