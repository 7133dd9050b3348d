// Runs every example in examples/ against the built package (dist/), twice, and checks
// that each one succeeds and prints the same output both times (they must be deterministic).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

if (!existsSync('dist/index.js')) {
  process.stderr.write('run-examples: dist/ is missing; run `npm run build` first.\n');
  process.exit(1);
}

const files = readdirSync('examples')
  .filter((name) => /\.(ts|mts|js|mjs|cjs)$/u.test(name))
  .sort();
let failed = 0;
for (const name of files) {
  const file = join('examples', name);
  if (/from ['"]\.\.?\/.*src\//u.test(readFileSync(file, 'utf8'))) {
    process.stderr.write(`✗ ${file} imports from src/; examples must import 'peerlearn'.\n`);
    failed += 1;
    continue;
  }
  const run = () =>
    spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', '--tsconfig', 'examples/tsconfig.json', file],
      {
        encoding: 'utf8',
      },
    );
  const first = run();
  const second = run();
  if (first.status !== 0) {
    process.stderr.write(
      `✗ ${file} exited with ${String(first.status)}\n${first.stdout}${first.stderr}\n`,
    );
    failed += 1;
  } else if (first.stdout !== second.stdout) {
    process.stderr.write(
      `✗ ${file} printed different output on a second run; examples must be deterministic.\n`,
    );
    failed += 1;
  } else {
    process.stdout.write(
      `✓ ${file} (${String(first.stdout.split('\n').length)} lines, the same on two runs)\n`,
    );
  }
}
process.stdout.write(
  `${String(files.length - failed)} of ${String(files.length)} examples passed\n`,
);
process.exit(failed === 0 ? 0 : 1);
