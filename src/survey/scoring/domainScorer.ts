import { placeInBand, settleBands, type BandPlacement } from '../instrument/bands.js';
import type { Domain } from '../instrument/domain.js';
import { itemBounds, type ScoredItem } from '../instrument/items.js';

/** A domain's score for one response, with how it was reached. */
export interface DomainScore {
  /** The score, or `null` when too few items were answered (see `missing`). */
  readonly score: number | null;
  /** How many of the domain's items the respondent answered. */
  readonly answered: number;
  /** How many missing answers were filled in by imputation. */
  readonly imputed: number;
  /** How many items the domain has. */
  readonly items: number;
  /** The band the score fell in, with the thresholds that placed it; `null` without a score or bands. */
  readonly band: BandPlacement | null;
  /** Why the score is missing, when it is. */
  readonly missing?: string;
}

/** A domain compiled for scoring many responses quickly. */
export interface DomainScorer {
  readonly id: string;
  /**
   * Scores one response from its raw item scores, `scores[offset + column]` (NaN = no
   * answer), and the imputed value per column (NaN = none).
   */
  score(scores: Float64Array, offset: number, imputed: Float64Array | null): DomainScore;
}

/**
 * Compiles a domain: where its items sit in the raw score array, their weights, which are
 * reversed (on the item's own declared scale: min + max − answer), and how many answers a
 * score needs.
 */
export function compileDomain(
  domain: Domain,
  itemsById: ReadonlyMap<string, { readonly item: ScoredItem; readonly position: number }>,
): DomainScorer {
  const k = domain.items.length;
  const positions = new Int32Array(k);
  const weights = new Float64Array(k);
  const lows = new Float64Array(k);
  const highs = new Float64Array(k);
  const reversed = new Uint8Array(k);
  const reverse = new Set(domain.reverse);
  let totalWeight = 0;
  domain.items.forEach((id, j) => {
    const entry = itemsById.get(id);
    if (entry === undefined) throw new Error(`compileDomain: unknown item ${id}`);
    const bounds = itemBounds(entry.item);
    positions[j] = entry.position;
    weights[j] = domain.weights?.[id] ?? 1;
    lows[j] = bounds.min;
    highs[j] = bounds.max;
    reversed[j] = reverse.has(id) ? 1 : 0;
    totalWeight += weights[j];
  });
  const required =
    'count' in domain.minAnswered
      ? domain.minAnswered.count
      : Math.ceil(domain.minAnswered.share * k - 1e-9);
  const method = domain.method;
  const bands = settleBands(domain.bands, domain.bandsClosed);
  // With a minimum of 0 or 1, a score is missing only when no item was answered: say so.
  const missingReason =
    required > 1
      ? `fewer than ${String(required)} of its ${String(k)} items were answered`
      : k === 1
        ? 'its only item was not answered'
        : `none of its ${String(k)} items was answered`;

  return {
    id: domain.id,
    score(scores, offset, imputed) {
      let answered = 0;
      let filled = 0;
      let weightSum = 0;
      let total = 0;
      for (let j = 0; j < k; j += 1) {
        const position = positions[j] as number;
        let value = scores[offset + position] as number;
        if (Number.isNaN(value)) {
          const fill = imputed === null ? Number.NaN : (imputed[position] as number);
          if (Number.isNaN(fill)) continue;
          value = fill;
          filled += 1;
        } else {
          answered += 1;
        }
        const low = lows[j] as number;
        const high = highs[j] as number;
        if (reversed[j] === 1) value = low + high - value;
        if (method === 'percent') value = (100 * (value - low)) / (high - low);
        const weight = weights[j] as number;
        weightSum += weight;
        total += weight * value;
      }
      if (answered < required || weightSum === 0) {
        return {
          score: null,
          answered,
          imputed: filled,
          items: k,
          band: null,
          missing: missingReason,
        };
      }
      const average = total / weightSum;
      const score = method === 'sum' ? average * totalWeight : average;
      return { score, answered, imputed: filled, items: k, band: placeInBand(score, bands) };
    },
  };
}
