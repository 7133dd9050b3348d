import { z } from 'zod';
import { indexIds } from '../internal/indexIds.js';
import { sizeLimitError, withCommas } from '../internal/sizeLimit.js';
import { parseWith } from '../core/validation.js';
import type { CustomScore } from './candidates/pairScorer.js';
import { PairingRules } from './pairingRules.js';
import {
  PairingParticipant,
  PairingRound,
  type PairingParticipantInput,
  type PairingRoundInput,
} from './participant.js';
import {
  describeRounds,
  type ForcedRepeat,
  type PlannedRound,
  type RotationSummary,
} from './rounds/describeRounds.js';
import { exactRounds } from './rounds/exactRounds.js';
import { planHeuristic } from './rounds/planSchedule.js';
import { compileRoundsProblem } from './rounds/roundsProblem.js';
import { roundPeople, type Schedule } from './rounds/schedule.js';

export type {
  AwayParticipant,
  ForcedRepeat,
  ForcedRepeatReason,
  PlannedRound,
  PlannedRoundTotals,
  RotationSummary,
} from './rounds/describeRounds.js';

const Id = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();
const RoundNumber = /* @__PURE__ */ (() => z.int().min(0).max(1_000_000))();

/**
 * One person's absences: the planned rounds they will miss. An absent person is neither
 * paired nor counted as left out that round.
 *
 * @example
 * ```ts
 * RoundAbsence.parse({ id: 'ama', rounds: [3] }).rounds;
 * // => [3]
 * ```
 */
export const RoundAbsence = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The participant's id. */
    id: Id,
    /** The round numbers they miss. */
    rounds: z.array(RoundNumber).min(1),
  }))();
/** One person's absences. */
export type RoundAbsence = z.output<typeof RoundAbsence>;
/** One person's absences as an app writes them. */
export type RoundAbsenceInput = z.input<typeof RoundAbsence>;

/**
 * A pause: a person stepping back from round `from` to round `to` (both included; without
 * `to`, until further notice), as buddy schemes let members pause over a busy spell.
 *
 * @example
 * ```ts
 * RoundPause.safeParse({ id: 'ben', from: 4, to: 2 }).success;
 * // => false
 * ```
 */
export const RoundPause = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The participant's id. */
      id: Id,
      /** The first round paused. */
      from: RoundNumber,
      /** The last round paused (default: every later round). */
      to: RoundNumber.optional(),
    })
    .refine((pause) => pause.to === undefined || pause.to >= pause.from, {
      path: ['to'],
      message: 'must be at least from',
    }))();
/** A pause over a stretch of rounds. */
export type RoundPause = z.output<typeof RoundPause>;
/** A pause as an app writes it. */
export type RoundPauseInput = z.input<typeof RoundPause>;

/** What {@link planRounds} takes. */
export interface PlanRoundsInput {
  /** The people to pair, round after round; ids must differ (at most 2,000). */
  readonly participants: readonly PairingParticipantInput[];
  /** Earlier rounds: their pairs count as met and their sit-outs count for fairness (default none). */
  readonly history?: readonly PairingRoundInput[];
  /** The hard rules, soft-rule weights and odd-number policy, as for `pairParticipants`. */
  readonly rules?: z.input<typeof PairingRules>;
  /** Your own score for a pair, weighted by `rules.weights.custom`; must be pure and finite. */
  readonly customScore?: CustomScore;
  /** Rounds people will miss (default none). */
  readonly absences?: readonly RoundAbsenceInput[];
  /** Stretches of rounds people step back for (default none). */
  readonly pauses?: readonly RoundPauseInput[];
}

