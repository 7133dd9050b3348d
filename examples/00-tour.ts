/**
 * A tour of peerlearn, run by `npm run demo`. Each module adds its own chapter.
 *
 * It imports the built package by name, exactly as an app would.
 */
import {
  createRandom,
  isPeerLearnError,
  pairParticipants,
  parseMembers,
  proportionTrend,
  scoreResponses,
  shuffle,
  SOCIAL_CLIMATE_SURVEY,
  summariseScores,
  wilsonInterval,
  type MemberInput,
} from 'peerlearn';

function chapter(title: string): void {
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 70 - title.length))}\n`);
}

chapter('1. Bad input is explained, not just refused');

// A membership list typed in by hand, with the kinds of slips people make.
const typedIn: unknown = [
  { id: 'm-01', displayName: 'Ama', organisation: 'Northside Food Bank', area: 'North' },
  { id: 'm-02', displayName: '', area: 'South', joined: '2026-02-30' },
  { id: 'm-01', displayName: 'Bilal', area: 'East', role: ['facilitator'] },
];

try {
  parseMembers(typedIn);
} catch (error) {
  if (isPeerLearnError(error, 'invalid_input')) {
    console.log(error.message);
    console.log(
      `\n(code: ${error.code}; ${String(error.issues.length)} issues, each with a path an app can highlight:`,
    );
    for (const issue of error.issues) console.log(`   ${JSON.stringify(issue.path)}`);
    console.log(')');
  } else {
    throw error;
  }
}

chapter('2. A seeded shuffle: fair, and the same every time');

const cohort: MemberInput[] = [
  { id: 'm-01', displayName: 'Ama', area: 'North' },
  { id: 'm-02', displayName: 'Bilal', area: 'East' },
  { id: 'm-03', displayName: 'Cerys', area: 'South' },
  { id: 'm-04', displayName: 'Dev', area: 'North' },
  { id: 'm-05', displayName: 'Efe', area: 'West' },
  { id: 'm-06', displayName: 'Fran', area: 'East' },
];
const members = parseMembers(cohort);

const line = (label: string, list: readonly { displayName: string }[]): void => {
  console.log(`${label.padEnd(36)}${list.map((m) => m.displayName).join(', ')}`);
};
line('Cohort:', members);
line('Presenting order, seed "set-1/m4":', shuffle(members, 'set-1/m4'));
line('The same seed again:', shuffle(members, 'set-1/m4'));
line('Another seed, "set-1/m5":', shuffle(members, 'set-1/m5'));

const random = createRandom('icebreaker');
console.log(
  `\nA generator's state is plain JSON, so an app can store it: ${JSON.stringify(random.state())}`,
);
console.log(
  `Dice for the icebreaker: ${Array.from({ length: 6 }, () => 1 + random.int(6)).join(' ')}`,
);

chapter('3. Surveys: scores that explain themselves (peerlearn/survey)');

// Five members answer the social climate survey's belonging items (1-5; W2 is worded the
// other way round, so the instrument turns it round on its own scale).
const belonging = [
  [4, 2, 5, 4],
  [3, 3, 3, 3],
  [5, 1, 4, 5],
  [2, 4, 2, 3],
  [4, 2, 4, 4],
].map((answers, i) => ({
  id: `r${String(i + 1)}`,
  answers: { W1: answers[0], W2: answers[1], W3: answers[2], W4: answers[3] },
}));
const scored = scoreResponses(SOCIAL_CLIMATE_SURVEY, belonging);
for (const response of scored.scored) {
  const score = response.domains['wellbeing'];
  console.log(
    `${response.id}: belonging ${score?.score?.toFixed(2) ?? '-'} -> ${score?.band?.label ?? '-'} (${score?.band?.rule ?? ''})`,
  );
}
const wellbeing = summariseScores(scored).overall.domains?.['wellbeing'];
console.log(
  `Mean ${wellbeing?.mean?.toFixed(2) ?? '-'}, 95% interval ${wellbeing?.interval?.lower.toFixed(2) ?? '-'} to ${wellbeing?.interval?.upper.toFixed(2) ?? '-'}`,
);

// 21 of 25 rated the fourth session excellent: how sure can we be?
const fourth = wilsonInterval(21, 25);
console.log(
  `\n21 of 25 rated it excellent: ${(100 * fourth.estimate).toFixed(0)}% (95% Wilson interval ${(100 * fourth.lower).toFixed(0)}% to ${(100 * fourth.upper).toFixed(0)}%)`,
);
const rise = proportionTrend([
  { label: 'Session 1', successes: 10, n: 23 },
  { label: 'Session 2', successes: 14, n: 24 },
  { label: 'Session 3', successes: 17, n: 24 },
  { label: 'Session 4', successes: 21, n: 25 },
]);
console.log(
  `43% -> 84% over four sessions: trend test p = ${rise.trend.pValue?.toFixed(4) ?? '-'} (${rise.trend.direction})`,
);

