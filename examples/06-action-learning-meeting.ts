/**
 * # An action learning set's first two meetings
 *
 * Six managers of community centres form an action learning set. At the first meeting they
 * contract (agree ground rules, adding one of their own), bid for airtime and hear two
 * presenters; the set's questions are classified as they are asked, so the advice that
 * slips through is caught and counted. Each presenter commits to actions. Four weeks later
 * the second meeting opens by reviewing those actions, then two other members present.
 * The example prints each meeting's report, the report across both meetings, and the
 * meeting protocol as a Mermaid diagram.
 *
 * Everything is driven by events with their times, exactly as an app would record them; the
 * states are plain JSON, so the second meeting could as well be run from a stored state.
 *
 * Run it with `npx tsup && npx tsx --tsconfig examples/tsconfig.json examples/06-action-learning-meeting.ts`.
 */
import {
  meetingMachine,
  meetingReport,
  type MeetingEventInput,
  type MeetingState,
  type MeetingSummary,
} from 'peerlearn/action-learning';

const MEMBERS = ['asha', 'bryn', 'carmen', 'dafydd', 'efua', 'finn'];

/** A clock for one meeting: each call moves it on by the given minutes. */
function clock(start: string): (minutes?: number) => string {
  let time = Date.parse(start);
  return (minutes = 1) => new Date((time += minutes * 60_000)).toISOString();
}

/** One presenter's slot: the stages of the cycle, the set's questions, the actions. */
function slot(
  at: (minutes?: number) => string,
  questions: readonly (readonly [string, string])[],
  actions: readonly string[],
): MeetingEventInput[] {
  const clarifying = questions.slice(0, 2);
  const exploring = questions.slice(2);
  return [
    { type: 'CLARIFY', at: at(8) },
    ...clarifying.map(([by, text]): MeetingEventInput => ({ type: 'ASK', at: at(2), by, text })),
    { type: 'EXPLORE', at: at(2) },
    ...exploring.map(([by, text]): MeetingEventInput => ({ type: 'ASK', at: at(2), by, text })),
    { type: 'REFLECT', at: at(3) },
    { type: 'COMMIT', at: at(3) },
    ...actions.map((text): MeetingEventInput => ({ type: 'COMMIT_ACTION', at: at(1), text })),
  ];
}

// ---------------------------------------------------------------------------------------
// Meeting 1: contracting, two presenters.

const t1 = clock('2026-03-05T18:00:00Z');
const first = meetingMachine.replay({ meetingId: 'm1', number: 1, members: MEMBERS }, [
  { type: 'OPEN', at: t1(0) },
  ...MEMBERS.map((member): MeetingEventInput => ({ type: 'ARRIVE', at: t1(), member })),
  { type: 'BEGIN', at: t1(2) },
  {
    type: 'PROPOSE_RULE',
    at: t1(5),
    rule: { id: 'phones', text: 'Phones stay in our bags until the break.' },
  },
  { type: 'AGREE_RULES', at: t1(10) },
  { type: 'BID', at: t1(), member: 'asha', minutes: 35 },
  { type: 'BID', at: t1(), member: 'carmen', minutes: 25 },
  { type: 'ALLOCATE', at: t1(), totalMinutes: 70, policy: 'equal' },
  { type: 'START_PRESENTING', at: t1() },
  ...slot(
    t1,
    [
      ['bryn', 'How many volunteers do you have now?'],
      ['efua', 'What happened the last time the rota broke down?'],
      ['dafydd', 'What would a good rota feel like for the volunteers?'],
      ['finn', 'Have you tried paying for a coordinator?'],
      ['carmen', 'What are you most worried about?'],
    ],
    ['Ask the three longest-serving volunteers what keeps them coming'],
  ),
  { type: 'END_SLOT', at: t1(2) },
  ...slot(
    t1,
    [
      ['asha', 'Who decides what the hall is used for?'],
      ['finn', 'How do the trustees see the problem?'],
      ['bryn', 'What would change for the young people if the hall opened later?'],
      ['efua', "Don't you think the trustees are just being cautious?"],
      ['dafydd', 'If I were you I would take it to the next board meeting.'],
    ],
    ['Draft a one-page case for evening opening', 'Book a visit to the youth club in Ashby'],
  ),
  { type: 'END_SLOT', at: t1(2) },
  { type: 'RATE_RULE', at: t1(3), rule: 'no-advice', kept: 'partly', note: 'Two slips' },
  { type: 'RATE_RULE', at: t1(1), rule: 'airtime', kept: 'kept' },
  { type: 'END_PROCESS_REVIEW', at: t1(2) },
  ...MEMBERS.map((member): MeetingEventInput => ({ type: 'CHECK_OUT', at: t1(), member })),
  { type: 'CLOSE', at: t1() },
]);

