import { pairKey } from '../candidates/compileCohort.js';
import type { RoundsProblem } from './roundsProblem.js';

/** How a group in a planned round was made. */
export type GroupOrigin = 'matching' | 'must-pair' | 'odd-person-trio';

/** One planned round, as indexes into the problem's people. */
export interface RoundPlan {
  /** Pairs and trios, each sorted ascending. */
  readonly groups: readonly (readonly number[])[];
  /** How each group was made, in the same order. */
  readonly madeBy: readonly GroupOrigin[];
  /** Who sat out to leave an even number, or −1. */
  readonly sitOut: number;
}

/** Every planned round, in order. */
export type Schedule = readonly RoundPlan[];

/** A schedule's value, compared in this order: people grouped (more), repeats (fewer), score (higher). */
export interface ScheduleValue {
  readonly grouped: number;
  readonly repeats: number;
  readonly score: number;
}

/** Whether value a is better than b. Scores within 1e-9 count as equal. */
export function isBetter(a: ScheduleValue, b: ScheduleValue): boolean {
  if (a.grouped !== b.grouped) return a.grouped > b.grouped;
  if (a.repeats !== b.repeats) return a.repeats < b.repeats;
  return a.score > b.score + 1e-9 * Math.max(1, Math.abs(b.score));
}

/** Rounds each pair meets in (history and planned), keyed by `pairKey`; ascending round numbers. */
export type Meetings = Map<number, number[]>;

/** The meetings of the history and the schedule's rounds, leaving out round `skip` (an index). */
export function meetingsOf(problem: RoundsProblem, schedule: Schedule, skip = -1): Meetings {
  const met: Meetings = new Map();
  for (const [key, rounds] of problem.historyMet) met.set(key, [...rounds]);
  schedule.forEach((plan, t) => {
    if (t !== skip) addMeetings(problem, met, plan, problem.roundNumbers[t] as number);
  });
  for (const rounds of met.values()) rounds.sort((a, b) => a - b);
  return met;
}

/** Records a round's groups as meetings in that round. */
export function addMeetings(
  problem: RoundsProblem,
  met: Meetings,
  plan: RoundPlan,
  round: number,
): void {
  for (const group of plan.groups) {
    for (let a = 0; a < group.length; a += 1)
      for (let b = a + 1; b < group.length; b += 1) {
        const key = pairKey(problem.n, group[a] as number, group[b] as number);
        const list = met.get(key);
        if (list === undefined) met.set(key, [round]);
        else list.push(round);
      }
  }
}

/** The last round before `round` in which the pair met, or undefined. */
export function lastBefore(
  rounds: readonly number[] | undefined,
  round: number,
): number | undefined {
  if (rounds === undefined) return undefined;
  let last: number | undefined;
  for (const r of rounds) if (r < round) last = r;
  return last;
}

/** The novelty part of a pair's score in `round`, given the last round they met in. */
export function noveltyPart(
  problem: RoundsProblem,
  last: number | undefined,
  round: number,
): number {
  const { novelty } = problem.rules.weights;
  if (last === undefined) return novelty;
  return novelty * (1 - 0.5 ** (Math.max(0, round - last - 1) / problem.rules.noveltyHalfLife));
}

/** A pair's score in `round`: its base score plus novelty since they last met before it. */
export function pairScore(
  problem: RoundsProblem,
  met: Meetings,
  i: number,
  j: number,
  round: number,
): number {
  const last = lastBefore(met.get(pairKey(problem.n, i, j)), round);
  return (problem.base[i * problem.n + j] as number) + noveltyPart(problem, last, round);
}

/** Whether the no-repeat-within rule forbids the pair in `round`, given meetings in other rounds. */
export function recentlyMet(
  problem: RoundsProblem,
  met: Meetings,
  i: number,
  j: number,
  round: number,
): boolean {
  const within = problem.rules.noRepeatWithin;
  if (within === 0) return false;
  const rounds = met.get(pairKey(problem.n, i, j));
  if (rounds === undefined) return false;
  return rounds.some((r) => r !== round && Math.abs(r - round) <= within);
}

/** People grouped, repeat meetings and total score of a schedule. Cost: O(rounds · n). */
export function evaluate(problem: RoundsProblem, schedule: Schedule): ScheduleValue {
  const met: Meetings = new Map();
  for (const [key, rounds] of problem.historyMet) met.set(key, [...rounds]);
  let grouped = 0;
  let repeats = 0;
  let score = 0;
  schedule.forEach((plan, t) => {
    const round = problem.roundNumbers[t] as number;
    for (const group of plan.groups) {
      grouped += group.length;
      for (let a = 0; a < group.length; a += 1)
        for (let b = a + 1; b < group.length; b += 1) {
          const i = group[a] as number;
          const j = group[b] as number;
          const rounds = met.get(pairKey(problem.n, i, j));
          if (rounds !== undefined && rounds.length > 0) repeats += 1;
          score += pairScore(problem, met, i, j, round);
        }
    }
    addMeetings(problem, met, plan, round);
  });
  return { grouped, repeats, score };
}

/** Sit-outs per person before round index t (history plus planned rounds), and the last one. */
export function sitOutsBefore(
  problem: RoundsProblem,
  schedule: Schedule,
  t: number,
): { counts: Int32Array; last: Float64Array } {
  const counts = Int32Array.from(problem.historySitOuts);
  const last = Float64Array.from(problem.historyLastSitOut);
  for (let s = 0; s < t; s += 1) {
    const person = schedule[s]?.sitOut ?? -1;
    if (person < 0) continue;
    counts[person] = (counts[person] as number) + 1;
    last[person] = problem.roundNumbers[s] as number;
  }
  return { counts, last };
}

/** People in fair sit-out order: fewest sit-outs, then longest since the last, then id. */
export function sitOutOrder(
  people: readonly number[],
  fairness: { counts: Int32Array; last: Float64Array },
): number[] {
  return [...people].sort(
    (a, b) =>
      (fairness.counts[a] as number) - (fairness.counts[b] as number) ||
      (fairness.last[a] as number) - (fairness.last[b] as number) ||
      a - b,
  );
}

/** Present people of round index t, split into must-pairs (both present) and the free rest. */
export function roundPeople(
  problem: RoundsProblem,
  t: number,
): { present: number[]; mustPairs: [number, number][]; free: number[] } {
  const away = problem.away[t] ?? [];
  const present: number[] = [];
  for (let i = 0; i < problem.n; i += 1) if (away[i] === null) present.push(i);
  const mustPairs: [number, number][] = [];
  const free: number[] = [];
  for (const i of present) {
    const j = problem.mustPartner[i] as number;
    if (j >= 0 && away[j] === null) {
      if (i < j) mustPairs.push([i, j]);
    } else free.push(i);
  }
  return { present, mustPairs, free };
}
