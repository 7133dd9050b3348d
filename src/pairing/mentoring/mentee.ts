import { z } from 'zod';
import { PairingParticipant } from '../participant.js';

const Id = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();

/**
 * A mentee in a mentoring scheme: a {@link PairingParticipant} with, optionally, their
 * ranking of mentors.
 *
 * A new member asked "who would you like as a mentor?" names a few (`preferences`, mentor
 * ids, first choice first). Without a ranking the mentee ranks mentors by the pair's
 * score (topics, experience and your own score). Unless `rules.rankedOnly` is turned off, a
 * ranking also lists every mentor the mentee will accept.
 *
 * @example
 * ```ts
 * Mentee.parse({ id: 'e-jo', displayName: 'Jo', preferences: ['m-priya', 'm-tom'] }).preferences;
 * // => ['m-priya', 'm-tom']
 * ```
 */
export const Mentee = /* @__PURE__ */ (() =>
  PairingParticipant.extend({
    /** Mentor ids, first choice first (optional); see `rules.rankedOnly`. */
    preferences: z.array(Id).optional(),
  }))();
/** A mentee (parsed: lists always present). */
export type Mentee = z.output<typeof Mentee>;
/** A mentee as an app writes one. */
export type MenteeInput = z.input<typeof Mentee>;
