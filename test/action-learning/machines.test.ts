/**
 * Examples of the protocol rules the issue names: pause and resume return to where the set
 * was; time up in any slot stage goes to committing; abandoning from anywhere adjourns;
 * refusals say what is allowed; stored states are checked; setups are not mutated.
 */
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../fuzz/refusal.js';
import {
  isPeerLearnError,
  meetingMachine,
  setMachine,
  type MeetingEventInput,
  type MeetingState,
} from '../../src/action-learning/index.js';

const members = ['ama', 'ben', 'cy'];
let minute = 0;
const at = (): string => new Date(Date.UTC(2026, 2, 5, 18, (minute += 1))).toISOString();
type Untimed<Event> = Event extends unknown ? Omit<Event, 'at'> : never;
const run = (state: MeetingState, events: Untimed<MeetingEventInput>[]): MeetingState =>
  events.reduce(
    (current, event) => meetingMachine.transition(current, { ...event, at: at() }),
    state,
  );
const toSlot = (): MeetingState =>
  run(meetingMachine.initial({ meetingId: 'm3', number: 3, members }), [
    { type: 'OPEN' },
    ...members.map((member) => ({ type: 'ARRIVE' as const, member })),
    { type: 'BEGIN' },
    { type: 'BID', member: 'ama', minutes: 20 },
    { type: 'ALLOCATE', totalMinutes: 20 },
    { type: 'START_PRESENTING' },
  ]);

describe('meetingMachine', () => {
  it('resumes where it paused, and does not count paused time as airtime', () => {
    const slot = run(toSlot(), [{ type: 'CLARIFY' }, { type: 'EXPLORE' }]);
    const paused = run(slot, [{ type: 'PAUSE' }]);
    expect([paused.value, paused.context.paused?.from]).toEqual(['paused', 'exploring']);
    expect(meetingMachine.events(paused).allowed).toEqual(['RESUME', 'ABANDON']);
    const resumed = run(paused, [{ type: 'RESUME' }]);
    expect(resumed.value).toBe('exploring');
    expect(resumed.context.slots[0]?.pausedSeconds).toBe(60);
  });

  it('goes to committing when time is up in any slot stage', () => {
    const walk = ['CLARIFY', 'EXPLORE', 'REFLECT', 'COMMIT'] as const;
    for (let step = 0; step <= walk.length; step += 1) {
      const state = run(
        toSlot(),
        walk.slice(0, step).map((type) => ({ type })),
      );
      const up = run(state, [{ type: 'TIME_UP' }]);
      expect(up.value).toBe('committing');
      expect(up.context.slots[0]?.timeUp?.stage).toBe(state.value);
      // Actions are always captured: the slot cannot end without one.
      expect(meetingMachine.events(up).refused.map((r) => r.type)).toContain('END_SLOT');
    }
  });

  it('adjourns from anywhere, recording the stage it was in', () => {
    const paused = run(toSlot(), [{ type: 'CLARIFY' }, { type: 'PAUSE' }]);
    const adjourned = run(paused, [{ type: 'ABANDON', reason: 'Fire alarm' }]);
    expect(adjourned.value).toBe('adjourned');
    expect(adjourned.context.adjourned).toMatchObject({
      reason: 'Fire alarm',
      stage: 'clarifying',
    });
    expect(adjourned.context.paused).toBeNull();
    expect(meetingMachine.events(adjourned)).toEqual({ allowed: [], refused: [] });
  });

  it('refuses an event with what is allowed instead, leaving the state as it was', () => {
    const state = toSlot();
    let error: unknown;
    try {
      meetingMachine.transition(state, { type: 'ASK', at: at(), by: 'ben', text: 'Why?' });
    } catch (caught) {
      error = caught;
    }
    expect(isPeerLearnError(error, 'invalid_transition')).toBe(true);
    if (isPeerLearnError(error, 'invalid_transition'))
      expect(error.details.allowed).toEqual(['ARRIVE', 'CLARIFY', 'TIME_UP', 'PAUSE', 'ABANDON']);
    expect(state.value).toBe('describing');
    // Time never goes backwards.
    expect(meetingMachine.can(state, { type: 'CLARIFY', at: '2026-03-05T17:00:00Z' })).toBe(false);
    // The presenter does not question themselves.
    const clarifying = run(state, [{ type: 'CLARIFY' }]);
    expect(meetingMachine.can(clarifying, { type: 'ASK', at: at(), by: 'ama', text: 'Why?' })).toBe(
      false,
    );
  });

  it('checks stored states: version, stages and invariants', () => {
    const state = JSON.parse(JSON.stringify(toSlot())) as MeetingState;
    expect(meetingMachine.parseState(state)).toEqual(state);
    expect(meetingMachine.safeParseState({ ...state, schemaVersion: 2 }).success).toBe(false);
    const broken = { ...state, value: 'bidding' };
    const result = meetingMachine.safeParseState(broken);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]?.message).toBe(
        'a slot is open exactly while the meeting is in a slot stage',
      );
  });

  it('contracts at the first meeting, starting from the default ground rules', () => {
    const setup = { meetingId: 'm1', members: [...members] };
    const frozen = JSON.stringify(setup);
    const state = run(meetingMachine.initial(setup), [
      { type: 'OPEN' },
      ...members.map((member) => ({ type: 'ARRIVE' as const, member })),
      { type: 'BEGIN' },
      { type: 'DROP_RULE', rule: 'listening' },
      { type: 'PROPOSE_RULE', rule: { id: 'tea', text: 'Tea first.' } },
    ]);
    expect(state.value).toBe('contracting');
    expect(state.context.groundRules.map((rule) => rule.id)).toContain('tea');
    expect(state.context.groundRules.map((rule) => rule.id)).not.toContain('listening');
    expect(JSON.stringify(setup)).toBe(frozen);
  });
});

