/**
 * meetingReport on two small meetings whose numbers are worked out by hand below (times in
 * minutes after 18:00). Question kinds are given by the app except one, which the
 * classifier catches as advice.
 */
import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import {
  isPeerLearnError,
  meetingMachine,
  meetingReport,
  type MeetingEventInput,
} from '../../src/action-learning/index.js';

const MEMBERS = ['ama', 'ben', 'cy', 'dee'];
const on = (day: string) => (minute: number) =>
  `${day}T${String(18 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00Z`;

const a = on('2026-03-05');
const FIRST: MeetingEventInput[] = [
  { type: 'OPEN', at: a(0) },
  { type: 'ARRIVE', at: a(1), member: 'ama' },
  { type: 'ARRIVE', at: a(2), member: 'ben' },
  { type: 'ARRIVE', at: a(3), member: 'cy' }, // dee does not come; the quorum is 3
  { type: 'BEGIN', at: a(5) },
  { type: 'AGREE_RULES', at: a(10) },
  { type: 'BID', at: a(11), member: 'ama', minutes: 20 },
  { type: 'BID', at: a(12), member: 'ben', minutes: 10 },
  { type: 'ALLOCATE', at: a(13), totalMinutes: 30 }, // equal: 15 and 15
  { type: 'START_PRESENTING', at: a(15) }, // ama's slot: 18:15
  { type: 'CLARIFY', at: a(20) },
  { type: 'ASK', at: a(22), by: 'ben', text: 'What would success look like?', kind: 'open' },
  { type: 'ASK', at: a(24), by: 'cy', text: 'Have you tried asking the chair?' }, // classifier
  { type: 'EXPLORE', at: a(25) },
  { type: 'ASK', at: a(27), by: 'cy', text: "Surely that is the board's job?", kind: 'leading' },
  { type: 'PAUSE', at: a(28) },
  { type: 'RESUME', at: a(33) }, // 5 minutes paused
  { type: 'REFLECT', at: a(35) },
  { type: 'COMMIT', at: a(37) },
  { type: 'COMMIT_ACTION', at: a(38), text: 'Book time with the chair' }, // m1-a1
  { type: 'END_SLOT', at: a(40) }, // ama: 25 minutes less 5 paused = 20; ben's slot: 18:40
  { type: 'CLARIFY', at: a(42) },
  { type: 'ASK', at: a(43), by: 'ama', text: 'Is it on Tuesdays?', kind: 'closed' },
  { type: 'TIME_UP', at: a(50) },
  { type: 'COMMIT_ACTION', at: a(51), text: 'Call the volunteer centre' }, // m1-a2
  { type: 'COMMIT_ACTION', at: a(52), text: 'Write up the rota' }, // m1-a3
  { type: 'END_SLOT', at: a(55) }, // ben: 15 minutes
  { type: 'RATE_RULE', at: a(56), rule: 'no-advice', kept: 'broken', note: 'One slip' },
  { type: 'END_PROCESS_REVIEW', at: a(57) },
  { type: 'CHECK_OUT', at: a(58), member: 'ama', word: 'hopeful' },
  { type: 'CLOSE', at: a(59) },
];
const first = meetingMachine.replay({ meetingId: 'm1', number: 1, members: MEMBERS }, FIRST);

const b = on('2026-04-02');
const second = meetingMachine.replay(
  {
    meetingId: 'm2',
    number: 2,
    members: MEMBERS,
    previousActions: [...first.context.actions],
  },
  [
    { type: 'OPEN', at: b(0) },
    ...MEMBERS.map((member, i): MeetingEventInput => ({ type: 'ARRIVE', at: b(i + 1), member })),
    { type: 'BEGIN', at: b(5) },
    { type: 'REVIEW_ACTION', at: b(6), action: 'm1-a1', outcome: 'done', note: 'Booked' },
    { type: 'REVIEW_ACTION', at: b(7), action: 'm1-a2', outcome: 'notDone', note: 'No time' },
    { type: 'REVIEW_ACTION', at: b(8), action: 'm1-a3', outcome: 'dropped', note: 'Not needed' },
    { type: 'END_REVIEW', at: b(9) },
    { type: 'BID', at: b(10), member: 'cy', minutes: 20 },
    { type: 'ALLOCATE', at: b(11), totalMinutes: 20 },
    { type: 'START_PRESENTING', at: b(12) },
    { type: 'CLARIFY', at: b(20) },
    { type: 'ASK', at: b(21), by: 'dee', text: 'What matters most here?', kind: 'open' },
    { type: 'ASK', at: b(22), by: 'ama', text: 'What do you hope for?', kind: 'open' },
    { type: 'EXPLORE', at: b(23) },
    { type: 'ASK', at: b(24), by: 'ben', text: 'Is it funded?', kind: 'closed' },
    { type: 'REFLECT', at: b(26) },
    { type: 'COMMIT', at: b(28) },
    { type: 'COMMIT_ACTION', at: b(30), text: 'Visit the food bank' }, // m2-a1
    { type: 'END_SLOT', at: b(32) }, // cy: 20 minutes
    { type: 'END_PROCESS_REVIEW', at: b(33) },
    { type: 'CLOSE', at: b(34) },
  ],
);

