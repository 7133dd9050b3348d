/**
 * The meeting protocol's refusals and edge cases, each checked against the rule it comes
 * from (meetingMachine's JSDoc and MeetingSetup's): who may arrive, bid, ask and check out;
 * what contracting, reviewing and allocating need first; one time-up a slot; actions are
 * captured before a slot ends; setups and stored states are checked.
 */
import { describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  InvalidTransitionError,
  isPeerLearnError,
  meetingMachine,
  type MeetingEventInput,
  type MeetingSetupInput,
  type MeetingState,
} from '../../src/action-learning/index.js';

type Untimed<Event> = Event extends unknown ? Omit<Event, 'at'> : never;
const members = ['ama', 'ben', 'cy', 'dee'];

/** Sends the events one minute apart, after the state's last event. */
function run(state: MeetingState, events: Untimed<MeetingEventInput>[]): MeetingState {
  return events.reduce((current, event) => {
    const base = current.at === null ? Date.parse('2026-03-05T18:00:00Z') : Date.parse(current.at);
    return meetingMachine.transition(current, {
      ...event,
      at: new Date(base + 60_000).toISOString(),
    });
  }, state);
}

function from(setup: MeetingSetupInput, events: Untimed<MeetingEventInput>[]): MeetingState {
  return run(meetingMachine.initial(setup), events);
}

/** Why the event is refused in this state (it must be refused). */
function refusal(state: MeetingState, event: Untimed<MeetingEventInput>): string {
  try {
    run(state, [event]);
  } catch (error) {
    if (error instanceof InvalidTransitionError) return error.details.reason;
    throw error;
  }
  throw new Error(`${event.type} was accepted`);
}

const arrived = (setup: MeetingSetupInput, who = ['ama', 'ben', 'cy']): MeetingState =>
  from(setup, [{ type: 'OPEN' }, ...who.map((member) => ({ type: 'ARRIVE' as const, member }))]);
const plain = { meetingId: 'm3', number: 3, members };
const bidding = (): MeetingState => run(arrived(plain), [{ type: 'BEGIN' }]);
const slot = (): MeetingState =>
  run(bidding(), [
    { type: 'BID', member: 'ama', minutes: 20 },
    { type: 'ALLOCATE', totalMinutes: 20 },
    { type: 'START_PRESENTING' },
  ]);

