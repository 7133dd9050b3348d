// Runs every example in examples/ against the built package (dist/), twice, and checks
// that each one succeeds both times and prints the same output and writes the same files
// (examples/output/) byte for byte both times, the second in another time zone and
// locale: examples must be deterministic.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

if (!existsSync('dist/index.js')) {
  process.stderr.write('run-examples: dist/ is missing; run `npm run build` first.\n');
  process.exit(1);
}

/** Every file under examples/output, by name, with its bytes. */
function writtenFiles() {
  const dir = join('examples', 'output');
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path, readFileSync(path).toString('base64')];
      }),
  );
}

/** The files that differ between two snapshots (written, changed or removed). */
function differingFiles(before, after) {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
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
  // The second run is in another time zone and locale, so that output which leans on the
  // machine's clock settings or language shows up as a difference.
  const run = (env) =>
    spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', '--tsconfig', 'examples/tsconfig.json', file],
      { encoding: 'utf8', env: { ...process.env, ...env } },
    );
  const first = run({ TZ: 'UTC', LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' });
  const firstFiles = writtenFiles();
  const second = run({ TZ: 'Pacific/Apia', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' });
  const changed = differingFiles(firstFiles, writtenFiles());
  const broken = [first, second].find((result) => result.status !== 0);
  if (broken !== undefined) {
    process.stderr.write(
      `✗ ${file} exited with ${String(broken.status)}\n${broken.stdout}${broken.stderr}\n`,
    );
    failed += 1;
  } else if (changed.length > 0) {
    process.stderr.write(
      `✗ ${file} wrote different files on a second run (${changed.join(', ')}); examples must be deterministic.\n`,
    );
    failed += 1;
  } else if (first.stdout !== second.stdout) {
    process.stderr.write(
      `✗ ${file} printed different output on a second run; examples must be deterministic.\n`,
    );
    failed += 1;
  } else {
    process.stdout.write(
      `✓ ${file} (${String(first.stdout.split('\n').length)} lines and any files it writes, the same on two runs, in London and Apia time)\n`,
    );
  }
}
process.stdout.write(
  `${String(files.length - failed)} of ${String(files.length)} examples passed\n`,
);
process.exit(failed === 0 ? 0 : 1);