chapter('4. Buddy pairing: nobody left out, every pair explained (peerlearn/pairing)');

// Six people from three areas; Rhiannon's area sent three, so a careless pairing would put
// two of them together or leave one out.
const cohortToPair = [
  {
    id: 'rhi',
    displayName: 'Rhiannon',
    area: 'Valleys',
    experience: 'experienced' as const,
    topics: ['youth'],
  },
  {
    id: 'sam',
    displayName: 'Sam',
    area: 'Valleys',
    experience: 'new' as const,
    topics: ['housing'],
  },
  { id: 'tia', displayName: 'Tia', area: 'Valleys', experience: 'new' as const, topics: ['youth'] },
  {
    id: 'uzo',
    displayName: 'Uzo',
    area: 'Coast',
    experience: 'experienced' as const,
    topics: ['housing'],
  },
  { id: 'val', displayName: 'Val', area: 'Coast', experience: 'new' as const, topics: ['legacy'] },
  {
    id: 'wyn',
    displayName: 'Wyn',
    area: 'City',
    experience: 'experienced' as const,
    topics: ['youth'],
  },
];
const pairing = pairParticipants({ participants: cohortToPair });
for (const group of pairing.groups) {
  console.log(
    `${group.members.join(' + ')} (score ${group.score.toFixed(2)}): ${group.reasons.join('; ')}`,
  );
}
console.log(
  `Everyone paired: ${String(pairing.totals.unmatched === 0)}; proven optimal: ${String(pairing.optimality.proven)}`,
);

// Each chapter imports what it uses; imports are hoisted, so this one can sit here.
import { assignMentors, type MenteeInput } from 'peerlearn';

chapter('5. Mentoring with capacities: stable or optimal, nobody lost (peerlearn/pairing)');

// Four volunteer mentors offered eight places between them; nine new members asked for a
// mentor, most naming the ones they would like. Mentor and mentee come from different
// organisations (the default rule).
const mentorsOffered = [
  {
    id: 'm-asha',
    displayName: 'Asha',
    organisation: 'Food Bank',
    capacity: 3,
    topics: ['funding'],
  },
  { id: 'm-dev', displayName: 'Dev', organisation: 'Youth Hub', capacity: 2, topics: ['youth'] },
  { id: 'm-iona', displayName: 'Iona', organisation: 'Tenants', capacity: 2, topics: ['housing'] },
  {
    id: 'm-olu',
    displayName: 'Olu',
    organisation: 'Food Bank',
    capacity: 1,
    topics: ['youth', 'housing'],
  },
];
const menteesAsking: MenteeInput[] = [
  ['e-ben', 'Ben', 'Youth Hub', ['m-asha', 'm-iona']],
  ['e-cara', 'Cara', 'Tenants', ['m-asha']],
  ['e-dan', 'Dan', 'Food Bank', ['m-dev', 'm-iona']],
  ['e-eve', 'Eve', 'Youth Hub', ['m-asha', 'm-olu']],
  ['e-fay', 'Fay', 'Tenants', ['m-asha', 'm-dev']],
  ['e-gus', 'Gus', 'Food Bank', ['m-iona']],
  ['e-hana', 'Hana', 'Youth Hub', ['m-asha']],
  ['e-ivo', 'Ivo', 'Tenants', undefined],
  ['e-jon', 'Jon', 'Food Bank', ['m-dev']],
].map(([id, displayName, organisation, preferences]) => ({
  id: id as string,
  displayName: displayName as string,
  organisation: organisation as string,
  ...(preferences === undefined ? {} : { preferences: preferences as string[] }),
}));
for (const mode of ['stable', 'optimal'] as const) {
  const scheme = assignMentors({
    mode,
    mentors: mentorsOffered,
    mentees: menteesAsking,
    rules: { rankedOnly: false },
  });
  console.log(`${mode}:`);
  for (const mentor of scheme.mentors)
    console.log(
      `  ${mentor.id} (${String(mentor.load)}/${String(mentor.capacity)}): ${mentor.mentees.join(', ')}`,
    );
  for (const entry of scheme.waitlist) console.log(`  waitlist ${entry.id}: ${entry.message}`);
  console.log(
    `  placed ${String(scheme.totals.placed)} of ${String(scheme.totals.mentees)}; score ${scheme.totals.score.toFixed(2)}; blocking pairs ${String(scheme.totals.blockingPairs)}; idle while another is full: ${String(scheme.balance.idleWhileFull)}`,
  );
}
const why = assignMentors({
  mentors: mentorsOffered,
  mentees: menteesAsking,
  rules: { rankedOnly: false },
});
const first = why.assignments[0];
if (first !== undefined)
  console.log(`Why ${first.mentee} has ${first.mentor}: ${first.reasons.join('; ')}`);

