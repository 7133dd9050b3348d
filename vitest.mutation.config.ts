import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The configuration Stryker runs (`npm run mutation`): the unit, property, fuzz and
 * doc-example tests against src/, without
 * - the tests of the built package (test/package, test/meta): they load dist/, which
 *   mutants never reach, so they cannot kill one; hence no global build either;
 * - the time-zone tests: they switch zones through process.env.TZ, which has no effect in
 *   the worker threads Stryker's vitest runner uses, so they would fail there.
 * fast-check's seed stays fixed by test/setup/fast-check.ts, so test names and cases are the
 * same in every run, as Stryker's per-test coverage needs.
 */
export default defineConfig({
  test: {
    ...base.test,
    exclude: [
      ...(base.test?.exclude ?? []),
      'test/package/**',
      'test/meta/**',
      'test/core/isoDate.timeZone.test.ts',
    ],
    globalSetup: [],
    typecheck: { enabled: false },
    coverage: { enabled: false },
  },
});
