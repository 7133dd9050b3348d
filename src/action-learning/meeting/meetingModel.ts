import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../../core/isoDate.js';
import { AirtimeAllocationSchema, AirtimePolicy } from '../allocateAirtime.js';
import { QUESTION_MAX_LENGTH } from '../classifyQuestion.js';
import { DEFAULT_GROUND_RULES, GroundRule } from '../groundRules.js';
import { machineEvent } from '../machine/machineEvent.js';
import type { MachineState } from '../machine/types.js';
import { Id } from '../model/id.js';

/**
 * The stages of an action learning meeting, in order. A presenter's slot runs through
 * `describing`, `clarifying`, `exploring`, `reflecting` and `committing`, once per presenter.
 */
export type MeetingStage =
  | 'scheduled'
  | 'checkingIn'
  | 'contracting'
  | 'reviewing'
  | 'bidding'
  | 'describing'
  | 'clarifying'
  | 'exploring'
  | 'reflecting'
  | 'committing'
  | 'processReview'
  | 'checkingOut'
  | 'paused'
  | 'closed'
  | 'adjourned';

/** The stages of one presenter's slot, in order. */
export type SlotStage = 'describing' | 'clarifying' | 'exploring' | 'reflecting' | 'committing';

/** Every stage of a meeting, in the order a diagram lists them. */
export const MEETING_STAGES: readonly MeetingStage[] = [
  'scheduled',
  'checkingIn',
  'contracting',
  'reviewing',
  'bidding',
  'describing',
  'clarifying',
  'exploring',
  'reflecting',
  'committing',
  'processReview',
  'checkingOut',
  'paused',
  'closed',
  'adjourned',
];
const Stage = /* @__PURE__ */ (() => z.literal(MEETING_STAGES))();
/** The stages of one presenter's slot, in order. */
export const SLOT_STAGES: readonly SlotStage[] = [
  'describing',
  'clarifying',
  'exploring',
  'reflecting',
  'committing',
];
const SlotStageSchema = /* @__PURE__ */ (() => z.literal(SLOT_STAGES))();
const Text = /* @__PURE__ */ (() => z.string().trim().min(1).max(1000))();
const Kind = /* @__PURE__ */ (() => z.literal(['open', 'closed', 'leading', 'advice']))();
/** How an action turned out, as the set hears at the next meeting. */
export type ActionOutcome = 'done' | 'partly' | 'notDone' | 'dropped';
const Outcome = /* @__PURE__ */ (() => z.literal(['done', 'partly', 'notDone', 'dropped']))();

/**
 * An action a presenter commits to: what they will do, by when, and when they committed to
 * it. Pass last meeting's actions as `previousActions` to review them.
 *
 * @example
 * ```ts
 * MeetingAction.parse({ id: 'm1-a1', owner: 'ama', text: 'Ask the chair for ten minutes at the board' });
 * // => { id: 'm1-a1', owner: 'ama', text: 'Ask the chair for ten minutes at the board', due: null, at: null }
 * ```
 */
export const MeetingAction = /* @__PURE__ */ (() =>
  z.strictObject({
    /** An identifier, unique within the set. */
    id: Id,
    /** The member who committed to it (the presenter). */
    owner: Id,
    /** What they will do. */
    text: Text,
    /** The date it is due, if one was agreed. */
    due: IsoDate.nullable().default(null),
    /** When it was committed to, if known. */
    at: IsoDateTime.nullable().default(null),
  }))();
/** An action a presenter commits to. */
export type MeetingAction = z.output<typeof MeetingAction>;

