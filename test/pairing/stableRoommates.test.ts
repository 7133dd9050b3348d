/**
 * Examples for Irving's stable roommates algorithm (src/pairing/stable), each worked by
 * hand: the trace or the argument is written beside the expected result.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPeerLearnError } from '../../src/index.js';
import type { InvalidInputError } from '../../src/core/InvalidInputError.js';
import { blockingPairs } from '../../src/pairing/stable/blockingPairs.js';
import { stableRoommates } from '../../src/pairing/stable/stableRoommates.js';
import { jsDocExamples, runExample } from '../docs/docExamples.js';
import { thrown } from '../helpers/expectClose.js';

/** Reads 1-based lists, as the literature writes them, into 0-based indices. */
const fromOneBased = (lists: readonly (readonly number[])[]): number[][] =>
  lists.map((list) => list.map((person) => person - 1));

/** Every perfect matching of people 0 … n−1 (n even), as mate arrays. */
function perfectMatchings(n: number): number[][] {
  const out: number[][] = [];
  const mate = new Array<number>(n).fill(-1);
  const visit = (from: number): void => {
    let i = from;
    while (i < n && mate[i] !== -1) i += 1;
    if (i === n) {
      out.push([...mate]);
      return;
    }
    for (let j = i + 1; j < n; j += 1) {
      if (mate[j] !== -1) continue;
      mate[i] = j;
      mate[j] = i;
      visit(i + 1);
      mate[i] = -1;
      mate[j] = -1;
    }
  };
  visit(0);
  return out;
}

describe('stableRoommates: instances from the literature', () => {
  it('solves the six-person worked example (Wikipedia, "Stable roommates problem")', () => {
    // 1: 3 4 2 6 5 | 2: 6 5 4 1 3 | 3: 2 4 5 1 6 | 4: 5 2 3 6 1 | 5: 3 1 2 4 6 | 6: 5 1 3 4 2
    const preferences = fromOneBased([
      [3, 4, 2, 6, 5],
      [6, 5, 4, 1, 3],
      [2, 4, 5, 1, 6],
      [5, 2, 3, 6, 1],
      [3, 1, 2, 4, 6],
      [5, 1, 3, 4, 2],
    ]);
    // Phase 1 by hand: 1→3 (3 strikes 6); 2→6; 3→2; 4→5 (5 strikes 6); 5→3 (3 strikes 1);
    // 1→4; 6→1 (1 strikes 5). Table: 1: 4 2 6 | 2: 6 5 4 1 3 | 3: 2 4 5 | 4: 5 2 3 6 1 |
    // 5: 3 2 4 | 6: 1 4 2. Phase 2 from 1: second(1)=2, last(2)=3; second(3)=4, last(4)=1:
    // rotation (1,4),(3,2). Eliminating it: 2 strikes after 1 (3), 4 strikes after 3 (6, 1).
    // Table: 1: 2 6 | 2: 6 5 4 1 | 3: 4 5 | 4: 5 2 3 | 5: 3 2 4 | 6: 1 4 2. From 1:
    // second(1)=6, last(6)=2; second(2)=5, last(5)=4; second(4)=2, last(2)=1: rotation
    // (1,2),(2,6),(4,5). Eliminating it leaves 1: 6 | 2: 4 | 3: 5 | 4: 2 | 5: 3 | 6: 1, the
    // matching {1,6} {2,4} {3,5} that the worked example ends with.
    expect(stableRoommates(preferences)).toEqual({
      stable: true,
      mate: fromOneBased([[6], [4], [5], [2], [3], [1]]).map(([m]) => m),
    });
    // The instance has one other stable matching, {1,6} {2,5} {3,4}; neither has a
    // blocking pair.
    expect(blockingPairs(preferences, [5, 3, 4, 1, 2, 0])).toEqual([]);
    expect(blockingPairs(preferences, [5, 4, 3, 2, 1, 0])).toEqual([]);
  });

  it('finds no stable matching in the classic four-person instance, with A, B, C the odd party', () => {
    // A: B C D | B: C A D | C: A B D | D: A B C (Gale & Shapley 1962; Irving 1985).
    const [A, B, C, D] = [0, 1, 2, 3];
    const preferences = [
      [B, C, D],
      [C, A, D],
      [A, B, D],
      [A, B, C],
    ];
    // Phase 1: A→B, B→C, C→A, each striking D; D's list empties. Phase 2: the table
    // A: B C | B: C A | C: A B exposes the rotation (A,B),(B,C),(C,A); eliminating it
    // empties every list.
    expect(stableRoommates(preferences)).toEqual({ stable: false, oddParty: [A, B, C] });
    // By hand: D's partner and the one who ranks that partner first block, so each of
    // the three perfect matchings is blocked.
    expect(perfectMatchings(4).map((mate) => blockingPairs(preferences, mate))).toEqual([
      [[B, C]], // {A,B} {C,D}: C prefers B to D, B prefers C to A.
      [[A, B]], // {A,C} {B,D}: B prefers A to D, A prefers B to C.
      [[A, C]], // {A,D} {B,C}: A prefers C to D, C prefers A to B.
    ]);
  });

  it('finds no stable matching for three people who each put the next first', () => {
    // With an odd number someone is alone and blocks with the one who ranks them first.
    expect(
      stableRoommates([
        [1, 2],
        [2, 0],
        [0, 1],
      ]),
    ).toEqual({
      stable: false,
      oddParty: [0, 1, 2],
    });
  });

  it('returns an odd party of five, each ranking the next above the one before', () => {
    // Found by the property tests; every stable partition of it (exhaustive search) has
    // the single odd cycle 0 → 4 → 1 → 3 → 2 → 0.
    const preferences = [
      [1, 4, 2, 3],
      [3, 2, 4, 0],
      [0, 3, 4, 1],
      [0, 2, 1, 4],
      [2, 1, 0, 3],
    ];
    const result = stableRoommates(preferences);
    expect(result).toEqual({ stable: false, oddParty: [0, 4, 1, 3, 2] });
    const party = [0, 4, 1, 3, 2];
    party.forEach((person, i) => {
      const list = preferences[person] ?? [];
      const nextOne = party[(i + 1) % 5] ?? -1;
      const before = party[(i + 4) % 5] ?? -1;
      expect(list.indexOf(nextOne)).toBeLessThan(list.indexOf(before));
    });
  });
});

