import { z } from 'zod';
import { deepFreeze } from '../core/deepFreeze.js';

/** One observable sign of a stage: something an organiser can see the community doing. */
export interface StageSign {
  /** A stable id, `<stage>.<sign>`, such as `'coalescing.launch-held'`. */
  readonly id: string;
  /** The sign as a checklist line an organiser can tick or leave. */
  readonly text: string;
}

/** One stage of development of a community of practice. */
export interface CommunityStage {
  /** A stable id, such as `'maturing'`. */
  readonly id: CommunityStageId;
  /** Where the stage comes in the usual sequence, 1 (potential) to 5 (transformation). */
  readonly order: number;
  /** The stage's name, for people. */
  readonly name: string;
  /** What the community is like at this stage. */
  readonly description: string;
  /** Signs an organiser can observe, as a checklist. */
  readonly signs: readonly StageSign[];
  /** The difficulty communities usually meet at this stage. */
  readonly challenge: string;
  /** Where organisers do well to put their effort at this stage. */
  readonly focus: readonly string[];
}

/**
 * The id of a stage of development, earliest first: `'potential'`, `'coalescing'`,
 * `'maturing'`, `'stewardship'`, `'transformation'`.
 *
 * @example
 * ```ts
 * [...CommunityStageId.values];
 * // => ['potential', 'coalescing', 'maturing', 'stewardship', 'transformation']
 * CommunityStageId.safeParse('launch').success;
 * // => false
 * ```
 */
export const CommunityStageId = /* @__PURE__ */ (() =>
  z.literal(['potential', 'coalescing', 'maturing', 'stewardship', 'transformation']))();
/** The id of a stage of development. */
export type CommunityStageId = z.infer<typeof CommunityStageId>;

/**
 * The five stages through which a community of practice usually develops, each with
 * observable signs, its usual challenge and where to focus.
 *
 * After Wenger, McDermott and Snyder, Cultivating Communities of Practice (Harvard Business
 * School Press, 2002), chapters 4 and 5. A community does not always pass through every
 * stage in order, and may stay in one for years; the stages help an organiser ask what the
 * community needs now. The descriptions, signs and advice are peerlearn's own wording. The
 * catalogue is frozen; sign ids are stable, so apps may store ticked checklists.
 * {@link estimateStage} reads a ticked checklist against it.
 *
 * @example
 * ```ts
 * COMMUNITY_STAGES.map((stage) => stage.id);
 * // => ['potential', 'coalescing', 'maturing', 'stewardship', 'transformation']
 * COMMUNITY_STAGES[1]?.signs[0];
 * // => { id: 'coalescing.launch-held', text: 'A first meeting or launch event has taken place.' }
 * COMMUNITY_STAGES.every((stage) => stage.signs.length === 5);
 * // => true
 * ```
 */
