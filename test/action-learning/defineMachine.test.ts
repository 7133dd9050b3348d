/**
 * The machine kernel on a small machine of its own: a round of check-ins (as in
 * defineMachine's JSDoc) where everyone speaks once. Checks what an app relies on when it
 * writes its own protocol: a broken definition is refused up front with every problem;
 * foreign or malformed states and events are refused with their paths; refused events say
 * why and what is allowed; replay names the index of the event it refuses; stored states are
 * checked against the context schema and the invariant.
 */
import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import { z } from 'zod';
import {
  defineMachine,
  InvalidInputError,
  InvalidTransitionError,
  isPeerLearnError,
  machineEvent,
  meetingMachine,
} from '../../src/action-learning/index.js';

const Context = z.strictObject({ waiting: z.array(z.string()), said: z.array(z.string()) });
const Setup = z.strictObject({ members: z.array(z.string().min(1)).min(1) });

const round = defineMachine({
  name: 'roundMachine',
  schemaVersion: 1,
  states: ['waiting', 'speaking', 'done'],
  initial: 'waiting',
  final: ['done'],
  setup: Setup,
  context: Context,
  init: (setup) => ({ waiting: setup.members, said: [] }),
  events: {
    SPEAK: machineEvent('SPEAK', { who: z.string().min(1), word: z.string().optional() }),
    END: machineEvent('END', {}),
  },
  transitions: {
    SPEAK: [
      {
        from: ['waiting', 'speaking'],
        to: 'speaking',
        check: (state, event) =>
          state.context.waiting.includes(event.who) ? undefined : `${event.who} has spoken already`,
        append: { said: (event) => event.word ?? '' },
        update: {
          waiting: (waiting, event, state) => {
            waiting.splice(state.context.waiting.indexOf(event.who), 1);
          },
        },
      },
    ],
    END: [
      // Two ways out, each refusing for its own reason: the reasons are joined.
      {
        from: 'speaking',
        to: 'done',
        guard: (state) =>
          state.context.waiting.length > 0 ? 'not everyone has spoken' : undefined,
      },
      {
        from: 'speaking',
        to: 'done',
        guard: (state) => (state.context.said.includes('stop') ? undefined : 'nobody said stop'),
      },
    ],
  },
  invariant: (state) =>
    state.value === 'waiting' && state.context.said.length > 0
      ? 'a round that is still waiting has heard nobody'
      : undefined,
});

