import { z } from 'zod';
import { indexIds } from '../internal/indexIds.js';
import { sizeLimitError, withCommas } from '../internal/sizeLimit.js';
import { parseWith } from '../core/validation.js';
import { buildCandidates, SCORE_SCALE, type CandidateGraph } from './candidates/buildCandidates.js';
import {
  compileCohort,
  HARD_RULES,
  type Cohort,
  type HardRule,
} from './candidates/compileCohort.js';
import {
  pairScorer,
  type CustomScore,
  type PairScorer,
  type ScoreParts,
} from './candidates/pairScorer.js';
import { describeGroup } from './candidates/describeGroup.js';
import { solveCandidates } from './candidates/solveCandidates.js';
import {
  describeStability,
  rankingLists,
  solveStable,
  type PairingStability,
} from './candidates/stablePairing.js';
import { PairingRules } from './pairingRules.js';
import {
  PairingParticipant,
  PairingRound,
  type PairingParticipantInput,
  type PairingRoundInput,
} from './participant.js';

export type { CustomScore, ScoreParts } from './candidates/pairScorer.js';
export type { HardRule } from './candidates/compileCohort.js';
export type { PairingStability } from './candidates/stablePairing.js';

/** What {@link pairParticipants} takes. */
export interface PairParticipantsInput {
  /** The people to pair; ids must differ. */
  readonly participants: readonly PairingParticipantInput[];
  /** Earlier rounds, for repeats, novelty and who sat out (default none). */
  readonly history?: readonly PairingRoundInput[];
  /** The number of the round being planned (default: one after the last in `history`, or 1). */
  readonly round?: number;
  /** The hard rules, soft-rule weights and odd-number policy (see {@link PairingRules}). */
  readonly rules?: z.input<typeof PairingRules>;
  /** Your own score for a pair, weighted by `rules.weights.custom`; must be pure and finite. */
  readonly customScore?: CustomScore;
  /**
   * Rankings, when participants rank each other: participant id → the ids they would
   * accept, most wanted first (ties not supported). With rankings, a stable pairing is
   * sought first (Irving's algorithm); see {@link pairParticipants}.
   */
  readonly preferences?: Readonly<Record<string, readonly string[]>>;
}

/** A pair or trio made, with its score and why. */
export interface PairingGroup {
  /** Pair or trio. */
  readonly kind: 'pair' | 'trio';
  /** The participants' ids, in id order. */
  readonly members: readonly string[];
  /** The group's score: the sum over its pairs of each soft rule's weighted part. */
  readonly score: number;
  /** Each soft rule's part of the score (summed over the trio's three pairs). */
  readonly parts: ScoreParts;
  /** Whether every member comes from a different area (unknown areas count as different). */
  readonly crossArea: boolean;
  /** Whether any two members were grouped in an earlier round. */
  readonly repeat: boolean;
  /** Why the group was made, in plain words, one line per rule that mattered. */
  readonly reasons: readonly string[];
  /**
   * How it was made: by the matching, by a must-pair rule, by the stable matching of the
   * rankings, or by joining the odd person out to a pair.
   */
  readonly madeBy: 'matching' | 'must-pair' | 'stable-matching' | 'odd-person-trio';
}

/** Why a participant was left without a partner. */
export type UnmatchedReason = 'no_candidate' | 'sat_out' | 'no_partner_left' | 'no_trio_fits';

/** A participant left without a partner, and why. */
export interface UnmatchedParticipant {
  /** The participant's id. */
  readonly id: string;
  /** The kind of reason. */
  readonly reason: UnmatchedReason;
  /** The reason in plain words. */
  readonly message: string;
  /** How many partners the hard rules allowed them. */
  readonly candidates: number;
}

/** Someone the hard rules left with no possible partner, and what each rule removed. */
export interface InfeasibleParticipant {
  /** The participant's id. */
  readonly id: string;
  /** How many others there were to pair with. */
  readonly others: number;
  /**
   * How many of them each hard rule removes on its own (rules overlap, so these can add up
   * to more than `others`).
   */
  readonly removedBy: Readonly<Record<HardRule, number>>;
}

