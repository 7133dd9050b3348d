/**
 * A tour of peerlearn, run by `npm run demo`. Each module adds its own chapter.
 *
 * It imports the built package by name, exactly as an app would.
 */
import { createRandom, isPeerLearnError, parseMembers, shuffle, type MemberInput } from 'peerlearn';

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