/** How many rounds to plan, from which round, and how hard to look ahead. */
export interface PlanRoundsOptions {
  /** How many rounds to plan (1 to 1,000). */
  readonly rounds: number;
  /** The first planned round's number (default: one after the last in the history, or 1). */
  readonly firstRound?: number;
  /**
   * How many repair sweeps may run when planning round by round leaves repeats: each sweep
   * re-solves every round against all the others (default 8; 0 turns repairs off).
   */
  readonly repairSweeps?: number;
  /**
   * Up to this many people present in every round (default 10, at most 14; 0 turns it off),
   * an exact search over whole schedules also runs, so the repeats are proven fewest.
   */
  readonly exactLimit?: number;
  /** The most groupings the exact search looks at before it stops (default 500,000). */
  readonly exactBudget?: number;
}

/** Totals over the whole plan. */
export interface PlanRoundsTotals {
  /** Participants given. */
  readonly participants: number;
  /** Rounds planned. */
  readonly rounds: number;
  /** Pairs made, over every round. */
  readonly pairs: number;
  /** Trios made, over every round. */
  readonly trios: number;
  /** Meetings of two people in a pair or trio, over every round (a trio holds three). */
  readonly meetings: number;
  /** Different pairs of people who met in the planned rounds. */
  readonly distinctPairs: number;
  /** Meetings of two people who had met before (in the history or an earlier planned round). */
  readonly repeats: number;
  /** Present people left without a partner, summed over the rounds (sitting out included). */
  readonly unmatched: number;
  /** Absent or paused people, summed over the rounds. */
  readonly away: number;
  /** The sum of every group's score. */
  readonly score: number;
}

/** How the plan was found and whether its repeats are proven fewest. */
export interface PlanRoundsOptimality {
  /**
   * `exact`: the exact search finished, so no schedule has fewer repeats (or as few and a
   * higher score); `heuristic`: round-by-round matchings with repairs.
   */
  readonly method: 'exact' | 'heuristic';
  /** Whether the repeats are proven as few as any schedule allows (true too when there are none). */
  readonly proven: boolean;
  /** Where the heuristic started: round by round (`greedy`) or preferring round-robin pairs. */
  readonly start: 'greedy' | 'round-robin';
  /** Repair sweeps run, and rounds they improved. */
  readonly repairSweeps: number;
  /** Rounds re-solved with an improvement by the repair sweeps. */
  readonly repairs: number;
  /** Rounds solved as matchings by the heuristic, repairs included. */
  readonly roundsSolved: number;
  /** Groupings the exact search looked at, or null when it did not run. */
  readonly exactNodes: number | null;
  /** What was done, in plain words. */
  readonly note: string;
}

/** What {@link planRounds} returns. */
export interface PlanRoundsResult {
  /** Every planned round, in order. */
  readonly rounds: readonly PlannedRound[];
  /** Each person's rotation: partners and areas met, rounds grouped, away and sat out. */
  readonly people: readonly RotationSummary[];
  /** Every repeat meeting, with why it was forced. */
  readonly repeats: readonly ForcedRepeat[];
  /** Totals. */
  readonly totals: PlanRoundsTotals;
  /** How the plan was found. */
  readonly optimality: PlanRoundsOptimality;
  /** The planned rounds as history entries, to pass to a later call or to `pairParticipants`. */
  readonly asHistory: readonly PairingRound[];
  /** Things to know: must-pairs that break another hard rule, an exact search cut short. */
  readonly warnings: readonly string[];
}

const FN = 'planRounds';
const MAX_PEOPLE = 2000;
/** The most work, people × rounds × (people + rounds): the matchings grow with people², checking the plan with rounds². */
const MAX_WORK = 2_000_000;

/** Refuses, before any planning, a plan that would take more than a few seconds. */
function refuseOversized(people: number, rounds: number): void {
  const work = people * rounds * (people + rounds);
  if (work <= MAX_WORK) return;
  let most = rounds;
  while (most > 0 && people * most * (people + most) > MAX_WORK) most -= 1;
  const advice =
    most > 0
      ? `plan at most ${withCommas(most)} rounds for ${withCommas(people)} people now and the rest later, with these rounds as history`
      : 'split the cohort, or pair one round with pairParticipants';
  throw sizeLimitError(
    FN,
    ['options', 'rounds'],
    '',
    `is ${withCommas(rounds)} for ${withCommas(people)} people; people × rounds × (people + rounds) is ${withCommas(work)}, and at most ${withCommas(MAX_WORK)} is planned at once, so ${advice}`,
  );
}

