import { z } from 'zod';
import { parseWith } from '../../core/validation.js';
import type { PilotGrantDecision } from '../assessPilotGrant.js';

const Label = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();
const Pence = /* @__PURE__ */ (() => z.int().min(0).max(1_000_000_000_00))();

/** A payment made on an awarded pilot grant. */
export interface PilotGrantPayment {
  /** The application paid. */
  readonly applicationId: string;
  /** The sum paid, in pence. */
  readonly amountPence: number;
}

/** What {@link summarisePilotGrants} takes besides the decisions. */
export interface SummarisePilotGrantsOptions {
  /** Payments made so far (default none). */
  readonly payments?: readonly PilotGrantPayment[];
  /** The pot available for pilot grants, in pence, if there is one. */
  readonly budgetPence?: number;
}

/** One area's share of the portfolio. */
export interface PilotGrantAreaSummary {
  /** The area. */
  readonly area: string;
  /** Applications from the area. */
  readonly applied: number;
  /** Awarded. */
  readonly awarded: number;
  /** Referred for a check. */
  readonly referred: number;
  /** Refused. */
  readonly refused: number;
  /** The sum asked for, in pence. */
  readonly requestedPence: number;
  /** The sum awarded, in pence. */
  readonly awardedPence: number;
  /** The sum paid, in pence. */
  readonly paidPence: number;
}

/** What {@link summarisePilotGrants} returns; every count and sum in pence adds up across areas. */
export interface PilotGrantPortfolio {
  /** Applications received. */
  readonly applied: number;
  /** The sum asked for, in pence. */
  readonly requestedPence: number;
  /** The match offered, in pence, over every application. */
  readonly matchPence: number;
  /** Applications awarded. */
  readonly awarded: number;
  /** The sum committed to awarded grants, in pence. */
  readonly committedPence: number;
  /** The match brought in by awarded grants, in pence. */
  readonly matchedPence: number;
  /** Applications referred for a check. */
  readonly referred: number;
  /** What referred applications would get if their checks pass, in pence. */
  readonly referredPence: number;
  /** Applications refused. */
  readonly refused: number;
  /** Paid out on awarded grants, in pence. */
  readonly paidPence: number;
  /** Committed but not yet paid, in pence (never below 0 per grant). */
  readonly outstandingPence: number;
  /** The pot, in pence, or null when none was given. */
  readonly budgetPence: number | null;
  /** The pot less what is committed, in pence (negative when over-committed), or null. */
  readonly remainingPence: number | null;
  /** Each area's share, ordered by area. */
  readonly byArea: readonly PilotGrantAreaSummary[];
  /** Payments that could not be counted or that exceed an award, in plain words. */
  readonly warnings: readonly string[];
}

const Decision = /* @__PURE__ */ (() =>
  z.looseObject({
    applicationId: Label,
    area: Label,
    outcome: z.literal(['award', 'refer', 'refuse']),
    amountPence: Pence,
    requestedPence: Pence,
    matchPence: Pence,
  }))();

const Arguments = /* @__PURE__ */ (() =>
  z
    .strictObject({
      decisions: z.array(Decision),
      options: z
        .strictObject({
          payments: z
            .array(z.strictObject({ applicationId: Label, amountPence: Pence }))
            .default([]),
          budgetPence: Pence.optional(),
        })
        .prefault({}),
    })
    .superRefine(({ decisions }, context) => {
      const seen = new Map<string, number>();
      decisions.forEach((decision, k) => {
        const earlier = seen.get(decision.applicationId);
        if (earlier !== undefined)
          context.addIssue({
            code: 'custom',
            path: ['decisions', k, 'applicationId'],
            message: `repeats the application of decisions[${String(earlier)}]; keep one decision per application`,
          });
        else seen.set(decision.applicationId, k);
      });
    }))();

