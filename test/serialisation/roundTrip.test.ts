/**
 * Serialisation (issue 10, part 4): plain data survives a JSON round trip.
 *
 * (a) Every exported model: each valid sample in test/package/schemaSamples.ts is parsed,
 *     written with `JSON.stringify`, read back and parsed again; both parses must be equal,
 *     deeply and as text, and plain JSON. A model without a sample fails.
 * (b) Every public function whose result DESIGN.md calls plain data: each is run on the
 *     inputs its own documentation gives (README.md, docs/ and every JSDoc `@example`), and
 *     each result must be plain JSON (no `undefined` values, `Date`s, `Map`s, `Set`s, class
 *     instances, functions, NaN, ±Infinity or -0) and come back from a JSON round trip
 *     deeply equal. A function the documentation never calls successfully fails.
 * (c) Every machine state: a realistic run of meetingMachine and of setMachine is stored
 *     and reloaded after every event, and the reloaded state must be accepted
 *     (`parseState`, `safeParseState`, `can`, `events`) and carry on to exactly the state the
 *     uninterrupted run reaches, which `replay` of the log reaches too. Random event
 *     sequences (accepted and refused events mixed) are reloaded at a random point.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import * as actionLearning from '../../src/action-learning/index.js';
import * as root from '../../src/index.js';
import {
  isPeerLearnError,
  meetingMachine,
  setMachine,
  type MachineState,
  type MeetingEventInput,
  type MeetingSetupInput,
  type MeetingState,
  type SetEventInput,
  type SetSetupInput,
  type SetState,
} from '../../src/index.js';
import * as survey from '../../src/survey/index.js';
import {
  meetingCandidates,
  MEETING_SETUPS,
  setCandidates,
} from '../action-learning/helpers/drivers.js';
import { runDocumentedExamples } from '../helpers/documentedCalls.js';
import { isMachine, MACHINE_METHODS } from '../helpers/machines.js';
import { SAMPLES } from '../package/schemaSamples.js';
import { firstNonJson, jsonRoundTrip, nonJsonText } from './plainJson.js';

/** Asserts that a value is plain JSON and comes back from a round trip the same. */
function expectPlainJson(value: unknown, label: string): void {
  expect(nonJsonText(value, label), `${label} is plain JSON`).toBeNull();
  expect(jsonRoundTrip(value), `${label} after a JSON round trip`).toStrictEqual(value);
}

// -- the checker itself ---------------------------------------------------------------------

describe('firstNonJson', () => {
  it('names the path and the reason of the first thing JSON would lose or change', () => {
    const holey: number[] = [];
    holey[0] = 1;
    holey[2] = 3;
    class Thing {
      readonly kind = 'thing';
    }
    const cases: [unknown, string | null][] = [
      [{ a: [1, 'x', null, true, { b: {} }] }, null],
      [
        { a: { b: undefined } },
        '$.a.b: undefined (JSON drops the key, or writes null in an array)',
      ],
      [{ when: new Date(0) }, '$.when: a Date, not a plain object'],
      [{ seen: new Set([1]) }, '$.seen: a Set, not a plain object'],
      [{ byId: new Map() }, '$.byId: a Map, not a plain object'],
      [{ list: [1, Number.NaN] }, '$.list[1]: NaN (JSON writes null)'],
      [{ x: -Infinity }, '$.x: -Infinity (JSON writes null)'],
      [{ x: -0 }, '$.x: -0 (JSON writes 0)'],
      [{ f: () => 1 }, '$.f: a function'],
      [{ n: 1n }, '$.n: a bigint'],
      [holey, '$[1]: a hole (JSON writes null)'],
      [{ 'odd key': Math.max }, '$["odd key"]: a function'],
      [Object.assign([1], { extra: 2 }), '$.extra: a named key on an array (JSON drops it)'],
      [
        Object.defineProperty({}, 'hidden', { value: 1 }),
        '$.hidden: a key that is not enumerable (JSON drops it)',
      ],
      [
        Object.defineProperty({}, 'got', { get: () => 1, enumerable: true }),
        '$.got: a getter or setter',
      ],
      [{ [Symbol('s')]: 1 }, '$: a symbol key Symbol(s)'],
      [new Thing(), '$: a Thing, not a plain object'],
    ];
    for (const [value, expected] of cases) expect(nonJsonText(value)).toBe(expected);
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(nonJsonText(cycle)).toBe('$.self: a cycle (JSON cannot write it)');
    // Shared (not circular) objects are fine: JSON writes each copy.
    const shared = { a: 1 };
    expect(firstNonJson({ x: shared, y: [shared] })).toBeNull();
    // Objects without a prototype are written and read back as plain objects.
    expect(firstNonJson(Object.create(null))).toBeNull();
    expect(firstNonJson({ x: -0 }, '$', { negativeZero: true })).toBeNull();
  });
});