const none = { done: 0, partly: 0, notDone: 0, dropped: 0, pending: 0 };

describe('meetingReport on one meeting', () => {
  const report = meetingReport(first);

  it('gives each member planned and actual airtime, questions, advice and actions', () => {
    expect(report.present).toEqual(['ama', 'ben', 'cy']);
    expect(report.absent).toEqual(['dee']);
    expect(
      report.members.map((m) => [
        m.member,
        m.present,
        m.plannedMinutes,
        m.actualMinutes,
        m.presented,
        m.questions.total,
        m.adviceGiven,
        m.actionsCommitted,
      ]),
    ).toEqual([
      ['ama', true, 15, 20, true, 1, 0, 1],
      ['ben', true, 15, 15, true, 1, 0, 2],
      ['cy', true, 0, 0, false, 2, 1, 0],
      ['dee', false, 0, 0, false, 0, 0, 0],
    ]);
  });

  it('says who presented, how far each slot got and what they were asked', () => {
    expect(report.presenters.map((p) => [p.member, p.stages, p.timeUp, p.questions.total])).toEqual(
      [
        ['ama', ['describing', 'clarifying', 'exploring', 'reflecting', 'committing'], null, 3],
        ['ben', ['describing', 'clarifying', 'committing'], 'clarifying', 1],
      ],
    );
    expect(report.presenters[1]?.actions.map((action) => action.id)).toEqual(['m1-a2', 'm1-a3']);
  });

  it('counts questions by kind and lists the advice caught', () => {
    expect(report.questions).toEqual({
      total: 4,
      open: 1,
      closed: 1,
      leading: 1,
      advice: 1,
      openShare: 0.25,
    });
    expect(report.advice).toEqual([
      { by: 'cy', presenter: 'ama', text: 'Have you tried asking the chair?', at: a(24) },
    ]);
    expect(first.context.questions[1]?.classifiedBy).toBe('classifier');
  });

  it('lists the actions, the review and the rule ratings', () => {
    expect(report.actions.map((action) => [action.id, action.owner])).toEqual([
      ['m1-a1', 'ama'],
      ['m1-a2', 'ben'],
      ['m1-a3', 'ben'],
    ]);
    expect(report.review).toEqual(none);
    expect(report.rules.find((rule) => rule.rule === 'no-advice')).toMatchObject({
      kept: 'broken',
      note: 'One slip',
    });
    expect(report.rules.filter((rule) => rule.kept === null)).toHaveLength(6);
    expect(meetingReport(second).review).toEqual({ ...none, done: 1, notDone: 1, dropped: 1 });
  });

  it('refuses what is not a meeting state, with the path', () => {
    let error: unknown;
    try {
      meetingReport([first, { ...second, value: 'dancing' } as never]);
    } catch (caught) {
      error = caught;
    }
    expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
    expect((error as Error).message).toContain('states[1].value');
  });
});

describe('meetingReport across meetings', () => {
  const before = JSON.stringify([first, second]);
  const report = meetingReport([first, second]);

  it('leaves its input as it was', () => {
    expect(JSON.stringify([first, second])).toBe(before);
  });

  it('measures airtime fairness with the Gini coefficient', () => {
    expect(report.airtime.byMember).toEqual([
      { member: 'ama', minutes: 20, presentations: 1 },
      { member: 'ben', minutes: 15, presentations: 1 },
      { member: 'cy', minutes: 20, presentations: 1 },
      { member: 'dee', minutes: 0, presentations: 0 },
    ]);
    // ineq::Gini(c(20, 15, 20, 0)): sorted 0, 15, 20, 20; 2·170/(4·55) − 5/4 = 13/44.
    expect(report.airtime.gini).toBeCloseTo(13 / 44, 12);
  });

  it('counts attendance, the action completion rate and the open-question trend', () => {
    expect(report.attendance.byMember.map((m) => [m.member, m.attended, m.meetings])).toEqual([
      ['ama', 2, 2],
      ['ben', 2, 2],
      ['cy', 2, 2],
      ['dee', 1, 2],
    ]);
    expect(report.attendance.rate).toBe(7 / 8);
    // m1-a1 done, m1-a2 not done, m1-a3 dropped (left out), m2-a1 not yet reviewed.
    expect(report.actions).toEqual({
      committed: 4,
      done: 1,
      partly: 0,
      notDone: 1,
      dropped: 1,
      pending: 1,
      completionRate: 0.5,
    });
    // 1 open of 4, then 2 of 3: the slope over two meetings is 2/3 − 1/4 = 5/12.
    expect(report.openQuestions.shares).toEqual([0.25, 2 / 3]);
    expect(report.openQuestions.slope).toBeCloseTo(5 / 12, 12);
    expect(report.openQuestions.trend).toBe('rising');
  });

  it('follows each presenter round the action learning cycle', () => {
    expect(
      report.cycle.map((p) => [
        p.member,
        p.presentations.map((presentation) => presentation.steps),
        p.completedCycles,
      ]),
    ).toEqual([
      ['ama', [['describe', 'question', 'reflect', 'commit', 'act', 'review']], 1],
      ['ben', [['describe', 'question', 'commit', 'review']], 0],
      ['cy', [['describe', 'question', 'reflect', 'commit']], 0],
    ]);
    expect(report.cycle[1]?.presentations[0]?.outcomes).toEqual({
      ...none,
      notDone: 1,
      dropped: 1,
    });
  });
});