// ---------------------------------------------------------------------------------------
// Meeting 2, four weeks later: review last time's actions, then two other presenters.

const t2 = clock('2026-04-02T18:00:00Z');
const second = meetingMachine.replay(
  {
    meetingId: 'm2',
    number: 2,
    members: MEMBERS,
    groundRules: [...first.context.groundRules],
    previousActions: [...first.context.actions],
    lastPresented: { asha: '2026-03-05', carmen: '2026-03-05' },
  },
  [
    { type: 'OPEN', at: t2(0) },
    ...MEMBERS.filter((member) => member !== 'finn').map((member): MeetingEventInput => ({
      type: 'ARRIVE',
      at: t2(),
      member,
    })),
    { type: 'BEGIN', at: t2(2) },
    {
      type: 'REVIEW_ACTION',
      at: t2(4),
      action: 'm1-a1',
      outcome: 'done',
      note: 'They want shorter shifts',
    },
    { type: 'REVIEW_ACTION', at: t2(4), action: 'm1-a2', outcome: 'partly', note: 'First draft' },
    {
      type: 'REVIEW_ACTION',
      at: t2(4),
      action: 'm1-a3',
      outcome: 'notDone',
      note: 'Ashby cancelled',
    },
    { type: 'END_REVIEW', at: t2() },
    { type: 'BID', at: t2(), member: 'bryn', minutes: 30 },
    { type: 'BID', at: t2(), member: 'efua', minutes: 20 },
    { type: 'BID', at: t2(), member: 'asha', minutes: 20 },
    { type: 'ALLOCATE', at: t2(), totalMinutes: 50, policy: 'leastRecent' },
    { type: 'START_PRESENTING', at: t2() },
    ...slot(
      t2,
      [
        ['asha', 'What does the funder actually ask for?'],
        ['carmen', 'When is the deadline?'],
        ['dafydd', 'What would you like the funder to understand about the centre?'],
        ['efua', 'How might the families you work with tell the story?'],
      ],
      ['Invite two families to help write the impact section'],
    ),
    { type: 'END_SLOT', at: t2(2) },
    { type: 'CLARIFY', at: t2(6) },
    { type: 'ASK', at: t2(2), by: 'bryn', text: 'What have you already tried with the landlord?' },
    { type: 'PAUSE', at: t2(1) },
    { type: 'RESUME', at: t2(10) },
    { type: 'EXPLORE', at: t2(1) },
    { type: 'ASK', at: t2(2), by: 'carmen', text: 'What would it mean for you to let this go?' },
    { type: 'TIME_UP', at: t2(3) },
    { type: 'COMMIT_ACTION', at: t2(1), text: 'Write to the landlord with three options' },
    { type: 'END_SLOT', at: t2(1) },
    { type: 'RATE_RULE', at: t2(2), rule: 'no-advice', kept: 'kept' },
    { type: 'END_PROCESS_REVIEW', at: t2(2) },
    ...MEMBERS.filter((member) => member !== 'finn').map((member): MeetingEventInput => ({
      type: 'CHECK_OUT',
      at: t2(),
      member,
    })),
    { type: 'CLOSE', at: t2() },
  ],
);

// ---------------------------------------------------------------------------------------
// Reports

const minutes = (n: number): string => `${n.toFixed(1)} min`;

