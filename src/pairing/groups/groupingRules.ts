import { z } from 'zod';

const Id = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();
const Weight = /* @__PURE__ */ (() => z.number().min(0).max(1000))();

/**
 * The rules of a grouping: who must and must not share a group, whether each group needs a
 * facilitator, and how much each part of the mix matters.
 *
 * Every field has a default, so `{}` means: no never- or must-together rules, no
 * facilitators, topics ignored, and the weights `areas` 1, `experience` 1, `topics` 1,
 * `repeats` 3 and `facilitators` 1 (see {@link formGroups} for what each part counts).
 * `facilitators: {}` asks for one facilitator per group, chosen among the participants
 * whose `roles` include `'facilitator'`.
 *
 * @example
 * ```ts
 * GroupingRules.parse({}).weights;
 * // => { areas: 1, experience: 1, topics: 1, repeats: 3, facilitators: 1 }
 * GroupingRules.parse({ facilitators: { role: 'host' } }).facilitators;
 * // => { role: 'host', ids: [] }
 * ```
 */
export const GroupingRules = /* @__PURE__ */ (() =>
  z.strictObject({
    /**
     * Hard: lists of people no two of whom may share a group (a pair is a list of two), by
     * participant id.
     */
    neverTogether: z.array(z.array(Id).min(2)).default([]),
    /**
     * Hard: lists of people who must all be in the same group, by id. Lists that share a
     * person merge. They may not contradict `neverTogether`.
     */
    mustTogether: z.array(z.array(Id).min(2)).default([]),
    /**
     * Hard, when given: every group gets exactly one facilitator, chosen among the
     * participants whose `roles` include `role`, plus those listed in `ids`. With `{}` the
     * role is `'facilitator'`; with only `ids`, just those people. Extra facilitators join
     * groups as members, spread out (the `facilitators` part of the score).
     */
    facilitators: z
      .strictObject({
        /**
         * The role that makes a participant a facilitator; when neither it nor `ids` is
         * given, `'facilitator'`.
         */
        role: Id.optional(),
        /** Participants who can facilitate, by id, whatever their roles. */
        ids: z.array(Id).default([]),
      })
      .optional(),
    /**
     * What to do with topics: `'ignore'` (default), `'share'` (group people who share
     * topics) or `'mix'` (spread people with the same topics across groups).
     */
    topics: z.literal(['ignore', 'share', 'mix']).default('ignore'),
    /** The weight of each part of the score (each part is a penalty; see {@link formGroups}). */
    weights: z
      .strictObject({
        /** Same-area pairs in a group. */
        areas: Weight.default(1),
        /** A group's experience away from its fair share, squared. */
        experience: Weight.default(1),
        /** Topic pairs: their overlap (`'mix'`) or their difference (`'share'`). */
        topics: Weight.default(1),
        /** Repeat meetings: pairs sharing a group who met before (must-together pairs never count). */
        repeats: Weight.default(3),
        /** Pairs of facilitators in one group, when there are more facilitators than groups. */
        facilitators: Weight.default(1),
      })
      .default({ areas: 1, experience: 1, topics: 1, repeats: 3, facilitators: 1 }),
  }))();
/** The rules of a grouping, defaults filled in. */
export type GroupingRules = z.output<typeof GroupingRules>;
/** The rules of a grouping as an app writes them. */
export type GroupingRulesInput = z.input<typeof GroupingRules>;

/**
 * One earlier session's groups: who sat with whom. {@link formGroups} counts how often each
 * pair has met, to keep repeat meetings down.
 *
 * Groups may be lists of ids or objects with a `members` list, and other fields are
 * ignored, so a session from an earlier {@link formGroups} result can be passed back as it
 * is. Ids of people no longer taking part are ignored.
 *
 * @example
 * ```ts
 * PastGrouping.parse({ session: 1, groups: [['ama', 'ben', 'cy'], { members: ['dee', 'eli'] }] }).groups;
 * // => [['ama', 'ben', 'cy'], ['dee', 'eli']]
 * ```
 */
export const PastGrouping = /* @__PURE__ */ (() =>
  // Not strict on purpose: a result's session (with its scores and explanations) is accepted.
  z.object({
    /** The session's number; sessions count up (1, 2, 3, …). */
    session: z.int().min(0),
    /** The groups: lists of participant ids, or objects with a `members` list of ids. */
    groups: z
      .array(
        z.union([
          z.array(Id),
          z
            .object({
              /** The group's members, by id. */
              members: z.array(Id),
            })
            .transform((group) => group.members),
        ]),
      )
      .default([]),
  }))();
/** One earlier session's groups. */
export type PastGrouping = z.output<typeof PastGrouping>;
/**
 * One earlier session's groups as an app writes them: lists of ids, or objects with
 * `members` (such as a session of an earlier {@link formGroups} result).
 */
export interface PastGroupingInput {
  /** The session's number. */
  readonly session: number;
  /** The groups. */
  readonly groups?: readonly (readonly string[] | PastGroupMembers)[];
}

/** A group of an earlier session given as an object, such as a {@link FormedGroup}. */
export interface PastGroupMembers {
  /** The group's members, by id. */
  readonly members: readonly string[];
}
