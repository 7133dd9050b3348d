import { formatPath } from '../core/formatPath.js';
import { InvalidInputError } from '../core/InvalidInputError.js';
import type { ErrorPath } from '../core/PeerLearnError.js';
import type { QuestionKind } from './classifyQuestion.js';
import { secondsBetween } from './machine/instant.js';
import { latest } from './machine/latest.js';
import { meetingMachine } from './meeting/meetingMachine.js';
import {
  SLOT_STAGES,
  type ActionOutcome,
  type MeetingAction,
  type MeetingSlot,
  type MeetingStage,
  type MeetingState,
  type SlotStage,
} from './meeting/meetingModel.js';
import { gini } from './report/gini.js';

/** Questions counted by kind. */
export interface QuestionCounts {
  /** All questions. */
  readonly total: number;
  /** Questions that invite the presenter to explore. */
  readonly open: number;
  /** Questions answerable with yes, no or a fact. */
  readonly closed: number;
  /** Questions that steer towards the asker's view. */
  readonly leading: number;
  /** Advice, whether or not dressed as a question. */
  readonly advice: number;
  /** The share of open questions, or `null` when none was asked. */
  readonly openShare: number | null;
}

/** How last meeting's actions turned out, counted. */
export interface OutcomeCounts {
  /** Done. */
  readonly done: number;
  /** Partly done. */
  readonly partly: number;
  /** Not done. */
  readonly notDone: number;
  /** Dropped on purpose. */
  readonly dropped: number;
  /** Not (yet) reviewed. */
  readonly pending: number;
}

/** One member's part in one meeting. */
export interface MemberSummary {
  /** The member. */
  readonly member: string;
  /** Whether they arrived. */
  readonly present: boolean;
  /** The presenting minutes the allocation gave them. */
  readonly plannedMinutes: number;
  /** The minutes they actually presented for, measured from the events (pauses excluded). */
  readonly actualMinutes: number;
  /** Whether they presented. */
  readonly presented: boolean;
  /** The questions they asked, by kind. */
  readonly questions: QuestionCounts;
  /** How many pieces of advice they gave. */
  readonly adviceGiven: number;
  /** How many actions they committed to. */
  readonly actionsCommitted: number;
}

/** One presenter's slot in one meeting. */
export interface PresenterSummary {
  /** The presenter. */
  readonly member: string;
  /** The minutes planned. */
  readonly plannedMinutes: number;
  /** The minutes measured (pauses excluded). */
  readonly actualMinutes: number;
  /** The slot stages reached, in order. */
  readonly stages: readonly SlotStage[];
  /** The stage the slot was in when time ran out, or `null`. */
  readonly timeUp: SlotStage | null;
  /** The questions they were asked, by kind. */
  readonly questions: QuestionCounts;
  /** The actions they committed to. */
  readonly actions: readonly MeetingAction[];
}

/** What {@link meetingReport} says about one meeting. */
export interface MeetingSummary {
  /** The meeting. */
  readonly meetingId: string;
  /** Its number in the set's series. */
  readonly number: number;
  /** The stage it is in (`closed`, `adjourned`, or still going). */
  readonly stage: MeetingStage;
  /** When it opened, or `null`. */
  readonly openedAt: string | null;
  /** When it closed or was adjourned, or `null`. */
  readonly endedAt: string | null;
  /** Members who arrived, in order of arrival. */
  readonly present: readonly string[];
  /** Members who did not. */
  readonly absent: readonly string[];
  /** Every member's part, in the order of the set's members. */
  readonly members: readonly MemberSummary[];
  /** Each presenter's slot, in speaking order. */
  readonly presenters: readonly PresenterSummary[];
  /** All questions, by kind. */
  readonly questions: QuestionCounts;
  /** Every piece of advice caught: who gave it, to whom, what and when. */
  readonly advice: readonly {
    /** Who gave it. */
    readonly by: string;
    /** The presenter it was given to. */
    readonly presenter: string;
    /** What was said. */
    readonly text: string;
    /** When. */
    readonly at: string;
  }[];
  /** Every action committed to. */
  readonly actions: readonly MeetingAction[];
  /** How the previous meeting's actions turned out. */
  readonly review: OutcomeCounts;
  /** Each ground rule and how the set says it kept it (`null` when not rated). */
  readonly rules: readonly {
    /** The rule's id. */
    readonly rule: string;
    /** The rule. */
    readonly text: string;
    /** Kept, partly kept or broken; `null` when the process review did not rate it. */
    readonly kept: 'kept' | 'partly' | 'broken' | null;
    /** What was said about it. */
    readonly note: string | null;
  }[];
}

/** The steps of the action learning cycle, as one presentation can reach them. */
export type CycleStep = 'describe' | 'question' | 'reflect' | 'commit' | 'act' | 'review';

