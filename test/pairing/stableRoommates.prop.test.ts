/**
 * Properties of Irving's stable roommates algorithm against brute force: every matching
 * (n ≤ 8) and, for the odd party, every stable partition in Tan's sense (n ≤ 7).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockingPairs } from '../../src/pairing/stable/blockingPairs.js';
import { stableRoommates } from '../../src/pairing/stable/stableRoommates.js';

type Lists = number[][];

/** rank[i][j]: j's place in i's list, or Infinity when i does not list j. */
function ranks(lists: Lists): number[][] {
  const n = lists.length;
  const rank = lists.map(() => new Array<number>(n).fill(Infinity));
  lists.forEach((list, i) => {
    list.forEach((j, place) => {
      (rank[i] as number[])[j] = place;
    });
  });
  return rank;
}

const rankOf = (rank: number[][], i: number, j: number): number =>
  (rank[i] as number[])[j] as number;
const acceptable = (rank: number[][], i: number, j: number): boolean =>
  rankOf(rank, i, j) < Infinity && rankOf(rank, j, i) < Infinity;

/** Every matching over mutually acceptable pairs (people may stay unmatched). */
function allMatchings(lists: Lists): number[][] {
  const n = lists.length;
  const rank = ranks(lists);
  const out: number[][] = [];
  const mate = new Array<number>(n).fill(-1);
  const done = new Array<boolean>(n).fill(false);
  const visit = (from: number): void => {
    let i = from;
    while (i < n && done[i] === true) i += 1;
    if (i === n) {
      out.push([...mate]);
      return;
    }
    done[i] = true;
    visit(i + 1);
    for (let j = i + 1; j < n; j += 1) {
      if (done[j] === true || !acceptable(rank, i, j)) continue;
      done[j] = true;
      mate[i] = j;
      mate[j] = i;
      visit(i + 1);
      mate[i] = -1;
      mate[j] = -1;
      done[j] = false;
    }
    done[i] = false;
  };
  visit(0);
  return out;
}

/** Blocking pairs straight from the definition. */
function bruteBlocking(lists: Lists, mate: readonly number[]): [number, number][] {
  const rank = ranks(lists);
  const n = lists.length;
  const current = (i: number): number => {
    const m = mate[i] as number;
    return m < 0 ? Infinity : rankOf(rank, i, m);
  };
  const out: [number, number][] = [];
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      if (
        acceptable(rank, i, j) &&
        rankOf(rank, i, j) < current(i) &&
        rankOf(rank, j, i) < current(j)
      ) {
        out.push([i, j]);
      }
    }
  }
  return out;
}

const stableMatchings = (lists: Lists): number[][] =>
  allMatchings(lists).filter((mate) => bruteBlocking(lists, mate).length === 0);

/**
 * Every stable partition (Tan 1991, with incomplete lists): a permutation σ over
 * mutually acceptable pairs and fixed points (alone), where each i with σ(i) ≠ σ⁻¹(i)
 * prefers σ(i) to σ⁻¹(i), and no acceptable {i, j} has each preferring the other to their
 * σ⁻¹ (being alone is worst).
 */
function stablePartitions(lists: Lists): number[][] {
  const n = lists.length;
  const rank = ranks(lists);
  const sigma = new Array<number>(n).fill(-1);
  const inverse = new Array<number>(n).fill(-1);
  const prefers = (i: number, a: number, b: number): boolean =>
    (a === i ? Infinity : rankOf(rank, i, a)) < (b === i ? Infinity : rankOf(rank, i, b));
  const stable = (): boolean => {
    for (let i = 0; i < n; i += 1) {
      const s = sigma[i] as number;
      const t = inverse[i] as number;
      if (s !== t && !prefers(i, s, t)) return false;
    }
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        if (
          acceptable(rank, i, j) &&
          prefers(i, j, inverse[i] as number) &&
          prefers(j, i, inverse[j] as number)
        ) {
          return false;
        }
      }
    }
    return true;
  };
  const out: number[][] = [];
  const visit = (i: number): void => {
    if (i === n) {
      if (stable()) out.push([...sigma]);
      return;
    }
    for (let j = 0; j < n; j += 1) {
      if (inverse[j] !== -1 || (j !== i && !acceptable(rank, i, j))) continue;
      sigma[i] = j;
      inverse[j] = i;
      visit(i + 1);
      sigma[i] = -1;
      inverse[j] = -1;
    }
  };
  visit(0);
  return out;
}

/** The odd cycles of length ≥ 3 of a permutation, each written from its smallest member. */
function oddParties(sigma: readonly number[]): string[] {
  const seen = new Set<number>();
  const out: string[] = [];
  for (let i = 0; i < sigma.length; i += 1) {
    const cycle: number[] = [];
    for (let x = i; !seen.has(x); x = sigma[x] as number) {
      seen.add(x);
      cycle.push(x);
    }
    if (cycle.length >= 3 && cycle.length % 2 === 1) out.push(canonical(cycle));
  }
  return out;
}

/** A cycle written from its smallest member, keeping its direction. */
function canonical(cycle: readonly number[]): string {
  const at = cycle.indexOf(Math.min(...cycle));
  return [...cycle.slice(at), ...cycle.slice(0, at)].join(' → ');
}