describe('meetingMachine setup', () => {
  it('defaults the quorum to half the members rounded up, at least three, at most all', () => {
    // 2 members: min(2, max(3, 1)) = 2; 4: max(3, 2) = 3; 7: ceil(3.5) = 4; 12: 6.
    const quorum = (n: number): number =>
      meetingMachine.initial({
        meetingId: 'm1',
        members: Array.from({ length: n }, (_, i) => `p${String(i)}`),
      }).context.quorum;
    expect([2, 4, 7, 12].map(quorum)).toEqual([2, 3, 4, 6]);
  });

  it('contracts by default only at the first meeting', () => {
    expect(meetingMachine.initial({ meetingId: 'm1', members }).context.contract).toBe(true);
    expect(meetingMachine.initial(plain).context.contract).toBe(false);
    expect(meetingMachine.initial({ ...plain, contract: true }).context.contract).toBe(true);
  });

  it('refuses repeated members and a quorum above the members, with their paths', () => {
    let error: unknown;
    try {
      meetingMachine.initial({ meetingId: 'm1', members: ['ama', 'ben', 'ama'], quorum: 4 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(
      (error as InvalidInputError).issues.map((issue) => [issue.pathText, issue.message]),
    ).toEqual([
      ['setup.members[2]', 'repeats "ama"; every member needs a different id'],
      ['setup.quorum', 'is more than the 3 members'],
    ]);
  });
});

describe('meetingMachine refusals', () => {
  it('lets only members arrive, once each', () => {
    const state = arrived(plain, ['ama']);
    expect(refusal(state, { type: 'ARRIVE', member: 'zed' })).toBe(
      '"zed" is not a member of the set',
    );
    expect(refusal(state, { type: 'ARRIVE', member: 'ama' })).toBe('"ama" has already arrived');
  });

  it('contracts only over ground rules that exist, and needs at least one to agree', () => {
    const contracting = run(arrived({ meetingId: 'm1', members, groundRules: [] }), [
      { type: 'BEGIN' },
    ]);
    expect(contracting.value).toBe('contracting');
    expect(refusal(contracting, { type: 'AGREE_RULES' })).toBe(
      'there are no ground rules to agree',
    );
    expect(refusal(contracting, { type: 'DROP_RULE', rule: 'tea' })).toBe('there is no rule "tea"');
    const proposed = run(contracting, [
      { type: 'PROPOSE_RULE', rule: { id: 'tea', text: 'Tea first.' } },
    ]);
    expect(
      refusal(proposed, { type: 'PROPOSE_RULE', rule: { id: 'tea', text: 'Coffee first.' } }),
    ).toBe('there is already a rule "tea"');
    // With no actions to review, agreeing leads to bidding, not reviewing.
    // Of AGREE_RULES's two transitions the one to reviewing refuses and the one to bidding
    // allows, so the event is allowed.
    expect(meetingMachine.events(proposed)).toEqual({
      allowed: ['ARRIVE', 'PROPOSE_RULE', 'DROP_RULE', 'AGREE_RULES', 'PAUSE', 'ABANDON'],
      refused: [],
    });
    expect(run(proposed, [{ type: 'AGREE_RULES' }]).value).toBe('bidding');
  });

  it('reviews only last meeting’s actions, and all of them before bidding', () => {
    const reviewing = run(
      arrived({
        ...plain,
        previousActions: [
          { id: 'm2-a1', owner: 'ama', text: 'Call the chair' },
          { id: 'm2-a2', owner: 'ben', text: 'Visit the food bank' },
        ],
      }),
      [{ type: 'BEGIN' }],
    );
    expect(reviewing.value).toBe('reviewing');
    expect(
      refusal(reviewing, { type: 'REVIEW_ACTION', action: 'm9-a1', outcome: 'done', note: 'Yes' }),
    ).toBe('there is no action "m9-a1" from the last meeting');
    const one = run(reviewing, [
      { type: 'REVIEW_ACTION', action: 'm2-a1', outcome: 'done', note: 'Called' },
    ]);
    expect(refusal(one, { type: 'END_REVIEW' })).toBe('1 action(s) still to review: m2-a2');
  });

  it('takes bids only from members present, and needs bids and a plan to start presenting', () => {
    const state = bidding();
    expect(refusal(state, { type: 'BID', member: 'dee', minutes: 10 })).toBe(
      '"dee" has not arrived',
    );
    expect(refusal(state, { type: 'ALLOCATE', totalMinutes: 30 })).toBe('nobody has bid yet');
    const planned = run(state, [
      { type: 'BID', member: 'ama', minutes: 10 },
      { type: 'ALLOCATE', totalMinutes: 30 },
    ]);
    expect(planned.context.plan?.allocations.map((s) => [s.member, s.minutes])).toEqual([
      ['ama', 30],
    ]);
    // A new bid clears the plan, so the time must be shared again.
    const rebid = run(planned, [{ type: 'BID', member: 'ben', minutes: 10 }]);
    expect(rebid.context.plan).toBeNull();
    expect(refusal(rebid, { type: 'START_PRESENTING' })).toBe(
      'there is no airtime plan since the last bid; send ALLOCATE first',
    );
    // The later of two bids by one member replaces the earlier one.
    const shared = run(rebid, [
      { type: 'BID', member: 'ama', minutes: 20 },
      { type: 'ALLOCATE', totalMinutes: 25, policy: 'proportional' },
    ]);
    // ama 20, ben 10 of 30 asked: 25·20/30 = 16.67 and 8.33 → 17 and 8 (largest remainder).
    expect(shared.context.plan?.allocations.map((s) => [s.member, s.minutes])).toEqual([
      ['ama', 17],
      ['ben', 8],
    ]);
  });

  it('takes questions only from present members other than the presenter, keeping the app’s kind', () => {
    const clarifying = run(slot(), [{ type: 'CLARIFY' }]);
    expect(refusal(clarifying, { type: 'ASK', by: 'dee', text: 'Why?' })).toBe(
      '"dee" has not arrived',
    );
    expect(refusal(clarifying, { type: 'ASK', by: 'ama', text: 'Why?' })).toBe(
      '"ama" is presenting; questions come from the rest of the set',
    );
    const asked = run(clarifying, [
      { type: 'ASK', by: 'ben', text: 'Have you tried asking the chair?', kind: 'open' },
    ]);
    expect(asked.context.questions[0]).toMatchObject({
      slot: 0,
      by: 'ben',
      kind: 'open',
      cues: [],
      classifiedBy: 'app',
    });
  });

  it('allows one time-up a slot, and no end to a slot before the presenter commits', () => {
    const up = run(slot(), [{ type: 'TIME_UP' }]);
    expect(up.value).toBe('committing');
    expect(refusal(up, { type: 'TIME_UP' })).toBe('time is already up');
    expect(refusal(up, { type: 'END_SLOT' })).toBe(
      'the presenter has not committed to an action yet; send COMMIT_ACTION first',
    );
  });

  it('numbers actions within the meeting, and refuses an id already used', () => {
    const committing = run(
      arrived({
        ...plain,
        previousActions: [{ id: 'm2-a1', owner: 'ama', text: 'Call the chair' }],
      }),
      [
        { type: 'BEGIN' },
        { type: 'REVIEW_ACTION', action: 'm2-a1', outcome: 'partly', note: 'Left a message' },
        { type: 'END_REVIEW' },
        { type: 'BID', member: 'ama', minutes: 20 },
        { type: 'ALLOCATE', totalMinutes: 20 },
        { type: 'START_PRESENTING' },
        { type: 'TIME_UP' },
      ],
    );
    expect(refusal(committing, { type: 'COMMIT_ACTION', text: 'Call again', id: 'm2-a1' })).toBe(
      'there is already an action "m2-a1"',
    );
    const two = run(committing, [
      { type: 'COMMIT_ACTION', text: 'Call again' },
      { type: 'COMMIT_ACTION', text: 'Email instead', id: 'email', due: '2026-03-19' },
    ]);
    expect(two.context.actions.map((a) => [a.id, a.owner, a.due])).toEqual([
      ['m3-a1', 'ama', null],
      ['email', 'ama', '2026-03-19'],
    ]);
    expect(refusal(two, { type: 'COMMIT_ACTION', text: 'Again', id: 'm3-a1' })).toBe(
      'there is already an action "m3-a1"',
    );
    // A default id never takes one the app gave earlier: the app named its first action
    // "m3-a2", so the second, numbered by default, skips to the next free number.
    const named = run(committing, [
      { type: 'COMMIT_ACTION', text: 'Call again', id: 'm3-a2' },
      { type: 'COMMIT_ACTION', text: 'Email instead' },
    ]);
    expect(named.context.actions.map((a) => a.id)).toEqual(['m3-a2', 'm3-a3']);
  });

  it('rates only the set’s rules, and checks out only members present, once each', () => {
    const review = run(slot(), [
      { type: 'TIME_UP' },
      { type: 'COMMIT_ACTION', text: 'Call the chair' },
      { type: 'END_SLOT' },
    ]);
    expect(review.value).toBe('processReview');
    expect(refusal(review, { type: 'RATE_RULE', rule: 'tea', kept: 'kept' })).toBe(
      'there is no rule "tea"',
    );
    const out = run(review, [
      { type: 'RATE_RULE', rule: 'confidentiality', kept: 'kept' },
      { type: 'END_PROCESS_REVIEW' },
      { type: 'CHECK_OUT', member: 'ama' },
    ]);
    expect(out.context.ratings[0]?.note).toBeNull();
    expect(out.context.checkOuts[0]?.word).toBeNull();
    expect(refusal(out, { type: 'CHECK_OUT', member: 'ama' })).toBe(
      '"ama" has already checked out',
    );
    expect(refusal(out, { type: 'CHECK_OUT', member: 'dee' })).toBe('"dee" has not arrived');
  });

  it('refuses a stored state that says it is paused without saying where', () => {
    const state = JSON.parse(JSON.stringify(bidding())) as MeetingState;
    const result = meetingMachine.safeParseState({ ...state, value: 'paused' });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]?.message).toBe(
        'a paused meeting, and only a paused one, records where it paused',
      );
    expect(isPeerLearnError(result.success ? null : result.error, 'invalid_input')).toBe(true);
  });
});
