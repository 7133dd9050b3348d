import { z } from 'zod';

const Id = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();
const Weight = /* @__PURE__ */ (() => z.number().min(0).max(1000))();

/**
 * The rules of a mentoring assignment: hard rules no mentor–mentee pair may break, how
 * rankings are read, whether load is spread, and the weight of each soft rule.
 *
 * Every field has a default, so `{}` means: mentor and mentee from different
 * organisations, a ranking lists everyone its author accepts, load spread so that no
 * mentor sits idle while another is full, and each soft rule weighted 1.
 *
 * @example
 * ```ts
 * MentoringRules.parse({}).mustDiffer;
 * // => ['organisation']
 * MentoringRules.parse({ weights: { topics: 3 } }).weights;
 * // => { topics: 3, experienceGap: 1, menteePreference: 1, mentorPreference: 1, custom: 1 }
 * ```
 */
export const MentoringRules = /* @__PURE__ */ (() =>
  z.strictObject({
    /**
     * Hard: mentor and mentee must differ in each of these (default `['organisation']`; add
     * `'area'`, or `[]` to allow anyone). Someone without the field differs from everyone.
     */
    mustDiffer: z.array(z.literal(['area', 'organisation'])).default(['organisation']),
    /** Hard: mentee–mentor pairs that must not be made, by id (either order). */
    neverPair: z.array(z.tuple([Id, Id])).default([]),
    /**
     * Hard: mentee–mentor pairs that must be made, by id (either order); each mentee in at
     * most one, and no mentor in more than their capacity. They are made even where another
     * rule or a ranking would forbid them (the result warns), and they never move.
     */
    mustPair: z.array(z.tuple([Id, Id])).default([]),
    /** Hard: mentor and mentee must share at least one availability slot (default false). */
    sharedAvailability: z.boolean().default(false),
    /** Hard: mentor and mentee must share at least one language (default false). */
    sharedLanguage: z.boolean().default(false),
    /**
     * Whether a ranking lists everyone its author accepts (default true, as in the
     * hospitals/residents problem): those left off are never assigned to its author. With
     * false, those left off come after the ranked ones, ordered by score.
     */
    rankedOnly: z.boolean().default(true),
    /**
     * Spread the load (default true): in `optimal` mode, after placing as many mentees as
     * possible, give as many mentors as possible at least one mentee, and only then maximise
     * the score. Either way the result lists any mentor left idle while one they suit is full.
     */
    balanceLoad: z.boolean().default(true),
    /**
     * The weight of each soft rule in a pair's score (each rule scores 0 to 1 before
     * weighting). Scores are compared to the nearest millionth; ties break by id.
     */
    weights: z
      .strictObject({
        /** Topic overlap: shared topics over all topics of the two (Jaccard). */
        topics: Weight.default(1),
        /**
         * How much more experienced the mentor is than the mentee, on 0 to 1 (0 if not more,
         * or unknown): `'new'` is 0, `'experienced'` 1, levels rescaled over everyone.
         */
        experienceGap: Weight.default(1),
        /** Where the mentee ranked the mentor: 1 for first of L, (L − r + 1)/L for r-th, 0 if unranked. */
        menteePreference: Weight.default(1),
        /** Where the mentor ranked the mentee, scored the same way. */
        mentorPreference: Weight.default(1),
        /** Your own score, from `customScore`. */
        custom: Weight.default(1),
      })
      .default({
        topics: 1,
        experienceGap: 1,
        menteePreference: 1,
        mentorPreference: 1,
        custom: 1,
      }),
  }))();
/** The rules of a mentoring assignment, defaults filled in. */
export type MentoringRules = z.output<typeof MentoringRules>;
/** The rules of a mentoring assignment as an app writes them. */
export type MentoringRulesInput = z.input<typeof MentoringRules>;