/** Preference lists for n people: complete (everyone ranks everyone) or random subsets. */
const preferences = (maxN: number, minN = 0): fc.Arbitrary<Lists> =>
  fc.integer({ min: minN, max: maxN }).chain((n) => {
    const others = (i: number): number[] =>
      Array.from({ length: n }, (_, j) => j).filter((j) => j !== i);
    const complete = fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.shuffledSubarray(others(i), { minLength: n - 1, maxLength: n - 1 }),
      ),
    );
    const incomplete = fc.tuple(
      ...Array.from({ length: n }, (_, i) => fc.shuffledSubarray(others(i))),
    );
    return n === 0 ? fc.constant([]) : fc.oneof(complete, incomplete);
  });

/** Checks what a result claims, without an oracle. */
function checkClaims(lists: Lists, result: ReturnType<typeof stableRoommates>): void {
  const n = lists.length;
  const rank = ranks(lists);
  if (result.stable) {
    expect(result.mate).toHaveLength(n);
    result.mate.forEach((m, i) => {
      if (m === -1) return;
      expect(result.mate[m]).toBe(i);
      expect(acceptable(rank, i, m)).toBe(true);
    });
    expect(blockingPairs(lists, result.mate)).toEqual([]);
  } else {
    const party = result.oddParty;
    const k = party.length;
    expect(k % 2).toBe(1);
    expect(k).toBeGreaterThanOrEqual(3);
    expect(new Set(party).size).toBe(k);
    party.forEach((person, i) => {
      const nextOne = party[(i + 1) % k] as number;
      const before = party[(i + k - 1) % k] as number;
      expect(acceptable(rank, person, nextOne)).toBe(true);
      expect(rankOf(rank, person, nextOne)).toBeLessThan(rankOf(rank, person, before));
    });
  }
}

describe('stableRoommates against brute force', () => {
  it('a stable answer is a matching over acceptable pairs with no blocking pair; "none" is true', () => {
    const seen = { stable: 0, none: 0, alone: 0 };
    fc.assert(
      fc.property(preferences(8), (lists) => {
        const result = stableRoommates(lists);
        checkClaims(lists, result);
        const stable = stableMatchings(lists);
        if (result.stable) {
          expect(bruteBlocking(lists, result.mate)).toEqual([]);
          // The same people are unmatched in every stable matching (Gusfield & Irving 1989, ch. 4).
          const alone = (mate: readonly number[]): number[] =>
            mate.flatMap((m, i) => (m === -1 ? [i] : []));
          for (const mate of stable) expect(alone(mate)).toEqual(alone(result.mate));
          seen.stable += 1;
          if (result.mate.includes(-1)) seen.alone += 1;
        } else {
          expect(stable).toEqual([]);
          seen.none += 1;
        }
      }),
      { numRuns: 400 },
    );
    // The cases worth checking all turned up (367, 33 and 237 with the fixed seed).
    expect(seen.stable).toBeGreaterThan(100);
    expect(seen.none).toBeGreaterThan(15);
    expect(seen.alone).toBeGreaterThan(50);
  });

  it('the odd party is an odd cycle of every stable partition, in its direction (Tan 1991)', () => {
    const parties: number[] = [];
    fc.assert(
      fc.property(preferences(7, 3), (lists) => {
        const result = stableRoommates(lists);
        if (result.stable) return;
        const partitions = stablePartitions(lists);
        expect(partitions.length).toBeGreaterThan(0);
        const party = canonical(result.oddParty);
        for (const sigma of partitions) expect(oddParties(sigma)).toContain(party);
        parties.push(result.oddParty.length);
      }),
      { numRuns: 300 },
    );
    // With the fixed seed: 40 pools without a stable matching, 6 with an odd party of 5.
    expect(parties.length).toBeGreaterThan(20);
    expect(parties.filter((k) => k >= 5).length).toBeGreaterThan(0);
  });

  it('blockingPairs agrees with the definition for any matching, acceptable or not', () => {
    const withMatching = preferences(8).chain((lists) => {
      const n = lists.length;
      return fc
        .shuffledSubarray(
          Array.from({ length: n }, (_, i) => i),
          { minLength: n, maxLength: n },
        )
        .chain((order) =>
          fc.integer({ min: 0, max: Math.floor(n / 2) }).map((pairs) => {
            const mate = new Array<number>(n).fill(-1);
            for (let p = 0; p < pairs; p += 1) {
              const a = order[2 * p] as number;
              const b = order[2 * p + 1] as number;
              mate[a] = b;
              mate[b] = a;
            }
            return { lists, mate };
          }),
        );
    });
    fc.assert(
      fc.property(withMatching, ({ lists, mate }) => {
        expect(blockingPairs(lists, mate)).toEqual(bruteBlocking(lists, mate));
      }),
      { numRuns: 300 },
    );
  });
});

describe('stableRoommates on larger pools', () => {
  it('keeps its claims, leaves the input unchanged and answers the same each time', () => {
    fc.assert(
      fc.property(preferences(60, 9), (lists) => {
        const copy = structuredClone(lists);
        const result = stableRoommates(lists);
        expect(lists).toEqual(copy);
        checkClaims(lists, result);
        expect(stableRoommates(copy)).toEqual(result);
      }),
      { numRuns: 150 },
    );
  });
});
