/**
 * Shared assertions for numbers checked against a named source (R, psych, a paper).
 */
import { expect } from 'vitest';
import { InvalidInputError } from '../../src/core/index.js';

/**
 * Expects `actual` to equal `expected` within a relative tolerance (default 1e-9, the
 * project's bar for statistics that match R) plus an absolute floor (default 0). A
 * `null` expected value (R's NA) must be matched by `null`.
 */
export function expectClose(
  actual: number | null | undefined,
  expected: number | null,
  label: string,
  { relative = 1e-9, absolute = 0 }: { relative?: number; absolute?: number } = {},
): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  const error = Math.abs((actual ?? Number.NaN) - expected);
  expect(
    error <= relative * Math.abs(expected) + absolute,
    `${label}: expected ${String(expected)}, got ${String(actual)} (difference ${String(error)})`,
  ).toBe(true);
}

/** Calls `run` and returns what it threw; fails the test if it did not throw. */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

/** Runs `run`, expects it to throw an {@link InvalidInputError}, and returns its issues. */
export function issuesOf(run: () => unknown): InvalidInputError['issues'] {
  const error = thrown(run);
  expect(error).toBeInstanceOf(InvalidInputError);
  return (error as InvalidInputError).issues;
}
