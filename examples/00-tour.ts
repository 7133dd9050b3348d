/**
 * A tour of peerlearn, run by `npm run demo`. Each module adds its own chapter.
 *
 * It imports the built package by name, exactly as an app would.
 */
import {
  createRandom,
  isPeerLearnError,
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