describe('stableRoommates: incomplete lists', () => {
  it('leaves unmatched someone whom no stable matching can pair', () => {
    // 0 and 1 rank each other first and 2 last; 2 ranks 0 and 1; 3 and 4 rank only each
    // other. Any matching pairing 2 breaks {0,1}, which then blocks.
    const preferences = [[1, 2], [0, 2], [0, 1], [4], [3]];
    expect(stableRoommates(preferences)).toEqual({ stable: true, mate: [1, 0, -1, 4, 3] });
    // Pairing 2 with 0 instead is blocked by {0,1}.
    expect(blockingPairs(preferences, [2, -1, 0, 4, 3])).toEqual([[0, 1]]);
  });

  it('leaves the same person unmatched in each of two stable matchings', () => {
    // 0 → 1 → 2 → 3 → 0 are first choices and 0 ← 1 ← 2 ← 3 ← 0 second choices, so both
    // {0,1} {2,3} and {0,3} {1,2} are stable; 4 lists 0 and 1, who rank 4 last, and stays
    // unmatched in both (Gusfield & Irving 1989, ch. 4: the unmatched are the same in all).
    const preferences = [
      [1, 3, 4],
      [2, 0, 4],
      [3, 1],
      [0, 2],
      [0, 1],
    ];
    const result = stableRoommates(preferences);
    expect(result.stable).toBe(true);
    expect(blockingPairs(preferences, [1, 0, 3, 2, -1])).toEqual([]);
    expect(blockingPairs(preferences, [3, 2, 1, 0, -1])).toEqual([]);
    if (result.stable) {
      expect([
        [1, 0, 3, 2, -1],
        [3, 2, 1, 0, -1],
      ]).toContainEqual(result.mate);
    }
  });

  it('pairs only people who list each other', () => {
    // 0 lists 1, but 1 lists nobody: not acceptable, so both stay unmatched.
    expect(stableRoommates([[1], []])).toEqual({ stable: true, mate: [-1, -1] });
    // 0 ranks 2 first, but 2 does not list 0; 0 and 1 list each other.
    expect(stableRoommates([[2, 1], [0], [1]])).toEqual({ stable: true, mate: [1, 0, -1] });
  });

  it('handles empty pools and a single person', () => {
    expect(stableRoommates([])).toEqual({ stable: true, mate: [] });
    expect(stableRoommates([[]])).toEqual({ stable: true, mate: [-1] });
  });
});