// -- (a) every model -------------------------------------------------------------------------

const isModel = (value: unknown): value is ZodType =>
  typeof value === 'object' && value !== null && '_zod' in value;
const MODELS = (Object.entries(root) as [string, unknown][])
  .filter((entry): entry is [string, ZodType] => isModel(entry[1]))
  .sort(([a], [b]) => (a < b ? -1 : 1));

describe('(a) every model survives a JSON round trip and re-validation unchanged', () => {
  it('has every model, and a sample of each', () => {
    expect(MODELS.length).toBe(126);
    const missing = MODELS.map(([name]) => name).filter(
      (name) => (SAMPLES[name]?.valid.length ?? 0) === 0,
    );
    expect(missing, 'models without a valid sample in test/package/schemaSamples.ts').toEqual([]);
  });

  for (const [name, model] of MODELS) {
    it(name, () => {
      const samples = SAMPLES[name]?.valid ?? [];
      expect(samples.length, `${name} has no valid sample`).toBeGreaterThan(0);
      samples.forEach((sample, k) => {
        const label = `${name} sample ${String(k)}`;
        const once = model.parse(sample);
        expect(nonJsonText(once, label), `${label} parses to plain JSON`).toBeNull();
        const text = JSON.stringify(once);
        const twice = model.parse(JSON.parse(text));
        expect(twice, `${label} parsed again after a round trip`).toStrictEqual(once);
        expect(JSON.stringify(twice), `${label} as text`).toBe(text);
      });
    });
  }
});

// -- (b) every public function's result -----------------------------------------------------

/** The results recorded for each public function, by name (`meetingMachine.transition`). */
type ResultBook = Map<string, unknown[]>;

/**
 * Functions whose results are not plain data by design, and why. Error classes are checked
 * through `toJSON()` instead.
 */
const NOT_PLAIN: Readonly<Record<string, string>> = {
  PeerLearnError: 'an error class (its toJSON() is checked)',
  InvalidInputError: 'an error class (its toJSON() is checked)',
  InvalidTransitionError: 'an error class (its toJSON() is checked)',
  InfeasibleRequestError: 'an error class (its toJSON() is checked)',
  toInvalidInputError: 'returns an error (its toJSON() is checked)',
  createRandom: 'returns a generator with methods (its state() is plain JSON)',
  restoreRandom: 'returns a generator with methods (its state() is plain JSON)',
  defineMachine: 'returns a machine: functions',
  machineEvent: 'returns a zod schema',
  deepFreeze: 'returns its argument, whatever that is',
  shuffle: "returns the caller's own items, reordered",
};

