/**
 * The set's lifecycle: refusals and edge cases, each checked against the rule in
 * setMachine's JSDoc and SetSetup's: four to eight members, one membership each, a plan
 * before contracting, meetings recorded in date order by members only, a quorum to resume,
 * a meeting before the final review, and a new cycle keeping what it does not change.
 */
import { describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  InvalidTransitionError,
  setMachine,
  type SetEventInput,
  type SetSetupInput,
  type SetState,
} from '../../src/action-learning/index.js';

type Untimed<Event> = Event extends unknown ? Omit<Event, 'at'> : never;

/** Sends the events one day apart, after the state's last event. */
function run(state: SetState, events: Untimed<SetEventInput>[]): SetState {
  return events.reduce((current, event) => {
    const base = current.at === null ? Date.parse('2026-01-01T12:00:00Z') : Date.parse(current.at);
    return setMachine.transition(current, {
      ...event,
      at: new Date(base + 86_400_000).toISOString(),
    });
  }, state);
}

function refusal(state: SetState, event: Untimed<SetEventInput>): string {
  try {
    run(state, [event]);
  } catch (error) {
    if (error instanceof InvalidTransitionError) return error.details.reason;
    throw error;
  }
  throw new Error(`${event.type} was accepted`);
}

const five: SetSetupInput = { setId: 's', members: ['a', 'b', 'c', 'd', 'e'] };
const plan: Untimed<SetEventInput> = {
  type: 'PLAN',
  cadence: { every: 2, unit: 'weeks' },
  firstMeeting: '2026-01-15',
};
const active = (): SetState =>
  run(setMachine.initial(five), [
    { type: 'FORM' },
    plan,
    { type: 'CONTRACT' },
    { type: 'AGREE_CONTRACT' },
  ]);

