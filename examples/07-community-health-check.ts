/**
 * A community of practice's year, turned into a health report (peerlearn/practice).
 *
 * A county network of 24 youth workers meets monthly. Over 2026 it kept an attendance log,
 * the dates it met, members' self-assessment against the seven design principles in
 * January and again in December, a list of its spaces and a few value stories. This
 * example reads them all the way an organiser would before the annual review:
 * 1. the seven principles at the start and end of the year, and what changed;
 * 2. who takes part and how;
 * 3. the rhythm of meetings, and the stage the community has reached;
 * 4. outside voices, public and private spaces;
 * 5. the value it created, story by story;
 * 6. a chart of the seven principles, rendered to SVG in examples/output/.
 *
 * Run it with `npm run demo`'s toolchain: `npx tsup && npx tsx --tsconfig
 * examples/tsconfig.json examples/07-community-health-check.ts`. Data are made up, from a
 * fixed seed, so the output is the same on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { createRandom } from 'peerlearn';
import {
  analyseOutsideVoices,
  analyseRhythm,
  analyseValueCreation,
  assessCommunity,
  chartPrinciples,
  classifyParticipation,
  compareAssessments,
  COMMUNITY_STAGES,
  COP_SELF_ASSESSMENT,
  estimateStage,
  inventorySpaces,
  type PrincipleId,
} from 'peerlearn/practice';

const random = createRandom('county-youth-network-2026');
const members = Array.from({ length: 24 }, (_, i) => `yw-${String(i + 1).padStart(2, '0')}`);
const heading = (text: string): void => {
  console.log(`\n-- ${text}`);
};
const pct = (share: number | null): string =>
  share === null ? '-' : `${String(Math.round(100 * share))}%`;

// ---------------------------------------------------------------------------------------
// The year's records

// Monthly meetings, with August off and the October meeting missed.
const meetings = [
  '2026-01-14',
  '2026-02-11',
  '2026-03-11',
  '2026-04-15',
  '2026-05-13',
  '2026-06-10',
  '2026-07-08',
  '2026-09-09',
  '2026-11-11',
  '2026-12-09',
];

// Attendance and contributions: a few hosts, some regular presenters, many who come now
// and then, some who only read the forum.
const activity: { member: string; kind: string; date: string }[] = [];
members.forEach((member, i) => {
  const habit = i < 3 ? 0.95 : i < 8 ? 0.75 : i < 16 ? 0.35 : 0.1;
  for (const date of meetings) {
    if (random.next() >= habit) continue;
    activity.push({ member, kind: 'attended', date });
    if (i < 3 && random.next() < 0.4) activity.push({ member, kind: 'hosted', date });
    if (i < 8 && random.next() < 0.25) activity.push({ member, kind: 'presented', date });
    if (random.next() < 0.3) activity.push({ member, kind: 'asked', date });
  }
  if (i >= 16 && random.next() < 0.5) activity.push({ member, kind: 'posted', date: '2026-10-20' });
});

// The self-assessment: every member rates the 21 statements from 1 to 5. In January the
// network was weak on value and on public and private spaces; by December, after buddy
// calls and value stories, those had moved.
const leaning: Readonly<Record<PrincipleId, readonly [number, number]>> = {
  'design-for-evolution': [3.2, 3.5],
  'inside-outside-dialogue': [2.6, 3.4],
  'levels-of-participation': [3.4, 3.6],
  'public-and-private-spaces': [2.2, 3.6],
  'focus-on-value': [2.3, 3.5],
  'familiarity-and-excitement': [3.6, 3.7],
  'community-rhythm': [3.8, 3.3],
};
const respond = (when: 0 | 1, prefix: string) =>
  members.map((member) => {
    const answers: Record<string, number> = {};
    for (const domain of COP_SELF_ASSESSMENT.domains) {
      const centre = leaning[domain.id as PrincipleId][when];
      for (const item of domain.items) {
        const agree = Math.round(centre + (random.next() + random.next() - 1) * 1.6);
        const clamped = Math.min(5, Math.max(1, agree));
        answers[item] = domain.reverse.includes(item) ? 6 - clamped : clamped;
      }
    }
    return { id: `${prefix}-${member}`, respondent: member, answers };
  });
const start = assessCommunity(respond(0, 'jan'));
const end = assessCommunity(respond(1, 'dec'));

// ---------------------------------------------------------------------------------------
// 1. The seven principles

heading('1. The seven design principles, January and December (mean of 24 members, 1 to 5)');
const change = compareAssessments(start, end);
for (const principle of change.principles) {
  const test = principle.test;
  console.log(
    `${principle.name.padEnd(56)} ${principle.start.mean?.toFixed(2) ?? '-'} -> ${principle.end.mean?.toFixed(2) ?? '-'}  ${test === null ? '' : `(${test.method}, p = ${test.pValue.toFixed(3)})`}`,
  );
}
console.log(
  `Weakest in January: ${start.weakest?.name ?? '-'}; in December: ${end.weakest?.name ?? '-'}`,
);
for (const suggestion of end.suggestions)
  console.log(`Still weak: ${suggestion.name}. Try: ${suggestion.actions[0] ?? '-'}`);

// ---------------------------------------------------------------------------------------
// 2. Participation

heading('2. Who takes part, and how (the six months to 31 December)');
// Six months, because August and October had no meeting: four meetings in all, about as
// many as the default thresholds assume.
const participation = classifyParticipation(activity, {
  asOf: '2026-12-31',
  window: { months: 6 },
  members,
});
for (const share of participation.distribution)
  console.log(
    `${share.level.padEnd(11)} ${String(share.count).padStart(2)} (${pct(share.share)})${share.usual === null ? '' : `, usually ${pct(share.usual.low)} to ${pct(share.usual.high)}`}`,
  );
console.log(
  `Ways to take part: ${participation.waysToTakePart.verdict} (${participation.waysToTakePart.reasons.join('; ')})`,
);

// ---------------------------------------------------------------------------------------
// 3. Rhythm and stage

heading('3. Rhythm of meetings and stage of development');
const rhythm = analyseRhythm(meetings, { target: 'monthly', asOf: '2026-12-31' });
console.log(`Verdict: ${rhythm.verdict}. ${rhythm.reason}`);
console.log(
  `Longest gap: ${String(rhythm.longestGap?.days ?? '-')} days from ${rhythm.longestGap?.from ?? '-'}; next meeting suggested ${rhythm.next.date}`,
);
const observed = COMMUNITY_STAGES.flatMap((stage) =>
  stage.id === 'maturing'
    ? stage.signs.slice(0, 4).map((sign) => sign.id)
    : stage.id === 'coalescing'
      ? stage.signs.slice(0, 2).map((sign) => sign.id)
      : [],
);
const stage = estimateStage(observed);
console.log(
  `Stage: ${stage.stage ?? '-'} (${stage.confidence} confidence). Usual challenge: ${stage.challenge ?? '-'}`,
);

// ---------------------------------------------------------------------------------------
// 4. Outside voices; public and private spaces

heading('4. Outside voices; public and private spaces');
const voices = analyseOutsideVoices(
  meetings.map((date, k) => ({
    id: `meeting-${String(k + 1)}`,
    date,
    contributors: [
      { id: 'chair', side: 'inside' as const },
      ...(k % 3 === 1 ? [{ id: `guest-${String(k)}`, side: 'outside' as const }] : []),
    ],
  })),
);
console.log(
  `${String(voices.withOutside)} of ${String(voices.sessions)} meetings had an outside voice (${pct(voices.share?.estimate ?? null)}, 95% interval ${pct(voices.share?.lower ?? null)} to ${pct(voices.share?.upper ?? null)}): ${voices.verdict}`,
);
const spaces = inventorySpaces(
  [
    { id: 'monthly-meeting', visibility: 'public', form: 'event', uses: meetings },
    { id: 'forum', visibility: 'public', form: 'forum', uses: ['2026-10-20', '2026-12-02'] },
    {
      id: 'buddy-calls',
      visibility: 'private',
      form: 'buddy',
      uses: ['2026-06-18', '2026-09-23', '2026-11-25'],
    },
  ],
  { asOf: '2026-12-31' },
);
console.log(`Spaces: ${spaces.verdict}`);

// ---------------------------------------------------------------------------------------
// 5. Value creation

heading('5. Value created, story by story');
const value = analyseValueCreation([
  {
    id: 'detached-work',
    members: ['yw-04'],
    date: '2026-05-13',
    title: 'Detached youth work in the villages',
    evidence: {
      immediate: { text: 'A presentation on detached work at the May meeting.' },
      potential: { text: 'Met the worker who runs it next door.', capital: ['social'] },
      applied: { text: 'Started two evening sessions in the villages.' },
      realised: {
        text: 'Young people reached outside the towns.',
        indicators: [{ name: 'young people reached', value: 37, unit: 'people' }],
      },
    },
  },
  {
    id: 'safeguarding-form',
    members: ['yw-02', 'yw-09'],
    date: '2026-07-08',
    title: 'One safeguarding referral form',
    evidence: {
      immediate: { text: 'Compared referral forms in a buddy call.' },
      potential: { text: 'Agreed a shared form.', capital: ['tangible'] },
      applied: { text: 'Three organisations use it.' },
    },
  },
  {
    id: 'peer-supervision',
    members: ['yw-12'],
    date: '2026-11-11',
    title: 'Peer supervision',
    evidence: {
      immediate: { text: 'A session on supervision.' },
      potential: { text: 'Felt less alone with hard cases.', capital: ['learning'] },
    },
  },
]);
for (const story of value.stories)
  console.log(`${story.id}: ${story.break === null ? 'complete' : story.break.explanation}`);
console.log(`Value most often stops at: ${value.mostCommonBreak?.cycle ?? '-'}`);

// ---------------------------------------------------------------------------------------
// 6. The chart

const spec = chartPrinciples(
  [
    { label: 'January', assessment: start },
    { label: 'December', assessment: end },
  ],
  { title: 'County youth network: the seven principles, 2026' },
);
const compiled = vegaLite.compile(spec as unknown as vegaLite.TopLevelSpec);
const svg = await new vega.View(vega.parse(compiled.spec), { renderer: 'none' }).toSVG();
const output = new URL('./output/', import.meta.url);
mkdirSync(output, { recursive: true });
writeFileSync(new URL('07-principles.svg', output), svg);
heading('6. Chart');
console.log(`examples/output/07-principles.svg (${String(svg.length)} characters of SVG)`);
