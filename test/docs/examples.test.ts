/**
 * Runs every example in the README, in the guides under docs/ and in every JSDoc
 * `@example` in src/, checking each
 * `// => value` (see docExamples.ts). Documentation that lies fails the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as actionLearning from '../../src/action-learning/index.js';
import * as root from '../../src/index.js';
import * as pairing from '../../src/pairing/index.js';
import * as practice from '../../src/practice/index.js';
import * as programme from '../../src/programme/index.js';
import * as survey from '../../src/survey/index.js';
import {
  countChecks,
  jsDocExamples,
  markdownExamples,
  runExample,
  type DocExample,
} from './docExamples.js';

const top = fileURLToPath(new URL('../..', import.meta.url));
const modules = {
  peerlearn: root,
  'peerlearn/survey': survey,
  'peerlearn/pairing': pairing,
  'peerlearn/action-learning': actionLearning,
  'peerlearn/practice': practice,
  'peerlearn/programme': programme,
} as Record<string, Record<string, unknown>>;

function filesEndingWith(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // docs/api is typedoc's output, built from the sources already read here.
    if (entry.isDirectory())
      return path === join(top, 'docs', 'api') ? [] : filesEndingWith(path, ending);
    return entry.name.endsWith(ending) ? [path] : [];
  });
}

const markdownFiles = [join(top, 'README.md'), ...filesEndingWith(join(top, 'docs'), '.md')];

const examples: DocExample[] = [
  ...markdownFiles.flatMap((file) =>
    markdownExamples(readFileSync(file, 'utf8'), relative(top, file)),
  ),
  ...filesEndingWith(join(top, 'src'), '.ts').flatMap((file) =>
    jsDocExamples(readFileSync(file, 'utf8'), relative(top, file)),
  ),
];

const assertEqual = (actual: unknown, expected: unknown, label: string): void => {
  expect(actual, label).toEqual(expected);
};

describe('documentation examples', () => {
  it('there are examples to run, most with checked results', () => {
    expect(examples.length).toBeGreaterThan(20);
    expect(examples.filter((example) => countChecks(example.code) > 0).length).toBeGreaterThan(20);
  });

  for (const example of examples) {
    it(`${example.source}:${String(example.line)} runs and shows true results`, () => {
      runExample(example, modules, assertEqual);
    });
  }
});

describe('the example runner itself', () => {
  const run = (code: string): void => {
    runExample({ source: 'inline', line: 1, code }, modules, assertEqual);
  };

  it('fails an example whose shown result is wrong', () => {
    expect(() => {
      run("formatPath(['a', 1]);\n// => 'a[2]'\n");
    }).toThrow(/expected 'a\[1\]' to deeply equal 'a\[2\]'/u);
  });

  it('fails a check that never runs', () => {
    expect(() => {
      run("if (false) {\n  formatPath([]);\n  // => '(input)'\n}\n");
    }).toThrow(/never ran/u);
  });

  it('reads results that continue over several comment lines', () => {
    expect(countChecks('[1, 2];\n// => [\n//   1,\n//   2,\n// ]\n')).toBe(1);
    run('[1, 2];\n// => [\n//   1,\n//   2,\n// ]\n');
  });
});