/**
 * What {@link meetingMachine}'s `initial` takes: the meeting, the set's members and what
 * the set brings from earlier meetings.
 *
 * The quorum (members who must arrive before the meeting begins) defaults to half the
 * members rounded up, and at least three (a presenter and two to ask questions), but never
 * more than the members. Contracting happens when `contract` is true, which it is by default
 * at meeting number 1. Ground rules default to {@link DEFAULT_GROUND_RULES}.
 *
 * @example
 * ```ts
 * const setup = MeetingSetup.parse({ meetingId: 'm2', number: 2, members: ['ama', 'ben', 'cy', 'dee'] });
 * [setup.quorum, setup.contract, setup.groundRules.length];
 * // => [3, false, 7]
 * MeetingSetup.safeParse({ meetingId: 'm1', members: ['ama', 'ama'] }).error?.issues[0]?.message;
 * // => 'repeats "ama"; every member needs a different id'
 * ```
 */
export const MeetingSetup = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** An identifier for this meeting. */
      meetingId: Id,
      /** The meeting's number in the set's series; 1 is the first (default 1). */
      number: z.int().min(1).default(1),
      /** The set's members, by id (2 to 12). */
      members: z.array(Id).min(2).max(12),
      /** How many members must arrive before the meeting begins. */
      quorum: z.int().min(1).optional(),
      /** Whether the meeting contracts ground rules (default: only meeting number 1). */
      contract: z.boolean().optional(),
      /** The set's ground rules so far (default {@link DEFAULT_GROUND_RULES}). */
      groundRules: z.array(GroundRule).optional(),
      /** The actions committed at the previous meeting, to review. */
      previousActions: z.array(MeetingAction).default([]),
      /** When each member last presented, for the `leastRecent` airtime policy. */
      lastPresented: z.record(Id, IsoDate).default({}),
    })
    .superRefine((setup, context) => {
      const issue = (path: (string | number)[], message: string): void => {
        context.addIssue({ code: 'custom', path, message });
      };
      setup.members.forEach((member, index) => {
        if (setup.members.indexOf(member) < index)
          issue(
            ['members', index],
            `repeats ${JSON.stringify(member)}; every member needs a different id`,
          );
      });
      if (setup.quorum !== undefined && setup.quorum > setup.members.length)
        issue(['quorum'], `is more than the ${String(setup.members.length)} members`);
    })
    // The three filled-in fields always come last, given or not, so that parsing a parsed
    // setup again gives the same JSON text.
    .transform(({ quorum, contract, groundRules, ...setup }) => ({
      ...setup,
      /** How many members must arrive before the meeting begins. */
      quorum:
        quorum ?? Math.min(setup.members.length, Math.max(3, Math.ceil(setup.members.length / 2))),
      /** Whether the meeting contracts ground rules. */
      contract: contract ?? setup.number === 1,
      /** The set's ground rules so far. */
      groundRules: groundRules ?? [...DEFAULT_GROUND_RULES],
    })))();
/** What {@link meetingMachine}'s `initial` takes, as an app writes it. */
export type MeetingSetupInput = z.input<typeof MeetingSetup>;

const Question = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The index of the slot (presenter) it was asked in. */
    slot: z.int().min(0),
    /** Who asked it. */
    by: Id,
    /** What was asked. */
    text: z.string(),
    /** What it does: open, closed, leading or advice. */
    kind: Kind,
    /** The words that decided the kind, when the classifier decided it. */
    cues: z.array(z.string()),
    /** Who classified it: the app (with the event) or {@link classifyQuestion}. */
    classifiedBy: z.literal(['app', 'classifier']),
    /** When it was asked. */
    at: IsoDateTime,
  }))();

const Slot = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The member presenting. */
    presenter: Id,
    /** The minutes the allocation gave them. */
    plannedMinutes: z.int().min(0),
    /** When the slot began. */
    startedAt: IsoDateTime,
    /** When it ended, or `null` while it runs. */
    endedAt: IsoDateTime.nullable(),
    /** The stage the slot was in when time ran out, and when; `null` if it did not. */
    timeUp: z
      .strictObject({
        /** The slot stage it was in. */
        stage: SlotStageSchema,
        /** When time ran out. */
        at: IsoDateTime,
      })
      .nullable(),
    /** Seconds the meeting was paused during the slot (not counted as airtime). */
    pausedSeconds: z.number().min(0),
  }))();

