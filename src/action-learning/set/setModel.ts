import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../../core/isoDate.js';
import { DEFAULT_GROUND_RULES, GroundRule } from '../groundRules.js';
import { machineEvent } from '../machine/machineEvent.js';
import type { MachineState } from '../machine/types.js';
import { Id } from '../model/id.js';

/** The stages of an action learning set's life. */
export type SetStage =
  | 'recruiting'
  | 'forming'
  | 'contracting'
  | 'active'
  | 'paused'
  | 'finalReview'
  | 'recontracted'
  | 'ended';

/**
 * How often a set meets: every so many weeks or months.
 *
 * @example
 * ```ts
 * Cadence.parse({ every: 4, unit: 'weeks' });
 * // => { every: 4, unit: 'weeks' }
 * Cadence.safeParse({ every: 0, unit: 'weeks' }).success;
 * // => false
 * ```
 */
export const Cadence = /* @__PURE__ */ (() =>
  z.strictObject({
    /** How many units between meetings, 1 to 52. */
    every: z.int().min(1).max(52),
    /** Weeks or calendar months. */
    unit: z.literal(['weeks', 'months']),
  }))();
/** How often a set meets. */
export type Cadence = z.output<typeof Cadence>;

/**
 * What {@link setMachine}'s `initial` takes.
 *
 * A set forms with four to eight members; `quorum` is the fewest members it can carry on
 * with (default 4): when leavers take an active set below it, the set pauses until it
 * recruits again.
 *
 * @example
 * ```ts
 * SetSetup.parse({ setId: 'north-1' });
 * // => { setId: 'north-1', members: [], quorum: 4, cadence: null }
 * SetSetup.safeParse({ setId: 'north-1', members: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] }).success;
 * // => false
 * ```
 */
export const SetSetup = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** An identifier for the set. */
      setId: Id,
      /** Members already recruited, by id (at most 8). */
      members: z.array(Id).max(8).default([]),
      /** The fewest members the set carries on with, 2 to 8 (default 4). */
      quorum: z.int().min(2).max(8).default(4),
      /** How often it will meet, if already known. */
      cadence: Cadence.nullable().default(null),
    })
    .superRefine((setup, context) => {
      setup.members.forEach((member, index) => {
        if (setup.members.indexOf(member) < index)
          context.addIssue({
            code: 'custom',
            path: ['members', index],
            message: `repeats ${JSON.stringify(member)}; every member needs a different id`,
          });
      });
    }))();
/** What {@link setMachine}'s `initial` takes, as an app writes it. */
export type SetSetupInput = z.input<typeof SetSetup>;

const Note = /* @__PURE__ */ (() => z.string().trim().min(1).max(1000))();

/**
 * The schema of a set's context: everything {@link setMachine} records. `setMachine.parseState`
 * checks a stored state with it; use it to compose schemas of your own.
 *
 * @example
 * ```ts
 * const set = setMachine.initial({ setId: 'north-1', members: ['ama', 'ben'] });
 * SetContextSchema.safeParse(set.context).success;
 * // => true
 * SetContextSchema.safeParse({ ...set.context, cycle: 0 }).success;
 * // => false
 * ```
 */
export const SetContextSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The set's identifier. */
    setId: Id,
    /** The fewest members it carries on with. */
    quorum: z.int(),
    /** Its members now, in the order they joined. */
    members: z.array(
      z.strictObject({
        /** The member. */
        id: Id,
        /** When they joined, or `null` for a member from the setup. */
        joinedAt: IsoDateTime.nullable(),
      }),
    ),
    /** Who left, when and why. */
    departures: z.array(
      z.strictObject({
        /** The member. */
        id: Id,
        /** When they left. */
        at: IsoDateTime,
        /** Why, if given. */
        reason: z.string().nullable(),
      }),
    ),
    /** How often it meets, once planned. */
    cadence: Cadence.nullable(),
    /** When its next meeting falls due, once planned. */
    nextDue: IsoDate.nullable(),
    /** Its ground rules, once contracted. */
    groundRules: z.array(GroundRule).nullable(),
    /** The meetings it has held, in order. */
    meetings: z.array(
      z.strictObject({
        /** The meeting's id. */
        id: Id,
        /** The date it was held. */
        date: IsoDate,
        /** The date it was due, or `null` when no cadence was planned. */
        due: IsoDate.nullable(),
        /** The members who came. */
        present: z.array(Id),
        /** When it was recorded. */
        at: IsoDateTime,
      }),
    ),
    /** Which cycle it is in: 1, then one more for each re-contracting. */
    cycle: z.int().min(1),
    /** When and why it paused, or `null` when it is not paused. */
    paused: z
      .strictObject({
        /** When it paused. */
        at: IsoDateTime,
        /** Why. */
        reason: z.string(),
        /** Whether it paused because leavers took it below its quorum. */
        belowQuorum: z.boolean(),
      })
      .nullable(),
    /** When and why it ended, or `null`. */
    ended: z
      .strictObject({
        /** When it ended. */
        at: IsoDateTime,
        /** Why, if given. */
        reason: z.string().nullable(),
      })
      .nullable(),
  }))();