/** What {@link meetingReport} says across a set's meetings. */
export interface SetReport {
  /** Each meeting's summary, in the order given. */
  readonly meetings: readonly MeetingSummary[];
  /** Presenting time per member across the meetings, and how evenly it is spread. */
  readonly airtime: {
    /** Each member's total minutes and number of presentations. */
    readonly byMember: readonly {
      /** The member. */
      readonly member: string;
      /** Minutes presented in all. */
      readonly minutes: number;
      /** How many times they presented. */
      readonly presentations: number;
    }[];
    /** The Gini coefficient of those minutes (0 is perfectly even), or `null` with no airtime. */
    readonly gini: number | null;
  };
  /** Who came. */
  readonly attendance: {
    /** Each member's meetings attended out of the meetings they were a member for. */
    readonly byMember: readonly {
      /** The member. */
      readonly member: string;
      /** Meetings attended. */
      readonly attended: number;
      /** Meetings held while they were a member. */
      readonly meetings: number;
      /** attended / meetings. */
      readonly rate: number;
    }[];
    /** All attendances over all member-meetings, or `null` with no meetings. */
    readonly rate: number | null;
  };
  /** What happened to the actions. */
  readonly actions: OutcomeCounts & {
    /** Actions committed in these meetings. */
    readonly committed: number;
    /** done / (done + partly + notDone): dropped and pending actions are left out. */
    readonly completionRate: number | null;
  };
  /** The share of open questions, meeting by meeting, and its trend. */
  readonly openQuestions: {
    /** The share per meeting (`null` where no question was asked). */
    readonly shares: readonly (number | null)[];
    /** The least-squares slope of the shares per meeting, or `null` with under two shares. */
    readonly slope: number | null;
    /** `rising` or `falling` when the slope is over one percentage point per meeting. */
    readonly trend: 'rising' | 'falling' | 'steady' | 'unclear';
  };
  /** How far round the action learning cycle each presenter got, presentation by presentation. */
  readonly cycle: readonly {
    /** The presenter. */
    readonly member: string;
    /** Each presentation. */
    readonly presentations: readonly {
      /** The meeting. */
      readonly meetingId: string;
      /** The steps reached: described, questioned, reflected, committed, acted on, reviewed. */
      readonly steps: readonly CycleStep[];
      /** How their actions turned out, as later meetings reviewed them. */
      readonly outcomes: OutcomeCounts;
    }[];
    /** Presentations that went all the way round the cycle. */
    readonly completedCycles: number;
  }[];
}

/**
 * Reports on one action learning meeting, or on a set's meetings together.
 *
 * For one meeting: each member's planned and actual airtime (measured from the events,
 * pauses left out), who presented and how far each slot got, the questions by kind, every
 * piece of advice caught, the actions committed, how last time's actions turned out, and how
 * the set says it kept its ground rules. Across meetings (pass them in order): airtime
 * fairness as the Gini coefficient of each member's total presenting minutes (the formula of
 * R's `ineq::Gini`; members who never presented count as 0), attendance, the action
 * completion rate, the trend in the share of open questions (a least-squares slope; helpful
 * questions are one of the key principles, so a rising share is the set learning), and each
 * presenter's progress round the action learning cycle (described, questioned, reflected,
 * committed, acted on, reviewed). Cost: O(events recorded) per meeting.
 *
 * @param states - one meeting state, or a set's meeting states in order.
 * @returns a {@link MeetingSummary} for one state; a {@link SetReport} for a list.
 * @throws {@link InvalidInputError} (`invalid_input`) when a state is not a valid meeting
 *   state, with its path (`states[1].context.slots[0]…`).
 *
 * @example
 * ```ts
 * let t = Date.parse('2026-03-05T18:00:00Z');
 * const at = () => new Date((t += 60_000)).toISOString();
 * const meeting = meetingMachine.replay({ meetingId: 'm2', number: 2, members: ['ama', 'ben', 'cy'] }, [
 *   { type: 'OPEN', at: at() },
 *   ...['ama', 'ben', 'cy'].map((member) => ({ type: 'ARRIVE' as const, at: at(), member })),
 *   { type: 'BEGIN', at: at() },
 *   { type: 'BID', at: at(), member: 'ama', minutes: 20 },
 *   { type: 'ALLOCATE', at: at(), totalMinutes: 20 },
 *   { type: 'START_PRESENTING', at: at() },
 *   { type: 'CLARIFY', at: at() },
 *   { type: 'ASK', at: at(), by: 'ben', text: 'What would success look like?' },
 *   { type: 'ASK', at: at(), by: 'cy', text: 'Why not just email the chair?' },
 *   { type: 'TIME_UP', at: at() },
 *   { type: 'COMMIT_ACTION', at: at(), text: 'Draft the proposal' },
 * ]);
 * const report = meetingReport(meeting);
 * report.questions;
 * // => { total: 2, open: 1, closed: 0, leading: 0, advice: 1, openShare: 0.5 }
 * report.advice.map((advice) => `${advice.by} -> ${advice.presenter}`);
 * // => ['cy -> ama']
 * report.presenters[0]?.stages;
 * // => ['describing', 'clarifying', 'committing']
 * report.presenters[0]?.actualMinutes; // still committing: measured up to the last event
 * // => 5
 * ```
 */
