/**
 * Stable pairing within one pool, for pairParticipants: preference lists over the cohort's
 * positions, Irving's algorithm, and what the result says about stability.
 */
import { blockingPairs } from '../stable/blockingPairs.js';
import { stableRoommates } from '../stable/stableRoommates.js';
import type { Cohort } from './compileCohort.js';
import type { PairScorer } from './pairScorer.js';

/** What a pairing says about stability when participants ranked each other. */
export interface PairingStability {
  /** Whether the pairs are a stable matching of the rankings (no blocking pair). */
  readonly stable: boolean;
  /**
   * When no stable matching exists: the odd party that proves it (Tan 1991), in order, each
   * ranking the next above the one before, so they chase each other round an odd cycle and
   * some two of them would always rather swap. Empty when a stable matching was found.
   */
  readonly oddParty: readonly string[];
  /**
   * Pairs of people who rank each other and would both rather be together than as they
   * are now (ids in order); empty for a stable result. Someone in a trio's third place, or
   * paired with someone they did not rank, counts as having no ranked partner.
   */
  readonly blockingPairs: readonly (readonly [string, string])[];
  /** What happened, in plain words. */
  readonly message: string;
}

/**
 * Each free person's ranking as positions in the cohort, keeping only people who are free
 * (not in a must-pair) and whom the hard rules allow; the rest are dropped.
 */
export function rankingLists(
  cohort: Cohort,
  scorer: PairScorer,
  preferences: Readonly<Record<string, readonly string[]>>,
  placed: Uint8Array,
): number[][] {
  return cohort.people.map((person, i) => {
    if (placed[i] === 1) return [];
    const listed = Object.hasOwn(preferences, person.id) ? (preferences[person.id] ?? []) : [];
    const list: number[] = [];
    for (const id of listed) {
      const j = cohort.index.get(id);
      if (j === undefined || j === i || placed[j] === 1 || scorer.broken(i, j) !== 0) continue;
      list.push(j);
    }
    return list;
  });
}

/** Irving's algorithm on the lists: a stable `mate` (−1 for unmatched), or the odd party. */
export function solveStable(
  lists: readonly (readonly number[])[],
): { mate: Int32Array } | { oddParty: readonly number[] } {
  const found = stableRoommates(lists);
  return found.stable ? { mate: Int32Array.from(found.mate) } : { oddParty: found.oddParty };
}

/** The stability report for the final pairs (`mate` holds pairs only; trio thirds are −1). */
export function describeStability(
  cohort: Cohort,
  lists: readonly (readonly number[])[],
  mate: Int32Array,
  oddParty: readonly number[] | null,
): PairingStability {
  const idOf = (i: number): string => cohort.people[i]?.id ?? '';
  const blocking = blockingPairs(lists, Array.from(mate)).map(
    ([a, b]) => [idOf(a), idOf(b)] as const,
  );
  if (oddParty === null) {
    return {
      stable: blocking.length === 0,
      oddParty: [],
      blockingPairs: blocking,
      message:
        blocking.length === 0
          ? 'a stable pairing: no two people who ranked each other would both rather be together'
          : `the stable pairs were kept, but ${String(blocking.length)} pair(s) would rather swap after the odd person out joined a pair`,
    };
  }
  const party = oddParty.map(idOf);
  return {
    stable: false,
    oddParty: party,
    blockingPairs: blocking,
    message: `no stable pairing exists: ${party.join(', ')} each rank the next above the one before, an odd cycle, so some two of them would always rather swap; the optimal pairing was used instead`,
  };
}
