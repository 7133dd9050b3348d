import { z } from 'zod';
import { IsoDate } from '../core/isoDate.js';
import { sizeLimitError, withCommas } from '../internal/sizeLimit.js';
import { checkWith } from './model/checkWith.js';
import { Id } from './model/id.js';

/**
 * One member's bid for airtime: how many minutes they would like to present for, and when
 * they last presented (for the `leastRecent` policy).
 *
 * @example
 * ```ts
 * AirtimeBid.parse({ member: 'ama', minutes: 20 }).lastPresented;
 * // => null
 * AirtimeBid.safeParse({ member: 'ama', minutes: 12.5 }).success; // whole minutes only
 * // => false
 * ```
 */
export const AirtimeBid = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The member bidding. */
    member: Id,
    /** The minutes asked for, a whole number from 1 to 600. */
    minutes: z.int().min(1).max(600),
    /** The date they last presented; `null` (the default) when they never have. */
    lastPresented: IsoDate.nullable().default(null),
  }))();
/** One member's bid for airtime (the parsed form). */
export type AirtimeBid = z.output<typeof AirtimeBid>;
/** One member's bid for airtime, as an app writes it. */
export type AirtimeBidInput = z.input<typeof AirtimeBid>;

/** The ways {@link allocateAirtime} can share out time. */
export type AirtimePolicyKind = 'equal' | 'proportional' | 'leastRecent';

const Kind = /* @__PURE__ */ (() => z.literal(['equal', 'proportional', 'leastRecent']))();

/**
 * How to share the time: a policy name, or `{ kind, cap }` where `cap` is the most minutes
 * any one presenter may have.
 *
 * - `equal`: everyone who bid gets the same share.
 * - `proportional`: shares in proportion to the minutes asked for, never more than asked.
 * - `leastRecent`: whoever presented longest ago (or never) goes first and gets what they
 *   asked for, and so on until the time runs out.
 *
 * @example
 * ```ts
 * AirtimePolicy.parse('equal');
 * // => 'equal'
 * AirtimePolicy.parse({ kind: 'proportional', cap: 25 });
 * // => { kind: 'proportional', cap: 25 }
 * AirtimePolicy.safeParse('fair').success;
 * // => false
 * ```
 */
export const AirtimePolicy = /* @__PURE__ */ (() =>
  z.union([
    Kind,
    z.strictObject({
      /** The policy. */
      kind: Kind,
      /** The most minutes any one presenter may have. */
      cap: z.int().min(1).optional(),
    }),
  ]))();
/** How to share the time. */
export type AirtimePolicy = z.input<typeof AirtimePolicy>;

/** The schema of one member's share, as stored in a meeting's state. */
const AirtimeShareSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The member. */
    member: Id,
    /** The minutes they asked for. */
    requested: z.int(),
    /** The whole minutes they get. */
    minutes: z.int(),
    /** Their exact share before rounding. */
    exact: z.number(),
    /** Why they get this much. */
    reason: z.string(),
  }))();

/** The schema of an allocation, as stored in a meeting's state (internal). */
export const AirtimeAllocationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The policy used. */
    policy: Kind,
    /** The most minutes one presenter may have, or `null`. */
    cap: z.int().nullable(),
    /** The minutes shared. */
    totalMinutes: z.int(),
    /** Each bidder's share, in speaking order. */
    allocations: z.array(AirtimeShareSchema),
    /** The minutes given out. */
    allocatedMinutes: z.int(),
    /** The minutes nobody needs. */
    spareMinutes: z.int(),
    /** How the time was shared, step by step. */
    reasoning: z.array(z.string()),
  }))();

/** One member's share of the time, with why. */
export interface AirtimeShare {
  /** The member. */
  readonly member: string;
  /** The minutes they asked for. */
  readonly requested: number;
  /** The whole minutes they get (0 when the time ran out before them). */
  readonly minutes: number;
  /** Their exact share before rounding to whole minutes. */
  readonly exact: number;
  /** Why they get this much, in a sentence. */
  readonly reason: string;
}

/** What {@link allocateAirtime} returns. */
export interface AirtimeAllocation {
  /** The policy used. */
  readonly policy: AirtimePolicyKind;
  /** The most minutes one presenter may have, or `null` for no cap. */
  readonly cap: number | null;
  /** The minutes to share. */
  readonly totalMinutes: number;
  /** Each bidder's share, in speaking order (bid order, or priority order for `leastRecent`). */
  readonly allocations: readonly AirtimeShare[];
  /** The minutes given out. */
  readonly allocatedMinutes: number;
  /** The minutes nobody needs: `allocatedMinutes + spareMinutes === totalMinutes`. */
  readonly spareMinutes: number;
  /** How the time was shared, step by step. */
  readonly reasoning: readonly string[];
}

