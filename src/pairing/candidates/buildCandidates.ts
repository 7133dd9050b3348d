import { InvalidInputError } from '../../core/InvalidInputError.js';
import type { PairingRules } from '../pairingRules.js';
import { HARD_RULES, type Cohort, type HardRule } from './compileCohort.js';
import type { PairScorer } from './pairScorer.js';

/** Scores are matched as whole numbers: a score of 1.234567891 counts as 1234568. */
export const SCORE_SCALE = 1e6;

/** The candidate pairs a matching may use, and what the hard rules removed. */
export interface CandidateGraph {
  /** Edge endpoints (indexes into the cohort) and integer weights. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array;
  readonly edges: number;
  /** How many partners each person could have under the hard rules. */
  readonly candidates: Int32Array;
  /** Each person's best allowed score (−Infinity without candidates), for the optimality bound. */
  readonly best: Float64Array;
  /** Per person and rule (HARD_RULES order): how many others that rule alone removes. */
  readonly removedFor: Int32Array;
  /** Over all pairs: how many each rule alone removes, and how many pairs were allowed. */
  readonly removed: Readonly<Record<HardRule, number>>;
  readonly allowedPairs: number;
  readonly consideredPairs: number;
  /** Whether every allowed pair is an edge (exact) or only each person's best k (sparse). */
  readonly complete: boolean;
}

/**
 * Builds the candidate graph over the people not already placed: every allowed pair when
 * `sparse` is 0, else three short lists per person, each of `sparse` allowed partners, and
 * an edge is kept when either end keeps it in any list:
 * - their best partners by score;
 * - their best partners by score leaving out experience mix: mixing experience is a
 *   matter of the whole cohort (there are only so many new members to go round), so the
 *   experienced members who end up paired with each other still need their best such
 *   partners on hand, and a list ranked by the full score holds only new members;
 * - partners spread at random: a fixed hash of the two positions in the sorted cohort, so
 *   the same input always gives the same graph. Scores are much alike across people, so
 *   best-k lists crowd onto the same popular members and, alone, stranded hundreds (on
 *   2,000 people with k = 24: 705 pairs where 984 were possible); a few random edges per
 *   person make the graph an expander, which has a near-perfect matching.
 * Equal scores are broken by the same hash, not by position, so lists do not all pick the
 * first people in id order.
 *
 * Each rule is checked separately, so the counts say what each rule removes on its own.
 * Cost: O(n²) pair checks, plus O(n² log k) when sparse.
 */
export function buildCandidates(
  cohort: Cohort,
  scorer: PairScorer,
  rules: PairingRules,
  placed: Uint8Array,
  sparse: number,
): CandidateGraph {
  const { n } = cohort;
  const candidates = new Int32Array(n);
  const best = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const removedFor = new Int32Array(n * HARD_RULES.length);
  const removedTotals = new Float64Array(HARD_RULES.length);
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  let allowedPairs = 0;
  let consideredPairs = 0;
  const lists =
    sparse > 0
      ? { byScore: topK(n, sparse), likeKind: topK(n, sparse), spread: topK(n, sparse) }
      : null;

  for (let i = 0; i < n; i += 1) {
    if (placed[i] === 1) continue;
    for (let j = i + 1; j < n; j += 1) {
      if (placed[j] === 1) continue;
      consideredPairs += 1;
      const mask = scorer.broken(i, j);
      if (mask !== 0) {
        for (let r = 0; r < HARD_RULES.length; r += 1) {
          if ((mask & (1 << r)) !== 0) {
            removedTotals[r] = (removedTotals[r] as number) + 1;
            removedFor[i * HARD_RULES.length + r] =
              (removedFor[i * HARD_RULES.length + r] as number) + 1;
            removedFor[j * HARD_RULES.length + r] =
              (removedFor[j * HARD_RULES.length + r] as number) + 1;
          }
        }
        continue;
      }
      const raw = scorer.score(i, j);
      if (!Number.isFinite(raw)) throw badCustomScore(cohort, i, j, raw);
      allowedPairs += 1;
      candidates[i] = (candidates[i] as number) + 1;
      candidates[j] = (candidates[j] as number) + 1;
      if (raw > (best[i] as number)) best[i] = raw;
      if (raw > (best[j] as number)) best[j] = raw;
      if (lists === null) {
        from.push(i);
        to.push(j);
        weight.push(Math.round(raw * SCORE_SCALE));
        continue;
      }
      const h = pairHash(i, j);
      const tie = h / 4294967296;
      offerBoth(lists.byScore, i, j, Math.round(raw * SCORE_SCALE) + tie);
      offerBoth(lists.likeKind, i, j, Math.round((raw - scorer.mixPart(i, j)) * SCORE_SCALE) + tie);
      offerBoth(lists.spread, i, j, h);
    }
  }

  if (lists !== null) {
    const kept = new Set<number>();
    for (const list of [lists.byScore, lists.likeKind, lists.spread]) {
      for (let i = 0; i < n; i += 1) {
        for (let s = 0; s < (list.size[i] as number); s += 1) {
          const j = list.other[i * sparse + s] as number;
          kept.add(i < j ? i * n + j : j * n + i);
        }
      }
    }
    // Sorted so that the matching sees the same edges in the same order every time.
    for (const key of [...kept].sort((a, b) => a - b)) {
      const i = Math.floor(key / n);
      const j = key % n;
      from.push(i);
      to.push(j);
      weight.push(Math.round(scorer.score(i, j) * SCORE_SCALE));
    }
  }

  const removed = Object.fromEntries(
    HARD_RULES.map((rule, r) => [rule, removedTotals[r] as number]),
  ) as Record<HardRule, number>;
  return {
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    weight: Float64Array.from(weight),
    edges: from.length,
    candidates,
    best,
    removedFor,
    removed,
    allowedPairs,
    consideredPairs,
    complete: sparse === 0,
  };
}

