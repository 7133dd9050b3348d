import { z } from 'zod';

/** The levels, from the centre of the community outwards. */
export const LEVELS = ['core', 'active', 'occasional', 'peripheral', 'outside'] as const;

/**
 * A member's level of participation in a community of practice, from the centre outwards:
 * `core`, `active`, `occasional`, `peripheral` or `outside`.
 *
 * After E. Wenger, R. McDermott & W. M. Snyder, *Cultivating Communities of Practice*
 * (Harvard Business School Press, 2002), ch. 3: a small core that leads, an active group
 * that takes part regularly, and a larger periphery that watches and joins in now and then.
 * `occasional` splits the periphery into those who come back and those seen once; `outside`
 * is a member with no activity in the window.
 *
 * @example
 * ```ts
 * ParticipationLevel.parse('peripheral');
 * // => 'peripheral'
 * ParticipationLevel.safeParse('lurker').success;
 * // => false
 * ```
 */
export const ParticipationLevel = /* @__PURE__ */ (() => z.literal(LEVELS))();
/** A level of participation: `core`, `active`, `occasional`, `peripheral` or `outside`. */
export type ParticipationLevel = z.infer<typeof ParticipationLevel>;

/** The default weight of each kind of activity. */
export const DEFAULT_WEIGHTS: Readonly<Record<string, number>> = {
  attended: 1,
  asked: 1,
  posted: 1,
  presented: 3,
  hosted: 4,
};

/** The default lowest score of each level above peripheral, for a window of about 3 months. */
export const DEFAULT_THRESHOLDS = { core: 12, active: 6, occasional: 2 } as const;

/** The rank of a level: 0 for core up to 4 for outside. */
export function rankOf(level: ParticipationLevel): number {
  return LEVELS.indexOf(level);
}

/** Lowest scores of the levels above peripheral. */
export interface Thresholds {
  /** Lowest score of a core member. */
  readonly core: number;
  /** Lowest score of an active member. */
  readonly active: number;
  /** Lowest score of an occasional member. */
  readonly occasional: number;
}

/**
 * The level a score earns: core, active and occasional from their thresholds; any score
 * above zero below that is peripheral; no activity at all is outside.
 *
 * @param score - the weighted activity in the window.
 * @param records - how many records the member has in the window.
 * @param thresholds - the lowest score of each level above peripheral.
 * @returns the level.
 */
export function levelFor(
  score: number,
  records: number,
  thresholds: Thresholds,
): ParticipationLevel {
  if (records === 0) return 'outside';
  if (score >= thresholds.core) return 'core';
  if (score >= thresholds.active) return 'active';
  if (score >= thresholds.occasional) return 'occasional';
  return 'peripheral';
}

/**
 * Says which thresholds placed a score, such as `at least 6 (active) and below 12 (core)`.
 *
 * @param level - the level given.
 * @param thresholds - the thresholds used.
 * @returns the phrase.
 */
export function thresholdPhrase(level: ParticipationLevel, thresholds: Thresholds): string {
  const t = (value: number): string => String(value);
  switch (level) {
    case 'core':
      return `at least ${t(thresholds.core)} (core)`;
    case 'active':
      return `at least ${t(thresholds.active)} (active) and below ${t(thresholds.core)} (core)`;
    case 'occasional':
      return `at least ${t(thresholds.occasional)} (occasional) and below ${t(thresholds.active)} (active)`;
    case 'peripheral':
      return `above 0 and below ${t(thresholds.occasional)} (occasional)`;
    case 'outside':
      return 'no activity in the window';
  }
}
