/**
 * Smoke checks of peerlearn/action-learning in Chromium: a whole meeting run through the
 * state machine event by event, stored as JSON half-way and resumed; a set's lifecycle;
 * airtime; question kinds; and the meeting's report.
 */
import { describe, expect, it } from 'vitest';
import {
  allocateAirtime,
  classifyQuestion,
  InvalidTransitionError,
  isPeerLearnError,
  meetingMachine,
  meetingReport,
  setMachine,
  type MeetingEventInput,
  type MeetingState,
} from '../../src/action-learning/index.js';
import { firstNonJson } from './plainJson.js';

const MEMBERS = ['ama', 'ben', 'cy', 'dee'];
const at = (minute: number): string =>
  new Date(Date.UTC(2026, 2, 5, 18, minute)).toISOString().replace('.000Z', 'Z');

/** One meeting of a set from opening to close: two presenters, dee away. */
const MEETING: MeetingEventInput[] = [
  { type: 'OPEN', at: at(0) },
  { type: 'ARRIVE', at: at(1), member: 'ama' },
  { type: 'ARRIVE', at: at(2), member: 'ben' },
  { type: 'ARRIVE', at: at(3), member: 'cy' },
  { type: 'BEGIN', at: at(5) },
  { type: 'AGREE_RULES', at: at(10) },
  { type: 'BID', at: at(11), member: 'ama', minutes: 20 },
  { type: 'BID', at: at(12), member: 'ben', minutes: 10 },
  { type: 'ALLOCATE', at: at(13), totalMinutes: 30 },
  { type: 'START_PRESENTING', at: at(15) },
  { type: 'CLARIFY', at: at(20) },
  { type: 'ASK', at: at(22), by: 'ben', text: 'What would success look like?' },
  { type: 'ASK', at: at(24), by: 'cy', text: 'Have you tried asking the chair?' },
  { type: 'EXPLORE', at: at(25) },
  { type: 'REFLECT', at: at(35) },
  { type: 'COMMIT', at: at(37) },
  { type: 'COMMIT_ACTION', at: at(38), text: 'Book time with the chair' },
  { type: 'END_SLOT', at: at(40) },
  { type: 'CLARIFY', at: at(42) },
  { type: 'TIME_UP', at: at(50) },
  { type: 'COMMIT_ACTION', at: at(51), text: 'Call the volunteer centre' },
  { type: 'END_SLOT', at: at(55) },
  { type: 'END_PROCESS_REVIEW', at: at(57) },
  { type: 'CHECK_OUT', at: at(58), member: 'ama', word: 'hopeful' },
  { type: 'CLOSE', at: at(59) },
];
const SETUP = { meetingId: 'm1', number: 1, members: MEMBERS };

