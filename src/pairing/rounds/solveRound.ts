import { pairKey } from '../candidates/compileCohort.js';
import { maxWeightMatching, type MatchingEdge } from '../maxWeightMatching.js';
import type { RoundsProblem } from './roundsProblem.js';
import {
  pairScore,
  recentlyMet,
  roundPeople,
  sitOutOrder,
  type GroupOrigin,
  type Meetings,
  type RoundPlan,
} from './schedule.js';

/** What a round is solved against. */
export interface RoundContext {
  /** The round's index in the plan. */
  readonly t: number;
  /**
   * Meetings that make a pair in this round a repeat: the history and earlier rounds when
   * planning forwards, or the history and every other round when repairing.
   */
  readonly met: Meetings;
  /** A partner per person to prefer after repeats (the round-robin), or null. */
  readonly template: Int32Array | null;
  /** The person who sits out (repairs keep it), or the fairness to choose one by. */
  readonly sitOut: number | { readonly counts: Int32Array; readonly last: Float64Array };
}

/** Sit-out candidates tried, in fairness order, before taking whoever the matching left. */
const SIT_OUT_TRIES = 8;

/**
 * Solves one round exactly as a matching: as many people paired as the hard rules allow,
 * then as few repeats, then (with a template) as many template pairs, then the highest
 * score. An odd person out then sits out or joins a pair as a trio (the trio that repeats
 * least, then scores most). Cost: one maximum-weight matching, O(k³) for k people, plus a
 * few more when someone must sit out.
 */
