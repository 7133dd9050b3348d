import { z } from 'zod';
import { deepFreeze } from '../../core/deepFreeze.js';

const Sentence = /* @__PURE__ */ (() => z.string().trim().min(1).max(1000))();

/**
 * The stable id of one of the five features a learning alliance usually builds.
 *
 * Apps store these ids with their evidence, so they never change; names and wording may
 * be improved between versions.
 *
 * @example
 * ```ts
 * AllianceFeatureId.parse('shared-learning');
 * // => 'shared-learning'
 * AllianceFeatureId.safeParse('shared learning').success;
 * // => false
 * ```
 */
export const AllianceFeatureId = /* @__PURE__ */ (() =>
  z.literal([
    'common-strategic-framework',
    'access-to-funding',
    'standardised-monitoring',
    'networking-and-coordination',
    'shared-learning',
  ]))();
/** The stable id of one of the five features of a learning alliance. */
export type AllianceFeatureId = z.infer<typeof AllianceFeatureId>;

/**
 * The stable id of one of the seven targets a new learning alliance sets for its first year.
 *
 * @example
 * ```ts
 * FirstYearTargetId.parse('funding-pot');
 * // => 'funding-pot'
 * FirstYearTargetId.safeParse('newsletter').success;
 * // => false
 * ```
 */
export const FirstYearTargetId = /* @__PURE__ */ (() =>
  z.literal([
    'identity',
    'lead-organisation',
    'membership',
    'event',
    'shared-training',
    'monthly-communications',
    'funding-pot',
  ]))();
/** The stable id of one of the seven first-year targets of a learning alliance. */
export type FirstYearTargetId = z.infer<typeof FirstYearTargetId>;

/**
 * The id of anything an alliance's progress is judged on: a feature or a first-year target.
 *
 * @example
 * ```ts
 * AllianceItemId.safeParse('event').success;
 * // => true
 * AllianceItemId.safeParse('standardised-monitoring').success;
 * // => true
 * ```
 */
export const AllianceItemId = /* @__PURE__ */ (() =>
  z.union([AllianceFeatureId, FirstYearTargetId]))();
/** The id of a feature or a first-year target of a learning alliance. */
export type AllianceItemId = z.infer<typeof AllianceItemId>;

/**
 * One feature of a learning alliance, with what counts as evidence that it is in place.
 *
 * @example
 * ```ts
 * AllianceFeature.safeParse({ id: 'shared-learning', name: 'Shared learning' }).success;
 * // => false
 * ```
 */
export const AllianceFeature = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The stable id, such as `'standardised-monitoring'`. */
    id: AllianceFeatureId,
    /** The feature's name as people read it. */
    name: Sentence,
    /** What the feature means for the organisations in the alliance, in plain words. */
    description: Sentence,
    /** Examples of records that show the feature is in place. */
    evidence: z.array(Sentence).min(1),
    /** How many pieces of evidence marked `'met'`, on different dates, make the feature count as in place. */
    evidenceNeeded: z.int().min(1),
    /** A first thing to do when there is nothing to show yet. */
    firstStep: Sentence,
  }))();
/** One feature of a learning alliance. */
export type AllianceFeature = z.infer<typeof AllianceFeature>;

/**
 * One first-year target of a learning alliance, with what counts as evidence and when it
 * is due by default.
 *
 * @example
 * ```ts
 * FirstYearTarget.safeParse({ id: 'event', name: 'An event', dueMonths: 0 }).success;
 * // => false
 * ```
 */
export const FirstYearTarget = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The stable id, such as `'identity'`. */
    id: FirstYearTargetId,
    /** The target's name as people read it. */
    name: Sentence,
    /** What reaching the target means, in plain words. */
    description: Sentence,
    /** Examples of records that show the target has been reached. */
    evidence: z.array(Sentence).min(1),
    /** How many pieces of evidence marked `'met'`, on different dates, reach the target. */
    evidenceNeeded: z.int().min(1),
    /** The default due point: whole months after the alliance was founded (1 to 24). */
    dueMonths: z.int().min(1).max(24),
    /** A first thing to do when there is nothing to show yet. */
    firstStep: Sentence,
  }))();
/** One first-year target of a learning alliance. */
export type FirstYearTarget = z.infer<typeof FirstYearTarget>;

/**
 * The five features a learning alliance usually builds, each with what counts as evidence.
 *
 * A learning alliance joins up the organisations in one place that help people learn
 * outside formal education (councils' teams, colleges, housing associations, faith and
 * arts groups, small community groups) so they share skills and resources rather than
 * working side by side with no overview. These features describe an alliance that works;
 * {@link allianceProgress} checks each against the alliance's evidence. Deeply frozen.
 *
 * @example
 * ```ts
 * ALLIANCE_FEATURES.map((feature) => feature.id);
 * // => ['common-strategic-framework', 'access-to-funding', 'standardised-monitoring',
 * //   'networking-and-coordination', 'shared-learning']
 * Object.isFrozen(ALLIANCE_FEATURES[0]);
 * // => true
 * ```
 */
