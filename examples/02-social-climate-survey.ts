/**
 * # A social climate survey across four sessions
 *
 * A learning cluster of local areas meets four times over a year. After each session,
 * participants fill in the social climate survey (how the group feels: growth, shared
 * running, belonging) and the short session evaluation form. This notebook-style example
 * generates 200 such responses (50 a session, from a seeded random source so every run is
 * the same), then walks through what a programme lead would want to know:
 *
 * 1. how the responses scored and why any were set aside;
 * 2. where each domain sits, by band, session by session;
 * 3. whether the domains are reliable enough to read;
 * 4. whether the share rating sessions "excellent" really rose;
 * 5. charts of both, rendered to SVG in examples/output/.
 *
 * Run it with `npm run build && npx tsx --tsconfig examples/tsconfig.json examples/02-social-climate-survey.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import {
  chartBandShares,
  chartProportionTrend,
  createRandom,
  proportionTrend,
  reliability,
  scoreResponses,
  SESSION_EVALUATION_FORM,
  SOCIAL_CLIMATE_SURVEY,
  summariseScores,
  type SeededRandom,
  type VegaLiteSpec,
} from 'peerlearn';

// ---------------------------------------------------------------------------------------
// Generating the responses. Each participant has a latent level per domain that rises a
// little from session to session; each answer is that level plus noise, rounded onto the
// 1–5 scale, and turned round for the items worded the other way.
// ---------------------------------------------------------------------------------------

const random = createRandom('cluster-housing-2026');

function normal(source: SeededRandom): number {
  // Box–Muller: two uniforms make one standard normal draw.
  const u = 1 - source.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * source.next());
}

const clamp = (x: number): number => Math.min(5, Math.max(1, Math.round(x)));
const REVERSED = new Set(['G3', 'S3', 'W2']);
const ITEMS = SOCIAL_CLIMATE_SURVEY.items.map((item) => item.id);
const RATINGS = ['poor', 'fair', 'good', 'excellent'] as const;
const EXCELLENT_BY_SESSION = [0.43, 0.6, 0.75, 0.89];

const climate: unknown[] = [];
const evaluations: unknown[] = [];
for (let session = 1; session <= 4; session += 1) {
  for (let person = 0; person < 50; person += 1) {
    const id = `s${String(session)}-p${String(person).padStart(2, '0')}`;
    const lift = 0.25 * (session - 1);
    const level = {
      G: 2.8 + lift + 0.8 * normal(random),
      S: 2.6 + lift + 0.8 * normal(random),
      W: 3.1 + lift + 0.8 * normal(random),
    };
    const answers: Record<string, number | null> = {};
    for (const item of ITEMS) {
      const centre = level[item[0] as 'G' | 'S' | 'W'] + 0.7 * normal(random);
      const answer = clamp(REVERSED.has(item) ? 6 - centre : centre);
      answers[item] = random.next() < 0.03 ? null : answer; // about 3% left blank
    }
    climate.push({ id, fields: { session }, answers });

    const excellent = random.next() < (EXCELLENT_BY_SESSION[session - 1] ?? 0.5);
    evaluations.push({
      id,
      fields: { session },
      answers: {
        overall: excellent ? 'excellent' : (RATINGS[random.int(3)] ?? 'good'),
        mostUseful: ['networking', 'speakers', 'challenges', 'topic', 'buddying'].filter(
          (_, i) => random.next() < ([0.84, 0.45, 0.5, 0.3, 0.25][i] ?? 0),
        ),
        gotWhatWanted: ['yes', 'partly', 'no'][random.int(3)] ?? 'yes',
        comments: null,
      },
    });
  }
}
// Two slips of the kind real data has: a 6 on a 1–5 scale, and a misspelt item id.
climate.push({ id: 'late-1', fields: { session: 4 }, answers: { G1: 6, G2: 4 } });
climate.push({ id: 'late-2', fields: { session: 4 }, answers: { W5: 3 } });

// ---------------------------------------------------------------------------------------
// A small helper to print tables.
// ---------------------------------------------------------------------------------------

function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
  const cells = [headers, ...rows].map((row) =>
    row.map((cell) => (typeof cell === 'number' ? cell.toFixed(2) : cell)),
  );
  const widths = headers.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(cells[0] ?? []));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
  console.log('');
}

const percent = (x: number | null | undefined): string =>
  x === null || x === undefined ? '–' : `${(100 * x).toFixed(0)}%`;

// ---------------------------------------------------------------------------------------
// 1. Scoring. Every response is scored or set aside with its reasons.
// ---------------------------------------------------------------------------------------

console.log('# 1. Scoring\n');
const scored = scoreResponses(SOCIAL_CLIMATE_SURVEY, climate);
console.log(
  `${String(scored.counts.received)} responses: ${String(scored.counts.scored)} scored, ${String(scored.counts.excluded)} set aside.`,
);
for (const excluded of scored.excluded) {
  for (const reason of excluded.reasons)
    console.log(`  - ${excluded.id ?? '?'} ${reason.path.join('.')}: ${reason.message}`);
}
const first = scored.scored[0];
console.log(
  `\nThe first respondent's growth score is ${first?.domains['growth']?.score?.toFixed(2) ?? '–'}: band ${first?.domains['growth']?.band?.label ?? '–'} because ${first?.domains['growth']?.band?.rule ?? '–'}.\n`,
);

// ---------------------------------------------------------------------------------------
// 2. Domains by session: the mean with its 95% interval and the share in each band.
// ---------------------------------------------------------------------------------------

console.log('# 2. Domains by session\n');
const summary = summariseScores(scored, { by: 'session' });
for (const domain of SOCIAL_CLIMATE_SURVEY.domains) {
  console.log(`## ${domain.label}\n`);
  table(
    ['session', 'n', 'mean', '95% interval', 'low', 'medium', 'high'],
    summary.groups.map((group) => {
      const d = group.domains?.[domain.id];
      const band = (label: string) => percent(d?.bands.find((b) => b.label === label)?.share);
      return [
        String(group.key['session']),
        String(d?.n ?? group.n),
        d?.mean ?? '–',
        d?.interval ? `${d.interval.lower.toFixed(2)} to ${d.interval.upper.toFixed(2)}` : '–',
        band('Low'),
        band('Medium'),
        band('High'),
      ];
    }),
  );
}

// ---------------------------------------------------------------------------------------
// 3. Reliability: do each domain's items hang together?
// ---------------------------------------------------------------------------------------

console.log('# 3. Reliability (all sessions together)\n');
const alphas = reliability(scored);
table(
  ['domain', 'alpha', '95% Feldt interval', 'standardised', 'average r', 'weakest item (r.drop)'],
  Object.values(alphas.domains).map((entry) => {
    if (!entry.available) return [entry.label, '–', entry.reason, '', '', ''];
    const weakest = [...entry.alpha.items].sort((a, b) => (a.dropR ?? 0) - (b.dropR ?? 0))[0];
    return [
      entry.label,
      entry.alpha.rawAlpha,
      `${entry.alpha.interval.lower.toFixed(2)} to ${entry.alpha.interval.upper.toFixed(2)}`,
      entry.alpha.standardisedAlpha,
      entry.alpha.averageR,
      `${weakest?.name ?? '–'} (${weakest?.dropR?.toFixed(2) ?? '–'})`,
    ];
  }),
);

// ---------------------------------------------------------------------------------------
// 4. Did the share rating sessions "excellent" rise?
// ---------------------------------------------------------------------------------------

console.log('# 4. Sessions rated "excellent"\n');
const evaluationSummary = summariseScores(scoreResponses(SESSION_EVALUATION_FORM, evaluations), {
  by: 'session',
});
const excellent = evaluationSummary.groups.map((group) => ({
  label: `Session ${String(group.key['session'])}`,
  successes: group.items?.['overall']?.topBox?.count ?? 0,
  n: group.items?.['overall']?.denominators.answered ?? 0,
}));
const trend = proportionTrend(excellent);
table(
  ['session', 'excellent', 'of', 'share', '95% Wilson interval'],
  trend.groups.map((g) => [
    g.label ?? '',
    String(g.successes),
    String(g.n),
    percent(g.estimate),
    `${percent(g.lower)} to ${percent(g.upper)}`,
  ]),
);
console.log(
  `Trend (Cochran–Armitage): ${trend.trend.direction}, chi-squared ${trend.trend.statistic?.toFixed(2) ?? '–'}, p = ${trend.trend.pValue?.toExponential(2) ?? '–'}.`,
);
console.log(
  `First to last session: ${percent(trend.change.difference.estimate)} points (95% interval ${percent(trend.change.difference.lower)} to ${percent(trend.change.difference.upper)}).`,
);
const networking = evaluationSummary.overall.items?.['mostUseful']?.options.find(
  (o) => o.value === 'networking',
);
console.log(
  `Networking was named most useful by ${percent(networking?.ofAnswered.share)} of those who answered (${String(networking?.count ?? 0)} of ${String(evaluationSummary.overall.items?.['mostUseful']?.denominators.answered ?? 0)}).\n`,
);

// ---------------------------------------------------------------------------------------
// 5. Charts: Vega-Lite specifications from peerlearn, drawn to SVG by vega.
// ---------------------------------------------------------------------------------------

async function toSvg(spec: VegaLiteSpec): Promise<string> {
  const compiled = vegaLite.compile(spec as unknown as vegaLite.TopLevelSpec);
  return new vega.View(vega.parse(compiled.spec), { renderer: 'none' }).toSVG();
}

const output = new URL('./output/', import.meta.url);
mkdirSync(output, { recursive: true });
const charts: [string, VegaLiteSpec][] = [
  ['belonging-bands-by-session.svg', chartBandShares(summary, 'wellbeing')],
  ['excellent-trend.svg', chartProportionTrend(trend, { measure: 'Rated the session excellent' })],
];
for (const [name, spec] of charts) {
  writeFileSync(new URL(name, output), await toSvg(spec));
  console.log(`Wrote examples/output/${name}`);
}