import { formGroups } from 'peerlearn';

chapter('6. Tables and action learning sets: mixed, balanced, fewer repeats (peerlearn/pairing)');

// Twelve people at a cluster session, from four areas (North sent five), sit at tables of
// four: each table should mix areas and new with experienced members, and have a host.
const tableGuests = [
  ['ana', 'North', 'experienced', true],
  ['bo', 'North', 'new', false],
  ['cai', 'North', 'new', false],
  ['dot', 'North', 'experienced', false],
  ['eve', 'North', 'new', false],
  ['finn', 'South', 'experienced', true],
  ['gita', 'South', 'new', false],
  ['hugh', 'East', 'experienced', false],
  ['ines', 'East', 'new', false],
  ['jay', 'West', 'experienced', true],
  ['kit', 'West', 'new', false],
  ['lu', 'West', 'experienced', false],
] as const;
const tableCohort = tableGuests.map(([id, area, experience, host]) => ({
  id,
  displayName: id.charAt(0).toUpperCase() + id.slice(1),
  area,
  experience,
  roles: host ? ['facilitator'] : [],
}));
const tableRules = { facilitators: {} };
const tables = formGroups(
  { participants: tableCohort, rules: tableRules, seed: 'cluster-3' },
  { size: 4 },
);
for (const table of tables.groups)
  console.log(
    `Table ${String(table.number)}: ${table.members.join(', ')} (${table.reasons.join('; ')})`,
  );
console.log(
  `Score ${tables.totals.score.toFixed(2)} (lower is better); ${tables.optimality.method} search, proven optimal: ${String(tables.optimality.proven)}, local search gap: ${String(tables.optimality.gap ?? '-')}`,
);
// After the break everyone moves: the first seating is history, so people meet new faces.
const afterBreak = formGroups(
  { participants: tableCohort, rules: tableRules, history: tables.sessions, seed: 'cluster-3/b' },
  { size: 4 },
);
for (const table of afterBreak.groups)
  console.log(`After the break, table ${String(table.number)}: ${table.members.join(', ')}`);
console.log(
  `Pairs sitting together again: ${String(afterBreak.totals.repeatPairs)} (the fewest possible: four people cannot all come from different tables when there were three)`,
);

import { planRounds } from 'peerlearn';

chapter('7. Buddy rotations over a cluster: someone new each time (peerlearn/pairing)');

// A cluster meets three times and asks members to buddy up between sessions with someone
// from another area, and someone new each time. Eli misses the second session.
const rotation = planRounds(
  {
    participants: [
      { id: 'ama', displayName: 'Ama', area: 'North' },
      { id: 'ben', displayName: 'Ben', area: 'North' },
      { id: 'cy', displayName: 'Cy', area: 'South' },
      { id: 'dee', displayName: 'Dee', area: 'South' },
      { id: 'eli', displayName: 'Eli', area: 'East' },
      { id: 'fay', displayName: 'Fay', area: 'East' },
    ],
    absences: [{ id: 'eli', rounds: [2] }],
  },
  { rounds: 3 },
);
for (const [k, round] of rotation.rounds.entries())
  console.log(
    `Session ${String(k + 1)}: ${round.groups.map((group) => group.members.join(' + ')).join(', ')}${round.away.length > 0 ? `; away: ${round.away.map((person) => person.id).join(', ')}` : ''}`,
  );
console.log(`Repeats: ${String(rotation.totals.repeats)} (${rotation.optimality.note})`);

import { meetingMachine, meetingReport } from 'peerlearn';

chapter(
  '8. An action learning meeting: protocol enforced, advice caught (peerlearn/action-learning)',
);

