import { z } from 'zod';
import { IsoDate } from '../../core/index.js';

const Label = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();

/**
 * Someone who speaks at a cluster session, marked as coming from outside the cluster's
 * areas (`'outside'`: an expert, a funder, a national body) or from inside (`'local'`: a
 * member sharing their own area's work).
 *
 * Communities of practice thrive on a dialogue between inside and outside perspectives;
 * learning clusters bring in outside speakers to help areas see the bigger picture, while
 * local speakers keep the learning grounded. The timeline counts the share of sessions with
 * at least one outside voice.
 *
 * @example
 * ```ts
 * ClusterSpeaker.parse({ name: 'Dr Rao', origin: 'outside', organisation: 'Youth Justice Board' }).origin;
 * // => 'outside'
 * ClusterSpeaker.safeParse({ name: 'Sam', origin: 'external' }).success;
 * // => false
 * ```
 */
export const ClusterSpeaker = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The speaker's name as the programme shows it. */
    name: Label,
    /** `'outside'`: from beyond the cluster's areas; `'local'`: from a member area. */
    origin: z.literal(['outside', 'local']),
    /** The organisation the speaker comes from, if any. */
    organisation: Label.optional(),
    /** What the speaker talked about, if recorded. */
    subject: Label.optional(),
  }))();
/** Someone who speaks at a cluster session. */
export type ClusterSpeaker = z.output<typeof ClusterSpeaker>;
/** A speaker as an app writes one. */
export type ClusterSpeakerInput = z.input<typeof ClusterSpeaker>;

/**
 * One session of a learning cluster: when it is (or was), its speakers and who attended.
 *
 * A learning cluster meets several times over a year; participants network, hear speakers
 * and buddy up between sessions. A session dated on or before the timeline's `asOf` counts
 * as held unless `cancelled`; later ones are planned. `attended` lists participant ids
 * (empty when attendance was not recorded or the session has not happened).
 *
 * @example
 * ```ts
 * ClusterSession.parse({ id: 's1', date: '2026-02-10', time: '18:30' }).attended;
 * // => []
 * ClusterSession.safeParse({ id: 's1', date: '2026-02-10', time: '6.30pm' }).success;
 * // => false
 * ```
 */
export const ClusterSession = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A stable identifier, unique within the cluster. */
    id: Label,
    /** The session's calendar date, `YYYY-MM-DD`. */
    date: IsoDate,
    /** The local start time, `HH:MM` on a 24-hour clock, if set. */
    time: z
      .string()
      .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/u, 'must be a 24-hour time such as 18:30')
      .optional(),
    /** A short title, such as the session's theme. */
    title: Label.optional(),
    /** Who spoke, each marked outside or local (default none). */
    speakers: z.array(ClusterSpeaker).default([]),
    /** Ids of the participants who attended (default none recorded). */
    attended: z.array(Label).default([]),
    /** Whether the session was called off (default false); a cancelled session is never held. */
    cancelled: z.boolean().default(false),
  }))();
/** One session of a learning cluster (parsed: lists always present). */
export type ClusterSession = z.output<typeof ClusterSession>;
/** A session as an app writes one. */
export type ClusterSessionInput = z.input<typeof ClusterSession>;