/** Runs every documentation example with the public functions wrapped to record results. */
function recordResults(): ResultBook {
  const book: ResultBook = new Map();
  const record = (name: string, result: unknown): void => {
    const list = book.get(name) ?? [];
    if (list.length < 40) list.push(result);
    book.set(name, list);
  };
  const modules = runDocumentedExamples({
    onCall: (name, _args, result) => {
      record(name, result);
    },
    skip: (value) => 'safeParse' in (value as object),
  });
  // The documentation does not call every method of every machine: the runs of part (c)
  // call them all.
  for (const [name, run] of [
    ['meetingMachine', meetingRun()],
    ['setMachine', setRun()],
  ] as const) {
    const machine = modules.peerlearn[name] as AnyMachine;
    const states = statesOf(machine, run.setup, run.events);
    machine.replay(run.setup, run.events);
    machine.toMermaid();
    states.forEach((state, k) => {
      const stored = jsonRoundTrip(state);
      machine.parseState(stored);
      machine.safeParseState(stored);
      machine.events(stored);
      machine.can(stored, run.events[k]);
    });
  }
  return book;
}

/** Every public function: exported functions and classes, and each machine's methods. */
const FUNCTIONS = (Object.entries(root) as [string, unknown][])
  .flatMap(([name, value]) => {
    if (typeof value === 'function' && !('safeParse' in value)) return [name];
    if (isMachine(value)) return MACHINE_METHODS.map((method) => `${name}.${method}`);
    return [];
  })
  .sort();

describe('(b) every public function returns plain data that survives a JSON round trip', () => {
  // Recorded once, when the first test runs (the runs of part (c) are defined further down).
  let recorded: ResultBook | undefined;
  const resultsOf = (name: string): unknown[] => {
    recorded ??= recordResults();
    return recorded.get(name) ?? [];
  };

  it('the documentation calls every public function at least once', () => {
    expect(FUNCTIONS.length).toBeGreaterThan(90);
    expect(FUNCTIONS.filter((name) => resultsOf(name).length === 0)).toEqual([]);
  }, 60_000);

  for (const name of FUNCTIONS) {
    it(name, () => {
      const results = resultsOf(name);
      expect(results.length).toBeGreaterThan(0);
      results.forEach((result, k) => {
        const label = `${name} result ${String(k)}`;
        if (isPeerLearnError(result)) {
          expectPlainJson(result.toJSON(), `${label}.toJSON()`);
          return;
        }
        if (name in NOT_PLAIN) return;
        // A safeParse result carries the error itself when it fails; its data must be plain.
        if (
          typeof result === 'object' &&
          result !== null &&
          'success' in result &&
          (name.startsWith('safeParse') || name.endsWith('.safeParseState'))
        ) {
          const outcome = result as { success: boolean; data?: unknown; error?: unknown };
          if (outcome.success) expectPlainJson(outcome.data, `${label}.data`);
          else if (isPeerLearnError(outcome.error)) {
            expectPlainJson(outcome.error.toJSON(), `${label}.error.toJSON()`);
          } else expect.unreachable(`${label}: the error is not a PeerLearnError`);
          return;
        }
        expectPlainJson(result, label);
      });
    });
  }
});

// -- (c) every machine state ----------------------------------------------------------------

/** A clock: each call moves on by the given minutes and gives the instant. */
function clock(start: string): (minutes?: number) => string {
  let time = Date.parse(start);
  return (minutes = 1) => {
    time += minutes * 60_000;
    return new Date(time).toISOString().replace('.000Z', 'Z');
  };
}

const MEMBERS = ['asha', 'bryn', 'carmen', 'dafydd', 'efua', 'finn'];

