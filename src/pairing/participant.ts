import { z } from 'zod';
import { describeValue } from '../core/describeZodIssue.js';
import { Member } from '../core/member.js';

const Label = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();

/**
 * How experienced a participant is: `'new'` or `'experienced'`, or a level such as years
 * of practice (0 or more). Pairing can favour mixing experience: an experienced member
 * inducting a new one.
 *
 * @example
 * ```ts
 * [Experience.safeParse('new').success, Experience.safeParse(12).success, Experience.safeParse('veteran').success];
 * // => [true, true, false]
 * Experience.safeParse('veteran').error?.issues[0]?.message;
 * // => 'must be "new", "experienced" or a number from 0 to 1000, got the text "veteran"'
 * ```
 */
export const Experience = /* @__PURE__ */ (() =>
  z.union([z.literal(['new', 'experienced']), z.number().min(0).max(1000)], {
    // Say what is accepted, rather than zod's "does not match any of the accepted forms".
    error: (issue) =>
      `must be "new", "experienced" or a number from 0 to 1000, got ${describeValue(issue.input)}`,
  }))();
/** How experienced a participant is. */
export type Experience = z.infer<typeof Experience>;

/**
 * A member taking part in a pairing: the shared {@link Member} plus what pairing rules
 * look at: topics they care about, their experience, the time slots they are free in and
 * the languages they can meet in.
 *
 * @example
 * ```ts
 * PairingParticipant.parse({
 *   id: 'p-07',
 *   displayName: 'Jo',
 *   area: 'Coastal',
 *   experience: 'new',
 *   topics: ['housing', 'youth'],
 *   availability: ['tue-pm', 'thu-am'],
 * }).languages;
 * // => []
 * ```
 */
export const PairingParticipant = /* @__PURE__ */ (() =>
  Member.extend({
    /** Topics the participant wants to learn or talk about; overlap scores a pair higher. */
    topics: z.array(Label).default([]),
    /** Their experience; mixing experienced with new scores a pair higher. */
    experience: Experience.optional(),
    /** Time slots they are free in, in the app's own words (`'tue-pm'`); pairs may be required to share one. */
    availability: z.array(Label).default([]),
    /** Languages they can meet in; pairs may be required to share one. */
    languages: z.array(Label).default([]),
  }))();
/** A member taking part in a pairing (parsed: lists always present). */
export type PairingParticipant = z.output<typeof PairingParticipant>;
/** A participant as an app writes one. */
export type PairingParticipantInput = z.input<typeof PairingParticipant>;

/**
 * One earlier round of pairing: who was grouped with whom (pairs and trios) and who sat
 * out. Pairing uses it to avoid recent repeats, to score novelty and to choose fairly who
 * sits out next.
 *
 * @example
 * ```ts
 * PairingRound.parse({ round: 3, groups: [['a', 'b'], ['c', 'd', 'e']], satOut: ['f'] }).groups.length;
 * // => 2
 * ```
 */
export const PairingRound = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The round's number; rounds count up (1, 2, 3, …). */
    round: z.int().min(0),
    /** The groups formed: pairs, or trios where numbers were odd. */
    groups: z.array(z.array(Label).min(2).max(3)).default([]),
    /** Who sat out that round. */
    satOut: z.array(Label).default([]),
  }))();
/** One earlier round of pairing. */
export type PairingRound = z.output<typeof PairingRound>;
/** One earlier round as an app writes it. */
export type PairingRoundInput = z.input<typeof PairingRound>;
