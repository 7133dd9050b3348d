import { InvalidInputError } from '../../core/InvalidInputError.js';
import { SCORE_SCALE } from '../candidates/buildCandidates.js';
import { compileCohort, type Cohort } from '../candidates/compileCohort.js';
import { pairScorer, RULE_BIT, type PairScorer } from '../candidates/pairScorer.js';
import { PairingRules } from '../pairingRules.js';
import type { PairingParticipant } from '../participant.js';
import type { Mentee } from './mentee.js';
import type { Mentor } from './mentor.js';
import type { MentoringRules } from './mentoringRules.js';

/** A hard rule a mentor–mentee pair can break. */
export type MentoringHardRule = 'area' | 'organisation' | 'neverPair' | 'availability' | 'language';

/**
 * The hard rules a mentor–mentee pair can break, in the order they are reported: the buddy
 * pairing's hard rules without `recentRepeat` (a pair's mask uses the pairing's RULE_BIT).
 */
export const MENTORING_HARD_RULES: readonly MentoringHardRule[] = [
  'area',
  'organisation',
  'neverPair',
  'availability',
  'language',
];

/** A score for a mentee–mentor pair from the app, for the `custom` soft rule. */
export type MentoringCustomScore = (mentee: Mentee, mentor: Mentor) => number;

/** A pair's soft-rule parts, each already multiplied by its weight. */
export interface MentoringScoreParts {
  /** Topic overlap (Jaccard) × its weight. */
  readonly topics: number;
  /** How much more experienced the mentor is (0 to 1) × its weight. */
  readonly experienceGap: number;
  /** Where the mentee ranked the mentor (0 to 1) × its weight. */
  readonly menteePreference: number;
  /** Where the mentor ranked the mentee (0 to 1) × its weight. */
  readonly mentorPreference: number;
  /** The custom score × its weight. */
  readonly custom: number;
}

/** Custom scores beyond this size are refused: they would swamp every other rule and the arithmetic. */
export const CUSTOM_SCORE_LIMIT = 1000;

/**
 * A mentoring problem compiled into flat arrays. Mentees (`i`, 0…n−1) and mentors (`m`,
 * 0…k−1) are each sorted by id; a pair's entries sit at `i * k + m`.
 */
export interface MentoringProblem {
  readonly n: number;
  readonly k: number;
  readonly mentees: readonly Mentee[];
  readonly mentors: readonly Mentor[];
  readonly rules: MentoringRules;
  readonly cohort: Cohort;
  /** Bit mask of the hard rules each pair breaks (bits as in the pairing's RULE_BIT); 0 when allowed. */
  readonly mask: Int32Array;
  /** 1 where the pair is allowed by the hard rules and by both rankings. */
  readonly acceptable: Uint8Array;
  /** The pair's score as a whole number of millionths (allowed and must-pairs only). */
  readonly weight: Float64Array;
  /** The mentor's 1-based place in the mentee's ranking, 0 if unranked. */
  readonly menteeListRank: Int32Array;
  /** The mentee's 1-based place in the mentor's ranking, 0 if unranked. */
  readonly mentorListRank: Int32Array;
  /** The mentor's 0-based place in the mentee's order of acceptable mentors; −1 if unacceptable. */
  readonly menteeRank: Int32Array;
  /** The mentee's 0-based place in the mentor's order of acceptable mentees; −1 if unacceptable. */
  readonly mentorRank: Int32Array;
  /** Each mentee's acceptable mentors, best first: `order[orderStart[i] … orderStart[i + 1])`. */
  readonly order: Int32Array;
  readonly orderStart: Int32Array;
  readonly capacity: Int32Array;
  /** The mentor a must-pair rule gives each mentee, or −1. */
  readonly forced: Int32Array;
  /** How many must-paired mentees each mentor has. */
  readonly forcedLoad: Int32Array;
  /** How many mentors the hard rules allow each mentee. */
  readonly allowed: Int32Array;
  /** Per mentee and rule (MENTORING_HARD_RULES order): how many mentors that rule alone removes. */
  readonly removedFor: Int32Array;
  /** Over all pairs: how many each rule alone removes. */
  readonly ruledOut: Readonly<Record<MentoringHardRule, number>>;
  readonly allowedPairs: number;
  /** The weighted parts of a pair's score. */
  parts(i: number, m: number): MentoringScoreParts;
}

