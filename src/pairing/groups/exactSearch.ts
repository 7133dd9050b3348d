import type { GroupModel } from './groupModel.js';
import { GroupState } from './groupState.js';

/** What the exact search found. */
export interface ExactResult {
  /**
   * `optimal`: every arrangement was accounted for; `infeasible`: none keeps the hard
   * rules; `stopped`: the step limit was reached first.
   */
  readonly status: 'optimal' | 'infeasible' | 'stopped';
  /** A grouping better than the incumbent, if one was found (session-major, as `GroupState.group`). */
  readonly assignment: Int32Array | null;
  /** The best soft penalty: the one found, or the incumbent's when none beats it. */
  readonly soft: number;
  /** People placed (search steps) in all. */
  readonly steps: number;
}

const EPSILON = 1e-9;

/**
 * The number of ways to split n people into `groups` unlabelled groups of sizes lo and hi
 * (balanced), for one session: n! / (lo!^(g−r) · hi!^r · (g−r)! · r!), r = n − g·lo.
 */
export function partitionCount(n: number, groups: number, lo: number, hi: number): number {
  if (groups === 0) return 1;
  const r = lo === hi ? 0 : n - groups * lo;
  const factorial = (k: number): number => {
    let f = 1;
    for (let i = 2; i <= k; i += 1) f *= i;
    return f;
  };
  return (
    factorial(n) /
    (factorial(lo) ** (groups - r) * factorial(hi) ** r * factorial(groups - r) * factorial(r))
  );
}

/**
 * The number of leaves the exact search enumerates before pruning: multisets of
 * `sessions` partitions, C(P + k − 1, k), since sessions can be taken in any order.
 */
export function arrangementCount(partitions: number, sessions: number): number {
  let count = 1;
  for (let i = 1; i <= sessions; i += 1) count = (count * (partitions + i - 1)) / i;
  return count;
}

/**
 * Exact search by enumeration, with branch and bound. People are placed in id order, each
 * into a group already opened or the next new one (a restricted growth string, so no
 * partition is seen twice under a relabelling of its groups); sessions are enumerated in
 * non-decreasing order of those strings, since the penalty does not depend on their order.
 * Must-together members follow their block's first member; a branch is cut when a
 * never-together pair meets, when the sizes or the facilitators left can no longer fill
 * every group, or when the penalty's growing parts already reach the best found (the
 * incumbent from the local search, if it kept the hard rules). Cost: at most the number
 * of arrangements times n, far less with pruning; stops after `limit` steps.
 */
export function exactSearch(
  model: GroupModel,
  incumbent: number | null,
  limit: number,
): ExactResult {
  const { n, sessions, groups, lo, hi, block, blocks, facilitator, facilitatorRule } = model;
  const state = new GroupState(model);
  const total = sessions * n;
  const opened = new Int32Array(sessions);
  const reserved = new Int32Array(sessions * groups);
  const leader = Int32Array.from(block, (b) => (blocks[b] as Int32Array)[0] as number);
  const facilitatorsAfter = new Int32Array(n + 1);
  for (let p = n - 1; p >= 0; p -= 1)
    facilitatorsAfter[p] = (facilitatorsAfter[p + 1] as number) + (facilitator[p] as number);

  // Kept in an object: the recursion below updates it.
  const found: { soft: number; best: Int32Array | null; steps: number; stopped: boolean } = {
    soft: incumbent ?? Number.POSITIVE_INFINITY,
    best: null,
    steps: 0,
    stopped: false,
  };

  // Read through a function: the recursion changes it behind the type checker's back.
  const halted = (): boolean => found.stopped;

  // Whether the groups of session s can still be completed once person p is placed.
  const completable = (s: number, p: number): boolean => {
    const left = n - p - 1;
    const open = opened[s] as number;
    let need = (groups - open) * lo;
    let room = (groups - open) * hi;
    let without = groups - open;
    for (let g = 0; g < open; g += 1) {
      const at = (state.size[s * groups + g] as number) + (reserved[s * groups + g] as number);
      if (at > hi) return false;
      if (at < lo) need += lo - at;
      room += hi - at;
      if ((state.facilitators[s * groups + g] as number) === 0) without += 1;
    }
    if (need > left || room < left) return false;
    return !facilitatorRule || (facilitatorsAfter[p + 1] as number) >= without;
  };

  const place = (index: number, greater: boolean): void => {
    if (found.stopped) return;
    if (index === total) {
      const soft = state.soft();
      if (soft < found.soft - EPSILON) {
        found.soft = soft;
        found.best = state.group.slice();
      }
      return;
    }
    const s = Math.floor(index / n);
    const p = index - s * n;
    const startsSession = p === 0;
    const ordered = startsSession ? s === 0 : greater || s === 0;
    const lead = leader[p] as number;
    const forced = lead < p ? (state.group[s * n + lead] as number) : -1;
    const open = opened[s] as number;
    const last = forced !== -1 ? forced : Math.min(open, groups - 1);
    for (let g = forced !== -1 ? forced : 0; g <= last; g += 1) {
      let nowGreater = ordered;
      if (!ordered) {
        const previous = state.group[(s - 1) * n + p] as number;
        if (g < previous) continue;
        nowGreater = g > previous;
      }
      const slot = s * groups + g;
      const unitSize = (blocks[block[p] as number] as Int32Array).length;
      // A block's first member brings room for the rest; the rest have room kept for them.
      const room = forced === -1 ? unitSize : 0;
      if ((state.size[slot] as number) + (reserved[slot] as number) + room > hi) continue;
      found.steps += 1;
      if (found.steps > limit) {
        found.stopped = true;
        return;
      }
      state.add(s, p, g);
      if (g === open) opened[s] = open + 1;
      if (forced === -1) reserved[slot] = (reserved[slot] as number) + unitSize - 1;
      else reserved[slot] = (reserved[slot] as number) - 1;
      if (
        state.raw.never === 0 &&
        completable(s, p) &&
        state.growingSoft() < found.soft - EPSILON
      ) {
        place(index + 1, p === n - 1 ? false : nowGreater);
      }
      if (forced === -1) reserved[slot] = reserved[slot] - unitSize + 1;
      else reserved[slot] = reserved[slot] + 1;
      opened[s] = open;
      state.remove(s, p);
      if (halted()) return;
    }
  };
  place(0, false);

  const { best, soft, steps } = found;
  if (found.stopped) return { status: 'stopped', assignment: best, soft, steps };
  if (best === null && incumbent === null)
    return { status: 'infeasible', assignment: null, soft: Number.POSITIVE_INFINITY, steps };
  return { status: 'optimal', assignment: best, soft, steps };
}
