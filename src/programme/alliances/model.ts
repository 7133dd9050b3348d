import { z } from 'zod';
import { IsoDate } from '../../core/isoDate.js';
import { AllianceItemId } from './catalogue.js';

const Label = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();

/**
 * An organisation that belongs to a learning alliance, and when it joined.
 *
 * @example
 * ```ts
 * AllianceOrganisation.parse({ id: 'trust', name: 'Riverside Trust', joined: '2026-01-10' });
 * // => { id: 'trust', name: 'Riverside Trust', joined: '2026-01-10' }
 * AllianceOrganisation.safeParse({ id: 'trust', name: 'Riverside Trust', joined: '10/01/2026' }).success;
 * // => false
 * ```
 */
export const AllianceOrganisation = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A stable id, unique within the alliance. */
    id: Label,
    /** The organisation's name. */
    name: Label,
    /** The date it joined; when left out it counts as a founder, joined on the founding date. */
    joined: IsoDate.optional(),
  }))();
/** An organisation that belongs to a learning alliance. */
export type AllianceOrganisation = z.infer<typeof AllianceOrganisation>;

/**
 * Whether a piece of evidence shows a feature or target reached (`'met'`) or only work
 * towards it (`'progress'`).
 *
 * @example
 * ```ts
 * [...EvidenceWeight.values];
 * // => ['met', 'progress']
 * ```
 */
export const EvidenceWeight = /* @__PURE__ */ (() => z.literal(['met', 'progress']))();
/** Whether a piece of evidence shows an item reached or only work towards it. */
export type EvidenceWeight = z.infer<typeof EvidenceWeight>;

/**
 * One dated piece of evidence about a feature or a first-year target of an alliance.
 *
 * Evidence dated before the alliance was founded is allowed: alliances often grow out of
 * earlier joint work (a feasibility study, a bid written together), and that work counts.
 * `counts` defaults to `'met'`.
 *
 * @example
 * ```ts
 * AllianceEvidence.parse({ about: 'event', date: '2026-05-14', description: 'Launch at the library' });
 * // => { about: 'event', date: '2026-05-14', description: 'Launch at the library', counts: 'met' }
 * AllianceEvidence.safeParse({ about: 'party', date: '2026-05-14', description: 'Launch' }).success;
 * // => false
 * ```
 */
export const AllianceEvidence = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The feature or first-year target the evidence is about. */
    about: AllianceItemId,
    /** The date of what the evidence records. */
    date: IsoDate,
    /** What happened, in the alliance's own words. */
    description: z.string().trim().min(1).max(1000),
    /** Whether it shows the item reached or only work towards it (default `'met'`). */
    counts: EvidenceWeight.default('met'),
  }))();
/** One dated piece of evidence about a feature or target (parsed: `counts` always present). */
export type AllianceEvidence = z.output<typeof AllianceEvidence>;
/** One dated piece of evidence as an app may write it: `counts` may be left out. */
export type AllianceEvidenceInput = z.input<typeof AllianceEvidence>;

/**
 * The organisation that leads the alliance, and since when.
 *
 * @example
 * ```ts
 * AllianceLead.safeParse({ organisation: 'trust', since: '2026-02-01' }).success;
 * // => true
 * ```
 */
export const AllianceLead = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The id of a member organisation. */
    organisation: Label,
    /** The date it took on the lead. */
    since: IsoDate,
  }))();
/** The organisation that leads the alliance, and since when. */
export type AllianceLead = z.infer<typeof AllianceLead>;

/**
 * A learning alliance: organisations in one place that have joined up to improve
 * community learning, with the evidence of what they have done.
 *
 * Organisation ids must be unique and the lead, when there is one, must be a member.
 * Members joined on dates, and the lead since a date, are evidence in their own right:
 * {@link allianceProgress} reads them for the membership and lead-organisation targets.
 *
 * @example
 * ```ts
 * const alliance = LearningAlliance.parse({
 *   id: 'stockport',
 *   place: 'Stockport',
 *   founded: '2026-01-15',
 *   members: [{ id: 'trust', name: 'Riverside Trust' }],
 * });
 * [alliance.evidence, alliance.lead];
 * // => [[], undefined]
 * LearningAlliance.safeParse({ ...alliance, lead: { organisation: 'college', since: '2026-02-01' } }).success;
 * // => false
 * ```
 */
export const LearningAlliance = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** A stable id for the alliance. */
      id: Label,
      /** The place the alliance covers, such as a town or borough. */
      place: Label,
      /** The date the alliance was founded; due points count from here. */
      founded: IsoDate,
      /** The member organisations, each with a unique id. */
      members: z.array(AllianceOrganisation).default([]),
      /** The lead organisation, once one has been agreed. */
      lead: AllianceLead.optional(),
      /** Dated evidence about the features and first-year targets. */
      evidence: z.array(AllianceEvidence).default([]),
    })
    .superRefine((alliance, context) => {
      const seen = new Set<string>();
      alliance.members.forEach((member, index) => {
        if (seen.has(member.id)) {
          context.addIssue({
            code: 'custom',
            path: ['members', index, 'id'],
            message: `the organisation id '${member.id}' appears twice; give each member its own id`,
          });
        }
        seen.add(member.id);
      });
      if (alliance.lead !== undefined && !seen.has(alliance.lead.organisation)) {
        context.addIssue({
          code: 'custom',
          path: ['lead', 'organisation'],
          message: `'${alliance.lead.organisation}' is not a member; add it to members or name a member as lead`,
        });
      }
    }))();
/** A learning alliance (parsed: `members` and `evidence` always present). */
export type LearningAlliance = z.output<typeof LearningAlliance>;
/** A learning alliance as an app may write it: `members` and `evidence` may be left out. */
export type LearningAllianceInput = z.input<typeof LearningAlliance>;
