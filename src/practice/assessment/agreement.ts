import { orderFreeMean } from './statistics.js';

/**
 * How far members agree about a principle: the spread of their scores and the multi-item
 * within-group agreement index r_wg(J) of James, Demaree & Wolf (1984), "Estimating
 * within-group interrater reliability with and without response bias", Journal of Applied
 * Psychology 69(1), 85–98, read with the bands of LeBreton & Senter (2008), "Answers to 20
 * questions about interrater reliability and interrater agreement", Organizational
 * Research Methods 11(4), 815–852.
 */
export interface Agreement {
  /** The standard deviation of members' principle scores (denominator n − 1). */
  readonly sd: number;
  /** The mean over the principle's items of each item's variance across members (n − 1). */
  readonly meanItemVariance: number;
  /**
   * The variance expected if members answered at random, uniformly over the A points of the
   * scale: (A² − 1) / 12, which is 2 on a five-point scale.
   */
  readonly expectedVariance: number;
  /** How many items the index combines (J). */
  readonly items: number;
  /**
   * r_wg(J) = J(1 − s̄²/σ²) / (J(1 − s̄²/σ²) + s̄²/σ²), 1 for full agreement; set to 0 when the
   * observed variance reaches the random one (the usual truncation), see `truncated`.
   */
  readonly rwg: number;
  /** Whether r_wg(J) was set to 0 because members disagreed more than random answers would. */
  readonly truncated: boolean;
  /**
   * LeBreton & Senter's reading: `lack` (≤ 0.30), `weak` (≤ 0.50), `moderate` (≤ 0.70),
   * `strong` (≤ 0.90) or `very-strong` agreement.
   */
  readonly level: AgreementLevel;
}

/** LeBreton & Senter's (2008) reading of an agreement index. */
export type AgreementLevel = 'lack' | 'weak' | 'moderate' | 'strong' | 'very-strong';

/** Reads an agreement index with LeBreton & Senter's (2008) bands. */
export function agreementLevel(rwg: number): AgreementLevel {
  if (rwg <= 0.3) return 'lack';
  if (rwg <= 0.5) return 'weak';
  if (rwg <= 0.7) return 'moderate';
  if (rwg <= 0.9) return 'strong';
  return 'very-strong';
}

/**
 * r_wg(J) from the item variances and the number of scale points. Items no two members
 * answered carry no variance and are left out of J.
 */
export function agreementOf(
  sd: number,
  itemVariances: readonly number[],
  points: number,
): Agreement | null {
  const variances = itemVariances.filter((value) => Number.isFinite(value));
  if (variances.length === 0 || !Number.isFinite(sd)) return null;
  const expectedVariance = (points * points - 1) / 12;
  const meanItemVariance = orderFreeMean(variances);
  const ratio = meanItemVariance / expectedVariance;
  const items = variances.length;
  const truncated = ratio >= 1;
  const rwg = truncated ? 0 : (items * (1 - ratio)) / (items * (1 - ratio) + ratio);
  return {
    sd,
    meanItemVariance,
    expectedVariance,
    items,
    rwg,
    truncated,
    level: agreementLevel(rwg),
  };
}