/** A second meeting of a set: actions to review, two presenters, a pause, advice caught. */
function meetingRun(): { setup: MeetingSetupInput; events: MeetingEventInput[] } {
  const at = clock('2026-04-02T18:00:00Z');
  const setup: MeetingSetupInput = {
    meetingId: 'm2',
    number: 2,
    members: MEMBERS,
    previousActions: [
      { id: 'm1-a1', owner: 'asha', text: 'Ask the volunteers what keeps them coming' },
      { id: 'm1-a2', owner: 'carmen', text: 'Draft a case for evening opening' },
    ],
    lastPresented: { asha: '2026-03-05', carmen: '2026-03-05' },
  };
  const events: MeetingEventInput[] = [
    { type: 'OPEN', at: at(0) },
    ...MEMBERS.filter((m) => m !== 'finn').map((member): MeetingEventInput => ({
      type: 'ARRIVE',
      at: at(),
      member,
    })),
    { type: 'BEGIN', at: at(2) },
    { type: 'REVIEW_ACTION', at: at(4), action: 'm1-a1', outcome: 'done', note: 'Shorter shifts' },
    { type: 'REVIEW_ACTION', at: at(4), action: 'm1-a2', outcome: 'partly', note: 'A draft' },
    { type: 'END_REVIEW', at: at() },
    { type: 'ARRIVE', at: at(), member: 'finn' },
    { type: 'BID', at: at(), member: 'bryn', minutes: 30 },
    { type: 'BID', at: at(), member: 'efua', minutes: 20 },
    { type: 'BID', at: at(), member: 'asha', minutes: 20 },
    { type: 'ALLOCATE', at: at(), totalMinutes: 50, policy: 'leastRecent' },
    { type: 'START_PRESENTING', at: at() },
    { type: 'CLARIFY', at: at(6) },
    { type: 'ASK', at: at(2), by: 'asha', text: 'What does the funder actually ask for?' },
    { type: 'ASK', at: at(2), by: 'carmen', text: 'When is the deadline?' },
    { type: 'EXPLORE', at: at(2) },
    { type: 'ASK', at: at(2), by: 'dafydd', text: 'What would you like the funder to understand?' },
    { type: 'ASK', at: at(1), by: 'finn', text: 'Have you tried asking the council?' },
    { type: 'REFLECT', at: at(3) },
    { type: 'COMMIT', at: at(3) },
    { type: 'COMMIT_ACTION', at: at(1), text: 'Invite two families to help write the bid' },
    { type: 'END_SLOT', at: at(2) },
    { type: 'CLARIFY', at: at(6) },
    { type: 'ASK', at: at(2), by: 'bryn', text: 'What have you already tried with the landlord?' },
    { type: 'PAUSE', at: at(1) },
    { type: 'RESUME', at: at(10) },
    { type: 'EXPLORE', at: at(1) },
    { type: 'ASK', at: at(2), by: 'carmen', text: 'What would it mean for you to let this go?' },
    { type: 'TIME_UP', at: at(3) },
    { type: 'COMMIT_ACTION', at: at(1), text: 'Write to the landlord with three options' },
    { type: 'END_SLOT', at: at(1) },
    { type: 'RATE_RULE', at: at(2), rule: 'no-advice', kept: 'partly', note: 'One slip' },
    { type: 'RATE_RULE', at: at(1), rule: 'airtime', kept: 'kept' },
    { type: 'END_PROCESS_REVIEW', at: at(2) },
    ...MEMBERS.map((member): MeetingEventInput => ({ type: 'CHECK_OUT', at: at(), member })),
    { type: 'CLOSE', at: at() },
  ];
  return { setup, events };
}