/** Totals of a pairing. */
export interface PairingTotals {
  /** Participants given. */
  readonly participants: number;
  /** Participants in a pair or trio. */
  readonly grouped: number;
  /** Pairs made. */
  readonly pairs: number;
  /** Trios made. */
  readonly trios: number;
  /** Participants left without a partner. */
  readonly unmatched: number;
  /** The sum of the groups' scores. */
  readonly score: number;
  /** The share of groups whose members all come from different areas. */
  readonly crossAreaShare: number;
  /** Groups that repeat an earlier grouping. */
  readonly repeats: number;
  /** Pairs considered, pairs the hard rules allowed, and how many each rule removed on its own. */
  readonly pairsConsidered: number;
  /** Pairs the hard rules allowed. */
  readonly pairsAllowed: number;
  /** How many pairs each hard rule removed on its own. */
  readonly ruledOut: Readonly<Record<HardRule, number>>;
}

/** How the matching was solved and how close to optimal it is known to be. */
export interface PairingOptimality {
  /** `exact`: every allowed pair was a candidate; `sparse`: each person's best few only. */
  readonly method: 'exact' | 'sparse';
  /**
   * Whether the pairs are proven optimal: as many people paired as any arrangement allows,
   * then the highest total score, among all allowed pairs. True in exact mode (a trio made
   * from the odd person out does not change this); false in sparse mode, and false when a
   * stable pairing of the rankings was chosen over the optimal one.
   */
  readonly proven: boolean;
  /** In sparse mode, the length of each person's candidate lists (see `rules.candidatesPerPerson`). */
  readonly candidatesPerPerson?: number;
  /**
   * The matching's own value: how many pairs it made and their total score, before a trio
   * is formed from the odd person out. This is what is maximised (pairs first, then score).
   */
  readonly objective: {
    /** The number of pairs the matching made. */
    readonly pairs: number;
    /** Their total score. */
    readonly score: number;
  };
  /**
   * An upper bound on the best possible `objective.score` (must-pairs at their own score,
   * plus each other person's best allowed score, summed and halved), and how far below it
   * the result is, as a share. `objective.score` never exceeds `upper`.
   */
  readonly bound: {
    /**
     * The must-pairs' scores, plus each other person's best allowed score summed over
     * everyone with an allowed partner and halved.
     */
    readonly upper: number;
    /**
     * `(upper − objective.score) / upper`: 0 when the result meets the bound, 0.1 when 10%
     * below it.
     */
    readonly gap: number;
  };
}

/** What {@link pairParticipants} returns: every participant is in a group or in `unmatched`. */
export interface PairingResult {
  /** The round planned. */
  readonly round: number;
  /** The pairs and trios, ordered by their first member's id. */
  readonly groups: readonly PairingGroup[];
  /** Participants without a partner, each with the reason. */
  readonly unmatched: readonly UnmatchedParticipant[];
  /** Participants the hard rules left with no possible partner, with what each rule removed. */
  readonly infeasible: readonly InfeasibleParticipant[];
  /** Totals. */
  readonly totals: PairingTotals;
  /** How the result was solved and how close to optimal it is. */
  readonly optimality: PairingOptimality;
  /** Things to know: must-pairs made against another hard rule, say. */
  readonly warnings: readonly string[];
  /** With `preferences`: whether the pairs are stable, and if none could be, why. */
  readonly stability?: PairingStability;
}