const Arguments = /* @__PURE__ */ (() =>
  z.object({
    bids: z
      .array(AirtimeBid)
      .min(1, 'needs at least one bid')
      .superRefine((bids, context) => {
        bids.forEach((bid, index) => {
          if (bids.findIndex((other) => other.member === bid.member) < index) {
            context.addIssue({
              code: 'custom',
              path: [index, 'member'],
              message: `repeats ${JSON.stringify(bid.member)}; one bid per member`,
            });
          }
        });
      }),
    totalMinutes: z.int().min(1).max(1440),
    policy: AirtimePolicy,
  }))();

/** The most bids shared at once: 10,000 take about 0.3 s (checking for repeated members is O(n²)). */
const MAX_BIDS = 10_000;

const minutes = (n: number): string => `${String(n)} minute${n === 1 ? '' : 's'}`;

/**
 * Shares a meeting's presenting time among the members who bid for it, in whole minutes,
 * accounting for every minute and saying why each person got what they did.
 *
 * Giving individual airtime is one of the key principles of action learning: each presenter
 * has the set's full attention for a fair slot. Three policies: `equal` shares; shares
 * `proportional` to the minutes asked for (never more than asked, and never above `cap`,
 * with what a capped person cannot use passed to the others); or `leastRecent`, which puts
 * whoever presented longest ago (or never) first and gives each their bid until the time
 * runs out. Exact shares become whole minutes by the largest-remainder (Hamilton) method,
 * ties going to the earlier member id, so the minutes given out plus the spare minutes
 * always equal the total. Cost: O(n²) for n bids at worst (the capping rounds and the check
 * for repeated members), O(n log n) usually; at most 10,000 bids, which take about 0.3 s.
 *
 * @param bids - one bid per member: the minutes asked for and when they last presented.
 * @param totalMinutes - the presenting time to share, 1 to 1,440 whole minutes.
 * @param policy - `'equal'` (the default), `'proportional'`, `'leastRecent'`, or
 *   `{ kind, cap }` with the most minutes one person may have.
 * @returns each member's minutes and reason in speaking order, the minutes given out and
 *   spare, and the reasoning.
 * @throws {@link InvalidInputError} (`invalid_input`) when there is no bid, a member bids
 *   twice, or a number is not a whole number in range; at once for more than 10,000 bids.
 *
 * @example
 * ```ts
 * const bids = [
 *   { member: 'ama', minutes: 30 },
 *   { member: 'ben', minutes: 10 },
 *   { member: 'cy', minutes: 20 },
 * ];
 * allocateAirtime(bids, 50, 'equal').allocations.map((share) => share.minutes);
 * // => [17, 17, 16]
 * allocateAirtime(bids, 50, 'proportional').allocations.map((share) => share.minutes);
 * // => [25, 8, 17]
 * const next = allocateAirtime(
 *   [
 *     { member: 'ama', minutes: 30, lastPresented: '2026-02-05' },
 *     { member: 'ben', minutes: 25 },
 *     { member: 'cy', minutes: 20, lastPresented: '2026-01-08' },
 *   ],
 *   50,
 *   'leastRecent',
 * );
 * next.allocations.map((share) => `${share.member} ${String(share.minutes)}`);
 * // => ['ben 25', 'cy 20', 'ama 5']
 * next.spareMinutes;
 * // => 0
 * ```
 */
