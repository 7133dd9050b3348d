/**
 * The test suite in a real browser: headless Chromium, driven by Playwright through
 * vitest's browser mode. Vite bundles src/ and the tests for the page, so what runs is the
 * library as a browser app would load it: no Node globals, no node: modules.
 *
 * It runs the browser smoke suite (test/browser/: every module, with numbers from named
 * sources) and every Node test that needs nothing from Node. A test needs Node when it, or
 * a local helper it imports, imports a node: module or a Node built-in, or reads `process`
 * (see `needsNode` below); those run in `npm test` only. Tests added later are sorted the
 * same way, so a new Node-only test never breaks this run and a new portable one joins it.
 *
 * The browser is the system's Chromium (Debian's `chromium` package, /usr/bin/chromium,
 * or CHROMIUM_PATH); Playwright never downloads one. Run with `npm run test:browser`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const root = dirname(fileURLToPath(import.meta.url));
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Folders whose tests are Node's by purpose, whatever they import. */
const NODE_ONLY_FOLDERS = [
  'test/bench/**', // benchmarks, run by hand in Node
  'test/docs/**', // read the README, guides and sources from disk
  'test/meta/**', // spawn vitest to check the console guard
  'test/package/**', // load the built dist/ with import and require
];

/** An import of a node: module or a Node built-in, a require, or a use of `process`. */
const NODE_ONLY_CODE = new RegExp(
  [
    String.raw`\bfrom\s+['"](node:|(fs|path|os|child_process|url|util|module|worker_threads)(/[\w/]*)?['"])`,
    String.raw`\bimport\s*\(\s*['"]node:`,
    String.raw`\brequire\s*\(`,
    String.raw`\bprocess\s*\.`,
  ].join('|'),
  'u',
);

/** The relative imports of a TypeScript file, as files (`./x.js` is `./x.ts`). */
function localImports(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/gu)) {
    const target = resolve(dirname(file), (match[1] ?? '').replace(/\.js$/u, '.ts'));
    if (target.endsWith('.ts') && existsSync(target)) found.push(target);
  }
  return found;
}

/** Whether a test file, or a local helper it imports at any depth, needs Node. */
function needsNode(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  // Comments aside, so that prose such as "the process." does not count.
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//gu, '')
    .replace(/^\s*\/\/.*$/gmu, '');
  return NODE_ONLY_CODE.test(text) || localImports(file, text).some((f) => needsNode(f, seen));
}

/** Every `*.test.ts` under `folder`, as absolute paths. */
function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const nodeOnlyTests = testFiles(join(root, 'test'))
  .filter((file) => needsNode(file))
  .map((file) => relative(root, file).split('\\').join('/'));

export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts', 'test/**/*.test.ts'],
    exclude: [
      'node_modules/**',
      // Checked by tsc, not run (as in vitest.config.ts).
      'test/**/*.types.test.ts',
      ...NODE_ONLY_FOLDERS,
      ...nodeOnlyTests,
    ],
    setupFiles: ['test/setup/no-console.ts', 'test/browser/setup.ts'],
    // FC_SEED reaches the page as import.meta.env.FC_SEED (see test/browser/setup.ts).
    env: { FC_SEED: process.env['FC_SEED'] ?? '' },
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath,
          // As root on a machine with no network beyond the package registries, Chromium
          // needs no sandbox and must not reach out for updates, sync or field trials.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
