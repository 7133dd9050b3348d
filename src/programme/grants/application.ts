import { z } from 'zod';
import { IsoDate } from '../../core/index.js';

const Label = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();
/** A sum of money in pence: a whole number, so sums never pick up floating-point error. */
const Pence = /* @__PURE__ */ (() => z.int().min(0).max(1_000_000_000_00))();

/**
 * An application from a local area for a small, match-funded pilot grant, with every sum
 * in pence.
 *
 * Learning clusters can offer small grants that match what an area puts in, so that areas
 * try something new on the cluster's topic and bring what they learn back to the cluster.
 * Amounts are whole pence (£2,500 is `250000`): integers add up exactly, where pounds with
 * decimals would drift (0.1 + 0.2 is not 0.3 in floating point). `alreadyPlanned` records
 * whether the activity was planned anyway; left out, it is unknown and a person must check.
 *
 * @example
 * ```ts
 * PilotGrantApplication.parse({
 *   id: 'g-01',
 *   area: 'Seaview',
 *   title: 'Detached youth work on the seafront',
 *   topics: ['youth violence'],
 *   requestedPence: 250000,
 *   matchPence: 180000,
 *   alreadyPlanned: false,
 *   appliedOn: '2026-03-01',
 * }).requestedPence / 100;
 * // => 2500
 * PilotGrantApplication.safeParse({ id: 'g', area: 'A', title: 'T', topics: ['x'], requestedPence: 12.5, matchPence: 0, appliedOn: '2026-03-01' }).success;
 * // => false
 * ```
 */
export const PilotGrantApplication = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A stable identifier, unique within the cluster or programme. */
    id: Label,
    /** The area applying. */
    area: Label,
    /** The organisation applying for the area, if named. */
    organisation: Label.optional(),
    /** What the pilot is, in a few words. */
    title: Label,
    /** The topics the pilot addresses, compared with the cluster's topics (at least one). */
    topics: z.array(Label).min(1),
    /** The grant asked for, in pence (whole number). */
    requestedPence: Pence,
    /** The match the area puts in (money or costed time), in pence (whole number). */
    matchPence: Pence,
    /** Whether the activity was already planned before the offer; omitted: not known. */
    alreadyPlanned: z.boolean().optional(),
    /** The date the application came in. */
    appliedOn: IsoDate,
  }))();
/** An application for a match-funded pilot grant. */
export type PilotGrantApplication = z.output<typeof PilotGrantApplication>;
/** An application as an app writes one. */
export type PilotGrantApplicationInput = z.input<typeof PilotGrantApplication>;

/**
 * The award made on a pilot grant application: when, how much, and how much has been paid.
 *
 * @example
 * ```ts
 * PilotGrantAward.parse({ date: '2026-04-02', amountPence: 180000 }).paidPence;
 * // => 0
 * PilotGrantAward.safeParse({ date: '2026-04-02', amountPence: 1000, paidPence: 2000 }).success;
 * // => false
 * ```
 */
export const PilotGrantAward = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The date the award was made. */
      date: IsoDate,
      /** The sum awarded, in pence. */
      amountPence: Pence,
      /** The sum paid out so far, in pence (default 0); never more than the award. */
      paidPence: Pence.default(0),
    })
    .refine((award) => award.paidPence <= award.amountPence, {
      path: ['paidPence'],
      message: 'must not exceed amountPence; record the award as the larger sum',
    }))();
/** The award made on a pilot grant application. */
export type PilotGrantAward = z.output<typeof PilotGrantAward>;
/** An award as an app writes one. */
export type PilotGrantAwardInput = z.input<typeof PilotGrantAward>;

/**
 * A pilot grant as a cluster records it: the application and, once made, the award.
 *
 * @example
 * ```ts
 * ClusterPilotGrant.parse({
 *   application: { id: 'g-01', area: 'Seaview', title: 'Pilot', topics: ['youth'], requestedPence: 100000, matchPence: 100000, appliedOn: '2026-03-01' },
 * }).award;
 * // => undefined
 * ```
 */
export const ClusterPilotGrant = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The application as it came in. */
    application: PilotGrantApplication,
    /** The award, once made; absent while undecided or when refused. */
    award: PilotGrantAward.optional(),
  }))();
/** A pilot grant as a cluster records it. */
export type ClusterPilotGrant = z.output<typeof ClusterPilotGrant>;
/** A pilot grant as an app writes one. */
export type ClusterPilotGrantInput = z.input<typeof ClusterPilotGrant>;