describe('stableRoommates: input', () => {
  it('leaves its input as it was and gives the same answer each time', () => {
    const preferences = [
      [1, 2, 3],
      [2, 0, 3],
      [0, 1, 3],
      [0, 1, 2],
    ];
    const copy = structuredClone(preferences);
    const first = stableRoommates(Object.freeze(preferences.map((row) => Object.freeze(row))));
    expect(preferences).toEqual(copy);
    expect(stableRoommates(copy)).toEqual(first);
  });

  it('names every problem, with its path and a snake_case code', () => {
    const error = thrown(() =>
      stableRoommates([
        [1, 1, 0],
        [5, 0.5],
        [-1, 'x' as never],
      ]),
    );
    expect(isPeerLearnError(error)).toBe(true);
    const invalid = error as InvalidInputError;
    expect(invalid.code).toBe('invalid_input');
    expect(invalid.path).toEqual(['preferences', 0, 1]);
    expect(invalid.issues.map((issue) => [issue.pathText, issue.code])).toEqual([
      ['preferences[0][1]', 'duplicate_entry'],
      ['preferences[0][2]', 'self_ranking'],
      ['preferences[1][0]', 'out_of_range'],
      ['preferences[1][1]', 'invalid_type'],
      ['preferences[2][0]', 'out_of_range'],
      ['preferences[2][1]', 'invalid_type'],
    ]);
    expect(invalid.message).toMatch(/^stableRoommates: 6 problems in the input:/u);
    expect(invalid.message).toContain('preferences[1][0]: is 5, but indices run from 0 to 2');
  });

  it('refuses lists that are not arrays', () => {
    const notArray = thrown(() => stableRoommates('0,1' as never)) as InvalidInputError;
    expect(notArray.issues.map((issue) => [issue.pathText, issue.code])).toEqual([
      ['preferences', 'invalid_type'],
    ]);
    const badRow = thrown(() => stableRoommates([[1], null as never])) as InvalidInputError;
    expect(badRow.issues.map((issue) => [issue.pathText, issue.code])).toEqual([
      ['preferences[1]', 'invalid_type'],
    ]);
  });

  it('lists at most 50 problems', () => {
    const lists = Array.from({ length: 60 }, (_, i) => [i]);
    const error = thrown(() => stableRoommates(lists)) as InvalidInputError;
    expect(error.issues).toHaveLength(50);
    expect(error.issues.every((issue) => issue.code === 'self_ranking')).toBe(true);
  });
});

describe('blockingPairs', () => {
  const preferences = [[2, 1], [0], [0, 3], [2]];

  it('lists pairs who both prefer each other, sorted, and nothing for a stable matching', () => {
    expect(blockingPairs(preferences, [1, 0, 3, 2])).toEqual([[0, 2]]);
    expect(blockingPairs(preferences, [2, -1, 0, -1])).toEqual([]);
  });

  it('counts being unmatched, or paired with someone unlisted, as worst', () => {
    // Nobody is paired: every mutually listed pair blocks.
    expect(blockingPairs(preferences, [-1, -1, -1, -1])).toEqual([
      [0, 1],
      [0, 2],
      [2, 3],
    ]);
    // 1 and 3 are paired though neither lists the other: as if both were alone.
    expect(blockingPairs(preferences, [-1, 3, -1, 1])).toEqual([
      [0, 1],
      [0, 2],
      [2, 3],
    ]);
  });

  it('leaves its input as it was', () => {
    const lists = [[1], [0]];
    const mate = [-1, -1];
    blockingPairs(lists, mate);
    expect(lists).toEqual([[1], [0]]);
    expect(mate).toEqual([-1, -1]);
  });

  it('refuses a mate array that is not a matching of the same people', () => {
    const codes = (mate: unknown): [string, string][] =>
      (thrown(() => blockingPairs(preferences, mate as number[])) as InvalidInputError).issues.map(
        (issue) => [issue.pathText, issue.code],
      );
    expect(codes([1, 0])).toEqual([['mate', 'invalid_type']]);
    expect(codes('x')).toEqual([['mate', 'invalid_type']]);
    expect(codes([1, 0, 2, 'y'])).toEqual([
      ['mate[2]', 'out_of_range'],
      ['mate[3]', 'invalid_type'],
    ]);
    expect(codes([1, 2, 3, -2])).toEqual([['mate[3]', 'out_of_range']]);
    expect(codes([1, 2, 1, -1])).toEqual([['mate[0]', 'asymmetric_mate']]);
    const error = thrown(() => blockingPairs([[0]], [-1])) as InvalidInputError;
    expect(error.message).toMatch(/^blockingPairs: 1 problem/u);
  });
});

describe('the JSDoc examples of src/pairing/stable', () => {
  // These internal functions are not exported from the package, so their examples are
  // fenced `ts internal` (the package-wide runner in test/docs skips them) and run here.
  const modules = { internal: { stableRoommates, blockingPairs } };
  const files = ['stableRoommates.ts', 'blockingPairs.ts'];
  for (const file of files) {
    const path = fileURLToPath(new URL(`../../src/pairing/stable/${file}`, import.meta.url));
    const text = readFileSync(path, 'utf8').replaceAll('```ts internal', '```ts');
    const examples = jsDocExamples(text, file);
    it(`${file} has examples, and they show true results`, () => {
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        runExample(example, modules, (actual, expected, label) => {
          expect(actual, label).toEqual(expected);
        });
      }
    });
  }
});