function printMeeting(state: MeetingState, summary: MeetingSummary): void {
  console.log(
    `\n## Meeting ${String(summary.number)} (${summary.meetingId}): ${summary.stage}, ${String(summary.present.length)} of ${String(summary.members.length)} present${summary.absent.length > 0 ? ` (absent: ${summary.absent.join(', ')})` : ''}`,
  );
  console.log(`Airtime plan: ${state.context.plan?.reasoning.join(' ') ?? 'none'}`);
  console.log(
    '\n| member | planned | actual | presented | questions asked | advice given | actions |',
  );
  console.log('|---|---:|---:|---|---:|---:|---:|');
  for (const m of summary.members) {
    console.log(
      `| ${m.member} | ${String(m.plannedMinutes)} min | ${minutes(m.actualMinutes)} | ${m.presented ? 'yes' : ''} | ${String(m.questions.total)} | ${String(m.adviceGiven)} | ${String(m.actionsCommitted)} |`,
    );
  }
  for (const p of summary.presenters) {
    console.log(
      `\n${p.member}: ${p.stages.join(' > ')}${p.timeUp === null ? '' : ` (time up while ${p.timeUp})`}; questions ${String(p.questions.open)} open, ${String(p.questions.closed)} closed, ${String(p.questions.leading)} leading, ${String(p.questions.advice)} advice`,
    );
    for (const action of p.actions) console.log(`  action ${action.id}: ${action.text}`);
  }
  const q = summary.questions;
  console.log(
    `\nQuestions: ${String(q.total)} (${String(q.open)} open, ${String(q.closed)} closed, ${String(q.leading)} leading, ${String(q.advice)} advice); open share ${((q.openShare ?? 0) * 100).toFixed(0)}%`,
  );
  for (const advice of summary.advice)
    console.log(`Advice caught: ${advice.by} to ${advice.presenter}: "${advice.text}"`);
  const r = summary.review;
  if (state.context.previousActions.length > 0)
    console.log(
      `Review of last time's actions: ${String(r.done)} done, ${String(r.partly)} partly, ${String(r.notDone)} not done, ${String(r.dropped)} dropped`,
    );
  console.log(
    `Ground rules: ${summary.rules
      .filter((rule) => rule.kept !== null)
      .map(
        (rule) => `${rule.rule} ${String(rule.kept)}${rule.note === null ? '' : ` (${rule.note})`}`,
      )
      .join('; ')}`,
  );
}

console.log('# An action learning set of six: meetings 1 and 2');
printMeeting(first, meetingReport(first));
printMeeting(second, meetingReport(second));

const set = meetingReport([first, second]);
console.log('\n## Across both meetings');
console.log(
  `Airtime: ${set.airtime.byMember.map((m) => `${m.member} ${minutes(m.minutes)}`).join(', ')}; Gini ${set.airtime.gini?.toFixed(3) ?? '-'}`,
);
console.log(
  `Attendance: ${((set.attendance.rate ?? 0) * 100).toFixed(0)}% (${set.attendance.byMember
    .filter((m) => m.rate < 1)
    .map((m) => `${m.member} ${String(m.attended)} of ${String(m.meetings)}`)
    .join(', ')})`,
);
console.log(
  `Actions: ${String(set.actions.committed)} committed; ${String(set.actions.done)} done, ${String(set.actions.partly)} partly, ${String(set.actions.notDone)} not done, ${String(set.actions.pending)} to review; completion rate ${set.actions.completionRate === null ? '-' : `${(set.actions.completionRate * 100).toFixed(0)}%`}`,
);
console.log(
  `Open questions: ${set.openQuestions.shares.map((share) => (share === null ? '-' : `${(share * 100).toFixed(0)}%`)).join(' -> ')} (${set.openQuestions.trend})`,
);
for (const presenter of set.cycle)
  console.log(
    `Cycle, ${presenter.member}: ${presenter.presentations.map((p) => `${p.meetingId} ${p.steps.join('>')}`).join('; ')}; full cycles ${String(presenter.completedCycles)}`,
  );

console.log('\n## The meeting protocol\n');
console.log('```mermaid');
console.log(meetingMachine.toMermaid());
console.log('```');
