/**
 * Builds the package into dist/ before the tests run, so the tests that load the built
 * package (with `import` and with `require`) always see the current sources.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildPackage(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync('node_modules/.bin/tsup', ['--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