const Input = /* @__PURE__ */ (() =>
  z.strictObject({
    participants: z
      .array(PairingParticipant)
      .max(MAX_PEOPLE, 'must hold at most 2,000 people; plan larger cohorts in parts'),
    history: z.array(PairingRound).default([]),
    rules: PairingRules.prefault({}),
    customScore: z
      .custom<CustomScore>(
        (value) => typeof value === 'function',
        'must be a function (a, b) => number',
      )
      .optional(),
    absences: z.array(RoundAbsence).default([]),
    pauses: z.array(RoundPause).default([]),
  }))();

const Options = /* @__PURE__ */ (() =>
  z.strictObject({
    rounds: z.int().min(1).max(1000),
    firstRound: RoundNumber.optional(),
    repairSweeps: z.int().min(0).max(100).default(8),
    exactLimit: z.int().min(0).max(14).default(10),
    exactBudget: z.int().min(0).max(100_000_000).default(500_000),
  }))();

const Arguments = /* @__PURE__ */ (() =>
  z.strictObject({ input: Input, options: Options }).superRefine(({ input, options }, context) => {
    const issue = (path: (string | number)[], message: string): void => {
      context.addIssue({ code: 'custom', path, message });
    };
    const ids = indexIds(input.participants, ['input', 'participants'], issue);
    const unknown = (path: (string | number)[], id: string): void => {
      if (!ids.has(id))
        issue(path, `names ${JSON.stringify(id)}, who is not among the participants`);
    };
    const key = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
    const never = new Set(input.rules.neverPair.map(([a, b]) => key(a, b)));
    for (const list of ['neverPair', 'mustPair'] as const)
      input.rules[list].forEach((pair, k) => {
        pair.forEach((id, side) => {
          unknown(['input', 'rules', list, k, side], id);
        });
        if (pair[0] === pair[1])
          issue(['input', 'rules', list, k], 'pairs someone with themselves');
      });
    const inMustPair = new Map<string, number>();
    input.rules.mustPair.forEach(([a, b], k) => {
      for (const id of [a, b]) {
        const earlier = inMustPair.get(id);
        if (earlier !== undefined && earlier !== k)
          issue(
            ['input', 'rules', 'mustPair', k],
            `puts ${JSON.stringify(id)} in a second must-pair (the first is mustPair[${String(earlier)}])`,
          );
        inMustPair.set(id, k);
      }
      if (never.has(key(a, b)))
        issue(['input', 'rules', 'mustPair', k], 'is also in neverPair; a pair cannot be both');
    });
    const latest = input.history.reduce((most, past) => Math.max(most, past.round), 0);
    const first = options.firstRound ?? latest + 1;
    const last = first + options.rounds - 1;
    if (input.history.length > 0 && first <= latest)
      issue(
        ['options', 'firstRound'],
        `must come after the last round in the history (${String(latest)})`,
      );
    input.absences.forEach((absence, k) => {
      unknown(['input', 'absences', k, 'id'], absence.id);
      absence.rounds.forEach((round, r) => {
        if (round < first || round > last)
          issue(
            ['input', 'absences', k, 'rounds', r],
            `is round ${String(round)}, outside the planned rounds ${String(first)}–${String(last)}`,
          );
      });
    });
    input.pauses.forEach((pause, k) => {
      unknown(['input', 'pauses', k, 'id'], pause.id);
    });
  }))();