/** A set's year: recruiting, forming, contracting, meetings, departures, a pause, a second cycle. */
function setRun(): { setup: SetSetupInput; events: SetEventInput[] } {
  const setup: SetSetupInput = { setId: 'riverside', members: ['amara', 'bilal', 'cerys'] };
  const meeting = (k: number, at: string, date: string, present: string[]): SetEventInput => ({
    type: 'RECORD_MEETING',
    at,
    meeting: `riverside-${String(k)}`,
    date,
    present,
  });
  const events: SetEventInput[] = [
    { type: 'JOIN', at: '2026-01-20T10:00:00Z', member: 'dev' },
    { type: 'JOIN', at: '2026-01-22T10:00:00Z', member: 'esi' },
    { type: 'FORM', at: '2026-01-23T10:00:00Z' },
    {
      type: 'PLAN',
      at: '2026-01-23T10:05:00Z',
      cadence: { every: 4, unit: 'weeks' },
      firstMeeting: '2026-03-05',
    },
    { type: 'CONTRACT', at: '2026-03-05T18:06:00Z' },
    {
      type: 'AGREE_CONTRACT',
      at: '2026-03-05T18:20:00Z',
      groundRules: [
        { id: 'confidential', text: 'What is said here stays here.' },
        { id: 'no-advice', text: 'We ask questions; we do not give advice.' },
      ],
    },
    meeting(1, '2026-03-05T20:30:00Z', '2026-03-05', ['amara', 'bilal', 'cerys', 'dev', 'esi']),
    { type: 'LEAVE', at: '2026-03-12T09:00:00Z', member: 'bilal', reason: 'New job' },
    { type: 'LEAVE', at: '2026-03-19T09:00:00Z', member: 'esi' },
    { type: 'JOIN', at: '2026-03-25T09:00:00Z', member: 'fola' },
    { type: 'RESUME', at: '2026-03-25T09:05:00Z' },
    meeting(2, '2026-04-02T20:30:00Z', '2026-04-02', ['amara', 'cerys', 'dev', 'fola']),
    { type: 'PAUSE', at: '2026-07-01T09:00:00Z', reason: 'Summer break' },
    { type: 'RESUME', at: '2026-08-25T09:00:00Z' },
    meeting(3, '2026-08-27T20:30:00Z', '2026-08-27', ['amara', 'cerys', 'fola']),
    { type: 'START_FINAL_REVIEW', at: '2026-09-03T18:00:00Z' },
    { type: 'RECONTRACT', at: '2026-09-03T19:30:00Z', cadence: { every: 6, unit: 'weeks' } },
    { type: 'START_CYCLE', at: '2026-09-03T19:35:00Z' },
    { type: 'JOIN', at: '2026-09-10T09:00:00Z', member: 'gus' },
    meeting(4, '2026-10-15T20:30:00Z', '2026-10-15', ['amara', 'cerys', 'dev', 'fola', 'gus']),
    { type: 'START_FINAL_REVIEW', at: '2027-03-04T18:00:00Z' },
    { type: 'END', at: '2027-03-04T19:30:00Z', reason: 'The programme finished' },
  ];
  return { setup, events };
}

/** What the tests need of a machine, whichever it is. */
interface AnyMachine {
  readonly name: string;
  initial(setup: unknown): MachineState;
  transition(state: MachineState, event: unknown): MachineState;
  toMermaid(): string;
  can(state: MachineState, event: unknown): boolean;
  events(state: MachineState): unknown;
  replay(setup: unknown, events: readonly unknown[]): MachineState;
  parseState(input: unknown): MachineState;
  safeParseState(input: unknown): { success: boolean; data?: unknown };
}

/** The state after each event in turn (the first entry is the initial state). */
function statesOf(machine: AnyMachine, setup: unknown, events: readonly unknown[]): MachineState[] {
  const states = [machine.initial(setup)];
  for (const event of events) states.push(machine.transition(states.at(-1) as MachineState, event));
  return states;
}

/** Checks a stored and reloaded state at every step of a run. */
function checkRun(machine: AnyMachine, setup: unknown, events: readonly unknown[]): void {
  const states = statesOf(machine, setup, events);
  const final = states.at(-1) as MachineState;
  const finalText = JSON.stringify(final);
  expect(machine.replay(setup, events)).toStrictEqual(final);
  states.forEach((state, step) => {
    const label = `${machine.name} after ${String(step)} event(s)`;
    expect(nonJsonText(state, label)).toBeNull();
    const text = JSON.stringify(state);
    const stored = JSON.parse(text) as MachineState;
    // The machine accepts the reloaded state, as it is and checked.
    expect(stored, label).toStrictEqual(state);
    expect(machine.safeParseState(stored).success, label).toBe(true);
    const parsed = machine.parseState(stored);
    expect(parsed, label).toStrictEqual(state);
    expect(JSON.stringify(parsed), label).toBe(text);
    expect(machine.events(stored), label).toStrictEqual(machine.events(state));
    // The rest of the run from the reloaded state ends exactly where the whole run does.
    const rest = events.slice(step);
    if (rest[0] !== undefined) {
      expect(machine.can(stored, rest[0]), label).toBe(true);
    }
    let carried: MachineState = stored;
    for (const event of rest) carried = machine.transition(carried, event);
    expect(carried, label).toStrictEqual(final);
    expect(JSON.stringify(carried), label).toBe(finalText);
    // The prefix replays to this state.
    expect(machine.replay(setup, events.slice(0, step)), label).toStrictEqual(state);
  });
}