describe('action learning in the browser', () => {
  it('runs a meeting through its stages; replaying the events gives the same state', () => {
    let state = meetingMachine.initial(SETUP);
    const stages = [state.value];
    for (const [index, event] of MEETING.entries()) {
      state = meetingMachine.transition(state, event);
      stages.push(state.value);
      // Half-way, the app stores the state as JSON and carries on from what it reads back.
      if (index === 12) {
        expect(firstNonJson(state)).toBeNull();
        state = JSON.parse(JSON.stringify(state)) as MeetingState;
      }
    }
    expect([...new Set(stages)]).toEqual([
      'scheduled',
      'checkingIn',
      'contracting',
      'bidding',
      'describing',
      'clarifying',
      'exploring',
      'reflecting',
      'committing',
      'processReview',
      'checkingOut',
      'closed',
    ]);
    expect(meetingMachine.replay(SETUP, MEETING)).toEqual(state);
    expect(state.context.actions.map((action) => `${action.id} ${action.owner}`)).toEqual([
      'm1-a1 ama',
      'm1-a2 ben',
    ]);
    expect(meetingMachine.events(state)).toEqual({ allowed: [], refused: [] });
  });

  it('refuses an event out of turn with the reason and what is allowed', () => {
    const opened = meetingMachine.replay(SETUP, MEETING.slice(0, 2));
    expect(meetingMachine.can(opened, { type: 'BEGIN', at: at(2) })).toBe(false);
    let caught: unknown;
    try {
      meetingMachine.transition(opened, { type: 'BEGIN', at: at(2) });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidTransitionError);
    expect(isPeerLearnError(caught, 'invalid_transition') && caught.details.allowed).toEqual([
      'ARRIVE',
      'PAUSE',
      'ABANDON',
    ]);
  });

  it('reports the meeting: time used, question kinds and advice given', () => {
    const report = meetingReport([meetingMachine.replay(SETUP, MEETING)]);
    const meeting = report.meetings[0];
    expect(meeting?.absent).toEqual(['dee']);
    expect(meeting?.presenters.map((p) => [p.member, p.plannedMinutes, p.actualMinutes])).toEqual([
      ['ama', 15, 25],
      ['ben', 15, 15],
    ]);
    expect(meeting?.questions).toMatchObject({ total: 2, open: 1, advice: 1, openShare: 0.5 });
    expect(meeting?.advice.map((advice) => advice.by)).toEqual(['cy']);
  });

  it('draws both machines as Mermaid state diagrams', () => {
    expect(meetingMachine.toMermaid().startsWith('stateDiagram-v2\n')).toBe(true);
    expect(setMachine.toMermaid()).toContain('stateDiagram-v2');
  });

  it('moves a set from forming to active, and pauses it below quorum', () => {
    let set = setMachine.initial({ setId: 'north-1', members: ['ama', 'ben', 'cy'] });
    expect(setMachine.events(set).refused).toEqual([
      { type: 'FORM', reason: 'a set needs 4 to 8 members; it has 3' },
    ]);
    set = setMachine.transition(set, { type: 'JOIN', at: '2026-01-10T12:00:00Z', member: 'dee' });
    set = setMachine.transition(set, { type: 'FORM', at: '2026-01-12T12:00:00Z' });
    set = setMachine.transition(set, {
      type: 'PLAN',
      at: '2026-01-12T12:05:00Z',
      cadence: { every: 4, unit: 'weeks' },
      firstMeeting: '2026-02-05',
    });
    set = setMachine.transition(set, { type: 'CONTRACT', at: '2026-02-05T18:00:00Z' });
    set = setMachine.transition(set, { type: 'AGREE_CONTRACT', at: '2026-02-05T18:30:00Z' });
    set = setMachine.transition(set, {
      type: 'RECORD_MEETING',
      at: '2026-02-05T21:00:00Z',
      meeting: 'm1',
      date: '2026-02-05',
      present: ['ama', 'ben', 'cy', 'dee'],
    });
    expect([set.value, set.context.nextDue]).toEqual(['active', '2026-03-05']);
    set = setMachine.transition(set, { type: 'LEAVE', at: '2026-02-20T09:00:00Z', member: 'cy' });
    expect([set.value, set.context.paused?.reason]).toEqual([
      'paused',
      '3 members, below the quorum of 4',
    ]);
  });

  it('shares airtime and tells open questions from advice', () => {
    const bids = [
      { member: 'ama', minutes: 30 },
      { member: 'ben', minutes: 10 },
      { member: 'cy', minutes: 20 },
    ];
    expect(allocateAirtime(bids, 50, 'equal').allocations.map((s) => s.minutes)).toEqual([
      17, 17, 16,
    ]);
    expect(allocateAirtime(bids, 50, 'proportional').allocations.map((s) => s.minutes)).toEqual([
      25, 8, 17,
    ]);
    expect(classifyQuestion('What have you tried so far?').kind).toBe('open');
    expect(classifyQuestion('Have you tried asking the volunteers what they want?')).toMatchObject({
      kind: 'advice',
      cues: ['Have you tried'],
    });
    expect(classifyQuestion('Don’t you think the trustees are being unfair?').kind).toBe('leading');
    expect(classifyQuestion('How many volunteers do you have?').kind).toBe('closed');
  });
});