const byId = <T extends { readonly id: string }>(a: T, b: T): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function asParticipant(person: Mentor | Mentee): PairingParticipant {
  const { id, displayName, organisation, area, roles, joined, tags } = person;
  const { topics, experience, availability, languages } = person;
  return {
    id,
    displayName,
    roles,
    tags,
    topics,
    availability,
    languages,
    ...(organisation === undefined ? {} : { organisation }),
    ...(area === undefined ? {} : { area }),
    ...(joined === undefined ? {} : { joined }),
    ...(experience === undefined ? {} : { experience }),
  };
}

/**
 * Compiles a validated mentoring problem: people sorted by id and coded (reusing the buddy
 * pairing's cohort and hard-rule checks), every pair checked and scored, each side's order
 * of acceptable partners built. Cost: O(n·k·(w + log n + log k)) for n mentees, k mentors
 * and w words of topic and language bit sets.
 */
export function compileMentoring(
  menteesIn: readonly Mentee[],
  mentorsIn: readonly Mentor[],
  rules: MentoringRules,
  customScore: MentoringCustomScore | undefined,
  fn: string,
): MentoringProblem {
  const mentees = [...menteesIn].sort(byId);
  const mentors = [...mentorsIn].sort(byId);
  const n = mentees.length;
  const k = mentors.length;
  // The buddy pairing's cohort and scorer do the coding and the hard rules; only topic
  // overlap is taken from its soft rules (its experience *mix* is symmetric, while a
  // mentoring pair wants the mentor to be the more experienced, so that part is ours).
  const pairing = PairingRules.parse({
    mustDiffer: rules.mustDiffer,
    neverPair: rules.neverPair,
    sharedAvailability: rules.sharedAvailability,
    sharedLanguage: rules.sharedLanguage,
    weights: { topics: 1, experienceMix: 0, novelty: 0, custom: 0 },
  });
  const cohort = compileCohort(
    [...mentees.map(asParticipant), ...mentors.map(asParticipant)],
    [],
    pairing,
    1,
  );
  const scorer: PairScorer = pairScorer(cohort, pairing, undefined);
  const menteeAt = Int32Array.from(mentees, (person) => cohort.index.get(person.id) ?? 0);
  const mentorAt = Int32Array.from(mentors, (person) => cohort.index.get(person.id) ?? 0);
  const menteeIndex = new Map(mentees.map((person, i) => [person.id, i]));
  const mentorIndex = new Map(mentors.map((person, m) => [person.id, m]));

  const size = n * k;
  const menteeListRank = new Int32Array(size);
  const mentorListRank = new Int32Array(size);
  mentees.forEach((mentee, i) => {
    mentee.preferences?.forEach((id, r) => {
      const m = mentorIndex.get(id);
      if (m !== undefined) menteeListRank[i * k + m] = r + 1;
    });
  });
  mentors.forEach((mentor, m) => {
    mentor.preferences?.forEach((id, r) => {
      const i = menteeIndex.get(id);
      if (i !== undefined) mentorListRank[i * k + m] = r + 1;
    });
  });

  const forced = new Int32Array(n).fill(-1);
  const forcedLoad = new Int32Array(k);
  for (const [a, b] of rules.mustPair) {
    const i = menteeIndex.get(a) ?? menteeIndex.get(b) ?? 0;
    const m = mentorIndex.get(a) ?? mentorIndex.get(b) ?? 0;
    forced[i] = m;
    forcedLoad[m] = (forcedLoad[m] as number) + 1;
  }

  const { weights, rankedOnly } = rules;
  const R = MENTORING_HARD_RULES.length;
  const mask = new Int32Array(size);
  const acceptable = new Uint8Array(size);
  const weight = new Float64Array(size);
  // Only kept when there is a custom score to keep.
  const custom = new Float64Array(customScore === undefined ? 0 : size);
  const allowed = new Int32Array(n);
  const removedFor = new Int32Array(n * R);
  const ruledOutCounts = new Float64Array(R);
  let allowedPairs = 0;

  const experience = (i: number, m: number): number => {
    const mentee = cohort.experience[menteeAt[i] as number] as number;
    const mentor = cohort.experience[mentorAt[m] as number] as number;
    return Number.isNaN(mentee) || Number.isNaN(mentor) ? 0 : Math.max(0, mentor - mentee);
  };
  const listShare = (rank: number, length: number | undefined): number =>
    rank === 0 || length === undefined || length === 0 ? 0 : (length - rank + 1) / length;
  const ownScore = (i: number, m: number): number => {
    if (customScore === undefined) return 0;
    const value = customScore(mentees[i] as Mentee, mentors[m] as Mentor);
    if (!Number.isFinite(value) || Math.abs(value) > CUSTOM_SCORE_LIMIT)
      throw badCustomScore(fn, mentees[i]?.id ?? '', mentors[m]?.id ?? '', value);
    return value;
  };
  const parts = (i: number, m: number): MentoringScoreParts => {
    const at = i * k + m;
    return {
      topics: weights.topics * scorer.score(menteeAt[i] as number, mentorAt[m] as number),
      experienceGap: weights.experienceGap * experience(i, m),
      menteePreference:
        weights.menteePreference *
        listShare(menteeListRank[at] as number, mentees[i]?.preferences?.length),
      mentorPreference:
        weights.mentorPreference *
        listShare(mentorListRank[at] as number, mentors[m]?.preferences?.length),
      custom: customScore === undefined ? 0 : weights.custom * (custom[at] as number),
    };
  };

  for (let i = 0; i < n; i += 1) {
    const mentee = mentees[i] as Mentee;
    const menteeLimits = rankedOnly && mentee.preferences !== undefined;
    const menteeListLength = mentee.preferences?.length;
    for (let m = 0; m < k; m += 1) {
      const at = i * k + m;
      const broken = scorer.broken(menteeAt[i] as number, mentorAt[m] as number);
      mask[at] = broken;
      if (broken !== 0) {
        for (let r = 0; r < R; r += 1) {
          if ((broken & RULE_BIT[MENTORING_HARD_RULES[r] as MentoringHardRule]) !== 0) {
            removedFor[i * R + r] = (removedFor[i * R + r] as number) + 1;
            ruledOutCounts[r] = (ruledOutCounts[r] as number) + 1;
          }
        }
      }
      if (broken !== 0 && forced[i] !== m) continue;
      if (broken === 0) {
        allowed[i] = (allowed[i] as number) + 1;
        allowedPairs += 1;
        const mentorLimits = rankedOnly && mentors[m]?.preferences !== undefined;
        if (
          (!menteeLimits || menteeListRank[at] !== 0) &&
          (!mentorLimits || mentorListRank[at] !== 0)
        )
          acceptable[at] = 1;
      }
      const own = ownScore(i, m);
      if (customScore !== undefined) custom[at] = own;
      // The same sum as parts() without building an object: this runs for every pair.
      const total =
        weights.topics * scorer.score(menteeAt[i] as number, mentorAt[m] as number) +
        weights.experienceGap * experience(i, m) +
        weights.menteePreference * listShare(menteeListRank[at] as number, menteeListLength) +
        weights.mentorPreference *
          listShare(mentorListRank[at] as number, mentors[m]?.preferences?.length) +
        weights.custom * own;
      weight[at] = Math.round(total * SCORE_SCALE);
    }
  }

  // Each side's order of acceptable partners: ranked ones first (in ranking order), then by
  // score, best first; ties by id. Sorting with a comparator is slow at this size, so each
  // order is a native sort of whole-number keys: (place, partner index), where the place is
  // the ranking position or, after the ranked ones, the score's place among all scores.
  const distinct = new Float64Array(new Set(acceptableWeights(acceptable, weight))).sort();
  const scorePlace = (w: number): number => {
    // distinct is ascending; the best score has place 0.
    let low = 0;
    let high = distinct.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((distinct[mid] as number) < w) low = mid + 1;
      else high = mid;
    }
    return distinct.length - 1 - low;
  };
  const place = new Float64Array(size);
  for (let at = 0; at < size; at += 1)
    if (acceptable[at] === 1) place[at] = scorePlace(weight[at] as number);

  const menteeRank = new Int32Array(size).fill(-1);
  const mentorRank = new Int32Array(size).fill(-1);
  const orderStart = new Int32Array(n + 1);
  const order = new Int32Array(acceptable.reduce((sum, a) => sum + a, 0));
  let filled = 0;
  const keys = new Float64Array(Math.max(n, k));
  for (let i = 0; i < n; i += 1) {
    orderStart[i] = filled;
    const listed = mentees[i]?.preferences?.length ?? 0;
    let count = 0;
    for (let m = 0; m < k; m += 1) {
      const at = i * k + m;
      if (acceptable[at] !== 1) continue;
      const rank = menteeListRank[at] as number;
      keys[count] = (rank > 0 ? rank - 1 : listed + (place[at] as number)) * k + m;
      count += 1;
    }
    const sorted = keys.subarray(0, count).sort();
    for (let r = 0; r < count; r += 1) {
      const m = (sorted[r] as number) % k;
      menteeRank[i * k + m] = r;
      order[filled] = m;
      filled += 1;
    }
  }
  orderStart[n] = filled;
  for (let m = 0; m < k; m += 1) {
    const listed = mentors[m]?.preferences?.length ?? 0;
    let count = 0;
    for (let i = 0; i < n; i += 1) {
      const at = i * k + m;
      if (acceptable[at] !== 1) continue;
      const rank = mentorListRank[at] as number;
      keys[count] = (rank > 0 ? rank - 1 : listed + (place[at] as number)) * n + i;
      count += 1;
    }
    const sorted = keys.subarray(0, count).sort();
    for (let r = 0; r < count; r += 1) mentorRank[((sorted[r] as number) % n) * k + m] = r;
  }

  const ruledOut = Object.fromEntries(
    MENTORING_HARD_RULES.map((rule, r) => [rule, ruledOutCounts[r] as number]),
  ) as Record<MentoringHardRule, number>;
  return {
    n,
    k,
    mentees,
    mentors,
    rules,
    cohort,
    mask,
    acceptable,
    weight,
    menteeListRank,
    mentorListRank,
    menteeRank,
    mentorRank,
    order,
    orderStart,
    capacity: Int32Array.from(mentors, (mentor) => mentor.capacity),
    forced,
    forcedLoad,
    allowed,
    removedFor,
    ruledOut,
    allowedPairs,
    parts,
  };
}

function badCustomScore(
  fn: string,
  mentee: string,
  mentor: string,
  value: number,
): InvalidInputError {
  return new InvalidInputError(fn, [
    {
      path: ['customScore'],
      pathText: 'customScore',
      code: 'invalid_score',
      message: `returned ${String(value)} for mentee ${JSON.stringify(mentee)} and mentor ${JSON.stringify(mentor)}; it must return a finite number between −${String(CUSTOM_SCORE_LIMIT)} and ${String(CUSTOM_SCORE_LIMIT)}`,
    },
  ]);
}

function* acceptableWeights(acceptable: Uint8Array, weight: Float64Array): Generator<number> {
  for (let at = 0; at < acceptable.length; at += 1)
    if (acceptable[at] === 1) yield weight[at] as number;
}
