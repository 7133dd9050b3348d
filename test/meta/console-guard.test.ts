/**
 * Proves the guard in test/setup/no-console.ts works: a separate vitest run over a fixture
 * whose first test logs must fail that test, and only that one.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('a test that writes to the console fails', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--config',
      'test/meta/fixtures/vitest.fixture.config.ts',
      '--reporter=json',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '1' } },
  );
  expect(run.status).toBe(1);
  const report = JSON.parse(run.stdout) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: {
      assertionResults: { title: string; status: string; failureMessages: string[] }[];
    }[];
  };
  expect([report.numPassedTests, report.numFailedTests]).toEqual([1, 1]);
  const results = report.testResults.flatMap((file) => file.assertionResults);
  const failed = results.find((result) => result.status === 'failed');
  expect(failed?.title).toBe('writes to the console');
  expect(failed?.failureMessages.join('\n')).toContain('console.log(hello from a test)');
}, 30_000);
