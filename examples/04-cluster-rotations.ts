/**
 * # Buddy rotations for a learning cluster
 *
 * Twenty-four people from six local areas meet as a learning cluster four times over the
 * year. Between sessions each buddies up with someone from another area, and a new buddy
 * each time: over four sessions everyone should meet four different people. Three people
 * cannot make session 3 and one pauses for sessions 3 and 4. This example plans the four
 * rotations with `planRounds` and prints each session's pairs, who is away, any repeat
 * with why it was forced, and each person's partners and areas met.
 *
 * Run it with `npx tsup && npx tsx --tsconfig examples/tsconfig.json examples/04-cluster-rotations.ts`.
 */
import { planRounds, type PairingParticipantInput } from 'peerlearn/pairing';

const AREAS = ['Ashby', 'Brindley', 'Calder', 'Dunmore', 'Elmfield', 'Fairhaven'];
const NAMES = [
  'Aisha',
  'Ben',
  'Carys',
  'Dev',
  'Ellie',
  'Femi',
  'Gwen',
  'Harun',
  'Isla',
  'Jon',
  'Kemi',
  'Lewis',
  'Maya',
  'Niall',
  'Orla',
  'Priya',
  'Quinn',
  'Rhys',
  'Sana',
  'Tom',
  'Uma',
  'Vic',
  'Wes',
  'Yusuf',
];
const TOPICS = ['housing', 'youth work', 'green spaces', 'funding'];

// Four people from each area; experience alternates, topics rotate.
const participants: PairingParticipantInput[] = NAMES.map((name, i) => ({
  id: `p${String(i + 1).padStart(2, '0')}`,
  displayName: name,
  area: AREAS[Math.floor(i / 4)] ?? 'Ashby',
  experience: i % 2 === 0 ? 'experienced' : 'new',
  topics: [TOPICS[i % TOPICS.length] ?? 'housing'],
}));

const plan = planRounds(
  {
    participants,
    absences: [
      { id: 'p02', rounds: [3] },
      { id: 'p09', rounds: [3] },
      { id: 'p17', rounds: [3] },
    ],
    pauses: [{ id: 'p22', from: 3, to: 4 }],
  },
  { rounds: 4 },
);

const name = new Map(participants.map((p) => [p.id, p.displayName]));
const area = new Map(participants.map((p) => [p.id, p.area ?? '?']));
const label = (id: string): string => `${name.get(id) ?? id} (${area.get(id) ?? '?'})`;
const pad = (text: string, width: number): string => text.padEnd(width);

for (const round of plan.rounds) {
  console.log(
    `\n## Session ${String(round.round)}: ${String(round.totals.pairs)} pairs, ${String(round.totals.trios)} trio(s), ${String(round.totals.away)} away\n`,
  );
  for (const group of round.groups)
    console.log(`  ${group.members.map(label).join(' + ')}${group.repeat ? '  (met before)' : ''}`);
  if (round.away.length > 0)
    console.log(`  away: ${round.away.map((a) => `${label(a.id)} ${a.reason}`).join(', ')}`);
  for (const person of round.unmatched)
    console.log(`  unmatched: ${label(person.id)}: ${person.message}`);
  for (const repeat of round.repeats)
    console.log(`  repeat ${repeat.members.join(' + ')}: ${repeat.message}`);
}

console.log('\n## Each person over the four sessions\n');
console.log(
  `  ${pad('person', 20)}${pad('buddies', 9)}${pad('areas', 7)}${pad('away', 6)}partners`,
);
for (const person of plan.people)
  console.log(
    `  ${pad(label(person.id), 20)}${pad(String(person.partners), 9)}${pad(String(person.areasMet), 7)}${pad(String(person.away), 6)}${person.partnerIds.map((id) => name.get(id) ?? id).join(', ')}`,
  );

console.log('\n## Totals\n');
console.log(
  `  ${String(plan.totals.pairs)} pairs and ${String(plan.totals.trios)} trio(s) over ${String(plan.totals.rounds)} sessions; ${String(plan.totals.distinctPairs)} different pairs met; ${String(plan.totals.repeats)} repeats`,
);
console.log(`  ${plan.optimality.note}`);
