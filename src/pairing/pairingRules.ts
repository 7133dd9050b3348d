import { z } from 'zod';

const Id = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();
const Weight = /* @__PURE__ */ (() => z.number().min(0).max(1000))();

/**
 * The rules of a pairing: hard rules no pair may break, soft rules that score pairs, and
 * what to do with an odd number of people.
 *
 * Every field has a default, so `{}` means: partners from different areas, repeats allowed
 * but scored down by novelty, each soft rule weighted 1, and an odd person out joins the
 * pair they fit best as a trio.
 *
 * @example
 * ```ts
 * PairingRules.parse({}).mustDiffer;
 * // => ['area']
 * PairingRules.parse({ oddPolicy: 'sit-out', weights: { topics: 2 } }).weights;
 * // => { topics: 2, experienceMix: 1, novelty: 1, custom: 1 }
 * ```
 */
export const PairingRules = /* @__PURE__ */ (() =>
  z.strictObject({
    /**
     * Hard: partners must differ in each of these (default `['area']`; add `'organisation'`,
     * or `[]` to allow anyone). A participant without the field counts as different from
     * everyone.
     */
    mustDiffer: z.array(z.literal(['area', 'organisation'])).default(['area']),
    /** Hard: pairs that must not be made, by participant id. */
    neverPair: z.array(z.tuple([Id, Id])).default([]),
    /**
     * Hard: pairs that must be made, by participant id; each person in at most one. They are
     * made even where another hard rule (area, availability, …) would forbid them, and the
     * result says so; they may not contradict `neverPair`.
     */
    mustPair: z.array(z.tuple([Id, Id])).default([]),
    /** Hard: partners must share at least one availability slot (default false). */
    sharedAvailability: z.boolean().default(false),
    /** Hard: partners must share at least one language (default false). */
    sharedLanguage: z.boolean().default(false),
    /** Hard: no pair that met within this many most recent rounds (default 0: no such rule). */
    noRepeatWithin: z.int().min(0).default(0),
    /** The weight of each soft rule in a pair's score (each rule scores 0 to 1 before weighting). */
    weights: z
      .strictObject({
        /** Topic overlap: shared topics over all topics of the two (Jaccard). */
        topics: Weight.default(1),
        /** Experience mix: experienced with new scores 1, equals 0; levels scale between. */
        experienceMix: Weight.default(1),
        /** Novelty: 1 for a pair that never met, recovering by half-lives of rounds since they last met. */
        novelty: Weight.default(1),
        /** Your own score, from `customScore`. */
        custom: Weight.default(1),
      })
      .default({ topics: 1, experienceMix: 1, novelty: 1, custom: 1 }),
    /** How many rounds it takes a pair's novelty to recover halfway after they met (default 2). */
    noveltyHalfLife: z.number().gt(0).max(1000).default(2),
    /**
     * With an odd number left over: `trio` (default) joins the last person to the pair they
     * fit best; `sit-out` leaves out the person whose last sit-out is longest ago (or who
     * never sat out).
     */
    oddPolicy: z.literal(['trio', 'sit-out']).default('trio'),
    /**
     * Up to this many participants the matching is exact (default 3,000); above it each
     * person keeps only their best `candidatesPerPerson` candidates and the result is
     * flagged as not proven optimal, with a bound on how far from optimal it may be.
     */
    exactLimit: z.int().min(2).max(100_000).default(3000),
    /**
     * The length of each of a person's three candidate lists above `exactLimit` (default
     * 32): their best partners by score, their best leaving experience mix aside, and a
     * fixed random spread. At 2,000 people 32 reached 99.95% of the exact score with as
     * many pairs; 24 reached 99.89%.
     */
    candidatesPerPerson: z.int().min(1).max(1000).default(32),
  }))();
/** The rules of a pairing, defaults filled in. */
export type PairingRules = z.output<typeof PairingRules>;
/** The rules of a pairing as an app writes them. */
export type PairingRulesInput = z.input<typeof PairingRules>;