const Timed = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.strictObject({
    ...shape,
    /** When it happened (the event's `at`). */
    at: IsoDateTime,
  });

/**
 * The schema of a meeting's context: everything {@link meetingMachine} records. Apps rarely
 * need it directly: `meetingMachine.parseState` checks a whole stored state with it; use it
 * to compose schemas of your own (a stored meeting inside an app's record, say).
 *
 * @example
 * ```ts
 * const meeting = meetingMachine.initial({ meetingId: 'm1', members: ['ama', 'ben', 'cy'] });
 * MeetingContextSchema.safeParse(meeting.context).success;
 * // => true
 * MeetingContextSchema.safeParse({ ...meeting.context, quorum: 0 }).success;
 * // => false
 * ```
 */
export const MeetingContextSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The meeting's identifier. */
    meetingId: Id,
    /** Its number in the set's series; 1 is the first. */
    number: z.int().min(1),
    /** Whether it contracts ground rules after check-in. */
    contract: z.boolean(),
    /** The set's members, by id. */
    members: z.array(Id),
    /** How many members must arrive before it begins. */
    quorum: z.int().min(1),
    /** The ground rules, as agreed so far. */
    groundRules: z.array(GroundRule),
    /** The previous meeting's actions, to review. */
    previousActions: z.array(MeetingAction),
    /** When each member last presented (for the `leastRecent` airtime policy). */
    lastPresented: z.record(Id, IsoDate),
    /** When check-in opened, or `null` before. */
    openedAt: IsoDateTime.nullable(),
    /** Who arrived, in order. */
    arrivals: z.array(
      Timed({
        /** The member who arrived. */
        member: Id,
      }),
    ),
    /** How last meeting's actions turned out, in the order they were reviewed. */
    reviews: z.array(
      Timed({
        /** The action's id. */
        action: Id,
        /** Done, partly, not done or dropped. */
        outcome: Outcome,
        /** What the owner said about it. */
        note: z.string(),
      }),
    ),
    /** Every bid for airtime, in order; a later bid by the same member replaces theirs. */
    bids: z.array(
      Timed({
        /** The member bidding. */
        member: Id,
        /** The minutes asked for. */
        minutes: z.int(),
      }),
    ),
    /** The airtime plan from the last `ALLOCATE`, or `null` (a new bid clears it). */
    plan: AirtimeAllocationSchema.nullable(),
    /** Each presenter's slot, in speaking order. */
    slots: z.array(Slot),
    /** Every question asked, with its kind. */
    questions: z.array(Question),
    /** The actions committed at this meeting. */
    actions: z.array(MeetingAction),
    /** How the set says it kept each ground rule, from the process review. */
    ratings: z.array(
      Timed({
        /** The rule's id. */
        rule: Id,
        /** Kept, partly kept or broken. */
        kept: z.literal(['kept', 'partly', 'broken']),
        /** What was said about it, if anything. */
        note: z.string().nullable(),
      }),
    ),
    /** Who checked out, with their closing word if they gave one. */
    checkOuts: z.array(
      Timed({
        /** The member checking out. */
        member: Id,
        /** Their closing word or phrase, or `null`. */
        word: z.string().nullable(),
      }),
    ),
    /** Where and when the meeting paused, or `null` when it is not paused. */
    paused: z
      .strictObject({
        /** The stage it paused in, and returns to. */
        from: Stage,
        /** When it paused. */
        at: IsoDateTime,
      })
      .nullable(),
    /** When it closed, or `null`. */
    closedAt: IsoDateTime.nullable(),
    /** When, why and in which stage it was abandoned, or `null`. */
    adjourned: z
      .strictObject({
        /** When. */
        at: IsoDateTime,
        /** Why, in the app's words. */
        reason: z.string(),
        /** The stage it was in (the stage it paused in, if paused). */
        stage: Stage,
      })
      .nullable(),
  }))();

