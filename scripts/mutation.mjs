#!/usr/bin/env node
/**
 * Mutation testing, one module at a time: `npm run mutation` runs every module;
 * `npm run mutation -- core survey` runs the ones named. For each module it runs Stryker
 * on src/<module> with the tests in vitest.mutation.config.ts, then writes the module's
 * row of the score table in docs/mutation.md (the record the project keeps).
 *
 * Stryker's incremental mode keeps each module's results in reports/mutation/ so a second
 * run on an unchanged tree tests only the mutants whose code or tests changed.
 * A full run of every module takes hours on a 2-core machine; see docs/mutation.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const MODULES = ['core', 'survey', 'pairing', 'action-learning', 'practice', 'programme'];
const TARGET = 85;
const TABLE_START = '<!-- mutation-scores:start -->';
const TABLE_END = '<!-- mutation-scores:end -->';

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !MODULES.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown module(s): ${unknown.join(', ')}. Choose from: ${MODULES.join(', ')}.`);
  process.exit(2);
}
const modules = requested.length > 0 ? requested : MODULES;
mkdirSync('reports/mutation', { recursive: true });

/** Stryker's counts and score (detected ÷ valid mutants, as its own report computes). */
function summarise(report) {
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Other: 0 };
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      if (mutant.status in counts) counts[mutant.status] += 1;
      else counts.Other += 1; // CompileError, RuntimeError, Ignored: not valid mutants
    }
  }
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return { ...counts, valid, score: valid === 0 ? 100 : (100 * detected) / valid };
}

function updateTable(module, summary) {
  const path = 'docs/mutation.md';
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`${path} has lost its score table markers`);
  const rows = new Map();
  for (const line of text.slice(start + TABLE_START.length, end).split('\n')) {
    const name = /^\| `([a-z-]+)` \|/u.exec(line)?.[1];
    if (name !== undefined) rows.set(name, line);
  }
  const day = new Date().toISOString().slice(0, 10);
  const s = summary;
  rows.set(
    module,
    `| \`${module}\` | ${s.valid} | ${s.Killed} | ${s.Timeout} | ${s.Survived} | ${s.NoCoverage} | ${s.score.toFixed(2)}% | ${s.score >= TARGET ? 'yes' : 'no'} | ${day} |`,
  );
  const header = [
    '| module | mutants | killed | timed out | survived | no coverage | score | ≥ 85% | run on |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | :-: | --- |',
  ];
  const body = MODULES.filter((name) => rows.has(name)).map((name) => rows.get(name));
  writeFileSync(
    path,
    `${text.slice(0, start + TABLE_START.length)}\n${[...header, ...body].join('\n')}\n${text.slice(end)}`,
  );
}

let failed = false;
for (const module of modules) {
  const config = {
    testRunner: 'vitest',
    vitest: { configFile: 'vitest.mutation.config.ts' },
    plugins: ['@stryker-mutator/vitest-runner'],
    coverageAnalysis: 'perTest',
    mutate: [`src/${module}/**/*.ts`],
    reporters: ['progress-append-only', 'json', 'html'],
    jsonReporter: { fileName: `reports/mutation/${module}.json` },
    htmlReporter: { fileName: `reports/mutation/${module}.html` },
    incremental: true,
    incrementalFile: `reports/mutation/${module}.incremental.json`,
    concurrency: 2,
    timeoutMS: 10000,
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
    ignoreStatic: true,
  };
  const configFile = `reports/mutation/${module}.stryker.json`;
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  console.log(`\n== mutation testing src/${module} ==`);
  execFileSync('npx', ['stryker', 'run', configFile], { stdio: 'inherit' });
  const summary = summarise(JSON.parse(readFileSync(`reports/mutation/${module}.json`, 'utf8')));
  updateTable(module, summary);
  console.log(`${module}: ${summary.score.toFixed(2)}% of ${summary.valid} mutants detected`);
  if (summary.score < TARGET) failed = true;
}
execFileSync('npx', ['prettier', '--write', 'docs/mutation.md'], { stdio: 'ignore' });
process.exit(failed ? 1 : 0);
