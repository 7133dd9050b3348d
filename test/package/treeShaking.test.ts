/**
 * Importing one function from the root pulls in that function's module and what it
 * builds on, not the other modules: bundled as an app's bundler would (esbuild, zod left
 * external), a single import's output must not contain the code of unrelated modules.
 *
 * Each module is recognised by the name of one of its public functions, which its code
 * carries as a string (errors are named after the function that raises them).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

const MARKERS = {
  survey: 'scoreResponses',
  pairing: 'maxWeightMatching',
  'action-learning': 'meetingMachine',
  practice: 'classifyParticipation',
  programme: 'planSessions',
} as const;
type Module = keyof typeof MARKERS;

async function bundle(names: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export ${names} from ${JSON.stringify(dist)};`, resolveDir: '.' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    minify: false,
    external: ['zod', 'zod/*'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

const modulesIn = (code: string): Module[] =>
  (Object.keys(MARKERS) as Module[]).filter((module) => code.includes(MARKERS[module]));

describe('importing one function pulls in only what it needs', () => {
  it('the whole package contains every module (the markers work)', async () => {
    expect(modulesIn(await bundle('*'))).toEqual(Object.keys(MARKERS));
  });

  const cases: [string, Module[]][] = [
    ['{ wilsonInterval }', []],
    ['{ scoreResponses }', ['survey']],
    ['{ maxWeightMatching }', ['pairing']],
    ['{ classifyQuestion }', []],
    ['{ meetingMachine }', ['action-learning']],
    ['{ analyseRhythm }', []],
    ['{ classifyParticipation }', ['practice']],
    ['{ planSessions }', ['programme']],
  ];
  for (const [names, expected] of cases) {
    it(`${names} brings in ${expected.length === 0 ? 'no other module' : `only ${expected.join(', ')}`}`, async () => {
      const code = await bundle(names);
      expect(code.length).toBeGreaterThan(0);
      expect(modulesIn(code)).toEqual(expected);
    });
  }
});
