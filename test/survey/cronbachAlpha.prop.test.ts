/**
 * Invariants of cronbachAlpha that a user relies on, checked on random rating-scale data:
 * the answer does not depend on row order, item order, how an item's keying is written, or
 * where an item's scale starts; alpha never exceeds 1 on complete data; every row and item
 * is accounted for; a duplicated item behaves like its twin.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cronbachAlpha,
  isPeerLearnError,
  type CronbachAlphaOptions,
  type CronbachAlphaResult,
} from '../../src/index.js';

const CLOSE = 1e-9;

/** Answers on a 1–5 scale driven by one trait per person, so that items mostly agree. */
function surveys(options: { missing: boolean }): fc.Arbitrary<(number | null)[][]> {
  return fc
    .record({ n: fc.integer({ min: 4, max: 30 }), k: fc.integer({ min: 2, max: 6 }) })
    .chain(({ n, k }) =>
      fc.array(
        fc.tuple(
          fc.integer({ min: 1, max: 5 }),
          fc.array(fc.tuple(fc.integer({ min: -2, max: 2 }), fc.integer({ min: 0, max: 9 })), {
            minLength: k,
            maxLength: k,
          }),
        ),
        { minLength: n, maxLength: n },
      ),
    )
    .map((rows) =>
      rows.map(([trait, cells]) =>
        cells.map(([noise, gap]) =>
          options.missing && gap === 0 ? null : Math.min(5, Math.max(1, trait + noise)),
        ),
      ),
    );
}

/** The result, or undefined when the random data cannot give an alpha (no variance, …). */
function tryAlpha(
  matrix: (number | null)[][],
  options: CronbachAlphaOptions = {},
): CronbachAlphaResult | undefined {
  try {
    return cronbachAlpha(matrix, options);
  } catch (error) {
    if (isPeerLearnError(error) && error.code === 'infeasible_request') return undefined;
    throw error;
  }
}

function near(actual: number | null | undefined, expected: number | null | undefined): void {
  if (expected === null || expected === undefined) {
    expect(actual ?? null).toBe(expected ?? null);
    return;
  }
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(
    CLOSE * Math.max(1, Math.abs(expected)),
  );
}

const indefinite = (result: CronbachAlphaResult): boolean =>
  result.warnings.some((warning) => warning.code === 'not_positive_definite');

function sameTotals(a: CronbachAlphaResult, b: CronbachAlphaResult): void {
  near(a.rawAlpha, b.rawAlpha);
  near(a.standardisedAlpha, b.standardisedAlpha);
  // When pairwise gaps make the correlations contradict each other (a warning says so), a
  // diagonal entry of the inverse can be 0 in exact arithmetic; its rounded sign then decides
  // whether psych's clipping makes that smc 0 or 1, in R as here. Lambda 6 is then not
  // well defined, so it is compared only for matrices that are positive semi-definite.
  if (!indefinite(a) && !indefinite(b)) near(a.lambda6, b.lambda6);
  near(a.averageR, b.averageR);
  near(a.medianR, b.medianR);
  near(a.varianceR, b.varianceR);
  near(a.ase, b.ase);
  near(a.interval.lower, b.interval.lower);
  near(a.interval.upper, b.interval.upper);
}

