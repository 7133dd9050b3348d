import type { RoundsProblem } from './roundsProblem.js';
import { circlePartners } from './circleMethod.js';
import {
  addMeetings,
  evaluate,
  isBetter,
  meetingsOf,
  sitOutsBefore,
  type RoundPlan,
  type Schedule,
  type ScheduleValue,
} from './schedule.js';
import { solveRound } from './solveRound.js';

/** A schedule with its value and how it was found. */
export interface PlannedSchedule {
  readonly schedule: Schedule;
  readonly value: ScheduleValue;
  /** `greedy`: round by round; `round-robin`: round by round, preferring the circle method's pairs. */
  readonly start: 'greedy' | 'round-robin';
  /** Rounds re-solved with an improvement by the repair sweeps. */
  readonly improvements: number;
  /** Repair sweeps run. */
  readonly sweeps: number;
  /** Matchings solved. */
  readonly matchings: number;
}

/**
 * Plans round by round: each round is the best matching given the rounds before it
 * (as many paired, then fewest repeats, then highest score). With `template`, pairs of the
 * circle method's round are preferred after repeats. Cost: one matching per round.
 */
export function planForwards(problem: RoundsProblem, template: boolean): Schedule {
  const plans: RoundPlan[] = [];
  const met = meetingsOf(problem, []);
  problem.roundNumbers.forEach((round, t) => {
    const plan = solveRound(problem, {
      t,
      met,
      template: template ? circlePartners(problem.n, t) : null,
      sitOut: sitOutsBefore(problem, plans, t),
    });
    plans.push(plan);
    addMeetings(problem, met, plan, round);
  });
  return plans;
}

/**
 * Repairs a schedule by re-solving one round at a time against every other round (a
 * block coordinate descent: each step is an exact matching, so the value never gets
 * worse), sweeping the rounds until a sweep changes nothing or `sweeps` have run. Who sits
 * out stays as it was, so sit-outs stay fair. Cost: one matching per round per sweep.
 */
export function repairSchedule(
  problem: RoundsProblem,
  schedule: Schedule,
  sweeps: number,
): { schedule: Schedule; value: ScheduleValue; improvements: number; sweeps: number } {
  let current = [...schedule];
  let value = evaluate(problem, current);
  let improvements = 0;
  let ran = 0;
  while (ran < sweeps && value.repeats > 0) {
    ran += 1;
    let changed = false;
    for (let t = 0; t < current.length; t += 1) {
      const plan = solveRound(problem, {
        t,
        met: meetingsOf(problem, current, t),
        template: null,
        sitOut: current[t]?.sitOut ?? -1,
      });
      const next = current.map((old, s) => (s === t ? plan : old));
      const nextValue = evaluate(problem, next);
      if (isBetter(nextValue, value)) {
        current = next;
        value = nextValue;
        improvements += 1;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { schedule: current, value, improvements, sweeps: ran };
}

/**
 * The heuristic plan: round by round; if that leaves repeats, repair sweeps; if repeats
 * still remain, the same from a round-robin start, keeping the better.
 */
export function planHeuristic(problem: RoundsProblem, sweeps: number): PlannedSchedule {
  const rounds = problem.roundNumbers.length;
  const greedy = planForwards(problem, false);
  const repaired = repairSchedule(problem, greedy, sweeps);
  let best: PlannedSchedule = {
    schedule: repaired.schedule,
    value: repaired.value,
    start: 'greedy',
    improvements: repaired.improvements,
    sweeps: repaired.sweeps,
    matchings: rounds * (1 + repaired.sweeps),
  };
  if (best.value.repeats === 0) return best;
  const circle = planForwards(problem, true);
  const fixed = repairSchedule(problem, circle, sweeps);
  const matchings = best.matchings + rounds * (1 + fixed.sweeps);
  if (isBetter(fixed.value, best.value))
    best = {
      schedule: fixed.schedule,
      value: fixed.value,
      start: 'round-robin',
      improvements: fixed.improvements,
      sweeps: fixed.sweeps,
      matchings,
    };
  return { ...best, matchings };
}