// A set of four: check-in, one presenter, the set's questions. The machine refuses what the
// protocol does not allow now, and says what is allowed instead.
const alMembers = ['ama', 'ben', 'cy', 'dee'];
let alClock = Date.parse('2026-03-05T18:00:00Z');
const alAt = (minutes: number): string => new Date((alClock += minutes * 60_000)).toISOString();
let meeting = meetingMachine.initial({ meetingId: 'm2', number: 2, members: alMembers });
meeting = meetingMachine.transition(meeting, { type: 'OPEN', at: alAt(0) });
meeting = meetingMachine.transition(meeting, { type: 'ARRIVE', at: alAt(1), member: 'ama' });
try {
  meetingMachine.transition(meeting, { type: 'BEGIN', at: alAt(1) });
} catch (error) {
  if (isPeerLearnError(error, 'invalid_transition')) console.log(error.message);
}
meeting = meetingMachine.replay({ meetingId: 'm2', number: 2, members: alMembers }, [
  { type: 'OPEN', at: alAt(1) },
  ...alMembers.map((member) => ({ type: 'ARRIVE' as const, at: alAt(1), member })),
  { type: 'BEGIN', at: alAt(2) },
  { type: 'BID', at: alAt(1), member: 'ama', minutes: 20 },
  { type: 'BID', at: alAt(1), member: 'ben', minutes: 20 },
  { type: 'ALLOCATE', at: alAt(1), totalMinutes: 30, policy: 'proportional' },
  { type: 'START_PRESENTING', at: alAt(1) },
  { type: 'CLARIFY', at: alAt(6) },
  { type: 'ASK', at: alAt(2), by: 'cy', text: 'What have you tried so far?' },
  { type: 'ASK', at: alAt(2), by: 'dee', text: "Why don't you just ask the trustees?" },
  { type: 'EXPLORE', at: alAt(1) },
  { type: 'ASK', at: alAt(2), by: 'ben', text: 'What would it mean for you if this worked?' },
  { type: 'TIME_UP', at: alAt(3) },
  { type: 'COMMIT_ACTION', at: alAt(1), text: 'Talk to two trustees before the board meets' },
]);
const alReport = meetingReport(meeting);
console.log(
  `Stage: ${meeting.value}; airtime plan ${meeting.context.plan?.allocations.map((s) => `${s.member} ${String(s.minutes)} min`).join(', ') ?? '-'}`,
);
console.log(
  `Questions: ${String(alReport.questions.open)} open, ${String(alReport.questions.closed)} closed, ${String(alReport.questions.advice)} advice`,
);
for (const advice of alReport.advice)
  console.log(`Advice caught: ${advice.by} to ${advice.presenter}: "${advice.text}"`);
console.log(
  `Actions: ${alReport.actions.map((action) => `${action.owner}: ${action.text}`).join('; ')}`,
);
console.log(
  `Saved as ${String(JSON.stringify(meeting).length)} characters of JSON; reloads as "${meetingMachine.parseState(JSON.parse(JSON.stringify(meeting))).value}".`,
);

import { analyseRhythm, assessCommunity, classifyParticipation } from 'peerlearn';

chapter('9. A community of practice: principles, participation and rhythm (peerlearn/practice)');

// Three members rate two of the seven design principles (three statements each, 1 to 5;
// the third statement of each is worded the other way round).
const cop = assessCommunity(
  [
    ['ana', 2, 4],
    ['ben', 3, 4],
    ['cai', 1, 5],
  ].map(([member, evolution, rhythm]) => ({
    id: `r-${String(member)}`,
    respondent: String(member),
    answers: {
      EV1: Number(evolution),
      EV2: Number(evolution),
      EV3: 6 - Number(evolution),
      RH1: Number(rhythm),
      RH2: Number(rhythm),
      RH3: 6 - Number(rhythm),
    },
  })),
);
console.log(
  `Weakest principle: ${cop.weakest?.name ?? '-'} (${cop.weakest?.band?.label ?? '-'}); try: ${cop.suggestions[0]?.actions[0] ?? '-'}`,
);
const levels = classifyParticipation(
  [
    { member: 'ana', kind: 'hosted', date: '2026-02-12' },
    { member: 'ana', kind: 'hosted', date: '2026-03-12' },
    { member: 'ana', kind: 'presented', date: '2026-03-12' },
    { member: 'ben', kind: 'presented', date: '2026-03-12' },
    { member: 'ben', kind: 'attended', date: '2026-03-12' },
    { member: 'cai', kind: 'posted', date: '2026-03-01' },
  ],
  { asOf: '2026-03-31', members: ['ana', 'ben', 'cai', 'dee'] },
);
console.log(
  Object.entries(levels.levels)
    .map(([level, who]) => `${level}: ${who.join(', ') || '-'}`)
    .join('; '),
);
const pace = analyseRhythm(['2026-01-08', '2026-02-05', '2026-03-05', '2026-05-07'], {
  target: 'monthly',
  asOf: '2026-05-20',
});
console.log(`Rhythm: ${pace.verdict}. ${pace.reason}`);