describe('(c) every machine state survives a JSON round trip, and the run carries on unchanged', () => {
  it('meetingMachine: a whole meeting, stored and reloaded after every event', () => {
    const { setup, events } = meetingRun();
    const states = statesOf(meetingMachine, setup, events);
    expect(states.at(-1)?.value).toBe('closed');
    // The run goes through every stage but contracting (a second meeting) and adjourned.
    expect(new Set(states.map((state) => state.value))).toEqual(
      new Set(
        meetingMachine.states.filter((stage) => !['contracting', 'adjourned'].includes(stage)),
      ),
    );
    checkRun(meetingMachine, setup, events);
  });

  it('setMachine: a set over two cycles, stored and reloaded after every event', () => {
    const { setup, events } = setRun();
    const states = statesOf(setMachine, setup, events);
    expect(states.at(-1)?.value).toBe('ended');
    expect(new Set(states.map((state) => state.value))).toEqual(new Set(setMachine.states));
    checkRun(setMachine, setup, events);
  });

  /** A random walk: mostly accepted events, some refused, some malformed. */
  const steps = fc.array(
    fc.record({
      pick: fc.nat(),
      acceptable: fc.constantFrom(true, true, true, false),
      time: fc.constantFrom(1, 1, 1, 1, 0, -1),
      mangle: fc.constantFrom(null, null, null, null, null, null, 'at', 'type', 'extra'),
    }),
    { maxLength: 80, size: 'max' },
  );

  interface Subject {
    readonly machine: AnyMachine;
    readonly setups: readonly unknown[];
    readonly candidates: (state: MachineState, seconds: number) => readonly { type: string }[];
    readonly step: number;
  }

  const SUBJECTS: readonly Subject[] = [
    {
      machine: meetingMachine,
      setups: Object.values(MEETING_SETUPS),
      candidates: (state, seconds) =>
        meetingCandidates(state as MeetingState, { seconds, bidders: 3 }),
      step: 60,
    },
    {
      machine: setMachine,
      setups: [
        { setId: 'north-1' },
        { setId: 'south-2', members: ['ama', 'ben', 'cy', 'dee'], quorum: 3 },
      ],
      candidates: (state, seconds) => setCandidates(state as SetState, { seconds }),
      step: 86_400,
    },
  ];

  /** What sending an event does: the next state's JSON, or the error's code and message. */
  function send(
    machine: AnyMachine,
    state: MachineState,
    event: unknown,
  ): { state: MachineState; outcome: string } {
    try {
      const next = machine.transition(state, event);
      return { state: next, outcome: JSON.stringify(next) };
    } catch (error) {
      if (!isPeerLearnError(error)) throw error;
      return { state, outcome: `${error.code}: ${error.message}` };
    }
  }

  for (const subject of SUBJECTS) {
    it(`${subject.machine.name}: random runs reloaded at a random point end the same, refusals included`, () => {
      const { machine } = subject;
      fc.assert(
        fc.property(
          fc.nat({ max: subject.setups.length - 1 }),
          steps,
          fc.nat(),
          (which, plan, cutAt) => {
            const setup = subject.setups[which];
            // The events, chosen by walking the machine once.
            const events: unknown[] = [];
            let state = machine.initial(setup);
            for (const { pick, acceptable, time, mangle } of plan) {
              const all = subject.candidates(state, time * subject.step);
              const fitting = all.filter((candidate) => machine.can(state, candidate));
              const pool = acceptable && fitting.length > 0 ? fitting : all;
              const chosen = pool[pick % Math.max(1, pool.length)];
              if (chosen === undefined) continue;
              const event: Record<string, unknown> = { ...chosen };
              if (mangle === 'at') event['at'] = 'next Thursday';
              if (mangle === 'type') event['type'] = 'SHOUT';
              if (mangle === 'extra') event['colour'] = 'blue';
              events.push(event);
              state = send(machine, state, event).state;
            }
            // The same events, with the state stored and reloaded once, before event `cut`.
            const cut = events.length === 0 ? 0 : cutAt % (events.length + 1);
            let straight = machine.initial(setup);
            let reloaded = straight;
            const accepted: unknown[] = [];
            events.forEach((event, k) => {
              if (k === cut) reloaded = JSON.parse(JSON.stringify(reloaded)) as MachineState;
              const a = send(machine, straight, event);
              const b = send(machine, reloaded, event);
              expect(b.outcome, `event ${String(k)} after reloading before ${String(cut)}`).toBe(
                a.outcome,
              );
              if (a.state !== straight) accepted.push(event);
              straight = a.state;
              reloaded = b.state;
            });
            if (cut === events.length) {
              reloaded = machine.parseState(JSON.parse(JSON.stringify(reloaded)));
            }
            expect(reloaded).toStrictEqual(straight);
            expect(machine.replay(setup, accepted)).toStrictEqual(straight);
            expectPlainJson(straight, 'the final state');
          },
        ),
        { numRuns: 60 },
      );
    }, 60_000);
  }
});