const Input = /* @__PURE__ */ (() =>
  z
    .strictObject({
      participants: z.array(PairingParticipant),
      history: z.array(PairingRound).default([]),
      round: z.int().min(0).optional(),
      rules: PairingRules.prefault({}),
      customScore: z
        .custom<CustomScore>(
          (value) => typeof value === 'function',
          'must be a function (a, b) => number',
        )
        .optional(),
      preferences: z.record(z.string(), z.array(z.string())).optional(),
    })
    .superRefine((input, context) => {
      const issue = (path: (string | number)[], message: string): void => {
        context.addIssue({ code: 'custom', path, message });
      };
      const ids = indexIds(input.participants, ['participants'], issue);
      for (const [owner, list] of Object.entries(input.preferences ?? {})) {
        if (!ids.has(owner))
          issue(['preferences', owner], 'ranks for someone who is not among the participants');
        const seen = new Set<string>();
        list.forEach((id, k) => {
          if (!ids.has(id))
            issue(
              ['preferences', owner, k],
              `names ${JSON.stringify(id)}, who is not among the participants`,
            );
          else if (id === owner) issue(['preferences', owner, k], 'ranks the person themselves');
          else if (seen.has(id))
            issue(['preferences', owner, k], `ranks ${JSON.stringify(id)} twice; rank each once`);
          seen.add(id);
        });
      }
      const latest = input.history.reduce(
        (most, past) => Math.max(most, past.round),
        Number.NEGATIVE_INFINITY,
      );
      if (input.round !== undefined && input.round <= latest) {
        issue(['round'], `must come after the last round in history (${String(latest)})`);
      }
      const never = new Set(
        input.rules.neverPair.map(([a, b]) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)),
      );
      for (const list of ['neverPair', 'mustPair'] as const) {
        input.rules[list].forEach((pair, k) => {
          pair.forEach((id, side) => {
            if (!ids.has(id))
              issue(
                ['rules', list, k, side],
                `names ${JSON.stringify(id)}, who is not among the participants`,
              );
          });
          if (pair[0] === pair[1]) issue(['rules', list, k], 'pairs someone with themselves');
        });
      }
      const inMustPair = new Map<string, number>();
      input.rules.mustPair.forEach(([a, b], k) => {
        for (const id of [a, b]) {
          const earlier = inMustPair.get(id);
          if (earlier !== undefined && earlier !== k)
            issue(
              ['rules', 'mustPair', k],
              `puts ${JSON.stringify(id)} in a second must-pair (the first is mustPair[${String(earlier)}])`,
            );
          inMustPair.set(id, k);
        }
        if (never.has(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`))
          issue(['rules', 'mustPair', k], `is also in neverPair; a pair cannot be both`);
      });
    }))();

/** The most participants: at 10,000 the sparse mode takes 6 to 11 s (every pair is checked). */
const MAX_PARTICIPANTS = 10_000;
/** The most people matched exactly: 3,000 have 4.5 million pairs, near maxWeightMatching's 5 million edges. */
const MAX_EXACT = 3000;
/** The most candidate list entries in sparse mode (candidatesPerPerson × people). */
const MAX_CANDIDATE_ENTRIES = 500_000;

/**
 * Refuses, before any pair is checked, a cohort whose pairing would take minutes or build
 * a candidate graph larger than {@link maxWeightMatching} accepts.
 */
function refuseOversized(n: number, free: number, rules: PairingRules): void {
  const fn = 'pairParticipants';
  if (n > MAX_PARTICIPANTS) {
    throw sizeLimitError(
      fn,
      ['participants'],
      'input',
      `has ${withCommas(n)} people; at most ${withCommas(MAX_PARTICIPANTS)} are paired at once (every pair is checked, so the cost grows with the square of the cohort), so pair each region or area on its own`,
    );
  }
  if (free <= rules.exactLimit && free > MAX_EXACT) {
    throw sizeLimitError(
      fn,
      ['rules', 'exactLimit'],
      'input',
      `is ${withCommas(rules.exactLimit)}, which asks for an exact pairing of ${withCommas(free)} people; exact matching takes at most ${withCommas(MAX_EXACT)}, so set exactLimit to ${withCommas(MAX_EXACT)} or less and the cohort is paired in sparse mode, with a bound on the gap`,
    );
  }
  if (free > rules.exactLimit && rules.candidatesPerPerson * free > MAX_CANDIDATE_ENTRIES) {
    throw sizeLimitError(
      fn,
      ['rules', 'candidatesPerPerson'],
      'input',
      `is ${withCommas(rules.candidatesPerPerson)} for ${withCommas(free)} people; candidatesPerPerson × people may be at most ${withCommas(MAX_CANDIDATE_ENTRIES)}, so use at most ${withCommas(Math.floor(MAX_CANDIDATE_ENTRIES / free))} here`,
    );
  }
}

/**
 * Pairs participants as buddies by hard and soft rules: as many people paired as any
 * arrangement allows, then the best total score, each pair explained.
 *
 * Learning clusters ask members to buddy up with someone from another area between
 * sessions; schemes pair experienced members with new ones. Greedy or random pairing
 * strands people when areas are unequal; this solves the pairing exactly as a
 * maximum-cardinality, maximum-weight matching ({@link maxWeightMatching}) over every pair
 * the hard rules allow (different area or organisation, never- and must-pairs, shared
 * availability or language, no recent repeats). Soft rules score the allowed pairs: topic
 * overlap, experience mix, novelty since a pair last met, and your own score. An odd person
 * out joins the pair they fit best (a trio) or sits out (whoever sat out longest ago). Each
 * group says why it was made and how each rule scored it; each person left out says why;
 * people the hard rules leave with no possible partner are listed with what each rule
 * removed. Ties break by participant id, so the same input gives the same pairing.
 *
 * When participants rank each other (`preferences`), a stable pairing is sought first with
 * Irving's stable roommates algorithm (R. W. Irving, "An efficient algorithm for the stable
 * roommates problem", Journal of Algorithms 6 (1985) 577–595), over the pairs both ranked
 * and the hard rules allow: no two people would both rather be with each other. The people
 * it leaves out are then paired optimally among themselves. When no stable pairing exists,
 * `stability.oddParty` names the odd cycle that proves it (Tan 1991) and the optimal
 * pairing is used instead, with its blocking pairs listed. O(n²) more for complete rankings.
 * Cost: O(n²) to check and score pairs plus the matching, O(n³) at worst; above
 * `rules.exactLimit` people a sparse candidate graph (each person's best few partners by
 * score, their best leaving experience mix aside, and a fixed random spread) keeps the
 * matching near O(n·k), flagged as not proven optimal with a bound on the gap. Limits: at
 * most 10,000 participants (sparse, 6 to 11 s: every pair is still checked); exact matching
 * for at most 3,000 people (about 5 s for a mixed cohort, but up to 90 s when every pair
 * scores the same, as with no areas or topics given); sparse lists with
 * candidatesPerPerson × people at most 500,000.
 *
 * @param input - participants, history, the round, rules and an optional custom score.
 * @returns the groups, the unmatched with reasons, the infeasible, totals and optimality.
 * @throws {@link InvalidInputError} (`invalid_input`) for malformed participants, repeated
 *   ids, rules naming unknown people, contradictory must- and never-pairs, a round not after
 *   the history, or a custom score that is not a finite number; and, before any pairing,
 *   a cohort beyond the limits above.
 *
 * @example
 * ```ts
 * const result = pairParticipants({
 *   participants: [
 *     { id: 'ama', displayName: 'Ama', area: 'North', experience: 'experienced', topics: ['housing'] },
 *     { id: 'ben', displayName: 'Ben', area: 'North', experience: 'new', topics: ['housing'] },
 *     { id: 'cy', displayName: 'Cy', area: 'South', experience: 'new', topics: ['housing'] },
 *     { id: 'dee', displayName: 'Dee', area: 'South', experience: 'experienced', topics: ['youth'] },
 *   ],
 * });
 * result.groups.map((group) => group.members.join(' + '));
 * // => ['ama + cy', 'ben + dee']
 * result.groups[0]?.reasons;
 * // => ['different areas: North, South', 'both interested in housing', 'experienced Ama with new Cy', 'never paired before']
 *
 * // Ranked choices: a stable pairing, when one exists, is preferred to the best score.
 * const ranked = pairParticipants({
 *   participants: ['a', 'b', 'c', 'd'].map((id) => ({ id, displayName: id.toUpperCase() })),
 *   preferences: { a: ['b', 'c'], b: ['a', 'd'], c: ['d', 'a'], d: ['c', 'b'] },
 * });
 * ranked.groups.map((group) => `${group.members.join(' + ')} (${group.madeBy})`);
 * // => ['a + b (stable-matching)', 'c + d (stable-matching)']
 * ranked.stability?.stable;
 * // => true
 * ```
 */
export function pairParticipants(input: PairParticipantsInput): PairingResult {
  const fn = 'pairParticipants';
  const checked = parseWith(Input, input, { fn, root: 'input' });
  const { rules } = checked;
  refuseOversized(
    checked.participants.length,
    checked.participants.length - 2 * rules.mustPair.length,
    rules,
  );
  const latest = checked.history.reduce((most, past) => Math.max(most, past.round), 0);
  const round = checked.round ?? latest + 1;
  const cohort = compileCohort(checked.participants, checked.history, rules, round);
  const scorer = pairScorer(cohort, rules, checked.customScore);
  const { n } = cohort;
  const warnings: string[] = [];

  // Must-pairs first: they are placed before anyone else is matched.
  const placed = new Uint8Array(n);
  const forced: [number, number][] = [];
  for (const [a, b] of rules.mustPair) {
    const i = cohort.index.get(a) ?? 0;
    const j = cohort.index.get(b) ?? 0;
    placed[i] = 1;
    placed[j] = 1;
    forced.push(i < j ? [i, j] : [j, i]);
    const broken = brokenRules(scorer.broken(i, j));
    if (broken.length > 0)
      warnings.push(`must-pair ${a} + ${b} was made although it breaks: ${broken.join(', ')}`);
  }

  const free = n - 2 * forced.length;
  const sparse = free > rules.exactLimit ? rules.candidatesPerPerson : 0;
  const graph = buildCandidates(cohort, scorer, rules, placed, sparse);

  // With rankings, a stable matching comes first; the optimal pairing is the fallback.
  const lists =
    checked.preferences === undefined
      ? null
      : rankingLists(cohort, scorer, checked.preferences, placed);
  const stable = lists === null ? null : solveStable(lists);
  const stablePairs = new Uint8Array(n);
  let mate: Int32Array;
  if (stable !== null && 'mate' in stable) {
    mate = pairTheRest(cohort, scorer, rules, placed, stable.mate, sparse);
    stable.mate.forEach((partner, i) => {
      if (partner !== -1) stablePairs[i] = 1;
    });
  } else {
    mate = solveCandidates(n, graph);
  }

  // An odd person out: choose who sits out, or join them to a pair as a trio.
  const waiting = (m: Int32Array): number[] =>
    range(n).filter(
      (i) => placed[i] === 0 && (m[i] as number) === -1 && (graph.candidates[i] as number) > 0,
    );
  let satOut: number | null = null;
  let trio: { person: number; pair: [number, number] } | null = null;
  const left = waiting(mate);
  if (left.length > 0 && rules.oddPolicy === 'sit-out' && stablePairs.includes(1)) {
    // Stable pairs stay as they are: whoever waits and sat out longest ago sits out.
    satOut =
      [...left].sort(
        (a, b) => (cohort.lastSatOut[a] as number) - (cohort.lastSatOut[b] as number) || a - b,
      )[0] ?? null;
  } else if (left.length > 0 && rules.oddPolicy === 'sit-out') {
    const chosen = chooseSitOut(cohort, graph, mate, placed);
    mate = chosen.mate;
    satOut = chosen.person;
  } else if (left.length > 0) {
    trio = joinTrio(cohort, scorer, mate, left);
  }

  const result = describe({
    cohort,
    scorer,
    graph,
    mate,
    forced,
    trio,
    satOut,
    placed,
    stablePairs,
    round,
    rules,
    warnings,
  });
  if (lists === null || stable === null) return result;
  const pairsOnly = Int32Array.from(mate);
  if (trio !== null) pairsOnly[trio.person] = -1;
  return {
    ...result,
    stability: describeStability(
      cohort,
      lists,
      pairsOnly,
      'oddParty' in stable ? stable.oddParty : null,
    ),
  };
}

/**
 * Keeps the stable pairs and pairs the people they leave out optimally among themselves.
 * This cannot create a blocking pair: someone the stable matching leaves out is ranked below
 * their current partner by everyone they ranked, and a partner they did not rank counts as no
 * partner at all.
 */
function pairTheRest(
  cohort: Cohort,
  scorer: PairScorer,
  rules: PairingRules,
  placed: Uint8Array,
  stableMate: Int32Array,
  sparse: number,
): Int32Array {
  const taken = Uint8Array.from(placed);
  stableMate.forEach((partner, i) => {
    if (partner !== -1) taken[i] = 1;
  });
  const rest = solveCandidates(
    cohort.n,
    buildCandidates(cohort, scorer, rules, taken, sparse > 0 ? sparse : 0),
  );
  return rest.map((partner, i) => (stableMate[i] === -1 ? partner : (stableMate[i] as number)));
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function brokenRules(mask: number): HardRule[] {
  return HARD_RULES.filter((_, r) => (mask & (1 << r)) !== 0);
}

function cardinality(mate: Int32Array): number {
  let matched = 0;
  for (const partner of mate) if (partner !== -1) matched += 1;
  return matched / 2;
}

/**
 * Picks who sits out: the waiting-to-be-paired person whose last sit-out is longest ago
 * (never counts as longest; ties by id) among those whose sitting out still leaves as many
 * pairs as possible. Usually the first one tried works; at most a few are tried.
 */
function chooseSitOut(
  cohort: Cohort,
  graph: CandidateGraph,
  mate: Int32Array,
  placed: Uint8Array,
): { mate: Int32Array; person: number } {
  const most = cardinality(mate);
  const order = range(cohort.n)
    .filter((i) => placed[i] === 0 && (graph.candidates[i] as number) > 0)
    .sort((a, b) => (cohort.lastSatOut[a] as number) - (cohort.lastSatOut[b] as number) || a - b);
  for (const person of order.slice(0, 8)) {
    if ((mate[person] as number) === -1) return { mate, person };
    const without = solveCandidates(cohort.n, graph, person);
    if (cardinality(without) === most) return { mate: without, person };
  }
  const fallback =
    range(cohort.n).find(
      (i) => placed[i] === 0 && (mate[i] as number) === -1 && (graph.candidates[i] as number) > 0,
    ) ?? -1;
  return { mate, person: fallback };
}

/** Joins the first waiting person to the pair whose two members they fit best with, if any allows them. */
function joinTrio(
  cohort: Cohort,
  scorer: PairScorer,
  mate: Int32Array,
  waiting: readonly number[],
): { person: number; pair: [number, number] } | null {
  const person = waiting[0];
  if (person === undefined) return null;
  let best: { pair: [number, number]; score: number } | null = null;
  for (let a = 0; a < cohort.n; a += 1) {
    const b = mate[a] as number;
    if (b === -1 || b < a) continue;
    if (scorer.broken(person, a) !== 0 || scorer.broken(person, b) !== 0) continue;
    const score = scorer.score(person, a) + scorer.score(person, b);
    if (best === null || score > best.score) best = { pair: [a, b], score };
  }
  return best === null ? null : { person, pair: best.pair };
}

interface Outcome {
  readonly cohort: Cohort;
  readonly scorer: PairScorer;
  readonly graph: CandidateGraph;
  readonly mate: Int32Array;
  readonly forced: readonly [number, number][];
  readonly trio: { person: number; pair: [number, number] } | null;
  readonly satOut: number | null;
  readonly placed: Uint8Array;
  /** 1 for people paired by the stable matching of the rankings. */
  readonly stablePairs: Uint8Array;
  readonly round: number;
  readonly rules: PairingRules;
  readonly warnings: string[];
}

function describe(outcome: Outcome): PairingResult {
  const { cohort, scorer, graph, mate, forced, trio, satOut, placed, round, rules, warnings } =
    outcome;
  const { n, people } = cohort;
  const idOf = (i: number): string => people[i]?.id ?? '';

  const memberLists: { members: number[]; madeBy: PairingGroup['madeBy'] }[] = forced.map(
    ([a, b]) => ({ members: [a, b], madeBy: 'must-pair' }),
  );
  for (let a = 0; a < n; a += 1) {
    const b = mate[a] as number;
    if (b === -1 || b < a) continue;
    if (trio !== null && trio.pair[0] === a && trio.pair[1] === b) {
      memberLists.push({
        members: [a, b, trio.person].sort((x, y) => x - y),
        madeBy: 'odd-person-trio',
      });
    } else {
      memberLists.push({
        members: [a, b],
        madeBy: outcome.stablePairs[a] === 1 ? 'stable-matching' : 'matching',
      });
    }
  }
  memberLists.sort((x, y) => (x.members[0] ?? 0) - (y.members[0] ?? 0));
  const groups = memberLists.map(({ members, madeBy }) =>
    describeGroup(
      cohort,
      scorer,
      members,
      madeBy,
      {
        roundsAgo: (i, j) => scorer.metRoundsAgo(i, j),
        novelty: (i, j) => scorer.parts(i, j).novelty,
      },
      'a trio: the odd person out joined the pair they fit best',
    ),
  );

  const grouped = new Uint8Array(n);
  for (const { members } of memberLists) for (const i of members) grouped[i] = 1;
  const infeasible: InfeasibleParticipant[] = [];
  const unmatched: UnmatchedParticipant[] = [];
  for (let i = 0; i < n; i += 1) {
    if (grouped[i] === 1) continue;
    const candidates = graph.candidates[i] as number;
    const id = idOf(i);
    if (candidates === 0) {
      const others = n - 1 - 2 * outcome.forced.length + (placed[i] === 1 ? 2 : 0);
      const removedBy = Object.fromEntries(
        HARD_RULES.map((rule, r) => [rule, graph.removedFor[i * HARD_RULES.length + r] as number]),
      ) as Record<HardRule, number>;
      infeasible.push({ id, others, removedBy });
      const named = HARD_RULES.filter((rule) => removedBy[rule] > 0).map(
        (rule) => `${RULE_WORDS[rule]} removes ${String(removedBy[rule])}`,
      );
      unmatched.push({
        id,
        reason: 'no_candidate',
        candidates,
        message: `the hard rules leave no possible partner among ${String(others)} others (${named.join('; ') || 'nobody else is free'})`,
      });
    } else if (i === satOut) {
      const last = cohort.lastSatOut[i] as number;
      const when =
        last === Number.NEGATIVE_INFINITY
          ? 'has not sat out before'
          : `last sat out in round ${String(last)}`;
      unmatched.push({
        id,
        reason: 'sat_out',
        candidates,
        message: `sits out this round to leave an even number: of those who could sit out, ${id} ${when}`,
      });
    } else if (trio !== null || rules.oddPolicy === 'trio') {
      const reason: UnmatchedReason =
        trio === null && rules.oddPolicy === 'trio' && isFirstWaiting(i, outcome)
          ? 'no_trio_fits'
          : 'no_partner_left';
      unmatched.push({
        id,
        reason,
        candidates,
        message:
          reason === 'no_trio_fits'
            ? `is the odd one out, and no pair has two members both allowed to partner ${id}`
            : partnersTaken(candidates),
      });
    } else {
      unmatched.push({
        id,
        reason: 'no_partner_left',
        candidates,
        message: partnersTaken(candidates),
      });
    }
  }

  const score = groups.reduce((sum, group) => sum + group.score, 0);
  const pairsScore = matchingScore(scorer, mate);
  // Must-pairs count in the objective, so they count in the bound too (at their own score,
  // since they are fixed): the bound is then comparable with objective.score.
  const mustScore = forcedScore(scorer, forced);
  let upper = mustScore;
  for (let i = 0; i < n; i += 1)
    if (Number.isFinite(graph.best[i])) upper += (graph.best[i] as number) / 2;
  const totals: PairingTotals = {
    participants: n,
    grouped: memberLists.reduce((sum, group) => sum + group.members.length, 0),
    pairs: groups.filter((group) => group.kind === 'pair').length,
    trios: groups.filter((group) => group.kind === 'trio').length,
    unmatched: unmatched.length,
    score,
    crossAreaShare:
      groups.length === 0 ? 0 : groups.filter((group) => group.crossArea).length / groups.length,
    repeats: groups.filter((group) => group.repeat).length,
    pairsConsidered: graph.consideredPairs,
    pairsAllowed: graph.allowedPairs,
    ruledOut: graph.removed,
  };
  return {
    round,
    groups,
    unmatched,
    infeasible,
    totals,
    optimality: {
      method: graph.complete ? 'exact' : 'sparse',
      proven: graph.complete && !outcome.stablePairs.includes(1),
      ...(graph.complete ? {} : { candidatesPerPerson: rules.candidatesPerPerson }),
      objective: {
        pairs: cardinality(mate) + forced.length,
        score: pairsScore + mustScore,
      },
      bound: {
        upper,
        gap: upper <= 0 ? 0 : Math.max(0, (upper - pairsScore - mustScore) / upper),
      },
    },
    warnings,
  };
}

function partnersTaken(candidates: number): string {
  const who =
    candidates === 1
      ? 'the one possible partner is'
      : `all ${String(candidates)} possible partners are`;
  return `${who} paired with someone else, and no arrangement pairs more people`;
}

function forcedScore(scorer: PairScorer, forced: readonly [number, number][]): number {
  return forced.reduce(
    (sum, [a, b]) => sum + Math.round(scorer.score(a, b) * SCORE_SCALE) / SCORE_SCALE,
    0,
  );
}

function isFirstWaiting(i: number, outcome: Outcome): boolean {
  for (let j = 0; j < outcome.cohort.n; j += 1) {
    if (
      outcome.placed[j] === 0 &&
      (outcome.mate[j] as number) === -1 &&
      (outcome.graph.candidates[j] as number) > 0
    )
      return j === i;
  }
  return false;
}

function matchingScore(scorer: PairScorer, mate: Int32Array): number {
  let total = 0;
  for (let a = 0; a < mate.length; a += 1) {
    const b = mate[a] as number;
    if (b > a) total += Math.round(scorer.score(a, b) * SCORE_SCALE) / SCORE_SCALE;
  }
  return total;
}

const RULE_WORDS: Readonly<Record<HardRule, string>> = {
  area: 'same area',
  organisation: 'same organisation',
  neverPair: 'never-pair list',
  availability: 'no shared availability',
  language: 'no shared language',
  recentRepeat: 'met too recently',
};
