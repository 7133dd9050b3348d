import { z } from 'zod';
import { deepFreeze } from '../core/deepFreeze.js';
import { addToIsoDate, type IsoDate } from '../core/isoDate.js';
import { Member, type MemberInput } from '../core/member.js';
import { parseWith } from '../core/validation.js';
import {
  PEER_LEARNING_ACTIVITIES,
  PeerLearningActivityId,
  type ActivityMode,
  type LearningRoute,
  type PeerLearningActivity,
} from './peerLearningActivities.js';

/**
 * Options of {@link planLearningRoutes}: the weeks to plan, and what the newcomer's
 * situation allows.
 *
 * @example
 * ```ts
 * PlanLearningRoutesOptions.parse({});
 * // => { weeks: 12, digitalOnly: false, facilitatorAvailable: true, inCircle: false, exclude: [] }
 * PlanLearningRoutesOptions.safeParse({ exclude: ['webinar'] }).success;
 * // => false
 * ```
 */
export const PlanLearningRoutesOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /** How many weeks from joining to plan, 1 to 104 (default 12); activities that start later are left out. */
    weeks: z.int().min(1).max(104).default(12),
    /** Only activities that can be held online (default `false`). */
    digitalOnly: z.boolean().default(false),
    /** Whether a facilitator trained in action learning is available (default `true`). */
    facilitatorAvailable: z.boolean().default(true),
    /** Whether the newcomer belongs to a circle (default `false`). */
    inCircle: z.boolean().default(false),
    /** Activities to leave out, such as ones the organisation does not run. */
    exclude: z.array(PeerLearningActivityId).default([]),
  }))();
/** Options of {@link planLearningRoutes}. */
export type PlanLearningRoutesOptions = z.input<typeof PlanLearningRoutesOptions>;

/** One step of a newcomer's learning route. */
export interface LearningRouteStep {
  /** The position in the route, from 1. */
  readonly order: number;
  /** The activity, from {@link PEER_LEARNING_ACTIVITIES}. */
  readonly activityId: PeerLearningActivityId;
  /** The activity's name. */
  readonly name: string;
  /** The week to start it, counting the week of joining as week 1. */
  readonly week: number;
  /** The start date: the joining date plus `week - 1` weeks, or `null` when the member has no joining date. */
  readonly startsOn: IsoDate | null;
  /** The route on which the newcomer meets it. */
  readonly route: LearningRoute;
  /** How it will be held. */
  readonly mode: ActivityMode;
  /** Why it is on the route, and why then. */
  readonly why: string;
}

/** An activity from the catalogue that is not on the route, and why. */
export interface OmittedActivity {
  /** The activity left out. */
  readonly activityId: PeerLearningActivityId;
  /** Why it was left out. */
  readonly reason: string;
}

/** The result of {@link planLearningRoutes}: every catalogue activity is either a step or omitted. */
export interface LearningRoutePlan {
  /** The newcomer's id. */
  readonly memberId: string;
  /** The steps, in the order to take them. */
  readonly steps: readonly LearningRouteStep[];
  /** The activities left out, in catalogue order, each with its reason. */
  readonly omitted: readonly OmittedActivity[];
}

const ROUTE_WHY: Readonly<Record<LearningRoute, string>> = {
  'on-joining': 'part of the welcome, so the newcomer learns from experienced peers from the start',
  'through-circles':
    'their circle keeps a learning slot in each meeting, led by members who know the topic',
  'across-teams':
    'it brings together workers from different teams in the same area, for learning and mutual support',
};

const Arguments = /* @__PURE__ */ (() =>
  z.object({ member: Member, options: PlanLearningRoutesOptions }))();