export const COMMUNITY_STAGES: readonly CommunityStage[] = /* @__PURE__ */ (() =>
  deepFreeze<CommunityStage[]>([
    {
      id: 'potential',
      order: 1,
      name: 'Potential',
      description:
        'People who face similar questions already talk to each other here and there, but there is no group yet. They are finding out what they have in common and imagining what a community could do for them.',
      signs: [
        {
          id: 'potential.informal-contacts',
          text: 'People with the same concerns talk one-to-one or in passing, but not as a named group.',
        },
        {
          id: 'potential.shared-problems',
          text: 'Several people say they meet the same problems and would like to compare notes.',
        },
        {
          id: 'potential.convener-emerging',
          text: 'Someone has offered, or been asked, to bring people together.',
        },
        {
          id: 'potential.topic-unsettled',
          text: 'The topic a group would cover is being talked about but is not yet agreed.',
        },
        {
          id: 'potential.no-meetings-yet',
          text: 'No meeting of the group as a group has been held.',
        },
      ],
      challenge:
        'Finding enough common ground that people feel connected and can see what they would gain from sharing, without designing the community so fully that nobody else can shape it.',
      focus: [
        'Agree the topic the community is about and why it matters to members.',
        'Find the people who already share knowledge on it informally.',
        'Ask prospective members what they need and what they could offer.',
        'Identify a coordinator and a sponsor willing to give time and backing.',
      ],
    },
    {
      id: 'coalescing',
      order: 2,
      name: 'Coalescing',
      description:
        'The community has started: a first gathering has happened and meetings are beginning. Members are building trust and relationships and are looking for early signs that taking part is worth their time.',
      signs: [
        {
          id: 'coalescing.launch-held',
          text: 'A first meeting or launch event has taken place.',
        },
        {
          id: 'coalescing.meetings-begun',
          text: 'Meetings have started to happen at a regular interval.',
        },
        {
          id: 'coalescing.trust-forming',
          text: 'Members are getting to know each other and beginning to bring real problems.',
        },
        {
          id: 'coalescing.coordinator-named',
          text: 'A named coordinator or small core group arranges the meetings.',
        },
        {
          id: 'coalescing.early-value',
          text: 'Members can name a useful idea, tool or contact they got from the group.',
        },
      ],
      challenge:
        'Creating enough energy and early value to keep people coming back, while trust and relationships are still too new to carry the group on their own.',
      focus: [
        'Hold meetings on a steady rhythm so that the group becomes a habit.',
        'Help members get to know each other and make it safe to raise real problems.',
        'Surface and share practical ideas that members can use straight away.',
        'Give the coordinator recognised time and status for the role.',
      ],
    },
    {
      id: 'maturing',
      order: 3,
      name: 'Maturing',
      description:
        'The community is growing and moving from swapping tips to building a body of shared knowledge. It is working out its focus, its boundaries and its role in the wider organisation or programme.',
      signs: [
        {
          id: 'maturing.membership-growing',
          text: 'New members keep joining and the group is larger than at its start.',
        },
        {
          id: 'maturing.knowledge-organised',
          text: 'Members gather and organise what they know: guides, case write-ups, a shared library.',
        },
        {
          id: 'maturing.gaps-named',
          text: 'The group has named gaps in its knowledge and set out to fill them.',
        },
        {
          id: 'maturing.boundaries-discussed',
          text: 'Members discuss what falls inside the topic and whom the community is for.',
        },
        {
          id: 'maturing.newcomer-routine',
          text: 'There is a settled way of welcoming and inducting newcomers.',
        },
      ],
      challenge:
        'Keeping a clear focus on the topic while the membership and the agenda grow, so that newcomers are welcomed without the group losing depth.',
      focus: [
        'Agree the community’s role and its boundaries with members and sponsors.',
        'Take stock of what the community knows and where the gaps lie.',
        'Organise and keep up the shared knowledge so that it can be found.',
        'Build routines, such as buddying, that bring newcomers up to speed.',
      ],
    },
    {
      id: 'stewardship',
      order: 4,
      name: 'Stewardship',
      description:
        'The community is established and recognised as the place to go for its topic. Its task now is to stay alive and relevant as members, leaders, topics and the interest of sponsors change.',
      signs: [
        {
          id: 'stewardship.recognised',
          text: 'The organisation, funders or partners recognise the community and consult it.',
        },
        {
          id: 'stewardship.go-to-place',
          text: 'People outside the community are sent to it when they have questions on its topic.',
        },
        {
          id: 'stewardship.leadership-renewed',
          text: 'Coordination or leadership has passed to new people at least once.',
        },
        {
          id: 'stewardship.fresh-input',
          text: 'New topics or outside speakers are brought in on purpose to keep it lively.',
        },
        {
          id: 'stewardship.energy-renewed',
          text: 'When attendance or energy has dipped, the community has deliberately revived it.',
        },
      ],
      challenge:
        'Keeping the community fresh and open as it ages: a sense of ownership among long-standing members can harden into a closed circle, and familiar routines can lose their pull.',
      focus: [
        'Bring in new voices, outside perspectives and emerging topics.',
        'Renew leadership and mentor the next coordinators.',
        'Review the shared knowledge and retire what is out of date.',
        'Keep links with sponsors and the wider programme so that the community stays valued.',
      ],
    },
    {
      id: 'transformation',
      order: 5,
      name: 'Transformation',
      description:
        'The community is changing its nature or coming to an end: its purpose may be met or overtaken, members may be drifting, or it may be merging, splitting or turning into a formal team.',
      signs: [
        {
          id: 'transformation.purpose-met',
          text: 'The original purpose is largely achieved or no longer pressing.',
        },
        {
          id: 'transformation.attendance-falling',
          text: 'Attendance has fallen steadily over several meetings.',
        },
        {
          id: 'transformation.restructuring-discussed',
          text: 'There is talk of merging with another group, splitting, or becoming a formal team.',
        },
        {
          id: 'transformation.legacy-discussed',
          text: 'Members discuss how to record or hand on what the group has learnt.',
        },
        {
          id: 'transformation.members-moving-on',
          text: 'Key members have moved on to other groups or roles.',
        },
      ],
      challenge:
        'Deciding honestly whether to reinvent the community or let it go, and in either case keeping what members have learnt and the relationships they have built.',
      focus: [
        'Ask members whether the community still serves them and what they want next.',
        'Record and pass on the community’s knowledge and stories.',
        'Help members find other communities, or plan a merger or relaunch.',
        'Mark the ending or the change, and recognise what the community achieved.',
      ],
    },
  ]))();