export function solveRound(problem: RoundsProblem, context: RoundContext): RoundPlan {
  const { n } = problem;
  const round = problem.roundNumbers[context.t] as number;
  const { mustPairs, free } = roundPeople(problem, context.t);
  const allowedNow = (i: number, j: number): boolean =>
    problem.allowed[i * n + j] === 1 && !recentlyMet(problem, context.met, i, j, round);
  const repeats = (i: number, j: number): boolean =>
    (context.met.get(pairKey(n, i, j))?.length ?? 0) > 0;

  // Edges among the free people, in local indexes.
  const from: number[] = [];
  const to: number[] = [];
  const scores: number[] = [];
  const candidates = new Int32Array(free.length);
  let largest = 0;
  for (let a = 0; a < free.length; a += 1) {
    for (let b = a + 1; b < free.length; b += 1) {
      const i = free[a] as number;
      const j = free[b] as number;
      if (!allowedNow(i, j)) continue;
      const score = pairScore(problem, context.met, i, j, round);
      from.push(a);
      to.push(b);
      scores.push(score);
      candidates[a] = (candidates[a] as number) + 1;
      candidates[b] = (candidates[b] as number) + 1;
      largest = Math.max(largest, Math.abs(score));
    }
  }
  // Lexicographic weights as integers: repeats outweigh template pairs, which outweigh any
  // sum of scores; the scale keeps every total below 2^50, where doubles are exact.
  const k = free.length + 1;
  const scale = Math.min(1e6, largest === 0 ? 1e6 : 2 ** 48 / (k * k * k * largest));
  const scoreSpan = Math.ceil(largest * scale) * k + 1;
  const templateBonus = context.template === null ? 0 : scoreSpan;
  const freshBonus = context.template === null ? scoreSpan : scoreSpan * (k + 1);
  const edges: MatchingEdge[] = from.map((a, e) => {
    const i = free[a] as number;
    const j = free[to[e] as number] as number;
    const weight =
      (repeats(i, j) ? 0 : freshBonus) +
      (context.template !== null && context.template[i] === j ? templateBonus : 0) +
      Math.round((scores[e] as number) * scale);
    return [a, to[e] as number, weight];
  });
  const solve = (without: number): Int32Array =>
    Int32Array.from(
      maxWeightMatching(
        without < 0 ? edges : edges.filter(([u, v]) => u !== without && v !== without),
        { maxCardinality: true, vertexCount: free.length },
      ),
    );
  let mate = solve(-1);
  const pairsIn = (m: Int32Array): number => m.reduce((sum, p) => sum + (p >= 0 ? 1 : 0), 0) / 2;
  const waiting = (m: Int32Array): number[] =>
    free.map((_, a) => a).filter((a) => (m[a] as number) === -1 && (candidates[a] as number) > 0);

  let sitOut = -1;
  let trio: { person: number; pair: [number, number] } | null = null;
  const left = waiting(mate);
  if (problem.rules.oddPolicy === 'sit-out') {
    if (typeof context.sitOut === 'number') {
      sitOut = context.sitOut;
      const local = free.indexOf(sitOut);
      if (local >= 0 && (mate[local] as number) >= 0) mate = solve(local);
    } else if (left.length > 0) {
      const most = pairsIn(mate);
      const order = sitOutOrder(
        free.filter((_, a) => (candidates[a] as number) > 0),
        context.sitOut,
      );
      let chosen = -1;
      for (const person of order.slice(0, SIT_OUT_TRIES)) {
        const local = free.indexOf(person);
        if ((mate[local] as number) === -1) {
          chosen = local;
          break;
        }
        const without = solve(local);
        if (pairsIn(without) === most) {
          mate = without;
          chosen = local;
          break;
        }
      }
      if (chosen < 0) chosen = waiting(mate)[0] ?? -1;
      sitOut = chosen < 0 ? -1 : (free[chosen] as number);
    }
  } else if (left.length > 0) {
    trio = chooseTrio(problem, context, free, mate, left, allowedNow, repeats, round);
  }

  const groups: number[][] = [];
  const madeBy: GroupOrigin[] = [];
  const all: { members: number[]; origin: GroupOrigin }[] = mustPairs.map((pair) => ({
    members: [...pair],
    origin: 'must-pair',
  }));
  for (let a = 0; a < free.length; a += 1) {
    const b = mate[a] as number;
    if (b < a) continue;
    const members = [free[a] as number, free[b] as number];
    if (trio !== null && trio.pair[0] === a && trio.pair[1] === b) {
      all.push({
        members: [...members, free[trio.person] as number].sort((x, y) => x - y),
        origin: 'odd-person-trio',
      });
    } else all.push({ members, origin: 'matching' });
  }
  all.sort((x, y) => (x.members[0] as number) - (y.members[0] as number));
  for (const { members, origin } of all) {
    groups.push(members);
    madeBy.push(origin);
  }
  return { groups, madeBy, sitOut };
}

/** The trio that repeats least, then scores most (ties: the lowest person, then the lowest pair). */
function chooseTrio(
  problem: RoundsProblem,
  context: RoundContext,
  free: readonly number[],
  mate: Int32Array,
  left: readonly number[],
  allowedNow: (i: number, j: number) => boolean,
  repeats: (i: number, j: number) => boolean,
  round: number,
): { person: number; pair: [number, number] } | null {
  let best: { person: number; pair: [number, number]; repeats: number; score: number } | null =
    null;
  for (const x of left) {
    const i = free[x] as number;
    for (let a = 0; a < free.length; a += 1) {
      const b = mate[a] as number;
      if (b < a) continue;
      const p = free[a] as number;
      const q = free[b] as number;
      if (!allowedNow(i, p) || !allowedNow(i, q)) continue;
      const count = (repeats(i, p) ? 1 : 0) + (repeats(i, q) ? 1 : 0);
      const score =
        pairScore(problem, context.met, i, p, round) + pairScore(problem, context.met, i, q, round);
      if (
        best === null ||
        count < best.repeats ||
        (count === best.repeats && score > best.score + 1e-12)
      )
        best = { person: x, pair: [a, b], repeats: count, score };
    }
  }
  return best === null ? null : { person: best.person, pair: best.pair };
}