export const ALLIANCE_FEATURES: readonly AllianceFeature[] = /* @__PURE__ */ (() =>
  deepFreeze<AllianceFeature[]>([
    {
      id: 'common-strategic-framework',
      name: 'A common strategic framework',
      description:
        'The member organisations agree what the alliance is for and how their own plans fit with the local and national plans for learning, so effort pulls in one direction.',
      evidence: [
        'A strategy or terms of reference signed off by the members',
        'Minutes showing the plan was agreed and when it will be reviewed',
      ],
      evidenceNeeded: 1,
      firstStep:
        'Draft a one-page statement of shared aims and take it to the next members meeting for agreement.',
    },
    {
      id: 'access-to-funding',
      name: 'Better access to funding',
      description:
        'Members find and win money together that none of them could reach alone, such as consortium bids or a shared pot, and small groups hear about openings in time.',
      evidence: [
        'A joint bid submitted or awarded',
        'A shared list of funding openings circulated to members',
      ],
      evidenceNeeded: 1,
      firstStep:
        'List the funds members already hold or are chasing and pick one that a joint bid could win.',
    },
    {
      id: 'standardised-monitoring',
      name: 'Standardised monitoring',
      description:
        'Members count and describe their learning activity in the same way, so the alliance can show its reach and quality as a whole and each member is spared repeated forms.',
      evidence: [
        'An agreed set of measures or a common monitoring form',
        'A first combined report built from members returns',
      ],
      evidenceNeeded: 1,
      firstStep:
        'Compare the monitoring forms members already use and agree a short common core of measures.',
    },
    {
      id: 'networking-and-coordination',
      name: 'Networking and coordination',
      description:
        'Members know what the others offer, refer learners to each other and avoid running the same course on the same night, through regular contact and a shared map of provision.',
      evidence: [
        'A map or directory of what each member offers',
        'A regular meeting or forum with attendance recorded',
      ],
      evidenceNeeded: 1,
      firstStep: 'Start a shared directory of what each member offers, where and when.',
    },
    {
      id: 'shared-learning',
      name: 'Shared learning',
      description:
        'Members learn from each other about what works, through peer visits, joint training and honest reviews, so good practice spreads across the alliance.',
      evidence: [
        'A peer visit, joint training or learning exchange between members',
        'A write-up of lessons learned shared with all members',
      ],
      evidenceNeeded: 1,
      firstStep:
        'Arrange one peer visit between two members and ask them to report back to the rest.',
    },
  ]))();

/**
 * The seven targets a new learning alliance can aim for in its first year, each with what
 * counts as evidence and a default due point in months after founding.
 *
 * Early targets are small, visible and checkable: they give a young alliance something to
 * show its members and funders while the larger features take shape. The due points are
 * defaults; pass `dueMonths` to {@link allianceProgress} to set your own. The monthly
 * communications channel needs three issues on different dates before it counts as
 * running. Deeply frozen.
 *
 * @example
 * ```ts
 * FIRST_YEAR_TARGETS.map((target) => [target.id, target.dueMonths]);
 * // => [['identity', 3], ['lead-organisation', 3], ['membership', 6], ['event', 9],
 * //   ['shared-training', 12], ['monthly-communications', 6], ['funding-pot', 12]]
 * FIRST_YEAR_TARGETS.find((target) => target.id === 'monthly-communications')?.evidenceNeeded;
 * // => 3
 * ```
 */
export const FIRST_YEAR_TARGETS: readonly FirstYearTarget[] = /* @__PURE__ */ (() =>
  deepFreeze<FirstYearTarget[]>([
    {
      id: 'identity',
      name: 'An identity',
      description:
        'The alliance has a name, and a short line saying what it does, that members use when they talk about it, so people in the area can recognise it.',
      evidence: ['A name and strapline agreed by members', 'A logo or web page in use'],
      evidenceNeeded: 1,
      dueMonths: 3,
      firstStep: 'Put two or three possible names to members and agree one.',
    },
    {
      id: 'lead-organisation',
      name: 'A lead organisation',
      description:
        'One member agrees to hold the alliance together: to convene, to hold money on its behalf and to be the first point of contact.',
      evidence: [
        'A lead recorded on the alliance (with the date it took the role)',
        'Minutes of the decision',
      ],
      evidenceNeeded: 1,
      dueMonths: 3,
      firstStep:
        'Ask members which organisation has the capacity to lead for the first year, and record the decision.',
    },
    {
      id: 'membership',
      name: 'A membership',
      description:
        'Enough organisations have joined, and know they have, for the alliance to speak for more than its founders.',
      evidence: [
        'Organisations recorded as members with the date each joined',
        'A signed membership agreement',
      ],
      evidenceNeeded: 1,
      dueMonths: 6,
      firstStep:
        'Invite the organisations already doing community learning in the area to join, and record each that does.',
    },
    {
      id: 'event',
      name: 'An event',
      description:
        'The alliance runs at least one event of its own, such as a launch or a learning fair, that brings members and local people together.',
      evidence: ['An event held, with the date and who came'],
      evidenceNeeded: 1,
      dueMonths: 9,
      firstStep: 'Pick a date and a host member for a launch event and share the invitation.',
    },
    {
      id: 'shared-training',
      name: 'Shared training',
      description:
        'Staff or volunteers from several members train together, on something all of them need, delivered by a member or bought in jointly.',
      evidence: ['A training session with attendees from at least two members'],
      evidenceNeeded: 1,
      dueMonths: 12,
      firstStep:
        'Ask members which training they each pay for separately and offer one session jointly.',
    },
    {
      id: 'monthly-communications',
      name: 'A monthly communications channel',
      description:
        'A bulletin, mailing or forum goes out every month so members hear news, openings and dates without waiting for a meeting.',
      evidence: ['Each issue sent, with its date (three issues show the channel is running)'],
      evidenceNeeded: 3,
      dueMonths: 6,
      firstStep:
        'Choose who compiles a short monthly bulletin and send the first issue, even if it is brief.',
    },
    {
      id: 'funding-pot',
      name: 'A funding pot',
      description:
        'The alliance has money it can call on for shared work, from a grant, members contributions or a funder that backs the partnership.',
      evidence: [
        'A grant or pooled fund confirmed in writing',
        'An account or budget line held by the lead',
      ],
      evidenceNeeded: 1,
      dueMonths: 12,
      firstStep:
        'Approach one funder that backs local partnerships, or agree small member contributions for a shared pot.',
    },
  ]))();
