import type { PairingRules } from '../pairingRules.js';
import type { PairingParticipant } from '../participant.js';
import { HARD_RULES, pairKey, type Cohort, type HardRule } from './compileCohort.js';

/** A pair's soft-rule parts, each already multiplied by its weight. */
export interface ScoreParts {
  /** Topic overlap (Jaccard) × its weight. */
  readonly topics: number;
  /** Experience mix × its weight. */
  readonly experienceMix: number;
  /** Novelty × its weight. */
  readonly novelty: number;
  /** The custom score × its weight. */
  readonly custom: number;
}

/** A score for a pair from the app, for the `custom` soft rule (pure; 0 to 1 recommended). */
export type CustomScore = (a: PairingParticipant, b: PairingParticipant) => number;

/** Checks and scores pairs of a compiled cohort. */
export interface PairScorer {
  /** Bit mask of the hard rules the pair (i, j) breaks; 0 when it is allowed. */
  broken(i: number, j: number): number;
  /** The weighted soft-rule parts of the pair (i, j). */
  parts(i: number, j: number): ScoreParts;
  /** The pair's total score: the sum of its parts. */
  score(i: number, j: number): number;
  /** The experience-mix part of the pair's score (weighted), for the sparse candidate lists. */
  mixPart(i: number, j: number): number;
  /** How many rounds ago the pair last met (1 = last round), or null if never. */
  metRoundsAgo(i: number, j: number): number | null;
}

/** The bit of each hard rule in `broken`'s mask: bit r for `HARD_RULES[r]`. */
export const RULE_BIT = /* @__PURE__ */ (() =>
  Object.fromEntries(HARD_RULES.map((rule, r) => [rule, 1 << r])) as Readonly<
    Record<HardRule, number>
  >)();

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function shares(bits: Uint32Array, words: number, i: number, j: number): boolean {
  for (let w = 0; w < words; w += 1)
    if (((bits[i * words + w] as number) & (bits[j * words + w] as number)) !== 0) return true;
  return false;
}

/**
 * Builds the scorer for a cohort under the rules. The custom score is called once per pair
 * scored and must return a finite number.
 */
export function pairScorer(
  cohort: Cohort,
  rules: PairingRules,
  customScore: CustomScore | undefined,
): PairScorer {
  const {
    n,
    area,
    organisation,
    topics,
    topicWords,
    slots,
    slotWords,
    languages,
    languageWords,
    experience,
    lastMet,
    never,
    round,
  } = cohort;
  const differArea = rules.mustDiffer.includes('area');
  const differOrganisation = rules.mustDiffer.includes('organisation');
  const { weights, noRepeatWithin, sharedAvailability, sharedLanguage } = rules;
  const halfLife = rules.noveltyHalfLife;

  const metRoundsAgo = (i: number, j: number): number | null => {
    const last = lastMet.get(pairKey(n, i, j));
    return last === undefined ? null : round - last;
  };

  const broken = (i: number, j: number): number => {
    let mask = 0;
    if (differArea && area[i] !== -1 && area[i] === area[j]) mask |= RULE_BIT.area;
    if (differOrganisation && organisation[i] !== -1 && organisation[i] === organisation[j])
      mask |= RULE_BIT.organisation;
    if (never.size > 0 && never.has(pairKey(n, i, j))) mask |= RULE_BIT.neverPair;
    if (sharedAvailability && !shares(slots, slotWords, i, j)) mask |= RULE_BIT.availability;
    if (sharedLanguage && !shares(languages, languageWords, i, j)) mask |= RULE_BIT.language;
    if (noRepeatWithin > 0 && lastMet.size > 0) {
      const ago = metRoundsAgo(i, j);
      if (ago !== null && ago <= noRepeatWithin) mask |= RULE_BIT.recentRepeat;
    }
    return mask;
  };

  const overlap = (i: number, j: number): number => {
    let common = 0;
    let union = 0;
    for (let w = 0; w < topicWords; w += 1) {
      const a = topics[i * topicWords + w] as number;
      const b = topics[j * topicWords + w] as number;
      common += popcount(a & b);
      union += popcount(a | b);
    }
    return union === 0 ? 0 : common / union;
  };
  const mix = (i: number, j: number): number => {
    const ei = experience[i] as number;
    const ej = experience[j] as number;
    return Number.isNaN(ei) || Number.isNaN(ej) ? 0 : Math.abs(ei - ej);
  };
  const freshness = (i: number, j: number): number => {
    const ago = lastMet.size > 0 ? metRoundsAgo(i, j) : null;
    return ago === null ? 1 : 1 - 0.5 ** (Math.max(0, ago - 1) / halfLife);
  };
  const own = (i: number, j: number): number =>
    customScore === undefined
      ? 0
      : customScore(cohort.people[i] as PairingParticipant, cohort.people[j] as PairingParticipant);

  const parts = (i: number, j: number): ScoreParts => ({
    topics: weights.topics * overlap(i, j),
    experienceMix: weights.experienceMix * mix(i, j),
    novelty: weights.novelty * freshness(i, j),
    custom: weights.custom * own(i, j),
  });

  // The same sum as parts() without building an object: this runs for every candidate pair.
  const score = (i: number, j: number): number =>
    weights.topics * overlap(i, j) +
    weights.experienceMix * mix(i, j) +
    weights.novelty * freshness(i, j) +
    weights.custom * own(i, j);

  const mixPart = (i: number, j: number): number => weights.experienceMix * mix(i, j);

  return { broken, parts, score, mixPart, metRoundsAgo };
}
