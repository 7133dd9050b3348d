import { pairKey } from '../candidates/compileCohort.js';
import type { RoundsProblem } from './roundsProblem.js';
import {
  addMeetings,
  isBetter,
  meetingsOf,
  pairScore,
  recentlyMet,
  roundPeople,
  sitOutOrder,
  type GroupOrigin,
  type Meetings,
  type RoundPlan,
  type Schedule,
  type ScheduleValue,
} from './schedule.js';

/** The outcome of the exact search. */
export interface ExactOutcome {
  /** The best schedule found: better than the incumbent, or the incumbent. */
  readonly schedule: Schedule;
  readonly value: ScheduleValue;
  /** Whether the search ran to the end, so no schedule is better. */
  readonly proven: boolean;
  /** Groupings of a round looked at. */
  readonly nodes: number;
}

interface Grouping {
  readonly groups: number[][];
  readonly madeBy: GroupOrigin[];
  readonly repeats: number;
  readonly score: number;
  readonly grouped: number;
}

/**
 * Every grouping of `free` into pairs (and, if `trio`, at most one trio) with as many people
 * grouped as possible, each with its repeats and score given `met`; best first (fewest
 * repeats, then highest score, then the order found). Cost: up to (k − 1)!! groupings.
 */
function groupings(
  problem: RoundsProblem,
  free: readonly number[],
  met: Meetings,
  round: number,
  trio: boolean,
  repeatsCount: boolean,
): Grouping[] {
  const { n } = problem;
  const k = free.length;
  const ok = (i: number, j: number): boolean =>
    problem.allowed[i * n + j] === 1 && !recentlyMet(problem, met, i, j, round);
  const used = new Uint8Array(k);
  const stack: number[][] = [];
  const found: Grouping[] = [];
  let target = 0;
  const collect = (
    start: number,
    grouped: number,
    left: number,
    trioUsed: boolean,
    record: boolean,
  ): void => {
    if (grouped + left < target || (!record && grouped + left <= target)) return;
    let u = start;
    while (u < k && used[u] === 1) u += 1;
    if (u >= k) {
      if (!record) target = Math.max(target, grouped);
      else if (grouped === target)
        found.push(
          describe(
            stack.map((g) => [...g]),
            grouped,
          ),
        );
      return;
    }
    used[u] = 1;
    const x = free[u] as number;
    for (let v = u + 1; v < k; v += 1) {
      if (used[v] === 1 || !ok(x, free[v] as number)) continue;
      used[v] = 1;
      stack.push([x, free[v] as number]);
      collect(u + 1, grouped + 2, left - 2, trioUsed, record);
      if (trio && !trioUsed) {
        for (let w = v + 1; w < k; w += 1) {
          const z = free[w] as number;
          if (used[w] === 1 || !ok(x, z) || !ok(free[v] as number, z)) continue;
          used[w] = 1;
          (stack[stack.length - 1] as number[]).push(z);
          collect(u + 1, grouped + 3, left - 3, true, record);
          (stack[stack.length - 1] as number[]).pop();
          used[w] = 0;
        }
      }
      stack.pop();
      used[v] = 0;
    }
    collect(u + 1, grouped, left - 1, trioUsed, record);
    used[u] = 0;
  };
  const describe = (groups: number[][], grouped: number): Grouping => {
    let repeats = 0;
    let score = 0;
    for (const group of groups)
      for (let a = 0; a < group.length; a += 1)
        for (let b = a + 1; b < group.length; b += 1) {
          const i = group[a] as number;
          const j = group[b] as number;
          if (repeatsCount && (met.get(pairKey(n, i, j))?.length ?? 0) > 0) repeats += 1;
          score += pairScore(problem, met, i, j, round);
        }
    return {
      groups,
      madeBy: groups.map((g) => (g.length === 3 ? 'odd-person-trio' : 'matching')),
      repeats,
      score,
      grouped,
    };
  };
  target = 0;
  collect(0, 0, k, false, false);
  collect(0, 0, k, false, true);
  return found
    .map((g, order) => ({ g, order }))
    .sort((a, b) => a.g.repeats - b.g.repeats || b.g.score - a.g.score || a.order - b.order)
    .map(({ g }) => g);
}

/** The largest number of `free` people that can be grouped (pairs only), given `met`. */
function mostPaired(
  problem: RoundsProblem,
  free: readonly number[],
  met: Meetings,
  round: number,
): number {
  const found = groupings(problem, free, met, round, false, false);
  return found[0]?.grouped ?? 0;
}