const T0 = '2026-03-05T10:00:00Z';
const T1 = '2026-03-05T10:01:00Z';
const T2 = '2026-03-05T10:02:00Z';
const T3 = '2026-03-05T10:03:00Z';

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('defineMachine: checking the definition', () => {
  it('refuses transitions that name unknown stages or events without a schema, listing every problem', () => {
    const error = caught(() =>
      defineMachine({
        name: 'brokenMachine',
        schemaVersion: 1,
        states: ['a', 'b'],
        initial: 'a',
        final: ['b'],
        setup: z.strictObject({}),
        context: z.strictObject({}),
        init: () => ({}),
        events: { GO: machineEvent('GO', {}) },
        transitions: {
          GO: [{ from: ['a', 'nowhere' as 'a'], to: 'elsewhere' as 'b' }],
          FLY: [{ from: 'a', to: 'b' }],
        } as never,
      }),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
    const issues = (error as InvalidInputError).issues;
    expect(issues.map((issue) => issue.message)).toEqual([
      'event "GO" names the unknown stage "nowhere"',
      'event "GO" names the unknown stage "elsewhere"',
      'event "FLY" has transitions but no schema',
    ]);
    expect(issues.every((issue) => issue.pathText === 'definition.transitions')).toBe(true);
    expect((error as InvalidInputError).details.fn).toBe('defineMachine');
    expect((error as Error).message).toMatch(/^defineMachine: 3 problems in the input:/);
  });
});

describe('defineMachine: running a machine', () => {
  const start = round.initial({ members: ['ama', 'ben'] });
  const one = round.transition(start, { type: 'SPEAK', at: T1, who: 'ama', word: 'hello' });

  it('records with append and per-field recipes, leaving the state passed in as it was', () => {
    expect([one.value, one.at, one.context]).toEqual([
      'speaking',
      T1,
      { waiting: ['ben'], said: ['hello'] },
    ]);
    expect([start.value, start.at, start.context]).toEqual([
      'waiting',
      null,
      { waiting: ['ama', 'ben'], said: [] },
    ]);
    expect(Object.isFrozen(one.context.said)).toBe(true);
  });

  it('checks the setup, naming the field', () => {
    const error = caught(() => round.initial({ members: [] }));
    expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
    expect((error as InvalidInputError).issues[0]?.pathText).toBe('setup.members');
    expect((error as InvalidInputError).details.fn).toBe('roundMachine.initial');
  });

  it('joins the reasons of every guard that refuses, and says what is allowed instead', () => {
    expect(round.events(one)).toEqual({
      allowed: ['SPEAK'],
      refused: [{ type: 'END', reason: 'not everyone has spoken; nobody said stop' }],
    });
    const error = caught(() => round.transition(one, { type: 'END', at: T2 }));
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect((error as InvalidTransitionError).details).toEqual({
      machine: 'roundMachine',
      state: 'speaking',
      event: 'END',
      reason: 'not everyone has spoken; nobody said stop',
      allowed: ['SPEAK'],
    });
    expect((error as Error).message).toBe(
      'roundMachine: cannot apply "END" in state "speaking": not everyone has spoken; nobody said stop. Allowed now: SPEAK.',
    );
    // The second way out is taken when the first refuses and the second allows.
    const stop = round.transition(one, { type: 'SPEAK', at: T2, who: 'ben', word: 'stop' });
    expect(round.transition(stop, { type: 'END', at: T3 }).value).toBe('done');
  });

  it('refuses an event whose check fails, an event the stage does not know, and any event after a final stage', () => {
    expect(
      (caught(() => round.transition(one, { type: 'SPEAK', at: T2, who: 'ama' })) as Error).message,
    ).toBe(
      'roundMachine: cannot apply "SPEAK" in state "speaking": ama has spoken already. Allowed now: SPEAK.',
    );
    const end = caught(() => round.transition(start, { type: 'END', at: T1 }));
    expect((end as InvalidTransitionError).details.reason).toBe(
      '"END" does not happen in "waiting"',
    );
    const done = round.replay({ members: ['ama'] }, [
      { type: 'SPEAK', at: T1, who: 'ama', word: 'stop' },
      { type: 'END', at: T2 },
    ]);
    const after = caught(() => round.transition(done, { type: 'END', at: T3 }));
    expect((after as InvalidTransitionError).details).toMatchObject({
      reason: '"done" is a final stage; nothing more can happen',
      allowed: [],
    });
    expect((after as Error).message).toMatch(/No event is allowed now\.$/);
  });

  it('refuses an event earlier than the last one', () => {
    const error = caught(() => round.transition(one, { type: 'SPEAK', at: T0, who: 'ben' }));
    expect((error as InvalidTransitionError).details.reason).toBe(
      `its time ${T0} is earlier than the last event's (${T1}); time cannot go backwards`,
    );
    // The same instant written with another offset is not earlier: 11:01+01:00 is 10:01Z.
    expect(round.can(one, { type: 'SPEAK', at: '2026-03-05T11:01:00+01:00', who: 'ben' })).toBe(
      true,
    );
    expect(round.can(one, { type: 'SPEAK', at: '2026-03-05T11:00:59+01:00', who: 'ben' })).toBe(
      false,
    );
  });

  it('refuses a malformed event with its path, and an unknown event type at event.type', () => {
    const bad = caught(() => round.transition(one, { type: 'SPEAK', at: 'soon', who: 'ben' }));
    expect(isPeerLearnError(bad, 'invalid_input')).toBe(true);
    expect((bad as InvalidInputError).issues.map((issue) => [issue.path, issue.pathText])).toEqual([
      [['event', 'at'], 'event.at'],
    ]);
    const unknown = caught(() => round.transition(one, { type: 'SHOUT', at: T2 } as never));
    expect((unknown as InvalidInputError).issues.map((issue) => issue.pathText)).toEqual([
      'event.type',
    ]);
    const none = caught(() => round.transition(one, null as never));
    expect(isPeerLearnError(none, 'invalid_input')).toBe(true);
  });

  it('refuses a state that is not its own, wherever one is passed', () => {
    const foreign = meetingMachine.initial({ meetingId: 'm1', members: ['ama', 'ben'] });
    for (const state of [foreign, null, { ...start, value: 'dancing' }]) {
      const error = caught(() =>
        round.transition(state as never, { type: 'SPEAK', at: T1, who: 'ama' }),
      );
      expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
      expect((error as InvalidInputError).issues[0]).toMatchObject({
        pathText: 'state',
        message:
          'is not a roundMachine state; start from roundMachine.initial(…) or load a stored state with roundMachine.parseState(…)',
      });
      expect(
        isPeerLearnError(
          caught(() => round.events(state as never)),
          'invalid_input',
        ),
      ).toBe(true);
      // `can` never throws: it answers false.
      expect(round.can(state as never, { type: 'SPEAK', at: T1, who: 'ama' })).toBe(false);
    }
  });

  it('answers `can` with false for events it cannot read', () => {
    for (const event of [null, {}, { type: 7 }, { type: 'SHOUT', at: T2 }, { type: 'SPEAK' }])
      expect(round.can(one, event)).toBe(false);
    expect(round.can(one, { type: 'SPEAK', at: T2, who: 'ben' })).toBe(true);
  });

  it('replays a list of events, naming the index of a refused or malformed one', () => {
    const setup = { members: ['ama', 'ben'] };
    const refused = caught(() =>
      round.replay(setup, [
        { type: 'SPEAK', at: T1, who: 'ama' },
        { type: 'SPEAK', at: T2, who: 'ama' },
      ]),
    );
    expect(refused).toBeInstanceOf(InvalidTransitionError);
    expect((refused as InvalidTransitionError).details.reason).toBe(
      'events[1] was refused: ama has spoken already',
    );
    const malformed = caught(() =>
      round.replay(setup, [
        { type: 'SPEAK', at: T1, who: 'ama' },
        { type: 'SPEAK', at: T2, who: '' },
      ]),
    );
    expect((malformed as InvalidInputError).issues.map((issue) => issue.pathText)).toEqual([
      'events[1].who',
    ]);
    expect((malformed as InvalidInputError).issues[0]?.path).toEqual(['events', 1, 'who']);
    const notList = caught(() => round.replay(setup, 'SPEAK' as never));
    expect((notList as InvalidInputError).issues[0]?.pathText).toBe('events');
  });

  it('checks stored states against the schema and the invariant', () => {
    const stored: unknown = JSON.parse(JSON.stringify(one));
    expect(round.parseState(stored)).toEqual(one);
    const wrong = round.safeParseState({ ...one, context: { ...one.context, said: 'hello' } });
    expect(wrong.success).toBe(false);
    if (!wrong.success) expect(wrong.error.issues[0]?.pathText).toBe('state.context.said');
    // Schema-valid, but a waiting round cannot have heard anyone.
    const broken = { ...one, value: 'waiting' };
    const error = caught(() => round.parseState(broken));
    expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
    expect((error as InvalidInputError).issues).toEqual([
      {
        path: [],
        pathText: 'state',
        code: 'custom',
        message: 'a round that is still waiting has heard nobody',
      },
    ]);
    expect(round.safeParseState({ ...one, schemaVersion: 2 }).success).toBe(false);
    expect(round.safeParseState({ ...one, machine: 'meetingMachine' }).success).toBe(false);
  });
});

describe('hostile input', () => {
  const definition = () => ({
    name: 'doorMachine',
    schemaVersion: 1,
    states: ['shut', 'open'],
    initial: 'shut',
    final: [] as string[],
    setup: z.object({}),
    context: z.object({}),
    init: () => ({}),
    events: { OPEN: peerlearn.machineEvent('OPEN', {}) },
    transitions: { OPEN: [{ from: 'shut', to: 'open' }] },
  });

  it('refuses a definition that is not one, naming the field', () => {
    const nothing: unknown = undefined;
    expectRefusal(() => peerlearn.defineMachine(nothing as never), 'defineMachine', 'definition');
    expectRefusal(
      () => peerlearn.defineMachine({ ...definition(), initial: 'ajar' }),
      'defineMachine',
      'definition.initial',
    );
    expectRefusal(
      () => peerlearn.defineMachine({ ...definition(), events: { OPEN: 42 } } as never),
      'defineMachine',
      'definition.events.OPEN',
    );
    expectRefusal(
      () => peerlearn.defineMachine({ ...definition(), init: 'nothing' } as never),
      'defineMachine',
      'definition.init',
    );
  });

  it('refuses a transition list named __proto__, which a check of its shape would skip', () => {
    const transitions = JSON.parse('{"__proto__": 5}') as Record<string, unknown>;
    Object.assign(transitions, definition().transitions);
    expectRefusal(
      () => peerlearn.defineMachine({ ...definition(), transitions } as never),
      'defineMachine',
      'definition.transitions["__proto__"]',
    );
  });

  it('copies and freezes its stages, so a later change to the definition changes nothing', () => {
    const source = definition();
    const machine = peerlearn.defineMachine(source);
    source.states.push('broken');
    source.final.push('open');
    expect(machine.states).toEqual(['shut', 'open']);
    expect(machine.final).toEqual([]);
    expect(Object.isFrozen(machine.edges)).toBe(true);
  });
});