/**
 * Plans buddy pairings over several rounds so that nobody meets the same partner twice
 * while any arrangement avoids it, with absences, pauses and odd numbers handled and every
 * repeat explained.
 *
 * A learning cluster asks members to buddy up with someone from another area between each
 * of its sessions; coffee-pairing and mentoring schemes rotate partners every few weeks.
 * Members want a new partner each time, nobody stranded by odd numbers, and their absences
 * and pauses honoured. Each round is paired as `pairParticipants` would pair it (the same
 * hard rules, soft-rule scores and odd-number policy: as many people grouped as the hard
 * rules allow), but with repeats weighed before scores: a repeat is made only where no
 * arrangement avoids it. Planning round by round can strand later rounds (three rounds
 * of six people can leave two triangles of people who have all met), so the plan looks
 * ahead in three ways. First, when planning forwards leaves repeats, repair sweeps
 * re-solve one round at a time against all the others (block coordinate descent; each
 * step an exact matching, so the plan never gets worse). Second, if repeats remain, the
 * same from a start that prefers the round-robin of the circle method (Lucas, 1883), which
 * gives n − 1 rounds free of repeats when the rules allow every pair. Third, when every
 * round has at most `exactLimit` people present, a branch-and-bound search over whole
 * schedules proves the fewest repeats. Repeats are ranked after people grouped and before
 * scores; sit-outs go to whoever has sat out fewest times, then longest ago. Each repeat
 * says why it was forced: a must-pair, someone who had met every allowed partner present,
 * a round with no fresh arrangement, or a trade-off with later rounds. Ties break by id;
 * there is no randomness. Cost: O(R · n³) for R rounds of n people (one exact matching a
 * round) when the first pass leaves no repeats; each repair sweep adds R matchings; the
 * exact search is exponential but bounded by `exactBudget`. Checking the plan costs O(R²·n)
 * a sweep, which dominates when there are more rounds than people. Limit: n people over R
 * rounds with n × R × (n + R) at most 2,000,000 (1,400 people for 1 round, 200 for 41
 * rounds, 100 for 100, 40 for 204): 1 to 3.5 s for a mixed cohort at the limit, and up to
 * 9 s when every pair scores the same.
 *
 * @param input - participants, history, rules, an optional custom score, absences and pauses.
 * @param options - how many rounds, the first round's number and how hard to look ahead.
 * @returns every round's groups, unmatched and away with reasons, the forced repeats with
 *   reasons, each person's partners and areas met, totals, and how the plan was found.
 * @throws {@link InvalidInputError} (`invalid_input`) for malformed participants, repeated
 *   ids, rules, absences or pauses naming unknown people, contradictory must- and
 *   never-pairs, absences outside the planned rounds, a first round not after the history,
 *   or a custom score that is not a finite number; and, before any planning, a plan beyond
 *   the limit above.
 *
 * @example
 * ```ts
 * const people = ['ann', 'bo', 'cal', 'dee', 'eve', 'fay'].map((id) => ({ id, displayName: id }));
 * const plan = planRounds({ participants: people }, { rounds: 5 });
 * plan.rounds[0]?.groups.map((group) => group.members.join('+'));
 * // => ['ann+bo', 'cal+dee', 'eve+fay']
 * [plan.totals.distinctPairs, plan.totals.repeats];
 * // => [15, 0]
 * plan.people[0]?.partners;
 * // => 5
 * ```
 */
