/**
 * Builds the package into dist/ before the tests run, so the tests that load the built
 * package (with `import` and with `require`) always see the current sources.
 * `PEERLEARN_SKIP_BUILD=1` skips it when dist/ is already fresh, so that several vitest
 * runs can share one build instead of racing to rebuild it.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildPackage(): void {
  // Set by whoever already built dist/ (several vitest runs at once would race on it).
  if (process.env['PEERLEARN_SKIP_BUILD'] === '1') return;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync('node_modules/.bin/tsup', ['--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
