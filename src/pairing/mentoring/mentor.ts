import { z } from 'zod';
import { PairingParticipant } from '../participant.js';

const Id = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();

/**
 * A mentor in a mentoring scheme: a {@link PairingParticipant} with a capacity (how many
 * mentees they can take on) and, optionally, their ranking of mentees.
 *
 * Volunteer mentors give a few hours a month; the capacity is what they offered, and the
 * assignment never goes over it. A ranking (`preferences`, mentee ids, most wanted first)
 * is optional: a mentor without one ranks mentees by the pair's score. Unless
 * `rules.rankedOnly` is turned off, a ranking also lists everyone the mentor will accept.
 *
 * @example
 * ```ts
 * Mentor.parse({ id: 'm-priya', displayName: 'Priya', capacity: 3 }).topics;
 * // => []
 * Mentor.safeParse({ id: 'm-tom', displayName: 'Tom', capacity: 0 }).success;
 * // => false
 * ```
 */
export const Mentor = /* @__PURE__ */ (() =>
  PairingParticipant.extend({
    /** How many mentees the mentor can take: a whole number, at least 1. */
    capacity: z.int().min(1).max(100_000),
    /** Mentee ids, most wanted first (optional); see `rules.rankedOnly`. */
    preferences: z.array(Id).optional(),
  }))();
/** A mentor (parsed: lists always present). */
export type Mentor = z.output<typeof Mentor>;
/** A mentor as an app writes one. */
export type MentorInput = z.input<typeof Mentor>;
