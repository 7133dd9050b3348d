import { z } from 'zod';
import { deepFreeze } from '../core/deepFreeze.js';

/**
 * The stable id of one of the seven design principles for cultivating a community of
 * practice (Wenger, McDermott & Snyder 2002, "Cultivating Communities of Practice", ch. 3).
 *
 * Apps store these ids with assessments and plans, so they never change; names and
 * wording may be improved between versions.
 *
 * @example
 * ```ts
 * PrincipleId.parse('focus-on-value');
 * // => 'focus-on-value'
 * PrincipleId.safeParse('focus on value').success;
 * // => false
 * ```
 */
export const PrincipleId = /* @__PURE__ */ (() =>
  z.literal([
    'design-for-evolution',
    'inside-outside-dialogue',
    'levels-of-participation',
    'public-and-private-spaces',
    'focus-on-value',
    'familiarity-and-excitement',
    'community-rhythm',
  ]))();
/** The stable id of one of the seven design principles. */
export type PrincipleId = z.infer<typeof PrincipleId>;

const Sentence = /* @__PURE__ */ (() => z.string().trim().min(1).max(1000))();

/**
 * One design principle for cultivating a community of practice, with what to look for and
 * what to do when it is weak.
 *
 * The principles come from Wenger, McDermott & Snyder (2002), "Cultivating Communities of
 * Practice", chapter 3; the wording, indicators and actions here are peerlearn's own.
 * Indicators are questions an organiser can answer from what the community actually does
 * (its calendar, attendance, forum), not from how people feel about it.
 *
 * @example
 * ```ts
 * DesignPrinciple.safeParse({ id: 'focus-on-value', name: 'Focus on value' }).success;
 * // => false
 * ```
 */
export const DesignPrinciple = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The stable id, such as `'design-for-evolution'`. */
    id: PrincipleId,
    /** The principle's name as people read it. */
    name: Sentence,
    /** What the principle asks of the people who cultivate a community, in plain words. */
    description: Sentence,
    /** Questions an organiser can answer from what the community does. */
    indicators: z.array(Sentence).min(1),
    /** Things to try when the principle is weak. */
    actions: z.array(Sentence).min(1),
  }))();
/** One design principle with its indicators and actions. */
export type DesignPrinciple = z.infer<typeof DesignPrinciple>;

/**
 * The seven design principles for cultivating a community of practice, in the order the
 * literature gives them, each with a description, practical indicators and suggested
 * actions.
 *
 * A community of practice is a group of people who share a concern and learn together how
 * to act on it. Funders and networks that set one up can use these principles as a
 * working health check rather than a poster: the indicators turn each principle into
 * questions about what happens, and the actions say where to put effort when a principle
 * is weak. The principles are those of Wenger, McDermott & Snyder (2002), "Cultivating
 * Communities of Practice", Harvard Business School Press, chapter 3; every sentence here
 * is peerlearn's own. The constant is deeply frozen.
 *
 * @example
 * ```ts
 * DESIGN_PRINCIPLES.map((principle) => principle.id);
 * // => ['design-for-evolution', 'inside-outside-dialogue', 'levels-of-participation',
 * //   'public-and-private-spaces', 'focus-on-value', 'familiarity-and-excitement',
 * //   'community-rhythm']
 * DESIGN_PRINCIPLES.find((principle) => principle.id === 'community-rhythm')?.name;
 * // => 'Create a rhythm for the community'
 * Object.isFrozen(DESIGN_PRINCIPLES[0]?.actions);
 * // => true
 * ```
 */
