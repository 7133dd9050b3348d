import { z } from 'zod';
import { deepFreeze } from '../core/deepFreeze.js';

/**
 * The stable id of an everyday peer-learning activity in {@link PEER_LEARNING_ACTIVITIES}.
 *
 * @example
 * ```ts
 * PeerLearningActivityId.parse('shadowing');
 * // => 'shadowing'
 * PeerLearningActivityId.safeParse('webinar').success;
 * // => false
 * ```
 */
export const PeerLearningActivityId = /* @__PURE__ */ (() =>
  z.literal([
    'buddy-meetings',
    'team-meetings',
    'circle-meetings',
    'one-to-ones',
    'supported-people-teach-team',
    'carers-teach-team',
    'shadowing',
    'action-learning-sets',
    'critical-thinking-buddies',
    'feedback',
  ]))();
/** The stable id of an everyday peer-learning activity. */
export type PeerLearningActivityId = z.infer<typeof PeerLearningActivityId>;

/**
 * A route by which a member meets an activity: when they join, through their circle, or
 * across teams with other workers in the same area.
 *
 * @example
 * ```ts
 * [...LearningRoute.values];
 * // => ['on-joining', 'through-circles', 'across-teams']
 * ```
 */
export const LearningRoute = /* @__PURE__ */ (() =>
  z.literal(['on-joining', 'through-circles', 'across-teams']))();
/** A route by which a member meets an activity. */
export type LearningRoute = z.infer<typeof LearningRoute>;

/**
 * How an activity can be held: in person or online.
 *
 * @example
 * ```ts
 * [...ActivityMode.values];
 * // => ['face-to-face', 'digital']
 * ```
 */
export const ActivityMode = /* @__PURE__ */ (() => z.literal(['face-to-face', 'digital']))();
/** How an activity can be held: in person or online. */
export type ActivityMode = z.infer<typeof ActivityMode>;

/**
 * One everyday peer-learning activity: what it is, its routes, how it can be held, whether
 * it needs a trained facilitator, and from which week a newcomer can usefully start it.
 *
 * @example
 * ```ts
 * PeerLearningActivity.safeParse({ id: 'shadowing', name: 'Shadowing' }).success;
 * // => false
 * ```
 */
export const PeerLearningActivity = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The stable id. */
    id: PeerLearningActivityId,
    /** The activity's name as people read it. */
    name: z.string().min(1),
    /** What happens and who learns from whom, in plain words. */
    description: z.string().min(1),
    /** The routes on which a member meets it, at least one. */
    routes: z.array(LearningRoute).min(1),
    /** How it can be held, at least one way. */
    modes: z.array(ActivityMode).min(1),
    /** Whether someone trained in the practice must lead it. */
    needsTrainedFacilitator: z.boolean(),
    /** The first week (1 = the week of joining) in which a newcomer can usefully start it. */
    earliestWeek: z.int().min(1),
  }))();
/** One everyday peer-learning activity. */
export type PeerLearningActivity = z.infer<typeof PeerLearningActivity>;

/**
 * The everyday ways members of a care or community organisation learn from each other,
 * each with its routes, how it can be held, and whether it needs a trained facilitator.
 *
 * Peer learning treats everyone involved (workers, volunteers, people who get support and
 * their carers) as both learners and teachers. The catalogue is not exhaustive; it is the
 * menu {@link planLearningRoutes} draws on for a newcomer. Routes: `'on-joining'` for what
 * a newcomer is introduced to when welcomed, `'through-circles'` for the learning slot of
 * circle meetings, `'across-teams'` for workers in the same area meeting for action
 * learning and buddying, which people trained in those practices should lead. Deeply
 * frozen; the order is the order of a typical first months.
 *
 * @example
 * ```ts
 * PEER_LEARNING_ACTIVITIES.length;
 * // => 10
 * PEER_LEARNING_ACTIVITIES.filter((activity) => activity.needsTrainedFacilitator).map((activity) => activity.id);
 * // => ['action-learning-sets']
 * PEER_LEARNING_ACTIVITIES.find((activity) => activity.id === 'shadowing')?.modes;
 * // => ['face-to-face']
 * ```
 */