type Untimed<Event> = Event extends unknown ? Omit<Event, 'at'> : never;

/** A meeting of ama, ben and cy (quorum 3, no contracting), events at minutes after 18:00. */
const held = (
  meetingId: string,
  day: string,
  events: (readonly [number, Untimed<MeetingEventInput>])[],
) => {
  const t = on(day);
  return meetingMachine.replay({ meetingId, number: 3, members: ['ama', 'ben', 'cy'] }, [
    { type: 'OPEN', at: t(0) },
    ...['ama', 'ben', 'cy'].map((member, i): MeetingEventInput => ({
      type: 'ARRIVE',
      at: t(i + 1),
      member,
    })),
    { type: 'BEGIN', at: t(5) },
    { type: 'BID', at: t(6), member: 'ama', minutes: 20 },
    { type: 'ALLOCATE', at: t(7), totalMinutes: 20 },
    { type: 'START_PRESENTING', at: t(10) }, // ama's slot starts at 18:10
    ...events.map(([minute, event]) => ({ ...event, at: t(minute) })),
  ]);
};

describe('meetingReport on meetings that did not finish', () => {
  it('measures a running slot up to the last event, and the stages it has reached', () => {
    const running = meetingReport(
      held('m3', '2026-05-07', [
        [12, { type: 'CLARIFY' }],
        [15, { type: 'EXPLORE' }],
      ]),
    );
    expect([running.stage, running.endedAt]).toEqual(['exploring', null]);
    // 18:10 to the last event at 18:15.
    expect(running.presenters.map((p) => [p.stages, p.actualMinutes, p.timeUp])).toEqual([
      [['describing', 'clarifying', 'exploring'], 5, null],
    ]);
    expect(running.questions.openShare).toBeNull();
  });

  it('takes a paused slot’s stage from where it paused, leaving paused time out', () => {
    const paused = meetingReport(
      held('m3', '2026-05-07', [
        [12, { type: 'CLARIFY' }],
        [15, { type: 'PAUSE' }],
      ]),
    );
    expect(paused.stage).toBe('paused');
    expect(paused.presenters[0]?.stages).toEqual(['describing', 'clarifying']);
    expect(paused.presenters[0]?.actualMinutes).toBe(5); // 18:10 to the pause at 18:15
  });

  it('ends an adjourned meeting when it was abandoned, and its slot when it paused', () => {
    const state = held('m3', '2026-05-07', [
      [12, { type: 'CLARIFY' }],
      [15, { type: 'PAUSE' }],
      [17, { type: 'RESUME' }], // 2 minutes paused
      [20, { type: 'EXPLORE' }],
      [22, { type: 'REFLECT' }],
      [25, { type: 'PAUSE' }],
      [30, { type: 'ABANDON', reason: 'The building closed' }],
    ]);
    const report = meetingReport(state);
    expect([report.stage, report.endedAt]).toEqual(['adjourned', '2026-05-07T18:30:00Z']);
    // The slot ends at the pause (18:25): 15 minutes less the 2 paused.
    expect(report.presenters.map((p) => [p.stages, p.actualMinutes])).toEqual([
      [['describing', 'clarifying', 'exploring', 'reflecting'], 13],
    ]);
  });

  it('keeps every stage of a slot that ended before the meeting was abandoned', () => {
    const state = held('m3', '2026-05-07', [
      [12, { type: 'CLARIFY' }],
      [15, { type: 'EXPLORE' }],
      [20, { type: 'REFLECT' }],
      [22, { type: 'COMMIT' }],
      [24, { type: 'COMMIT_ACTION', text: 'Call the chair' }],
      [25, { type: 'END_SLOT' }], // the last presenter: on to the process review
      [27, { type: 'ABANDON', reason: 'The building closed' }],
    ]);
    expect(state.context.adjourned?.stage).toBe('processReview');
    const report = meetingReport(state);
    expect(report.presenters.map((p) => [p.stages, p.actualMinutes])).toEqual([
      [['describing', 'clarifying', 'exploring', 'reflecting', 'committing'], 15],
    ]);
    expect(meetingReport([state]).cycle[0]?.presentations[0]?.steps).toEqual([
      'describe',
      'question',
      'reflect',
      'commit',
    ]);
  });
});