/**
 * Branch and bound over whole schedules, for small rounds: each round takes, in turn, every
 * grouping that groups as many present people as possible (fewest repeats first, then
 * highest score), and a branch is cut unless it could still group more people or make
 * fewer repeats than the best schedule so far. The repeat bound: the later rounds must
 * hold a known number of meetings, and only pairs that have not met can be new. So the
 * search proves the fewest repeats; scores only order the branches. Who sits out follows the same fairness rule as the heuristic, given
 * the earlier rounds. Stops after `budget` groupings, reporting whether it finished.
 * Cost: exponential in people and rounds; meant for up to about ten people a round.
 */
export function exactRounds(
  problem: RoundsProblem,
  incumbent: { readonly schedule: Schedule; readonly value: ScheduleValue },
  budget: number,
): ExactOutcome {
  const rounds = problem.roundNumbers.length;
  let best = incumbent;
  let nodes = 0;
  let stopped = false;
  const sitOut = problem.rules.oddPolicy === 'sit-out';
  const trio = problem.rules.oddPolicy === 'trio';
  const plans: RoundPlan[] = [];
  const counts = Int32Array.from(problem.historySitOuts);
  const last = Float64Array.from(problem.historyLastSitOut);
  const met: Meetings = meetingsOf(problem, []);

  const setup = (t: number): { free: number[]; must: [number, number][]; sitter: number } => {
    const round = problem.roundNumbers[t] as number;
    const { mustPairs, free } = roundPeople(problem, t);
    let sitter = -1;
    if (sitOut) {
      const most = mostPaired(problem, free, met, round);
      if (free.length - most >= 1) {
        const order = sitOutOrder(
          free.filter((i) =>
            free.some(
              (j) =>
                j !== i &&
                problem.allowed[i * problem.n + j] === 1 &&
                !recentlyMet(problem, met, i, j, round),
            ),
          ),
          { counts, last },
        );
        sitter =
          order.find(
            (x) =>
              mostPaired(
                problem,
                free.filter((y) => y !== x),
                met,
                round,
              ) === most,
          ) ?? -1;
      }
    }
    return { free: free.filter((x) => x !== sitter), must: mustPairs, sitter };
  };

  // Pairs the static rules allow that have not met yet: each can be a fresh meeting once.
  let freshLeft = 0;
  for (let i = 0; i < problem.n; i += 1)
    for (let j = i + 1; j < problem.n; j += 1)
      if (problem.allowed[i * problem.n + j] === 1 && !met.has(pairKey(problem.n, i, j)))
        freshLeft += 1;
  const freshUsed = (plan: RoundPlan): number => {
    let used = 0;
    for (const group of plan.groups)
      for (let a = 0; a < group.length; a += 1)
        for (let b = a + 1; b < group.length; b += 1) {
          const i = group[a] as number;
          const j = group[b] as number;
          if (problem.allowed[i * problem.n + j] === 1 && !met.has(pairKey(problem.n, i, j)))
            used += 1;
        }
    return used;
  };

  // Symmetry: people whom swapping leaves the rest of the problem unchanged (same rules
  // and scores towards everyone else, same meetings so far, same absences to come) are
  // interchangeable, so groupings that differ only by such swaps lead to the same
  // outcomes and one of each is enough. Skipped with sit-outs, which break ties by id.
  const sameRows = (i: number, j: number, t: number): boolean => {
    const { n } = problem;
    if ((problem.mustPartner[i] as number) >= 0 || (problem.mustPartner[j] as number) >= 0)
      return false;
    for (let s = t; s < rounds; s += 1) {
      const away = problem.away[s] ?? [];
      if ((away[i] === null) !== (away[j] === null)) return false;
    }
    for (let k = 0; k < n; k += 1) {
      if (k === i || k === j) continue;
      if (problem.allowed[i * n + k] !== problem.allowed[j * n + k]) return false;
      if (problem.base[i * n + k] !== problem.base[j * n + k]) return false;
      const a = met.get(pairKey(n, i, k));
      const b = met.get(pairKey(n, j, k));
      if ((a?.length ?? 0) !== (b?.length ?? 0)) return false;
      if (a !== undefined && b !== undefined && a.some((r, x) => r !== b[x])) return false;
    }
    return true;
  };
  const distinct = (options: Grouping[], t: number): Grouping[] => {
    if (sitOut) return options;
    const kind = new Int32Array(problem.n).fill(-1);
    let kinds = 0;
    for (let i = 0; i < problem.n; i += 1) {
      if ((kind[i] as number) >= 0) continue;
      kind[i] = kinds;
      for (let j = i + 1; j < problem.n; j += 1)
        if ((kind[j] as number) < 0 && sameRows(i, j, t)) kind[j] = kinds;
      kinds += 1;
    }
    if (kinds === problem.n) return options;
    const seen = new Set<string>();
    return options.filter((option) => {
      const key = option.groups
        .map((group) =>
          group
            .map((i) => kind[i] as number)
            .sort((a, b) => a - b)
            .join('.'),
        )
        .sort()
        .join('|');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };

  const search = (t: number, value: ScheduleValue): void => {
    if (stopped) return;
    if (t === rounds) {
      if (isBetter(value, best.value)) best = { schedule: [...plans], value };
      return;
    }
    const round = problem.roundNumbers[t] as number;
    const { free, must, sitter } = setup(t);
    let mustRepeats = 0;
    let mustScore = 0;
    for (const [i, j] of must) {
      if ((met.get(pairKey(problem.n, i, j))?.length ?? 0) > 0) mustRepeats += 1;
      mustScore += pairScore(problem, met, i, j, round);
    }
    const options = distinct(groupings(problem, free, met, round, trio, true), t);
    nodes += options.length;
    if (nodes > budget) {
      stopped = true;
      return;
    }
    for (const option of options) {
      const grouped = value.grouped + option.grouped + 2 * must.length;
      const repeats = value.repeats + option.repeats + mustRepeats;
      const score = value.score + option.score + mustScore;
      const all = [
        ...must.map((pair): { members: number[]; origin: GroupOrigin } => ({
          members: [...pair],
          origin: 'must-pair',
        })),
        ...option.groups.map((members, g) => ({
          members: [...members].sort((a, b) => a - b),
          origin: option.madeBy[g] ?? 'matching',
        })),
      ].sort((a, b) => (a.members[0] as number) - (b.members[0] as number));
      const plan: RoundPlan = {
        groups: all.map((g) => g.members),
        madeBy: all.map((g) => g.origin),
        sitOut: sitter,
      };
      // Cut unless the best completion could beat the best so far. Later rounds hold at
      // least restMeetings meetings, and only the freshLeft allowed pairs can be new.
      const used = freshUsed(plan);
      const optimistic: ScheduleValue = {
        grouped: grouped + restGrouped(t + 1),
        repeats: repeats + Math.max(0, restMeetings(t + 1) - (freshLeft - used)),
        score,
      };
      // Only fewer repeats (or more people grouped) count: scores break ties, best first.
      if (!isBetter({ ...optimistic, score: Number.NEGATIVE_INFINITY }, best.value)) continue;
      freshLeft -= used;
      plans.push(plan);
      addMeetings(problem, met, plan, round);
      if (sitter >= 0) {
        counts[sitter] = (counts[sitter] as number) + 1;
        const before = last[sitter] ?? Number.NEGATIVE_INFINITY;
        last[sitter] = round;
        search(t + 1, { grouped, repeats, score });
        last[sitter] = before;
        counts[sitter] = counts[sitter] - 1;
      } else search(t + 1, { grouped, repeats, score });
      removeMeetings(problem, met, plan);
      freshLeft += used;
      plans.pop();
      if (nodes > budget) return;
    }
  };

  // Bounds for the rounds from t on, from the static rules: people groupable, and the
  // fewest meetings they must hold.
  const groupedBounds: number[] = [];
  const meetingBounds: number[] = [];
  for (let t = rounds - 1; t >= 0; t -= 1) {
    const { free, mustPairs } = roundPeople(problem, t);
    const round = problem.roundNumbers[t] as number;
    const all = groupings(problem, free, new Map(), round, true, false);
    const most = (all[0]?.grouped ?? 0) + 2 * mustPairs.length;
    groupedBounds[t] = most + (groupedBounds[t + 1] ?? 0);
    // The fewest meetings round t can hold: pairs, or pairs and one trio (three meetings).
    const pairsMost = trio
      ? most - 2 * mustPairs.length
      : mostPaired(problem, free, new Map(), round);
    // (Must-pairs are left out: one that breaks a rule is not drawn from the allowed pairs.)
    const meetings = pairsMost % 2 === 0 ? pairsMost / 2 : (pairsMost - 3) / 2 + 3;
    meetingBounds[t] =
      (problem.rules.noRepeatWithin > 0 ? 0 : meetings) + (meetingBounds[t + 1] ?? 0);
  }
  const restGrouped = (t: number): number => groupedBounds[t] ?? 0;
  const restMeetings = (t: number): number => meetingBounds[t] ?? 0;
  search(0, { grouped: 0, repeats: 0, score: 0 });
  return { schedule: best.schedule, value: best.value, proven: !stopped, nodes };
}

function removeMeetings(problem: RoundsProblem, met: Meetings, plan: RoundPlan): void {
  for (const group of plan.groups)
    for (let a = 0; a < group.length; a += 1)
      for (let b = a + 1; b < group.length; b += 1) {
        const key = pairKey(problem.n, group[a] as number, group[b] as number);
        const list = met.get(key);
        list?.pop();
        if (list?.length === 0) met.delete(key);
      }
}