// -- regressions: each of these failed before it was fixed ------------------------------------

describe('regressions', () => {
  it('reliability: a zero correlation with a reversed item is 0, not -0', () => {
    // W2 is reverse-keyed; with medians imputed, W2 and W3 share no variance.
    const responses = [
      { id: 'r0', answers: { W3: 1 } },
      { id: 'r1', answers: { W2: 1 } },
      { id: 'r2', answers: { W2: 2 } },
      { id: 'r3', answers: { W3: 2 } },
      { id: 'r4', answers: {} },
    ];
    const result = survey.reliability(
      survey.scoreResponses(survey.SOCIAL_CLIMATE_SURVEY, responses),
      { impute: 'median' },
    );
    const wellbeing = result.domains['wellbeing'];
    expect(wellbeing?.available).toBe(true);
    if (wellbeing?.available === true) expect(Object.is(wellbeing.alpha.medianR, 0)).toBe(true);
    expectPlainJson(result, 'the reliability result');
  });

  it('meetingMachine: a reloaded state written out again, or carried on, gives the same text', () => {
    const { setup, events } = meetingRun();
    const made = meetingMachine.replay(setup, events.slice(0, 12));
    const text = JSON.stringify(made);
    const reloaded = meetingMachine.parseState(JSON.parse(text));
    // Parsing used to list the context's keys in the schema's order, not the state's.
    expect(JSON.stringify(reloaded)).toBe(text);
    const next = events[12] as MeetingEventInput;
    expect(JSON.stringify(meetingMachine.transition(JSON.parse(text) as MeetingState, next))).toBe(
      JSON.stringify(meetingMachine.transition(made, next)),
    );
  });

  it('MeetingSetup: parsing a parsed setup again gives the same text', () => {
    const once = actionLearning.MeetingSetup.parse({ meetingId: 'm1', members: ['ama', 'ben'] });
    const text = JSON.stringify(once);
    // The filled-in quorum, contract and ground rules used to move when given.
    expect(JSON.stringify(actionLearning.MeetingSetup.parse(JSON.parse(text)))).toBe(text);
  });
});
