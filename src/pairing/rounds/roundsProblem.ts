import { InvalidInputError } from '../../core/InvalidInputError.js';
import { compileCohort, pairKey, type Cohort } from '../candidates/compileCohort.js';
import { pairScorer, type CustomScore, type PairScorer } from '../candidates/pairScorer.js';
import type { PairingRules } from '../pairingRules.js';
import type { PairingParticipant, PairingRound } from '../participant.js';

/** Why someone takes no part in a planned round. */
export type AbsenceKind = 'absent' | 'paused';

/** A plan over several rounds, compiled into flat arrays indexed like the cohort (ids sorted). */
export interface RoundsProblem {
  readonly n: number;
  readonly cohort: Cohort;
  /** Scores and checks pairs as if nobody had met: novelty is added per round by the planner. */
  readonly scorer: PairScorer;
  readonly rules: PairingRules;
  /** The planned rounds' numbers, in order. */
  readonly roundNumbers: readonly number[];
  /** Per planned round and person: why they are away, or null when present. */
  readonly away: readonly (readonly (AbsenceKind | null)[])[];
  /** Whether the static hard rules (all but recent repeats) allow the pair: 1 or 0, n × n. */
  readonly allowed: Uint8Array;
  /** Each allowed pair's score without novelty (topics, experience mix, custom), n × n. */
  readonly base: Float64Array;
  /** Each person's must-pair partner, or −1. */
  readonly mustPartner: Int32Array;
  /** Rounds each pair met in before the plan, keyed by `pairKey`, ascending. */
  readonly historyMet: ReadonlyMap<number, readonly number[]>;
  /** Per person: sit-outs before the plan, and the last round they sat out (−Infinity for never). */
  readonly historySitOuts: Int32Array;
  readonly historyLastSitOut: Float64Array;
}

/**
 * Compiles participants, history, rules and absences. Cost: O(n² + history): every pair is
 * checked and scored once, so the custom score is called once per allowed pair.
 */
export function compileRoundsProblem(options: {
  readonly participants: readonly PairingParticipant[];
  readonly history: readonly PairingRound[];
  readonly rules: PairingRules;
  readonly customScore: CustomScore | undefined;
  readonly roundNumbers: readonly number[];
  readonly absences: readonly { readonly id: string; readonly rounds: readonly number[] }[];
  readonly pauses: readonly {
    readonly id: string;
    readonly from: number;
    readonly to?: number | undefined;
  }[];
}): RoundsProblem {
  const { rules, roundNumbers } = options;
  // Static rules only: recent repeats are the planner's business, round by round.
  const staticRules: PairingRules = { ...rules, noRepeatWithin: 0 };
  const cohort = compileCohort(options.participants, [], staticRules, roundNumbers[0] ?? 1);
  const scorer = pairScorer(cohort, staticRules, options.customScore);
  const { n } = cohort;
  const allowed = new Uint8Array(n * n);
  const base = new Float64Array(n * n);
  const novelty = rules.weights.novelty;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      if (scorer.broken(i, j) !== 0) continue;
      const raw = scorer.score(i, j);
      if (!Number.isFinite(raw)) throw badCustomScore(cohort, i, j, raw);
      allowed[i * n + j] = 1;
      allowed[j * n + i] = 1;
      base[i * n + j] = raw - novelty;
      base[j * n + i] = raw - novelty;
    }
  }
  const mustPartner = new Int32Array(n).fill(-1);
  for (const [a, b] of rules.mustPair) {
    const i = cohort.index.get(a) ?? -1;
    const j = cohort.index.get(b) ?? -1;
    if (i >= 0 && j >= 0) {
      mustPartner[i] = j;
      mustPartner[j] = i;
    }
  }

  const away = roundNumbers.map(() => new Array<AbsenceKind | null>(n).fill(null));
  const position = new Map(roundNumbers.map((round, t) => [round, t]));
  for (const { id, from, to } of options.pauses) {
    const i = cohort.index.get(id) ?? -1;
    roundNumbers.forEach((round, t) => {
      if (i >= 0 && round >= from && (to === undefined || round <= to))
        (away[t] ?? [])[i] = 'paused';
    });
  }
  for (const { id, rounds } of options.absences) {
    const i = cohort.index.get(id) ?? -1;
    for (const round of rounds) {
      const t = position.get(round);
      if (i >= 0 && t !== undefined) (away[t] ?? [])[i] = 'absent';
    }
  }

  const historyMet = new Map<number, number[]>();
  const historySitOuts = new Int32Array(n);
  const historyLastSitOut = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  for (const past of [...options.history].sort((a, b) => a.round - b.round)) {
    for (const group of past.groups) {
      const members = group
        .map((id) => cohort.index.get(id))
        .filter((i): i is number => i !== undefined);
      for (let a = 0; a < members.length; a += 1)
        for (let b = a + 1; b < members.length; b += 1) {
          const key = pairKey(n, members[a] as number, members[b] as number);
          const list = historyMet.get(key);
          if (list === undefined) historyMet.set(key, [past.round]);
          else if (list[list.length - 1] !== past.round) list.push(past.round);
        }
    }
    for (const id of past.satOut) {
      const i = cohort.index.get(id);
      if (i === undefined) continue;
      historySitOuts[i] = (historySitOuts[i] as number) + 1;
      historyLastSitOut[i] = Math.max(historyLastSitOut[i] as number, past.round);
    }
  }

  return {
    n,
    cohort,
    scorer,
    rules,
    roundNumbers,
    away,
    allowed,
    base,
    mustPartner,
    historyMet,
    historySitOuts,
    historyLastSitOut,
  };
}

function badCustomScore(cohort: Cohort, i: number, j: number, value: number): InvalidInputError {
  const a = cohort.people[i]?.id ?? '';
  const b = cohort.people[j]?.id ?? '';
  return new InvalidInputError('planRounds', [
    {
      path: ['customScore'],
      pathText: 'input.customScore',
      code: 'invalid_score',
      message: `returned ${String(value)} for ${JSON.stringify(a)} and ${JSON.stringify(b)}; it must return a finite number`,
    },
  ]);
}