export const PEER_LEARNING_ACTIVITIES: readonly PeerLearningActivity[] = /* @__PURE__ */ (() =>
  deepFreeze<PeerLearningActivity[]>([
    {
      id: 'shadowing',
      name: 'Shadowing',
      description:
        'A newcomer works alongside someone experienced on joint or overlapping shifts, watching how things are done the way the person supported wants, then doing them while being watched. It adds to formal training; it does not replace it.',
      routes: ['on-joining'],
      modes: ['face-to-face'],
      needsTrainedFacilitator: false,
      earliestWeek: 1,
    },
    {
      id: 'buddy-meetings',
      name: 'Buddy meetings',
      description:
        'Two independent workers meet regularly to talk through their work, swap tips and look out for each other; across teams the buddy comes from another team in the same area.',
      routes: ['on-joining', 'across-teams'],
      modes: ['face-to-face', 'digital'],
      needsTrainedFacilitator: false,
      earliestWeek: 1,
    },
    {
      id: 'one-to-ones',
      name: 'One-to-ones',
      description:
        'A private conversation between a worker and a peer or coordinator about how things are going, what they are learning and what help they need.',
      routes: ['on-joining'],
      modes: ['face-to-face', 'digital'],
      needsTrainedFacilitator: false,
      earliestWeek: 2,
    },
    {
      id: 'team-meetings',
      name: 'Team meetings',
      description:
        'Everyone around one person meets to share what is working, agree changes and pass on know-how, so the whole team learns from each shift.',
      routes: ['on-joining'],
      modes: ['face-to-face', 'digital'],
      needsTrainedFacilitator: false,
      earliestWeek: 2,
    },
    {
      id: 'supported-people-teach-team',
      name: 'People getting support teach the team',
      description:
        'The person who gets care and support shows the team how they want things done and why; they are the expert on their own life.',
      routes: ['on-joining'],
      modes: ['face-to-face', 'digital'],
      needsTrainedFacilitator: false,
      earliestWeek: 2,
    },
    {
      id: 'carers-teach-team',
      name: 'Carers teach the team',
      description:
        'Family members and unpaid carers pass on what they know from years of caring, such as routines, signs to watch for and what helps.',
      routes: ['on-joining'],
      modes: ['face-to-face', 'digital'],
      needsTrainedFacilitator: false,
      earliestWeek: 3,
    },
    {
      id: 'circle-meetings',
      name: 'Circle meetings',
      description:
        'Each circle meeting keeps a slot for learning, led by a member with experience of the topic and held together by the circle organiser, the circle lead or a member who takes it on.',
      routes: ['on-joining', 'through-circles'],
      modes: ['face-to-face', 'digital'],
      needsTrainedFacilitator: false,
      earliestWeek: 3,
    },
    {
      id: 'critical-thinking-buddies',
      name: 'Critical-thinking buddies',
      description:
        'Two peers agree to question each other’s reasoning about a situation or decision, kindly and honestly, to find what each might have missed.',
      routes: ['on-joining', 'across-teams'],
      modes: ['face-to-face', 'digital'],
      needsTrainedFacilitator: false,
      earliestWeek: 4,
    },
    {
      id: 'feedback',
      name: 'Giving and receiving feedback',
      description:
        'Peers tell each other specifically what went well and what could change, and take the same in return; learning to do both well is a skill in itself.',
      routes: ['on-joining', 'through-circles'],
      modes: ['face-to-face', 'digital'],
      needsTrainedFacilitator: false,
      earliestWeek: 4,
    },
    {
      id: 'action-learning-sets',
      name: 'Action learning sets',
      description:
        'A small group of workers from different teams in an area meets regularly; one brings a live problem and the others help by asking questions rather than giving advice. It also gives mutual support, and someone trained in the method should lead it.',
      routes: ['across-teams'],
      modes: ['face-to-face', 'digital'],
      needsTrainedFacilitator: true,
      earliestWeek: 6,
    },
  ]))();