/**
 * Everything a meeting has recorded: who came, the ground rules, reviews of last time's
 * actions, bids and the airtime plan, each presenter's slot, every question (with its kind),
 * the actions committed, how the set kept its rules, and check-outs.
 */
export type MeetingContext = z.output<typeof MeetingContextSchema>;
/** One question as a meeting records it. */
export type MeetingQuestion = MeetingContext['questions'][number];
/** One presenter's slot as a meeting records it. */
export type MeetingSlot = MeetingContext['slots'][number];
/** The whole state of a meeting, as {@link meetingMachine} returns it. */
export type MeetingState = MachineState<MeetingStage, MeetingContext>;

/** The schema of each meeting event, keyed by type. */
export const MEETING_EVENTS = /* @__PURE__ */ (() => ({
  /** Opens check-in. */
  OPEN: machineEvent('OPEN', {}),
  /** A member arrives. */
  ARRIVE: machineEvent('ARRIVE', {
    /** The member. */
    member: Id,
  }),
  /** Begins the meeting once the quorum has arrived. */
  BEGIN: machineEvent('BEGIN', {}),
  /** Proposes a ground rule while contracting. */
  PROPOSE_RULE: machineEvent('PROPOSE_RULE', {
    /** The rule. */
    rule: GroundRule,
  }),
  /** Drops a ground rule while contracting. */
  DROP_RULE: machineEvent('DROP_RULE', {
    /** The rule's id. */
    rule: Id,
  }),
  /** Agrees the ground rules. */
  AGREE_RULES: machineEvent('AGREE_RULES', {}),
  /** Says how one of last meeting's actions turned out. */
  REVIEW_ACTION: machineEvent('REVIEW_ACTION', {
    /** The action's id. */
    action: Id,
    /** Done, partly, not done or dropped. */
    outcome: Outcome,
    /** What the owner says about it. */
    note: Text,
  }),
  /** Ends the review once every action has been reviewed. */
  END_REVIEW: machineEvent('END_REVIEW', {}),
  /** A member bids for airtime (a later bid replaces their earlier one). */
  BID: machineEvent('BID', {
    /** The member. */
    member: Id,
    /** The minutes asked for, 1 to 600. */
    minutes: z.int().min(1).max(600),
  }),
  /** Shares the presenting time among the bids ({@link allocateAirtime}). */
  ALLOCATE: machineEvent('ALLOCATE', {
    /** The presenting time to share, 1 to 1,440 minutes. */
    totalMinutes: z.int().min(1).max(1440),
    /** How to share it (default `'equal'`). */
    policy: AirtimePolicy.default('equal'),
  }),
  /** Starts the first presenter's slot. */
  START_PRESENTING: machineEvent('START_PRESENTING', {}),
  /** Moves from describing to clarifying questions. */
  CLARIFY: machineEvent('CLARIFY', {}),
  /** A member asks the presenter a question. */
  ASK: machineEvent('ASK', {
    /** Who asks (not the presenter). */
    by: Id,
    /** The question: at least one word, as {@link classifyQuestion} needs. */
    text: z
      .string()
      .trim()
      .min(1)
      .max(QUESTION_MAX_LENGTH)
      .refine((text) => /[\p{L}\p{N}]/u.test(text), {
        message: 'must contain at least one word (it is only punctuation)',
      }),
    /** Its kind, if the app decides; left out, {@link classifyQuestion} decides. */
    kind: Kind.optional(),
  }),
  /** Moves from clarifying to exploring. */
  EXPLORE: machineEvent('EXPLORE', {}),
  /** Moves from exploring to the presenter's reflection. */
  REFLECT: machineEvent('REFLECT', {}),
  /** Moves from reflecting to committing to actions. */
  COMMIT: machineEvent('COMMIT', {}),
  /** The presenter commits to an action. */
  COMMIT_ACTION: machineEvent('COMMIT_ACTION', {
    /** What they will do. */
    text: Text,
    /** When it is due, if agreed. */
    due: IsoDate.optional(),
    /** An id for it (default `<meetingId>-a<n>`). */
    id: Id.optional(),
  }),
  /** The slot's time is up: straight to committing. */
  TIME_UP: machineEvent('TIME_UP', {}),
  /** Ends the slot: the next presenter's slot, or the process review after the last. */
  END_SLOT: machineEvent('END_SLOT', {}),
  /** Says how the set kept one of its ground rules. */
  RATE_RULE: machineEvent('RATE_RULE', {
    /** The rule's id. */
    rule: Id,
    /** Kept, partly kept or broken. */
    kept: z.literal(['kept', 'partly', 'broken']),
    /** What was said about it. */
    note: Text.optional(),
  }),
  /** Ends the process review. */
  END_PROCESS_REVIEW: machineEvent('END_PROCESS_REVIEW', {}),
  /** A member checks out. */
  CHECK_OUT: machineEvent('CHECK_OUT', {
    /** The member. */
    member: Id,
    /** Their closing word or phrase. */
    word: Text.optional(),
  }),
  /** Closes the meeting. */
  CLOSE: machineEvent('CLOSE', {}),
  /** Pauses the meeting (paused time is not airtime). */
  PAUSE: machineEvent('PAUSE', {}),
  /** Resumes where it paused. */
  RESUME: machineEvent('RESUME', {}),
  /** Abandons the meeting from anywhere: it is adjourned. */
  ABANDON: machineEvent('ABANDON', {
    /** Why. */
    reason: Text,
  }),
}))();

