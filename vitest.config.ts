import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/**/*.types.test.ts',
      'test/bench/**',
      'test/meta/fixtures/**',
      'node_modules/**',
    ],
    // Type tests (`*.types.test.ts`) are checked by tsc through vitest, not run.
    typecheck: {
      enabled: true,
      include: ['test/**/*.types.test.ts'],
      tsconfig: './tsconfig.json',
    },
    // Builds dist/ once per run, for the tests that load the built package.
    globalSetup: ['test/setup/build-package.ts'],
    // Fails any test that writes to the console.
    setupFiles: ['test/setup/no-console.ts', 'test/setup/fast-check.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary', 'html'],
      // A floor, not a goal: the tests exist to check numbers and invariants.
      thresholds: { statements: 95, branches: 90, functions: 95, lines: 95 },
    },
  },
});