describe('meetingReport across meetings: edge cases', () => {
  const asking = (meetingId: string, day: string, kinds: ('open' | 'closed')[]) =>
    held(meetingId, day, [
      [12, { type: 'CLARIFY' }],
      ...kinds.map(
        (kind, i) =>
          [13 + i, { type: 'ASK', by: 'ben', text: 'What next?', kind }] as [
            number,
            Untimed<MeetingEventInput>,
          ],
      ),
    ]);

  it('reports nothing, without dividing by zero, for no meetings', () => {
    expect(meetingReport([])).toEqual({
      meetings: [],
      airtime: { byMember: [], gini: null },
      attendance: { byMember: [], rate: null },
      actions: { committed: 0, ...none, completionRate: null },
      openQuestions: { shares: [], slope: null, trend: 'unclear' },
      cycle: [],
    });
  });

  it('has no Gini coefficient, completion rate or trend when nobody presented or asked', () => {
    const t = on('2026-05-07');
    const snowed = meetingMachine.replay({ meetingId: 'm4', members: ['ama', 'ben', 'cy'] }, [
      { type: 'OPEN', at: t(0) },
      { type: 'ARRIVE', at: t(1), member: 'ama' },
      { type: 'ABANDON', at: t(20), reason: 'Snow' },
    ]);
    const report = meetingReport([snowed]);
    expect(report.airtime).toEqual({
      byMember: ['ama', 'ben', 'cy'].map((member) => ({ member, minutes: 0, presentations: 0 })),
      gini: null,
    });
    expect(report.attendance.rate).toBe(1 / 3);
    expect(report.actions.completionRate).toBeNull();
    expect(report.openQuestions).toEqual({ shares: [null], slope: null, trend: 'unclear' });
    expect(report.cycle).toEqual([]);
  });

  it('calls the trend falling, steady or unclear from the least-squares slope', () => {
    // Shares 1 then 0: slope −1 a meeting.
    const falling = meetingReport([
      asking('m1', '2026-01-08', ['open']),
      asking('m2', '2026-02-05', ['closed']),
    ]).openQuestions;
    expect([falling.shares, falling.slope, falling.trend]).toEqual([[1, 0], -1, 'falling']);
    // ½ and ½: slope 0.
    const steady = meetingReport([
      asking('m1', '2026-01-08', ['open', 'closed']),
      asking('m2', '2026-02-05', ['closed', 'open']),
    ]).openQuestions;
    expect([steady.slope, steady.trend]).toEqual([0, 'steady']);
    // A meeting without questions keeps its place: shares 0, none, 1 at meetings 0 and 2
    // give a slope of (1 − 0) / 2 = ½ a meeting, not 1.
    const gap = meetingReport([
      asking('m1', '2026-01-08', ['closed']),
      asking('m2', '2026-02-05', []),
      asking('m3', '2026-03-05', ['open']),
    ]).openQuestions;
    expect(gap.shares).toEqual([0, null, 1]);
    expect(gap.slope).toBeCloseTo(0.5, 12);
    // One share alone has no slope.
    const lone = meetingReport([
      asking('m1', '2026-01-08', []),
      asking('m2', '2026-02-05', ['open']),
    ]).openQuestions;
    expect([lone.slope, lone.trend]).toEqual([null, 'unclear']);
  });

  it('counts only the describing step for a slot cut short before questions or actions', () => {
    const cut = held('m5', '2026-05-07', [
      [12, { type: 'TIME_UP' }],
      [14, { type: 'ABANDON', reason: 'Fire alarm' }],
    ]);
    const report = meetingReport([cut]);
    expect(report.meetings[0]?.presenters[0]?.stages).toEqual(['describing', 'committing']);
    expect(report.cycle).toEqual([
      {
        member: 'ama',
        presentations: [{ meetingId: 'm5', steps: ['describe'], outcomes: none }],
        completedCycles: 0,
      },
    ]);
  });
});

describe('hostile input', () => {
  it('refuses a list with holes, naming the hole, rather than skip it', () => {
    expectRefusal(
      () => peerlearn.meetingReport(new Array(3) as never),
      'meetingReport',
      'states[0]',
    );
  });
});