/**
 * Proposes a learning route for a newcomer: which peer-learning activities to take up,
 * in which order and from which week, each with the reason.
 *
 * A welcome that names every kind of peer learning at once is easy to forget; a short
 * route spread over the first weeks helps a newcomer actually take part. The route draws
 * on {@link PEER_LEARNING_ACTIVITIES} and honours the constraints: digital only, no
 * trained facilitator (which rules out action learning sets), not yet in a circle (which
 * rules out circle meetings), no area recorded (which rules out activities met only across
 * teams), activities excluded, and the weeks available. Steps are ordered by their
 * earliest week, then catalogue order; every activity is either a step or listed in
 * `omitted` with its reason. Deterministic; O(a) for a activities. The result is deeply
 * frozen; the inputs are not changed.
 *
 * @param member - the newcomer (the core {@link Member} model); `joined` dates the steps and `area` opens routes across teams.
 * @param options - weeks to plan, `digitalOnly`, `facilitatorAvailable`, `inCircle` and `exclude`.
 * @returns the steps in order and the activities left out.
 * @throws {@link InvalidInputError} (`invalid_input`) for a malformed member or options,
 *   such as an unknown activity id in `exclude` or a joining date not written `YYYY-MM-DD`;
 *   every problem with either argument is listed at once, each with its path.
 *
 * @example
 * ```ts
 * const plan = planLearningRoutes(
 *   { id: 'm-7', displayName: 'Sam', area: 'Clapton', joined: '2026-03-02' },
 *   { digitalOnly: true, weeks: 5 },
 * );
 * plan.steps.map((step) => [step.activityId, step.week, step.mode]);
 * // => [['buddy-meetings', 1, 'digital'], ['one-to-ones', 2, 'digital'],
 * //   ['team-meetings', 2, 'digital'], ['supported-people-teach-team', 2, 'digital'],
 * //   ['carers-teach-team', 3, 'digital'], ['critical-thinking-buddies', 4, 'digital'],
 * //   ['feedback', 4, 'digital']]
 * plan.steps[2]?.startsOn;
 * // => '2026-03-09'
 * plan.omitted.map((item) => item.activityId);
 * // => ['shadowing', 'circle-meetings', 'action-learning-sets']
 * ```
 */
export function planLearningRoutes(
  member: MemberInput,
  options: PlanLearningRoutesOptions = {},
): LearningRoutePlan {
  // One schema for both arguments, so a bad member and a bad option are reported together.
  const { member: newcomer, options: settings } = parseWith(
    Arguments,
    { member, options },
    { fn: 'planLearningRoutes' },
  );
  const excluded = new Set(settings.exclude);

  const omitted: OmittedActivity[] = [];
  const chosen: { activity: PeerLearningActivity; route: LearningRoute; index: number }[] = [];
  PEER_LEARNING_ACTIVITIES.forEach((activity, index) => {
    const reason = reasonToOmit(activity, newcomer, settings, excluded);
    if (reason !== undefined) {
      omitted.push({ activityId: activity.id, reason });
      return;
    }
    chosen.push({ activity, route: chooseRoute(activity, newcomer, settings.inCircle), index });
  });
  chosen.sort((a, b) => a.activity.earliestWeek - b.activity.earliestWeek || a.index - b.index);

  const steps = chosen.map(({ activity, route }, index): LearningRouteStep => {
    const mode: ActivityMode = settings.digitalOnly ? 'digital' : (activity.modes[0] ?? 'digital');
    const week = activity.earliestWeek;
    const facilitator = activity.needsTrainedFacilitator
      ? ' A trained facilitator is available to lead it.'
      : '';
    const modeWhy = settings.digitalOnly ? ' Held online, as asked.' : '';
    return {
      order: index + 1,
      activityId: activity.id,
      name: activity.name,
      week,
      startsOn:
        newcomer.joined === undefined ? null : addToIsoDate(newcomer.joined, { weeks: week - 1 }),
      route,
      mode,
      why: `From week ${String(week)}: ${ROUTE_WHY[route]}.${facilitator}${modeWhy}`,
    };
  });
  return deepFreeze({ memberId: newcomer.id, steps, omitted });
}

function reasonToOmit(
  activity: PeerLearningActivity,
  member: Member,
  settings: z.output<typeof PlanLearningRoutesOptions>,
  excluded: ReadonlySet<PeerLearningActivityId>,
): string | undefined {
  if (excluded.has(activity.id)) return 'Excluded in the options.';
  if (settings.digitalOnly && !activity.modes.includes('digital'))
    return 'It can only be held face to face, and the route is digital only.';
  if (activity.needsTrainedFacilitator && !settings.facilitatorAvailable)
    return 'It needs a trained facilitator, and none is available.';
  if (activity.id === 'circle-meetings' && !settings.inCircle)
    return 'The newcomer is not in a circle yet; add it once they join one.';
  if (activity.routes.every((route) => route === 'across-teams') && member.area === undefined)
    return 'It is met only across teams in an area, and the newcomer has no area recorded.';
  if (activity.earliestWeek > settings.weeks)
    return `It starts in week ${String(activity.earliestWeek)}, after the ${String(settings.weeks)} weeks planned.`;
  return undefined;
}

function chooseRoute(
  activity: PeerLearningActivity,
  member: Member,
  inCircle: boolean,
): LearningRoute {
  if (inCircle && activity.routes.includes('through-circles')) return 'through-circles';
  if (activity.routes.includes('on-joining')) return 'on-joining';
  if (member.area !== undefined && activity.routes.includes('across-teams')) return 'across-teams';
  // reasonToOmit has already ruled out an activity with no open route.
  return activity.routes[0] ?? 'on-joining';
}
