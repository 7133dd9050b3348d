/**
 * # Buddy pairing for a learning cluster
 *
 * Forty participants from eight local areas meet as a learning cluster. Between sessions,
 * each should buddy up with someone from another area: experienced members with new ones
 * where possible, people who share a topic, and only people who can meet at the same time.
 * Some areas sent many people and some only one or two, which is where simple pairing
 * tools strand people. This example generates the cohort from a seeded random source,
 * pairs it, and prints the pairs with their reasons, who was left out and why, and a
 * Mermaid picture of the links between areas.
 *
 * Run it with `npm run build && npx tsx --tsconfig examples/tsconfig.json examples/03-buddy-pairing.ts`.
 */
import {
  createRandom,
  pairingToMermaid,
  pairParticipants,
  type PairingParticipantInput,
} from 'peerlearn';

const random = createRandom('housing-cluster-2026/buddies');
const AREAS = [
  'Ashby',
  'Brindley',
  'Calder',
  'Dunmore',
  'Elmfield',
  'Fairhaven',
  'Greystone',
  'Hollins',
];
// Unequal areas: Ashby sent 11 people, Hollins 1.
const SIZES = [11, 8, 6, 5, 4, 3, 2, 1];
const TOPICS = ['housing', 'youth work', 'legacy', 'green spaces', 'funding'];
const SLOTS = ['mon-eve', 'tue-am', 'wed-pm', 'thu-eve', 'sat-am'];
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
  'Eli',
  'Fay',
  'Gus',
  'Hana',
  'Ivo',
  'Jas',
  'Kit',
  'Lena',
  'Mo',
  'Nia',
];

const pick = <T>(list: readonly T[], count: number): T[] => {
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(list[random.int(list.length)] as T);
  return [...chosen];
};

const participants: PairingParticipantInput[] = [];
AREAS.forEach((area, a) => {
  for (let k = 0; k < (SIZES[a] ?? 0); k += 1) {
    const n = participants.length;
    participants.push({
      id: `p${String(n + 1).padStart(2, '0')}`,
      displayName: NAMES[n] ?? `P${String(n)}`,
      area,
      experience: random.next() < 0.4 ? 'new' : 'experienced',
      topics: pick(TOPICS, 1 + random.int(2)),
      availability: pick(SLOTS, 2 + random.int(2)),
    });
  }
});
// One person can meet only on Sunday afternoons, when nobody else can.
participants[39] = { ...(participants[39] as PairingParticipantInput), availability: ['sun-pm'] };

const result = pairParticipants({
  participants,
  rules: { sharedAvailability: true, neverPair: [['p01', 'p12']] },
});

const nameOf = new Map(participants.map((p) => [p.id, `${p.displayName} (${p.area ?? '?'})`]));
console.log(
  `# ${String(result.totals.pairs)} pairs and ${String(result.totals.trios)} trio(s) from ${String(result.totals.participants)} participants\n`,
);
for (const group of result.groups) {
  console.log(group.members.map((id) => nameOf.get(id) ?? id).join(' + '));
  console.log(
    `    score ${group.score.toFixed(2)} = topics ${group.parts.topics.toFixed(2)} + experience ${group.parts.experienceMix.toFixed(2)} + novelty ${group.parts.novelty.toFixed(2)}`,
  );
  console.log(`    ${group.reasons.join('; ')}`);
}

console.log('\n# Left out\n');
if (result.unmatched.length === 0) console.log('Nobody.');
for (const person of result.unmatched)
  console.log(`${nameOf.get(person.id) ?? person.id}: ${person.message}`);

console.log('\n# Totals\n');
console.log(
  `Cross-area groups: ${(100 * result.totals.crossAreaShare).toFixed(0)}%; total score ${result.totals.score.toFixed(2)}`,
);
console.log(
  `Pairs considered ${String(result.totals.pairsConsidered)}, allowed ${String(result.totals.pairsAllowed)}; ruled out by: ${Object.entries(
    result.totals.ruledOut,
  )
    .filter(([, n]) => n > 0)
    .map(([rule, n]) => `${rule} ${String(n)}`)
    .join(', ')}`,
);
console.log(
  `Solved: ${result.optimality.method}, proven optimal: ${String(result.optimality.proven)}`,
);

console.log('\n# Links between areas (Mermaid)\n');
console.log('```mermaid');
console.log(pairingToMermaid(result, participants));
console.log('```');
