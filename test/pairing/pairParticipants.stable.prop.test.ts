import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairParticipants } from '../../src/index.js';

// -- properties against an exhaustive search

/** Every matching over the allowed pairs, as lists of pairs (n ≤ 8). */
function* matchings(
  n: number,
  allowed: (i: number, j: number) => boolean,
  from = 0,
  used = 0,
): Generator<[number, number][]> {
  let i = from;
  while (i < n && (used & (1 << i)) !== 0) i += 1;
  if (i >= n) {
    yield [];
    return;
  }
  // i stays single …
  yield* matchings(n, allowed, i + 1, used | (1 << i));
  // … or pairs with a later free j.
  for (let j = i + 1; j < n; j += 1) {
    if ((used & (1 << j)) !== 0 || !allowed(i, j)) continue;
    for (const rest of matchings(n, allowed, i + 1, used | (1 << i) | (1 << j)))
      yield [[i, j], ...rest];
  }
}

/** Blocking pairs by the definition: both ranked each other above where they are. */
function blocking(ranks: readonly (readonly number[])[], mate: readonly number[]): number {
  const rank = (i: number, j: number): number => {
    const at = ranks[i]?.indexOf(j) ?? -1;
    return at === -1 ? Number.POSITIVE_INFINITY : at;
  };
  let count = 0;
  for (let i = 0; i < ranks.length; i += 1)
    for (const j of ranks[i] ?? []) {
      if (j <= i || !(ranks[j] ?? []).includes(i)) continue;
      const mi = mate[i] ?? -1;
      const mj = mate[j] ?? -1;
      if (mi === j) continue;
      if (rank(i, j) < rank(i, mi) && rank(j, i) < rank(j, mj)) count += 1;
    }
  return count;
}

describe('pairParticipants with rankings: properties', () => {
  it('is stable exactly when some stable pairing exists, and loses nobody', () => {
    const instance = fc.integer({ min: 2, max: 8 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        areas: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
        ranks: fc.array(
          fc.shuffledSubarray(
            Array.from({ length: n }, (_, k) => k),
            // Mostly long lists: short ones rarely leave a pool with no stable pairing.
            { minLength: Math.max(0, n - 3), maxLength: n },
          ),
          { minLength: n, maxLength: n },
        ),
      }),
    );
    let stableSeen = 0;
    let unstableSeen = 0;
    fc.assert(
      fc.property(instance, ({ n, areas, ranks: raw }) => {
        const ids = Array.from({ length: n }, (_, k) => `p${String(k)}`);
        const ranks = raw.map((list, i) => list.filter((j) => j !== i));
        const result = pairParticipants({
          participants: ids.map((id, k) => ({
            id,
            displayName: id,
            area: `area${String(areas[k])}`,
          })),
          preferences: Object.fromEntries(
            ids.map((id, k) => [id, (ranks[k] ?? []).map((j) => `p${String(j)}`)]),
          ),
          rules: { oddPolicy: 'sit-out' },
        });
        // Everyone accounted for exactly once.
        const seen = [
          ...result.groups.flatMap((group) => group.members),
          ...result.unmatched.map((person) => person.id),
        ].sort();
        expect(seen).toEqual([...ids].sort());
        // The oracle: rankings as the hard rules leave them (different areas); a pair is
        // acceptable when both rank each other. Blocking pairs are judged on the rankings
        // as stated: someone paired with a partner they ranked but who did not rank them
        // back is as happy as that rank says.
        const effective = ranks.map((list, i) => list.filter((j) => areas[j] !== areas[i]));
        const allowed = (i: number, j: number) =>
          (effective[i] ?? []).includes(j) && (effective[j] ?? []).includes(i);
        let exists = false;
        for (const pairs of matchings(n, allowed)) {
          const mate = new Array<number>(n).fill(-1);
          for (const [a, b] of pairs) {
            mate[a] = b;
            mate[b] = a;
          }
          if (blocking(effective, mate) === 0) {
            exists = true;
            break;
          }
        }
        expect(result.stability?.stable).toBe(exists);
        const mate = new Array<number>(n).fill(-1);
        for (const group of result.groups) {
          const [a, b] = group.members.map((id) => ids.indexOf(id));
          if (a !== undefined && b !== undefined) {
            mate[a] = b;
            mate[b] = a;
          }
        }
        expect(result.stability?.blockingPairs.length).toBe(blocking(effective, mate));
        if (exists) {
          stableSeen += 1;
          expect(blocking(effective, mate)).toBe(0);
        } else {
          unstableSeen += 1;
          expect(result.stability?.oddParty.length).toBeGreaterThanOrEqual(3);
        }
      }),
      { numRuns: 300 },
    );
    // Both outcomes were exercised.
    expect(stableSeen).toBeGreaterThan(50);
    expect(unstableSeen).toBeGreaterThan(3);
  });
});