/** Per person, a min-heap of the k best (key, other) offered so far. */
interface TopK {
  readonly k: number;
  readonly key: Float64Array;
  readonly other: Int32Array;
  readonly size: Int32Array;
}

function topK(n: number, k: number): TopK {
  return {
    k,
    key: new Float64Array(n * k),
    other: new Int32Array(n * k),
    size: new Int32Array(n),
  };
}

/** Offers the pair to both ends' lists under the same key. */
function offerBoth(list: TopK, i: number, j: number, key: number): void {
  offer(list, i, key, j);
  offer(list, j, key, i);
}

/** Offers (key, other) to person i's list; on equal keys the lower index stays. */
function offer(list: TopK, i: number, key: number, other: number): void {
  const { k, key: keys, other: others, size: sizes } = list;
  const base = i * k;
  const size = sizes[i] as number;
  if (size < k) {
    keys[base + size] = key;
    others[base + size] = other;
    sizes[i] = size + 1;
    let at = size;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!ranksBelow(keys, others, base + at, base + parent)) break;
      swap(keys, others, base + at, base + parent);
      at = parent;
    }
    return;
  }
  const rootKey = keys[base] as number;
  if (key < rootKey || (key === rootKey && other > (others[base] as number))) return;
  keys[base] = key;
  others[base] = other;
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let smallest = at;
    if (left < k && ranksBelow(keys, others, base + left, base + smallest)) smallest = left;
    if (right < k && ranksBelow(keys, others, base + right, base + smallest)) smallest = right;
    if (smallest === at) break;
    swap(keys, others, base + at, base + smallest);
    at = smallest;
  }
}

/**
 * A fixed pseudo-random key in [0, 2³²) for the pair (i, j), i < j: the 32-bit finaliser of
 * MurmurHash3 over the two positions. The same pair always gets the same key.
 */
function pairHash(i: number, j: number): number {
  let h = Math.imul(i, 0x9e3779b1) ^ Math.imul(j + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Whether heap entry a ranks below b: a lower key, or an equal key and a higher index. */
function ranksBelow(keys: Float64Array, others: Int32Array, a: number, b: number): boolean {
  const ka = keys[a] as number;
  const kb = keys[b] as number;
  return ka < kb || (ka === kb && (others[a] as number) > (others[b] as number));
}

function swap(keys: Float64Array, others: Int32Array, a: number, b: number): void {
  const key = keys[a] as number;
  keys[a] = keys[b] as number;
  keys[b] = key;
  const o = others[a] as number;
  others[a] = others[b] as number;
  others[b] = o;
}

function badCustomScore(cohort: Cohort, i: number, j: number, value: number): InvalidInputError {
  const a = cohort.people[i]?.id ?? '';
  const b = cohort.people[j]?.id ?? '';
  return new InvalidInputError('pairParticipants', [
    {
      path: ['customScore'],
      pathText: 'customScore',
      code: 'invalid_score',
      message: `returned ${String(value)} for ${JSON.stringify(a)} and ${JSON.stringify(b)}; it must return a finite number`,
    },
  ]);
}