/**
 * Any event of an action learning meeting. Every event has a `type` and the instant it
 * happened (`at`), which may never be earlier than the last event's.
 *
 * | type | when | carries |
 * |---|---|---|
 * | `OPEN` | scheduled | |
 * | `ARRIVE` | any open stage | `member` |
 * | `BEGIN` | checking in (quorum) | |
 * | `PROPOSE_RULE`, `DROP_RULE`, `AGREE_RULES` | contracting | `rule` |
 * | `REVIEW_ACTION`, `END_REVIEW` | reviewing | `action`, `outcome`, `note` |
 * | `BID`, `ALLOCATE`, `START_PRESENTING` | bidding | `member`, `minutes`; `totalMinutes`, `policy` |
 * | `CLARIFY`, `EXPLORE`, `REFLECT`, `COMMIT` | the slot stages, in order | |
 * | `ASK` | clarifying, exploring | `by`, `text`, optional `kind` |
 * | `COMMIT_ACTION`, `END_SLOT` | committing | `text`, optional `due`, `id` |
 * | `TIME_UP` | any slot stage | |
 * | `RATE_RULE`, `END_PROCESS_REVIEW` | process review | `rule`, `kept`, optional `note` |
 * | `CHECK_OUT`, `CLOSE` | checking out | `member`, optional `word` |
 * | `PAUSE`, `RESUME`, `ABANDON` | any open stage; paused; anywhere not final | `reason` (abandon) |
 *
 * @example
 * ```ts
 * MeetingEvent.parse({ type: 'ASK', at: '2026-03-05T18:40:00Z', by: 'ben', text: 'What matters most?' }).type;
 * // => 'ASK'
 * MeetingEvent.safeParse({ type: 'ASK', at: '2026-03-05 18:40', by: 'ben', text: 'Why?' }).success;
 * // => false
 * ```
 */
export const MeetingEvent = /* @__PURE__ */ (() =>
  z.discriminatedUnion(
    'type',
    Object.values(MEETING_EVENTS) as unknown as [
      (typeof MEETING_EVENTS)[keyof typeof MEETING_EVENTS],
      ...(typeof MEETING_EVENTS)[keyof typeof MEETING_EVENTS][],
    ],
  ))();
/** Any event of an action learning meeting (the parsed form). */
export type MeetingEvent = z.output<typeof MeetingEvent>;
/** Any event of an action learning meeting, as an app writes it. */
export type MeetingEventInput = z.input<typeof MeetingEvent>;