import {
  evaluationTrend,
  learningExchangeReport,
  planSessions,
  SESSION_EVALUATION_FORM,
} from 'peerlearn';

chapter('10. One year of a learning cluster, start to finish (peerlearn/programme)');

// A housing cluster of twelve members from four areas meets on the second Tuesday of
// every third month at 18:30, London time, and must meet at least four times in the year.
const year = planSessions({
  from: '2026-01-01',
  to: '2026-12-31',
  pattern: { kind: 'quarterly', weekday: 2, nth: 2 },
  time: '18:30',
  durationMinutes: 120,
  timeZone: 'Europe/London',
  require: { atLeast: 4 },
});
console.log(
  `Schedule: ${year.sessions.map((session) => `${session.date} ${session.startUtc.slice(11, 16)} UTC`).join(', ')}; at least four: ${String(year.cadence?.met)}`,
);
// Buddies between sessions: from another area, someone new each time.
const clusterPeople = ['North', 'South', 'East', 'West'].flatMap((area, a) =>
  [0, 1, 2].map((k) => ({
    id: `m${String(3 * a + k + 1).padStart(2, '0')}`,
    displayName: `M${String(3 * a + k + 1)}`,
    area,
  })),
);
const buddies = planRounds({ participants: clusterPeople }, { rounds: year.sessions.length - 1 });
console.log(
  `Buddy rounds: ${String(buddies.rounds.length)}, repeats ${String(buddies.totals.repeats)}; everyone met ${String(Math.min(...buddies.people.map((person) => person.partners)))} or more buddies`,
);
// At the second session an action learning set met (chapter 8): advice caught and actions.
console.log(
  `Set meeting: ${String(alReport.questions.total)} questions, ${String(alReport.questions.advice)} advice caught, ${String(alReport.actions.length)} action(s) committed`,
);
// Evaluation forms after each session: the share rating it excellent, and the trend.
const clusterForms = (excellent: number, total: number) =>
  Array.from({ length: total }, (_, i) => ({
    id: `f${String(i)}`,
    answers: { overall: i < excellent ? 'excellent' : 'good' },
  }));
const evaluations = evaluationTrend(
  year.sessions.map((session, k) => ({
    id: session.id,
    registered: 12,
    attended: [11, 10, 12, 11][k] ?? 10,
    responses: clusterForms([4, 6, 8, 10][k] ?? 0, [10, 9, 11, 11][k] ?? 0),
  })),
  SESSION_EVALUATION_FORM,
  { measures: [{ id: 'excellent', item: 'overall' }] },
);
console.log(
  `Rated excellent: ${evaluations.sessions.map((s) => `${String(Math.round(100 * (s.shares['excellent']?.estimate ?? 0)))}%`).join(' -> ')}; trend p = ${evaluations.trends['excellent']?.trend?.pValue?.toFixed(3) ?? '-'}`,
);
// The health check: the cluster's rhythm against its quarterly target.
const clusterRhythm = analyseRhythm(
  year.sessions.map((session) => session.date),
  { target: 'quarterly', asOf: '2026-12-31' },
);
console.log(`Rhythm: ${clusterRhythm.verdict}; next session suggested ${clusterRhythm.next.date}`);
// Who learned what from whom, across areas.
const network = learningExchangeReport(
  [
    ['x1', 'm01', 'm04', 'tenancy support'],
    ['x2', 'm04', 'm01', 'repairs'],
    ['x3', 'm07', 'm01', 'tenancy support'],
    ['x4', 'm10', 'm07', 'funding bids'],
    ['x5', 'm02', 'm10', 'funding bids'],
  ].map(([id, learner, teacher, topic]) => ({
    id: String(id),
    learner: String(learner),
    teacher: String(teacher),
    topic: String(topic),
    date: '2026-06-20',
    activity: 'buddy-meetings',
  })),
  { people: clusterPeople },
);
console.log(
  `Exchanges: ${String(Math.round(100 * (network.reciprocity.share ?? 0)))}% of active members both taught and learned; ${String(Math.round(100 * (network.bridging.area.share ?? 0)))}% crossed areas; brokers: ${network.network.brokers.map((broker) => broker.id).join(', ') || '-'}; not yet in the network: ${String(network.network.isolated.length)}`,
);