export const DESIGN_PRINCIPLES: readonly DesignPrinciple[] = /* @__PURE__ */ (() =>
  deepFreeze<DesignPrinciple[]>([
    {
      id: 'design-for-evolution',
      name: 'Design for evolution',
      description:
        'Start with a light structure and let the community change its shape as members find out what they need. Plans are experiments to learn from, not a blueprint to defend.',
      indicators: [
        'Has the format, topic or membership changed at least once in the last year because members asked for it?',
        'Is there a regular point (a review, a show of hands) where members decide what to keep and what to drop?',
        'Were any new activities tried in the last six months, and was it recorded what happened?',
      ],
      actions: [
        'Hold a short review at the end of the next meeting: what to keep, what to stop, what to try.',
        'Run one small experiment (a new format or a guest) and agree in advance how you will judge it.',
        'Write down the changes made so far, so newcomers can see the community is theirs to shape.',
      ],
    },
    {
      id: 'inside-outside-dialogue',
      name: 'Open a dialogue between inside and outside perspectives',
      description:
        'Combine what members know from doing the work with views from beyond the community: other sectors, research, people who use the services. Outsiders help members see their practice afresh; insiders know which ideas will work here.',
      indicators: [
        'How many sessions in the last year had a contributor from outside the community?',
        'Do members bring back ideas from other networks, and is there a slot for sharing them?',
        'Has the community shared its own learning with people outside it?',
      ],
      actions: [
        'Invite a speaker from a neighbouring field and leave most of the time for members to question them.',
        'Pair with another community for one joint session or an exchange visit.',
        'Ask people who use your services what they think the community should be learning about.',
      ],
    },
    {
      id: 'levels-of-participation',
      name: 'Invite different levels of participation',
      description:
        'Expect and welcome a small core, an active group and many on the edge who mostly watch. Make it easy to move between levels, and value those on the edge, who often carry learning elsewhere.',
      indicators: [
        'Are there ways to take part that need little time, such as reading notes or answering a poll?',
        'Did anyone move from the edge into a more active role in the last year?',
        'Does the same handful of people do all the hosting and presenting?',
      ],
      actions: [
        'Offer a light way to contribute, such as a two-minute story or a reaction to the notes.',
        'Ask a peripheral member personally to co-host one session with someone experienced.',
        'Share leadership roles around the core so the community does not rest on one or two people.',
      ],
    },
    {
      id: 'public-and-private-spaces',
      name: 'Develop both public and private spaces',
      description:
        'Combine open events where everyone sees the community at work with one-to-one conversations, buddying and small groups where trust builds and harder questions can be asked.',
      indicators: [
        'Besides whole-group meetings, are there one-to-ones, buddy pairs or small groups?',
        'Do members talk to each other between meetings without the organiser arranging it?',
        'Is there a public place (an event, a forum, a newsletter) where the community shows its work?',
      ],
      actions: [
        'Pair members up as buddies from different areas to talk once between meetings.',
        'Hold a public showcase or open session where members present what they have learned.',
        'Ask the coordinator to connect two members who face a similar problem.',
      ],
    },
    {
      id: 'focus-on-value',
      name: 'Focus on value',
      description:
        'Keep asking what members and their organisations get out of taking part, and make that value visible. Value is often slow to appear, so talk about it openly and collect stories of it as it shows.',
      indicators: [
        'Can members name something they changed in their work because of the community?',
        'Is there a record of value stories or outcomes that the community updates?',
        'Did the community discuss in the last year what it is for and whether it is delivering?',
      ],
      actions: [
        'Open each meeting with one member telling how they used something from the last one.',
        'Start a simple log of value stories: what happened, what changed, who benefited.',
        'Ask members what would make the next six months worth their time, and plan around the answers.',
      ],
    },
    {
      id: 'familiarity-and-excitement',
      name: 'Combine familiarity with excitement',
      description:
        'Offer the comfort of regular, familiar routines where people can speak freely, alongside occasional events that bring fresh energy, surprise and new connections.',
      indicators: [
        'Is there a familiar pattern to meetings that members can rely on?',
        'Was there at least one unusual or stretching event in the last six months?',
        'Do meetings leave room for open conversation rather than a fixed programme only?',
      ],
      actions: [
        'Keep a steady core format, and plan one different event a term: a visit, a debate, a challenge.',
        'Leave open time in every meeting for members to raise what is on their minds.',
        'Invite members to propose and run an event that would excite them.',
      ],
    },
    {
      id: 'community-rhythm',
      name: 'Create a rhythm for the community',
      description:
        'Give the community a steady pace of meetings and contact that keeps it alive without wearing members out. The rhythm should suit the members and may speed up or slow down as the community develops.',
      indicators: [
        'Are meetings held at a predictable interval, and are the dates known well ahead?',
        'Is there contact between meetings (updates, buddy calls) that keeps momentum?',
        'Do members say the pace is too fast or too slow, and has it been adjusted?',
      ],
      actions: [
        'Publish a calendar of meetings for the coming months at a steady interval.',
        'Add a light touch point between meetings, such as a short update or buddy check-in.',
        'Ask members whether the pace suits them and adjust the interval if it does not.',
      ],
    },
  ]))();