export function allocateAirtime(
  bids: readonly AirtimeBidInput[],
  totalMinutes: number,
  policy: AirtimePolicy = 'equal',
): AirtimeAllocation {
  if (Array.isArray(bids) && bids.length > MAX_BIDS) {
    throw sizeLimitError(
      'allocateAirtime',
      ['bids'],
      '',
      `has ${withCommas(bids.length)} bids; at most ${withCommas(MAX_BIDS)} are shared at once (a meeting has 1,440 minutes at most), so share the time within each set or meeting`,
    );
  }
  const input = checkWith(Arguments, { bids, totalMinutes, policy }, { fn: 'allocateAirtime' });
  const total = input.totalMinutes;
  const kind = typeof input.policy === 'string' ? input.policy : input.policy.kind;
  const cap = typeof input.policy === 'string' ? null : (input.policy.cap ?? null);
  const limit = (bid: AirtimeBid): number =>
    Math.min(cap ?? Infinity, kind === 'equal' ? Infinity : bid.minutes);

  const order =
    kind === 'leastRecent'
      ? [...input.bids].sort(
          (a, b) =>
            compareText(a.lastPresented ?? '', b.lastPresented ?? '') ||
            compareText(a.member, b.member),
        )
      : input.bids;
  const asked = order.reduce((sum, bid) => sum + bid.minutes, 0);
  let exact: number[];
  if (kind === 'leastRecent') {
    let left = total;
    exact = order.map((bid) => {
      const given = Math.min(limit(bid), left);
      left -= given;
      return given;
    });
  } else {
    exact = shareOut(
      total,
      order.map((bid) => (kind === 'equal' ? 1 : bid.minutes)),
      order.map(limit),
    );
  }
  const whole = largestRemainder(
    exact,
    order.map((bid) => bid.member),
  );

  const allocations = order.map((bid, index): AirtimeShare => {
    const given = whole[index] ?? 0;
    const share = exact[index] ?? 0;
    let reason: string;
    if (kind === 'equal') {
      reason = `an equal share of ${minutes(total)} among ${String(order.length)}`;
    } else if (kind === 'proportional') {
      reason = `asked for ${minutes(bid.minutes)} of the ${minutes(asked)} asked for`;
    } else {
      reason = `priority ${String(index + 1)}: ${bid.lastPresented === null ? 'has not presented yet' : `last presented ${bid.lastPresented}`}`;
    }
    if (share >= bid.minutes && kind !== 'equal') reason += '; gets all they asked for';
    else if (cap !== null && share >= cap) reason += `; capped at ${minutes(cap)}`;
    else if (given === 0) reason += '; the time ran out before their turn';
    if (given > Math.floor(share + 1e-9)) reason += '; +1 minute by largest remainder';
    return { member: bid.member, requested: bid.minutes, minutes: given, exact: share, reason };
  });
  const allocated = whole.reduce((sum, value) => sum + value, 0);
  const reasoning = [
    `${String(order.length)} bid${order.length === 1 ? '' : 's'} for ${minutes(asked)}; ${minutes(total)} to share (${kind}${cap === null ? '' : `, cap ${minutes(cap)}`}).`,
    'Whole minutes by the largest-remainder method; ties go to the earlier member id.',
    `${minutes(allocated)} given out, ${minutes(total - allocated)} spare.`,
  ];
  return {
    policy: kind,
    cap,
    totalMinutes: total,
    allocations,
    allocatedMinutes: allocated,
    spareMinutes: total - allocated,
    reasoning,
  };
}

/**
 * Shares `total` in proportion to `weights`, never giving anyone more than their limit; what
 * a limited person cannot take is shared among the others (water-filling).
 */
function shareOut(total: number, weights: readonly number[], limits: readonly number[]): number[] {
  const shares = weights.map(() => 0);
  const open = new Set(weights.keys());
  let left = total;
  while (open.size > 0) {
    let weight = 0;
    for (const i of open) weight += weights[i] ?? 0;
    const full = [...open].filter((i) => (left * (weights[i] ?? 0)) / weight >= (limits[i] ?? 0));
    if (full.length === 0) {
      for (const i of open) shares[i] = (left * (weights[i] ?? 0)) / weight;
      break;
    }
    for (const i of full) {
      shares[i] = limits[i] ?? 0;
      left -= shares[i];
      open.delete(i);
    }
  }
  return shares;
}

/**
 * Rounds shares to whole numbers that add up to the rounded total: each gets its floor, and
 * the units left go to the largest fractional parts, ties to the earlier id.
 */
function largestRemainder(shares: readonly number[], ids: readonly string[]): number[] {
  const floors = shares.map((share) => Math.floor(share + 1e-9));
  let left =
    Math.round(shares.reduce((sum, share) => sum + share, 0)) - floors.reduce((a, b) => a + b, 0);
  const part = (i: number): number => (shares[i] ?? 0) - (floors[i] ?? 0);
  // Parts within 1e-9 of each other are ties (1/3 is not exact in binary).
  const ranked = [...shares.keys()].sort((a, b) =>
    Math.abs(part(a) - part(b)) > 1e-9
      ? part(b) - part(a)
      : compareText(ids[a] ?? '', ids[b] ?? ''),
  );
  for (const i of ranked) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