describe('setMachine setup', () => {
  it('refuses a member listed twice, with the path of the repeat', () => {
    let error: unknown;
    try {
      setMachine.initial({ setId: 's', members: ['a', 'b', 'a'] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(
      (error as InvalidInputError).issues.map((issue) => [issue.pathText, issue.message]),
    ).toEqual([['setup.members[2]', 'repeats "a"; every member needs a different id']]);
  });
});

describe('setMachine refusals and edge cases', () => {
  it('lets a member join once, and no more than eight', () => {
    const start = setMachine.initial(five);
    expect(refusal(start, { type: 'JOIN', member: 'a' })).toBe('"a" is already a member');
    const full = run(start, [
      { type: 'JOIN', member: 'f' },
      { type: 'JOIN', member: 'g' },
      { type: 'JOIN', member: 'h' },
    ]);
    expect(full.context.members).toHaveLength(8);
    expect(refusal(full, { type: 'JOIN', member: 'i' })).toBe('the set is full (8 members)');
  });

  it('lets only members leave, recording why (or null)', () => {
    const start = setMachine.initial(five);
    expect(refusal(start, { type: 'LEAVE', member: 'z' })).toBe('"z" is not a member');
    const left = run(start, [{ type: 'LEAVE', member: 'b' }]);
    expect(left.context.members.map((m) => m.id)).toEqual(['a', 'c', 'd', 'e']);
    expect(left.context.departures.map((d) => [d.id, d.reason])).toEqual([['b', null]]);
    // Leaving while recruiting never pauses the set, however small it gets.
    expect(left.value).toBe('recruiting');
  });

  it('contracts only once it has planned its meetings', () => {
    const forming = run(setMachine.initial(five), [{ type: 'FORM' }]);
    expect(refusal(forming, { type: 'CONTRACT' })).toBe(
      'the set has not planned its meetings; send PLAN first',
    );
    // A set that shrinks below four while forming cannot contract either.
    const small = run(forming, [
      plan,
      { type: 'LEAVE', member: 'a' },
      { type: 'LEAVE', member: 'b' },
    ]);
    expect(refusal(small, { type: 'CONTRACT' })).toBe('a set needs 4 to 8 members; it has 3');
  });

  it('holds its final review only after it has met', () => {
    expect(refusal(active(), { type: 'START_FINAL_REVIEW' })).toBe('the set has not met yet');
  });

  it('records meetings once each, in date order, with members only', () => {
    const met = run(active(), [
      { type: 'RECORD_MEETING', meeting: 'm1', date: '2026-01-15', present: ['a', 'b', 'c'] },
    ]);
    // Every two weeks: 15 January + 14 days.
    expect(met.context.nextDue).toBe('2026-01-29');
    expect(met.context.meetings[0]?.due).toBe('2026-01-15');
    expect(
      refusal(met, { type: 'RECORD_MEETING', meeting: 'm1', date: '2026-01-29', present: [] }),
    ).toBe('meeting "m1" is already recorded');
    expect(
      refusal(met, { type: 'RECORD_MEETING', meeting: 'm2', date: '2026-01-14', present: [] }),
    ).toBe("its date 2026-01-14 is before the last meeting's (2026-01-15)");
    expect(
      refusal(met, {
        type: 'RECORD_MEETING',
        meeting: 'm2',
        date: '2026-01-29',
        present: ['a', 'zed'],
      }),
    ).toBe('"zed" is not a member');
    // The same date as the last meeting is not before it.
    const again = run(met, [
      { type: 'RECORD_MEETING', meeting: 'm1b', date: '2026-01-15', present: ['d'] },
    ]);
    expect(again.context.meetings).toHaveLength(2);
  });

  it('resumes a set paused below its quorum only once it has recruited back to the quorum', () => {
    // Five members, quorum 4: the second leaver takes it to 3, below the quorum.
    const paused = run(active(), [
      { type: 'LEAVE', member: 'a' },
      { type: 'LEAVE', member: 'b', reason: 'New job' },
    ]);
    expect([paused.value, paused.context.paused]).toEqual([
      'paused',
      { at: paused.at, reason: '3 members, below the quorum of 4', belowQuorum: true },
    ]);
    expect(refusal(paused, { type: 'RESUME' })).toBe(
      '3 members, below the quorum of 4; recruit first',
    );
    // A set paused for a break, with its members, resumes at once.
    const onBreak = run(active(), [{ type: 'PAUSE', reason: 'Summer' }]);
    expect(onBreak.context.paused?.belowQuorum).toBe(false);
    expect(run(onBreak, [{ type: 'RESUME' }]).context.paused).toBeNull();
  });

  it('re-contracts with a new cadence and rules, or keeps the old ones', () => {
    const review = run(active(), [
      { type: 'RECORD_MEETING', meeting: 'm1', date: '2026-01-15', present: ['a'] },
      { type: 'START_FINAL_REVIEW' },
    ]);
    const rules = [{ id: 'tea', text: 'Tea first.' }];
    const changed = run(review, [
      { type: 'RECONTRACT', cadence: { every: 1, unit: 'months' }, groundRules: rules },
    ]);
    expect([changed.context.cycle, changed.context.cadence, changed.context.groundRules]).toEqual([
      2,
      { every: 1, unit: 'months' },
      rules,
    ]);
    const kept = run(review, [{ type: 'RECONTRACT' }]);
    expect([kept.context.cadence, kept.context.groundRules]).toEqual([
      review.context.cadence,
      review.context.groundRules,
    ]);
    // Ending without a reason records null; nothing follows the end.
    const ended = run(review, [{ type: 'END' }]);
    expect(ended.context.ended).toEqual({ at: ended.at, reason: null });
    expect(setMachine.events(ended)).toEqual({ allowed: [], refused: [] });
  });

  it('refuses a stored state that is paused or ended without saying why', () => {
    const state = JSON.parse(JSON.stringify(active())) as SetState;
    for (const value of ['paused', 'ended']) {
      const result = setMachine.safeParseState({ ...state, value });
      expect(result.success).toBe(false);
      if (!result.success)
        expect(result.error.issues[0]?.message).toBe(
          'a paused or ended set, and only such a set, records why',
        );
    }
    expect(setMachine.safeParseState(state).success).toBe(true);
  });
});
