import { z } from 'zod';
import { Identifier } from './items.js';

const Label = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();
const Text = /* @__PURE__ */ (() => z.string().trim().min(1).max(2000))();
const Finite = /* @__PURE__ */ (() =>
  z.number().refine(Number.isFinite, 'must be a finite number'))();

/**
 * Which ends of a band's interval belong to it.
 *
 * @example
 * ```ts
 * BandClosure.parse('left'); // [min, max): the lower boundary belongs to the band
 * // => 'left'
 * BandClosure.safeParse('open').success;
 * // => false
 * ```
 */
export const BandClosure = /* @__PURE__ */ (() =>
  z.literal(['left', 'right', 'both', 'neither']))();
/** Which ends of a band's interval belong to it. */
export type BandClosure = z.infer<typeof BandClosure>;

/**
 * A band of domain scores with a reading of what it means, such as "Medium: 2.33 to 3.67".
 * A domain's bands must tile its score range: listed from lowest to highest, each starting
 * where the previous ends, with every boundary in exactly one band.
 *
 * @example
 * ```ts
 * const high = Band.parse({
 *   label: 'High',
 *   min: 3.67,
 *   max: 5,
 *   interpretation: 'Members feel safe to speak up; keep doing what works.',
 * });
 * high.closed; // left out, so the domain's bandsClosed decides
 * // => undefined
 * Band.safeParse({ label: 'High', min: 3.67 }).success; // both boundaries are needed
 * // => false
 * ```
 */
export const Band = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The band's name, such as `'Low'`. */
    label: Label,
    /** The lower boundary. */
    min: Finite,
    /** The upper boundary. */
    max: Finite,
    /**
     * Which boundaries belong to the band. Left out, it follows the domain's `bandsClosed`
     * rule, as R's `cut(…, include.lowest = TRUE)` does.
     */
    closed: BandClosure.optional(),
    /** What a score in this band suggests, in plain words for the people who act on it. */
    interpretation: Text.optional(),
  }))();
/** A band of domain scores with its reading. */
export type Band = z.infer<typeof Band>;

/**
 * How many answers a domain needs before it gets a score: a count or a share of its items.
 *
 * @example
 * ```ts
 * MinimumAnswered.parse({ share: 0.5 }); // the "half rule"
 * // => { share: 0.5 }
 * MinimumAnswered.safeParse({ count: 2, share: 0.5 }).success; // one or the other, not both
 * // => false
 * MinimumAnswered.safeParse({ share: 0 }).success;
 * // => false
 * ```
 */
export const MinimumAnswered = /* @__PURE__ */ (() =>
  z.union([
    z.strictObject({
      /** At least this many of the domain's items answered. */
      count: z.int().min(0),
    }),
    z.strictObject({
      /** At least this share (0 to 1] of the domain's items answered. */
      share: z.number().gt(0).max(1),
    }),
  ]))();
/** How many answers a domain needs before it gets a score. */
export type MinimumAnswered = z.infer<typeof MinimumAnswered>;

/**
 * A domain (scale) of an instrument: a group of scored items whose answers combine into one
 * score, such as "growth" in a social climate survey.
 *
 * @example
 * ```ts
 * Domain.parse({
 *   id: 'climate',
 *   label: 'Set climate',
 *   items: ['heard', 'rushed'],
 *   reverse: ['rushed'],
 * });
 * // => {
 * //   id: 'climate',
 * //   label: 'Set climate',
 * //   items: ['heard', 'rushed'],
 * //   reverse: ['rushed'],
 * //   method: 'mean',
 * //   minAnswered: { count: 1 },
 * //   bands: [],
 * //   bandsClosed: 'right',
 * // }
 * Domain.safeParse({ id: 'climate', label: 'Set climate', items: [] }).success; // nothing to score
 * // => false
 * ```
 */
export const Domain = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A stable identifier, unique within the instrument. */
    id: Identifier,
    /** The domain's name as people read it. */
    label: Label,
    /** What the domain measures. */
    description: Text.optional(),
    /** The ids of its items: scale, ordinal or yes/no items of the instrument. */
    items: z.array(Identifier).min(1),
    /** The items worded the other way round, reversed as `min + max − answer` on their own scale. */
    reverse: z.array(Identifier).default([]),
    /** Weights per item id (default 1 each); positive. */
    weights: z
      .record(Identifier, z.number().gt(0).refine(Number.isFinite, 'must be finite'))
      .optional(),
    /**
     * How the answers combine: `mean` (the weighted mean of the answered items), `sum` (that
     * mean times the total weight, so a missing answer does not drag the sum down) or
     * `percent` (each answer rescaled to 0–100 on its own scale, then the weighted mean).
     */
    method: z.literal(['mean', 'sum', 'percent']).default('mean'),
    /**
     * Below this many answered items the domain score is missing. Default `{ count: 1 }`,
     * psych's rule (the mean of whatever was answered); `{ share: 0.5 }` is the common
     * "half rule".
     */
    minAnswered: MinimumAnswered.default({ count: 1 }),
    /** Bands that read the score, lowest first; empty for no bands. */
    bands: z.array(Band).default([]),
    /**
     * For bands without their own `closed`: `right` makes each band (a, b] and the first
     * [a, b]; `left` makes each [a, b) and the last [a, b], as R's `cut` does with
     * `include.lowest = TRUE`.
     */
    bandsClosed: z.literal(['right', 'left']).default('right'),
  }))();
/** A domain of an instrument (the parsed form, defaults filled in). */
export type Domain = z.output<typeof Domain>;
/** A domain as written in an instrument definition. */
export type DomainInput = z.input<typeof Domain>;