describe('setMachine', () => {
  const day = (n: number): string => new Date(Date.UTC(2026, 0, n, 12)).toISOString();
  const active = setMachine.replay({ setId: 's', members: ['a', 'b', 'c', 'd', 'e'] }, [
    { type: 'FORM', at: day(1) },
    { type: 'PLAN', at: day(2), cadence: { every: 1, unit: 'months' }, firstMeeting: '2026-01-31' },
    { type: 'CONTRACT', at: day(3) },
    { type: 'AGREE_CONTRACT', at: day(4) },
    { type: 'RECORD_MEETING', at: day(31), meeting: 'm1', date: '2026-01-31', present: ['a', 'b'] },
  ]);

  it('puts the next meeting one cadence after the last (end of February for 31 January)', () => {
    expect([active.value, active.context.nextDue]).toEqual(['active', '2026-02-28']);
  });

  it('pauses below quorum and resumes only once it has recruited', () => {
    const one = setMachine.transition(active, { type: 'LEAVE', at: day(32), member: 'a' });
    expect(one.value).toBe('active');
    const two = setMachine.transition(one, { type: 'LEAVE', at: day(33), member: 'b' });
    expect([two.value, two.context.paused?.belowQuorum]).toEqual(['paused', true]);
    expect(setMachine.events(two).refused.map((r) => r.type)).toContain('RESUME');
    const joined = setMachine.transition(two, { type: 'JOIN', at: day(34), member: 'f' });
    expect(setMachine.transition(joined, { type: 'RESUME', at: day(35) }).value).toBe('active');
  });

  it('re-contracts for a new cycle or ends after the final review', () => {
    const review = setMachine.transition(active, { type: 'START_FINAL_REVIEW', at: day(40) });
    const again = setMachine.transition(review, { type: 'RECONTRACT', at: day(41) });
    expect([again.value, again.context.cycle]).toEqual(['recontracted', 2]);
    expect(setMachine.transition(again, { type: 'START_CYCLE', at: day(42) }).value).toBe('active');
    const ended = setMachine.transition(review, { type: 'END', at: day(41), reason: 'Done' });
    expect([ended.value, ended.context.ended?.reason]).toEqual(['ended', 'Done']);
  });
});

describe('hostile input', () => {
  it('checks a state it did not make before using it, and names the method', () => {
    const state = toSlot();
    const broken = {
      ...state,
      context: { ...state.context, members: undefined },
    } as unknown as MeetingState;
    expectRefusal(
      () => meetingMachine.transition(broken, { type: 'CLARIFY', at: at() }),
      'meetingMachine.transition',
      'state.context.members',
    );
    expectRefusal(
      () => meetingMachine.events(broken),
      'meetingMachine.events',
      'state.context.members',
    );
    expect(meetingMachine.can(broken, { type: 'CLARIFY', at: at() })).toBe(false);
    expectRefusal(
      () => meetingMachine.events({ ...state, context: 'x' } as unknown as MeetingState),
      'meetingMachine.events',
      'state.context',
    );
  });

  it('carries on from a state loaded from JSON as from the state itself', () => {
    const state = toSlot();
    const loaded = JSON.parse(JSON.stringify(state)) as MeetingState;
    const event = { type: 'CLARIFY', at: '2026-03-06T00:00:00Z' } as const;
    expect(meetingMachine.transition(loaded, event)).toEqual(
      meetingMachine.transition(state, event),
    );
  });

  it('replay names itself, not initial, when the setup is wrong', () => {
    expectRefusal(
      () => meetingMachine.replay(undefined as never, []),
      'meetingMachine.replay',
      'setup',
    );
    expectRefusal(() => setMachine.replay(null as never, []), 'setMachine.replay', 'setup');
  });

  it('refuses a question that is only punctuation, which has nothing to classify', () => {
    const clarifying = run(toSlot(), [{ type: 'CLARIFY' }]);
    expectRefusal(
      () => meetingMachine.transition(clarifying, { type: 'ASK', by: 'ben', text: '?!', at: at() }),
      'meetingMachine.transition',
      'event.text',
    );
  });

  it('keeps its lists of stages, event types and edges frozen', () => {
    for (const machine of [meetingMachine, setMachine]) {
      for (const list of [machine.states, machine.final, machine.eventTypes, machine.edges]) {
        expect(Object.isFrozen(list)).toBe(true);
      }
      expect(Object.isFrozen(machine.edges[0])).toBe(true);
    }
  });
});