/**
 * Sums up a programme's pilot grants: applied, awarded (committed), referred, refused,
 * paid and outstanding, with the match brought in and a breakdown by area.
 *
 * A funder running match-funded pilots wants to see what was asked for, what is
 * committed, what has gone out and which areas are taking part, and a budget holder wants
 * what is left in the pot. Every sum is whole pence, so the area rows add up exactly to
 * the totals. Payments on applications not awarded are left out of `paidPence` and listed
 * in `warnings`, as are payments beyond an award. Cost: O(n log n) for n decisions.
 *
 * @param decisions - results of {@link assessPilotGrant}, one per application.
 * @param options - payments made so far and the pot, both in pence.
 * @returns the totals, the area rows and any warnings.
 * @throws {@link InvalidInputError} (`invalid_input`) for malformed decisions or payments, or
 *   two decisions on the same application.
 *
 * @example
 * ```ts
 * const rules = { clusterTopics: ['housing'], memberAreas: ['North', 'South'] };
 * const base = { title: 'Pilot', topics: ['housing'], alreadyPlanned: false, appliedOn: '2026-03-01' };
 * const decisions = [
 *   assessPilotGrant({ ...base, id: 'a', area: 'North', requestedPence: 250000, matchPence: 250000 }, rules),
 *   assessPilotGrant({ ...base, id: 'b', area: 'South', requestedPence: 120000, matchPence: 60000 }, rules),
 *   assessPilotGrant({ ...base, id: 'c', area: 'East', requestedPence: 90000, matchPence: 90000 }, rules),
 * ];
 * const portfolio = summarisePilotGrants(decisions, {
 *   payments: [{ applicationId: 'a', amountPence: 125000 }],
 *   budgetPence: 1750000,
 * });
 * [portfolio.applied, portfolio.awarded, portfolio.refused];
 * // => [3, 2, 1]
 * [portfolio.committedPence, portfolio.paidPence, portfolio.outstandingPence, portfolio.remainingPence];
 * // => [310000, 125000, 185000, 1440000]
 * ```
 */
export function summarisePilotGrants(
  decisions: readonly PilotGrantDecision[],
  options: SummarisePilotGrantsOptions = {},
): PilotGrantPortfolio {
  const parsed = parseWith(Arguments, { decisions, options }, { fn: 'summarisePilotGrants' });
  const list = parsed.decisions;
  const { payments, budgetPence } = parsed.options;
  const byId = new Map(list.map((decision) => [decision.applicationId, decision]));
  const paid = new Map<string, number>();
  const warnings: string[] = [];
  payments.forEach((payment, k) => {
    const decision = byId.get(payment.applicationId);
    if (decision === undefined)
      warnings.push(
        `payments[${String(k)}] is for ${JSON.stringify(payment.applicationId)}, which has no decision; it is not counted`,
      );
    else if (decision.outcome !== 'award')
      warnings.push(
        `payments[${String(k)}] is for ${JSON.stringify(payment.applicationId)}, which was not awarded (${decision.outcome}); it is not counted`,
      );
    else
      paid.set(payment.applicationId, (paid.get(payment.applicationId) ?? 0) + payment.amountPence);
  });

  const rows = new Map<
    string,
    { -readonly [K in keyof PilotGrantAreaSummary]: PilotGrantAreaSummary[K] }
  >();
  let outstandingPence = 0;
  let matchedPence = 0;
  let referredPence = 0;
  for (const decision of list) {
    const row = rows.get(decision.area) ?? {
      area: decision.area,
      applied: 0,
      awarded: 0,
      referred: 0,
      refused: 0,
      requestedPence: 0,
      awardedPence: 0,
      paidPence: 0,
    };
    rows.set(decision.area, row);
    row.applied += 1;
    row.requestedPence += decision.requestedPence;
    if (decision.outcome === 'award') {
      const paidHere = paid.get(decision.applicationId) ?? 0;
      row.awarded += 1;
      row.awardedPence += decision.amountPence;
      row.paidPence += paidHere;
      matchedPence += decision.matchPence;
      outstandingPence += Math.max(0, decision.amountPence - paidHere);
      if (paidHere > decision.amountPence)
        warnings.push(
          `${JSON.stringify(decision.applicationId)} has been paid ${String(paidHere - decision.amountPence)} pence more than its award`,
        );
    } else if (decision.outcome === 'refer') {
      row.referred += 1;
      referredPence += decision.amountPence;
    } else row.refused += 1;
  }
  const byArea = [...rows.values()].sort((a, b) =>
    a.area < b.area ? -1 : a.area > b.area ? 1 : 0,
  );
  const sum = (pick: (row: PilotGrantAreaSummary) => number): number =>
    byArea.reduce((total, row) => total + pick(row), 0);
  const committedPence = sum((row) => row.awardedPence);
  return {
    applied: list.length,
    requestedPence: sum((row) => row.requestedPence),
    matchPence: list.reduce((total, decision) => total + decision.matchPence, 0),
    awarded: sum((row) => row.awarded),
    committedPence,
    matchedPence,
    referred: sum((row) => row.referred),
    referredPence,
    refused: sum((row) => row.refused),
    paidPence: sum((row) => row.paidPence),
    outstandingPence,
    budgetPence: budgetPence ?? null,
    remainingPence: budgetPence === undefined ? null : budgetPence - committedPence,
    byArea,
    warnings,
  };
}