export function meetingReport(states: MeetingState): MeetingSummary;
export function meetingReport(states: readonly MeetingState[]): SetReport;
export function meetingReport(
  states: MeetingState | readonly MeetingState[],
): MeetingSummary | SetReport {
  if (!Array.isArray(states)) return summarise(check(states, ['state']));
  // Array.from visits holes too (as undefined), where map would skip them and leave gaps.
  const list = Array.from(states as readonly unknown[], (state, index) =>
    check(state, ['states', index]),
  );
  return acrossMeetings(list.map(summarise), list);
}

function check(input: unknown, at: ErrorPath): MeetingState {
  const result = meetingMachine.safeParseState(input);
  if (result.success) return result.data;
  throw new InvalidInputError(
    'meetingReport',
    result.error.issues.map((issue) => {
      const path = [...at, ...issue.path];
      return { ...issue, path, pathText: formatPath(path) };
    }),
    { cause: result.error },
  );
}

const countKinds = (kinds: readonly QuestionKind[]): QuestionCounts => {
  const count = (kind: QuestionKind): number => kinds.filter((k) => k === kind).length;
  return {
    total: kinds.length,
    open: count('open'),
    closed: count('closed'),
    leading: count('leading'),
    advice: count('advice'),
    openShare: kinds.length === 0 ? null : count('open') / kinds.length,
  };
};

const countOutcomes = (outcomes: readonly (ActionOutcome | undefined)[]): OutcomeCounts => {
  const count = (outcome: ActionOutcome | undefined): number =>
    outcomes.filter((o) => o === outcome).length;
  return {
    done: count('done'),
    partly: count('partly'),
    notDone: count('notDone'),
    dropped: count('dropped'),
    pending: count(undefined),
  };
};

/** The slot stages a slot reached. */
function stagesOf(slot: MeetingSlot, last: boolean, state: MeetingState): SlotStage[] {
  const { adjourned, paused } = state.context;
  let reached: string;
  if (slot.timeUp !== null) reached = slot.timeUp.stage;
  // A last slot that ended before an adjournment outside the slot stages was completed.
  else if (!last || (slot.endedAt !== null && !SLOT_STAGES.includes(adjourned?.stage as SlotStage)))
    reached = 'committing';
  else reached = adjourned?.stage ?? paused?.from ?? state.value;
  const stages = SLOT_STAGES.slice(0, SLOT_STAGES.indexOf(reached as SlotStage) + 1);
  return slot.timeUp === null || stages.includes('committing') ? stages : [...stages, 'committing'];
}

function summarise(state: MeetingState): MeetingSummary {
  const { context } = state;
  const { slots, questions, actions, plan } = context;
  const present = context.arrivals.map((arrival) => arrival.member);
  const minutesOf = (slot: MeetingSlot): number =>
    (secondsBetween(slot.startedAt, slot.endedAt ?? state.at ?? slot.startedAt) -
      slot.pausedSeconds) /
    60;
  const presenters = slots.map((slot, index): PresenterSummary => ({
    member: slot.presenter,
    plannedMinutes: slot.plannedMinutes,
    actualMinutes: minutesOf(slot),
    stages: stagesOf(slot, index === slots.length - 1, state),
    timeUp: slot.timeUp?.stage ?? null,
    questions: countKinds(questions.filter((q) => q.slot === index).map((q) => q.kind)),
    actions: actions.filter((action) => action.owner === slot.presenter),
  }));
  const reviews = latest(context.reviews, 'action');
  const reviewOf = (id: string): ActionOutcome | undefined =>
    reviews.find((review) => review.action === id)?.outcome;
  const ratings = latest(context.ratings, 'rule');
  return {
    meetingId: context.meetingId,
    number: context.number,
    stage: state.value,
    openedAt: context.openedAt,
    endedAt: context.closedAt ?? context.adjourned?.at ?? null,
    present,
    absent: context.members.filter((member) => !present.includes(member)),
    members: context.members.map((member): MemberSummary => {
      const asked = questions.filter((q) => q.by === member).map((q) => q.kind);
      const slot = presenters.find((p) => p.member === member);
      return {
        member,
        present: present.includes(member),
        plannedMinutes: plan?.allocations.find((share) => share.member === member)?.minutes ?? 0,
        actualMinutes: slot?.actualMinutes ?? 0,
        presented: slot !== undefined,
        questions: countKinds(asked),
        adviceGiven: asked.filter((kind) => kind === 'advice').length,
        actionsCommitted: actions.filter((action) => action.owner === member).length,
      };
    }),
    presenters,
    questions: countKinds(questions.map((q) => q.kind)),
    advice: questions
      .filter((q) => q.kind === 'advice')
      .map((q) => ({
        by: q.by,
        presenter: slots[q.slot]?.presenter ?? '',
        text: q.text,
        at: q.at,
      })),
    actions,
    review: countOutcomes(context.previousActions.map((action) => reviewOf(action.id))),
    rules: context.groundRules.map((rule) => {
      const rating = ratings.find((r) => r.rule === rule.id);
      return {
        rule: rule.id,
        text: rule.text,
        kept: rating?.kept ?? null,
        note: rating?.note ?? null,
      };
    }),
  };
}

