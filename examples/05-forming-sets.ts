/**
 * # Forming action learning sets
 *
 * Thirty people from six local areas join an action learning programme. They are to meet
 * in sets of five to seven for the year, and each set should mix areas (people learn most
 * from those who do not already work alongside them), mix new members with experienced
 * ones, and have one trained facilitator. Two people manage one another at work and should
 * not share a set; two others job-share and want to stay together. This example generates
 * the cohort from a seeded random source, forms the sets with `formGroups`, and prints them
 * as a table with each set's explanation, then plans the regrouping for the second half of
 * the year so that as few people as possible meet again.
 *
 * Run it with `npm run build && npx tsx --tsconfig examples/tsconfig.json examples/05-forming-sets.ts`.
 */
import {
  createRandom,
  formGroups,
  type FormedGroup,
  type PairingParticipantInput,
} from 'peerlearn';

const random = createRandom('action-learning-2026/sets');
const AREAS = ['Ashby', 'Brindley', 'Calder', 'Dunmore', 'Elmfield', 'Fairhaven'];
// Unequal areas: Ashby sent 9 people, Fairhaven 2.
const SIZES = [9, 7, 5, 4, 3, 2];
const TOPICS = ['housing', 'youth work', 'volunteering', 'funding', 'health'];
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
  'Xena',
  'Yusuf',
  'Zara',
  'Abe',
  'Bea',
  'Cal',
  'Dina',
];

const participants: PairingParticipantInput[] = [];
AREAS.forEach((area, a) => {
  for (let k = 0; k < (SIZES[a] ?? 0); k += 1) {
    const n = participants.length;
    participants.push({
      id: `p${String(n + 1).padStart(2, '0')}`,
      displayName: NAMES[n] ?? `P${String(n)}`,
      area,
      experience: random.next() < 0.4 ? 'new' : 'experienced',
      // Every fourth person has been trained to facilitate a set.
      roles: n % 4 === 0 ? ['facilitator'] : [],
      topics: TOPICS.filter(() => random.next() < 0.35),
    });
  }
});

const rules = {
  facilitators: {}, // one per set, from those with the role 'facilitator'
  neverTogether: [['p02', 'p05']], // Ben manages Ellie
  mustTogether: [['p11', 'p17']], // Kemi and Quinn job-share
};
const result = formGroups({ participants, rules, seed: 'sets-2026' }, { minSize: 5, maxSize: 7 });

const byId = new Map(participants.map((p) => [p.id, p]));
const who = (id: string): string => {
  const p = byId.get(id);
  const experience = p?.experience === 'new' ? 'new' : 'exp';
  return `${p?.displayName ?? id} (${p?.area?.slice(0, 3) ?? '?'}, ${experience})`;
};
const pad = (text: string, width: number): string => text.padEnd(width);

const table = (groups: readonly FormedGroup[]): void => {
  console.log(`| ${pad('set', 3)} | ${pad('facilitator', 17)} | other members`);
  console.log(`|-${'-'.repeat(3)}-|-${'-'.repeat(17)}-|-${'-'.repeat(60)}`);
  for (const group of groups) {
    const facilitator = group.facilitator === null ? '-' : who(group.facilitator);
    const others = group.members.filter((id) => id !== group.facilitator).map(who);
    console.log(
      `| ${pad(String(group.number), 3)} | ${pad(facilitator, 17)} | ${others.join(', ')}`,
    );
  }
};

const { smallestGroup, largestGroup } = result.totals;
const sizes =
  smallestGroup === largestGroup
    ? String(smallestGroup)
    : `${String(smallestGroup)}–${String(largestGroup)}`;
console.log(
  `# ${String(result.totals.groupsPerSession)} sets of ${sizes} from ${String(result.totals.participants)} people in ${String(AREAS.length)} areas\n`,
);
table(result.groups);

console.log('\n# Why each set looks as it does\n');
for (const group of result.groups) {
  console.log(`Set ${String(group.number)} (score ${group.score.toFixed(2)}):`);
  for (const reason of group.reasons) console.log(`    ${reason}`);
}

const parts = result.totals.parts;
console.log('\n# The score (a penalty: lower is better)\n');
console.log(
  `total ${result.totals.score.toFixed(2)} = same-area pairs ${parts.areas.toFixed(2)} + experience imbalance ${parts.experience.toFixed(2)} + facilitators sharing a set ${parts.facilitators.toFixed(2)}`,
);
console.log(
  `Found by ${result.optimality.method} (proven optimal: ${String(result.optimality.proven)}); ${result.optimality.note}.`,
);
console.log(
  `The search: ${String(result.search.restarts)} run(s), ${String(result.search.steps)} annealing steps, local optimum: ${String(result.search.localOptimum)}.`,
);
for (const warning of result.warnings) console.log(`Note: ${warning}`);

// Half way through the year the sets are regrouped: the first sets are history now, and
// the new sets should bring together people who have not yet met.
const regrouped = formGroups(
  { participants, rules, history: result.sessions, seed: 'sets-2026/second-half' },
  { minSize: 5, maxSize: 7 },
);
console.log(`\n# Session ${String(regrouped.sessions[0]?.session ?? 2)}: the sets regrouped\n`);
table(regrouped.groups);
// Five new sets of six from five old sets: each new set must hold two people from some old
// set, so some pairs must meet again (Kemi and Quinn, together by rule, do not count).
console.log(
  `\nPairs meeting again: ${String(regrouped.totals.repeatPairs)}. Some cannot be avoided: six people cannot all come from different sets when there were only five (Kemi and Quinn, together by rule, do not count).`,
);
for (const group of regrouped.groups) {
  const again = group.reasons.find((reason) => reason.includes('met before'));
  if (again !== undefined) console.log(`    set ${String(group.number)}: ${again}`);
}