export function planRounds(input: PlanRoundsInput, options: PlanRoundsOptions): PlanRoundsResult {
  const checked = parseWith(Arguments, { input, options }, { fn: FN });
  const { rules } = checked.input;
  const settings = checked.options;
  refuseOversized(checked.input.participants.length, settings.rounds);
  const latest = checked.input.history.reduce((most, past) => Math.max(most, past.round), 0);
  const first = settings.firstRound ?? latest + 1;
  const roundNumbers = Array.from({ length: settings.rounds }, (_, t) => first + t);
  const problem = compileRoundsProblem({
    participants: checked.input.participants,
    history: checked.input.history,
    rules,
    customScore: checked.input.customScore,
    roundNumbers,
    absences: checked.input.absences,
    pauses: checked.input.pauses,
  });

  const heuristic = planHeuristic(problem, settings.repairSweeps);
  let schedule: Schedule = heuristic.schedule;
  let value = heuristic.value;
  let proven = value.repeats === 0;
  let exactNodes: number | null = null;
  const largest = Math.max(0, ...roundNumbers.map((_, t) => roundPeople(problem, t).free.length));
  const warnings: string[] = [];
  if (!proven && settings.exactLimit > 0 && largest <= settings.exactLimit) {
    const exact = exactRounds(problem, heuristic, settings.exactBudget);
    exactNodes = exact.nodes;
    schedule = exact.schedule;
    value = exact.value;
    proven = exact.proven;
    if (!exact.proven)
      warnings.push(
        `the exact search stopped after ${String(exact.nodes)} groupings (options.exactBudget); the repeats may not be the fewest possible`,
      );
  }
  if (value.repeats === 0) proven = true;
  for (const [a, b] of rules.mustPair) {
    const i = problem.cohort.index.get(a) ?? 0;
    const j = problem.cohort.index.get(b) ?? 0;
    const mask = problem.scorer.broken(i, j);
    if (mask !== 0)
      warnings.push(`must-pair ${a} + ${b} is made although it breaks another hard rule`);
  }

  const described = describeRounds(problem, schedule, { proven });
  const repeats = described.rounds.flatMap((round) => round.repeats);
  const met = new Set<string>();
  let meetings = 0;
  for (const round of described.rounds)
    for (const group of round.groups)
      for (let a = 0; a < group.members.length; a += 1)
        for (let b = a + 1; b < group.members.length; b += 1) {
          meetings += 1;
          met.add(`${group.members[a] ?? ''}\u0000${group.members[b] ?? ''}`);
        }
  const sum = (pick: (round: PlannedRound) => number): number =>
    described.rounds.reduce((total, round) => total + pick(round), 0);
  const method = exactNodes !== null && proven ? 'exact' : 'heuristic';
  return {
    rounds: described.rounds,
    people: described.people,
    repeats,
    totals: {
      participants: problem.n,
      rounds: settings.rounds,
      pairs: sum((round) => round.totals.pairs),
      trios: sum((round) => round.totals.trios),
      meetings,
      distinctPairs: met.size,
      repeats: repeats.length,
      unmatched: sum((round) => round.totals.unmatched),
      away: sum((round) => round.totals.away),
      score: sum((round) => round.totals.score),
    },
    optimality: {
      method,
      proven,
      start: heuristic.start,
      repairSweeps: heuristic.sweeps,
      repairs: heuristic.improvements,
      roundsSolved: heuristic.matchings,
      exactNodes,
      note: describeMethod(method, value.repeats, heuristic, exactNodes),
    },
    asHistory: described.rounds.map((round) => ({
      round: round.round,
      groups: round.groups.map((group) => [...group.members]),
      satOut: round.unmatched.filter((u) => u.reason === 'sat_out').map((u) => u.id),
    })),
    warnings,
  };
}

function describeMethod(
  method: 'exact' | 'heuristic',
  repeats: number,
  heuristic: { start: 'greedy' | 'round-robin'; improvements: number },
  exactNodes: number | null,
): string {
  const how = [
    heuristic.start === 'round-robin' ? 'from a round-robin start' : 'round by round',
    heuristic.improvements > 0
      ? `with ${String(heuristic.improvements)} round${heuristic.improvements === 1 ? '' : 's'} re-solved by repair sweeps`
      : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
  const times = repeats === 1 ? '1 repeat meeting' : `${String(repeats)} repeat meetings`;
  if (repeats === 0) return `no pair meets twice; planned ${how}`;
  if (method === 'exact')
    return `${times}, proven the fewest possible by an exact search over ${exactNodes === 1 ? '1 grouping' : `${String(exactNodes)} groupings`}`;
  return `${times} after planning ${how}; not proven the fewest possible${
    exactNodes === null
      ? ' (the rounds are larger than options.exactLimit)'
      : ' (the exact search stopped at options.exactBudget)'
  }`;
}