function acrossMeetings(
  meetings: readonly MeetingSummary[],
  states: readonly MeetingState[],
): SetReport {
  const members = [...new Set(states.flatMap((state) => state.context.members))];
  const outcomeOf = new Map<string, ActionOutcome>();
  for (const state of states)
    for (const review of state.context.reviews) outcomeOf.set(review.action, review.outcome);

  const airtime = members.map((member) => {
    const slots = meetings.flatMap((m) => m.presenters.filter((p) => p.member === member));
    return {
      member,
      minutes: slots.reduce((sum, slot) => sum + slot.actualMinutes, 0),
      presentations: slots.length,
    };
  });
  const attendance = members.map((member) => {
    const held = meetings.filter((m) => m.members.some((entry) => entry.member === member));
    const attended = held.filter((m) => m.present.includes(member)).length;
    return {
      member,
      attended,
      meetings: held.length,
      rate: held.length === 0 ? 0 : attended / held.length,
    };
  });
  const memberMeetings = attendance.reduce((sum, entry) => sum + entry.meetings, 0);
  const committed = meetings.flatMap((m) => m.actions);
  const reviewed = countOutcomes([
    ...states.flatMap((state) =>
      latest(state.context.reviews, 'action').map((review) => review.outcome),
    ),
    ...committed.filter((action) => !outcomeOf.has(action.id)).map(() => undefined),
  ]);
  const rated = reviewed.done + reviewed.partly + reviewed.notDone;

  const points = meetings.flatMap((m, index) =>
    m.questions.openShare === null ? [] : [[index, m.questions.openShare] as const],
  );
  const slope = leastSquaresSlope(points);

  const cycle = members.flatMap((member) => {
    const presentations = meetings.flatMap((meeting) =>
      meeting.presenters
        .filter((p) => p.member === member)
        .map((p) => {
          const outcomes = countOutcomes(p.actions.map((action) => outcomeOf.get(action.id)));
          const steps: CycleStep[] = ['describe'];
          if (p.stages.includes('clarifying')) steps.push('question');
          if (p.stages.includes('reflecting')) steps.push('reflect');
          if (p.actions.length > 0) steps.push('commit');
          if (outcomes.done + outcomes.partly > 0) steps.push('act');
          if (p.actions.length > 0 && outcomes.pending === 0) steps.push('review');
          return { meetingId: meeting.meetingId, steps, outcomes };
        }),
    );
    return presentations.length === 0
      ? []
      : [
          {
            member,
            presentations,
            completedCycles: presentations.filter((p) => p.steps.length === 6).length,
          },
        ];
  });

  return {
    meetings,
    airtime: { byMember: airtime, gini: gini(airtime.map((entry) => entry.minutes)) },
    attendance: {
      byMember: attendance,
      rate:
        memberMeetings === 0
          ? null
          : attendance.reduce((sum, entry) => sum + entry.attended, 0) / memberMeetings,
    },
    actions: {
      committed: committed.length,
      ...reviewed,
      completionRate: rated === 0 ? null : reviewed.done / rated,
    },
    openQuestions: {
      shares: meetings.map((m) => m.questions.openShare),
      slope,
      trend:
        slope === null ? 'unclear' : slope > 0.01 ? 'rising' : slope < -0.01 ? 'falling' : 'steady',
    },
    cycle,
  };
}

function leastSquaresSlope(points: readonly (readonly [number, number])[]): number | null {
  if (points.length < 2) return null;
  const n = points.length;
  const mx = points.reduce((sum, [x]) => sum + x, 0) / n;
  const my = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxx = points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
  const sxy = points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0);
  return sxy / sxx;
}