describe('cronbachAlpha properties', () => {
  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(
        surveys({ missing: true }).chain((matrix) =>
          fc.tuple(
            fc.constant(matrix),
            fc.shuffledSubarray(matrix, { minLength: matrix.length, maxLength: matrix.length }),
          ),
        ),
        ([matrix, shuffled]) => {
          const before = tryAlpha(matrix);
          fc.pre(before !== undefined);
          const after = cronbachAlpha(shuffled);
          sameTotals(after, before);
          near(after.mean, before.mean);
          near(after.sd, before.sd);
          expect([...after.scores].sort()).toEqual([...before.scores].sort());
        },
      ),
    );
  });

  it('does not depend on the order of the items, and permutes their entries', () => {
    fc.assert(
      fc.property(surveys({ missing: true }), fc.integer({ min: 1, max: 5 }), (matrix, turn) => {
        const k = matrix[0]?.length ?? 0;
        const order = Array.from({ length: k }, (_, j) => (j + turn) % k);
        const before = tryAlpha(matrix);
        fc.pre(before !== undefined);
        const after = cronbachAlpha(matrix.map((row) => order.map((j) => row[j] ?? null)));
        sameTotals(after, before);
        order.forEach((from, to) => {
          near(after.items[to]?.dropR, before.items[from]?.dropR);
          near(
            after.items[to]?.alphaIfDropped?.rawAlpha,
            before.items[from]?.alphaIfDropped?.rawAlpha,
          );
        });
      }),
    );
  });

  it('reversing an item in the data and again by options.reverse changes nothing', () => {
    fc.assert(
      fc.property(surveys({ missing: true }), fc.nat(), (matrix, pick) => {
        const k = matrix[0]?.length ?? 0;
        const j = pick % k;
        const bounds = { min: 1, max: 5 };
        const before = tryAlpha(matrix, { bounds });
        fc.pre(before !== undefined);
        const flipped = matrix.map((row) => row.map((x, c) => (c === j && x !== null ? 6 - x : x)));
        const after = cronbachAlpha(flipped, { bounds, reverse: [j] });
        sameTotals(after, before);
        after.scores.forEach((score, r) => {
          near(score, before.scores[r]);
        });
        after.items.forEach((item, c) => {
          near(item.mean, before.items[c]?.mean);
          near(item.rawR, before.items[c]?.rawR);
          near(item.dropR, before.items[c]?.dropR);
        });
        expect(after.items[j]?.reversed).toBe(true);
      }),
    );
  });

  it('a constant shift of one item moves its mean and nothing else', () => {
    fc.assert(
      fc.property(
        surveys({ missing: true }),
        fc.nat(),
        fc.integer({ min: -3, max: 3 }).filter((shift) => shift !== 0),
        (matrix, pick, shift) => {
          const j = pick % (matrix[0]?.length ?? 1);
          const before = tryAlpha(matrix);
          fc.pre(before !== undefined);
          const after = cronbachAlpha(
            matrix.map((row) => row.map((x, c) => (c === j && x !== null ? x + shift : x))),
          );
          sameTotals(after, before);
          const mean = before.items[j]?.mean ?? null;
          near(after.items[j]?.mean, mean === null ? null : mean + shift);
          near(after.items[j]?.sd, before.items[j]?.sd);
          near(after.items[j]?.dropR, before.items[j]?.dropR);
          near(after.items[j]?.standardisedR, before.items[j]?.standardisedR);
        },
      ),
    );
  });

  it('on complete data alpha, standardised alpha and lambda 6 never exceed 1, and the interval holds alpha', () => {
    fc.assert(
      fc.property(surveys({ missing: false }), (matrix) => {
        const result = tryAlpha(matrix);
        fc.pre(result !== undefined);
        expect(result.rawAlpha).toBeLessThanOrEqual(1 + 1e-12);
        expect(result.standardisedAlpha).toBeLessThanOrEqual(1 + 1e-12);
        expect(result.lambda6).toBeLessThanOrEqual(1 + 1e-12);
        expect(result.interval.lower).toBeLessThanOrEqual(result.rawAlpha);
        expect(result.interval.upper).toBeGreaterThanOrEqual(result.rawAlpha);
      }),
    );
  });

  it('accounts for every row and item; each score lies among its row’s answers', () => {
    fc.assert(
      fc.property(surveys({ missing: true }), (matrix) => {
        const result = tryAlpha(matrix);
        fc.pre(result !== undefined);
        expect(result.items).toHaveLength(matrix[0]?.length ?? 0);
        expect(result.scores).toHaveLength(matrix.length);
        matrix.forEach((row, r) => {
          const given = row.filter((x): x is number => x !== null);
          expect(result.missingCounts[r]).toBe(row.length - given.length);
          const score = result.scores[r];
          if (given.length === 0) expect(score).toBeNull();
          else {
            expect(score).toBeGreaterThanOrEqual(Math.min(...given) - 1e-12);
            expect(score).toBeLessThanOrEqual(Math.max(...given) + 1e-12);
          }
        });
        for (const item of result.items) {
          const shares = (item.responses ?? []).reduce((sum, response) => sum + response.share, 0);
          if (item.responses !== null) near(shares, 1);
        }
      }),
    );
  });

  it('an exact copy of an item matches its twin, and never lowers an agreeing item’s r.drop', () => {
    fc.assert(
      fc.property(surveys({ missing: false }), fc.nat(), (matrix, pick) => {
        const j = pick % (matrix[0]?.length ?? 1);
        const before = tryAlpha(matrix);
        fc.pre(before !== undefined && before.items[j]?.analysed === true);
        // A copy can make a scale that already cancels out cancel exactly: nothing to compare.
        const after = tryAlpha(matrix.map((row) => [...row, row[j] ?? null]));
        fc.pre(after !== undefined);
        const twin = after.items[after.items.length - 1];
        const original = after.items[j];
        near(twin?.rawR, original?.rawR);
        near(twin?.standardisedR, original?.standardisedR);
        near(twin?.dropR, original?.dropR);
        near(twin?.alphaIfDropped?.rawAlpha, original?.alphaIfDropped?.rawAlpha);
        expect(after.warnings.map((warning) => warning.code)).toContain('singular_correlations');
        const dropBefore = before.items[j]?.dropR ?? Number.NaN;
        if (dropBefore >= 0) {
          expect(original?.dropR).toBeGreaterThanOrEqual(dropBefore - 1e-12);
        }
      }),
    );
  });

  it('gives the same result, byte for byte, for the same input', () => {
    fc.assert(
      fc.property(surveys({ missing: true }), (matrix) => {
        const result = tryAlpha(matrix, { reverse: [0], bounds: { min: 1, max: 5 } });
        fc.pre(result !== undefined);
        expect(
          JSON.stringify(cronbachAlpha(matrix, { reverse: [0], bounds: { min: 1, max: 5 } })),
        ).toBe(JSON.stringify(result));
      }),
    );
  });
});