/**
 * Everything a set has recorded: its members (and who left, when and why), its cadence and
 * next due date, its ground rules, the meetings it has held, which cycle it is in, and why
 * it is paused or ended.
 */
export type SetContext = z.output<typeof SetContextSchema>;
/** The whole state of a set, as {@link setMachine} returns it. */
export type SetState = MachineState<SetStage, SetContext>;

/** The schema of each set event, keyed by type. */
export const SET_EVENTS = /* @__PURE__ */ (() => ({
  /** A member joins (up to eight). */
  JOIN: machineEvent('JOIN', {
    /** The member. */
    member: Id,
  }),
  /** A member leaves; an active set that falls below its quorum pauses. */
  LEAVE: machineEvent('LEAVE', {
    /** The member. */
    member: Id,
    /** Why, if they say. */
    reason: Note.optional(),
  }),
  /** The set forms, with four to eight members. */
  FORM: machineEvent('FORM', {}),
  /** Plans the cadence and the first meeting's date. */
  PLAN: machineEvent('PLAN', {
    /** How often it will meet. */
    cadence: Cadence,
    /** The date of the first meeting. */
    firstMeeting: IsoDate,
  }),
  /** Starts contracting. */
  CONTRACT: machineEvent('CONTRACT', {}),
  /** Agrees the ground rules: the set is active. */
  AGREE_CONTRACT: machineEvent('AGREE_CONTRACT', {
    /** The rules agreed (default {@link DEFAULT_GROUND_RULES}). */
    groundRules: z
      .array(GroundRule)
      .min(1)
      .default(() => [...DEFAULT_GROUND_RULES]),
  }),
  /** Records a meeting held. */
  RECORD_MEETING: machineEvent('RECORD_MEETING', {
    /** The meeting's id. */
    meeting: Id,
    /** The date it was held. */
    date: IsoDate,
    /** The members who came. */
    present: z.array(Id),
  }),
  /** Pauses the set. */
  PAUSE: machineEvent('PAUSE', {
    /** Why. */
    reason: Note,
  }),
  /** Resumes the set, once it has a quorum. */
  RESUME: machineEvent('RESUME', {}),
  /** Starts the final review, after at least one meeting. */
  START_FINAL_REVIEW: machineEvent('START_FINAL_REVIEW', {}),
  /** Re-contracts for another cycle. */
  RECONTRACT: machineEvent('RECONTRACT', {
    /** A new cadence, if it changes. */
    cadence: Cadence.optional(),
    /** New ground rules, if they change. */
    groundRules: z.array(GroundRule).min(1).optional(),
  }),
  /** Starts the new cycle: the set is active again. */
  START_CYCLE: machineEvent('START_CYCLE', {}),
  /** Ends the set. */
  END: machineEvent('END', {
    /** Why, if given. */
    reason: Note.optional(),
  }),
}))();

/**
 * Any event in an action learning set's life; each carries its time (`at`).
 *
 * | type | when | carries |
 * |---|---|---|
 * | `JOIN`, `LEAVE` | any stage but final review and ended | `member`, optional `reason` |
 * | `FORM` | recruiting (4–8 members) | |
 * | `PLAN` | forming, re-contracted | `cadence`, `firstMeeting` |
 * | `CONTRACT` | forming (4–8 members, a cadence) | |
 * | `AGREE_CONTRACT` | contracting | `groundRules` (default {@link DEFAULT_GROUND_RULES}) |
 * | `RECORD_MEETING` | active | `meeting`, `date`, `present` |
 * | `PAUSE`, `RESUME` | active; paused (quorum) | `reason` |
 * | `START_FINAL_REVIEW` | active (after a meeting) | |
 * | `RECONTRACT`, `END` | final review | optional `cadence`, `groundRules`; `reason` |
 * | `START_CYCLE` | re-contracted (4–8 members) | |
 *
 * `END` is also accepted while recruiting, forming, contracting or paused.
 *
 * @example
 * ```ts
 * SetEvent.parse({ type: 'JOIN', at: '2026-01-10T12:00:00Z', member: 'ama' }).member;
 * // => 'ama'
 * SetEvent.safeParse({ type: 'JOIN', at: '2026-01-10T12:00:00Z' }).success;
 * // => false
 * ```
 */
export const SetEvent = /* @__PURE__ */ (() =>
  z.discriminatedUnion(
    'type',
    Object.values(SET_EVENTS) as unknown as [
      (typeof SET_EVENTS)[keyof typeof SET_EVENTS],
      ...(typeof SET_EVENTS)[keyof typeof SET_EVENTS][],
    ],
  ))();
/** Any event in a set's life (the parsed form). */
export type SetEvent = z.output<typeof SetEvent>;
/** Any event in a set's life, as an app writes it. */
export type SetEventInput = z.input<typeof SetEvent>;
