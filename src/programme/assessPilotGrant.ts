import { z } from 'zod';
import type { IsoDate } from '../core/index.js';
import { parseWith } from '../core/validation.js';
import { PilotGrantApplication, type PilotGrantApplicationInput } from './grants/application.js';
import { formatPounds } from './grants/formatPounds.js';
import { PilotGrantRules, type PilotGrantRulesInput } from './grants/rules.js';

/** The eligibility rules a pilot grant is checked against. */
export type PilotGrantRule =
  'relevant_topic' | 'not_already_planned' | 'member_area' | 'match_funding';

/** One rule's verdict on an application. */
export interface PilotGrantCheck {
  /** The rule. */
  readonly rule: PilotGrantRule;
  /** `pass`, `fail`, or `unclear` when the application does not say (a person must check). */
  readonly verdict: 'pass' | 'fail' | 'unclear';
  /** Why, in plain words. */
  readonly reason: string;
}

/** What {@link assessPilotGrant} decides. */
export interface PilotGrantDecision {
  /** The application's id. */
  readonly applicationId: string;
  /** The area that applied. */
  readonly area: string;
  /** The date it applied. */
  readonly appliedOn: IsoDate;
  /** `award` when every rule passes; `refuse` when any fails; `refer` when none fails but one is unclear. */
  readonly outcome: 'award' | 'refer' | 'refuse';
  /** The grant in pence: min(requested, cap, match limit) unless refused, when it is 0. */
  readonly amountPence: number;
  /** The sum asked for, in pence. */
  readonly requestedPence: number;
  /** The area's match, in pence. */
  readonly matchPence: number;
  /** The cap, in pence. */
  readonly capPence: number;
  /** The most the match allows, in pence: ⌊match × grant ÷ match⌋ of the ratio. */
  readonly matchLimitPence: number;
  /** Which bound set the amount (the first of request, cap, match when they tie). */
  readonly limitedBy: 'request' | 'cap' | 'match';
  /** Each rule's verdict, in a fixed order. */
  readonly checks: readonly PilotGrantCheck[];
  /** The decision in one sentence. */
  readonly reason: string;
}

const normalise = (text: string): string => text.trim().replace(/\s+/gu, ' ').toLowerCase();

/**
 * Assesses an application for a match-funded pilot grant: whether it is eligible, rule by
 * rule, and how much it can have.
 *
 * Learning clusters can offer small pilot grants that match what an area puts in, so that
 * areas test something new on the cluster's topic. One cluster matched up to £2,500 and
 * asked that the activity be relevant to the cluster and not already planned. Four rules
 * are checked, each with a reason: the application names one of the cluster's topics
 * (`relevant_topic`), it was not already planned (`not_already_planned`; unclear when the
 * application does not say), the area is a member (`member_area`), and the area offers
 * match funding (`match_funding`). The amount is min(requested, cap, ⌊match × ratio⌋) in
 * whole pence, so no sum carries floating-point error; a refused application gets 0.
 * Cost: O(topics + areas).
 *
 * @param application - the application (validated as {@link PilotGrantApplication}).
 * @param rules - the cluster's topics and areas, the cap (default £2,500) and match ratio (default 1:1).
 * @returns the outcome, the amount with the bound that set it, and each rule's verdict.
 * @throws {@link InvalidInputError} (`invalid_input`) for a malformed application or rules,
 *   such as a sum that is not a whole number of pence.
 *
 * @example
 * ```ts
 * const decision = assessPilotGrant(
 *   {
 *     id: 'g-01',
 *     area: 'Seaview',
 *     title: 'Detached youth work on the seafront',
 *     topics: ['Youth violence'],
 *     requestedPence: 300000,
 *     matchPence: 180000,
 *     alreadyPlanned: false,
 *     appliedOn: '2026-03-01',
 *   },
 *   { clusterTopics: ['youth violence', 'exploitation'], memberAreas: ['Seaview', 'Hillside'] },
 * );
 * [decision.outcome, decision.amountPence, decision.limitedBy];
 * // => ['award', 180000, 'match']
 * decision.checks.map((check) => check.verdict);
 * // => ['pass', 'pass', 'pass', 'pass']
 * ```
 */
export function assessPilotGrant(
  application: PilotGrantApplicationInput,
  rules: PilotGrantRulesInput,
): PilotGrantDecision {
  const fn = 'assessPilotGrant';
  const { application: app, rules: r } = parseWith(
    z.strictObject({ application: PilotGrantApplication, rules: PilotGrantRules }),
    { application, rules },
    { fn },
  );
  const checks: PilotGrantCheck[] = [];

  const topics = new Set(r.clusterTopics.map(normalise));
  // Topics are named in sorted order, so the words do not depend on the order of the lists.
  const matched = app.topics.filter((topic) => topics.has(normalise(topic))).sort();
  checks.push(
    matched.length > 0
      ? {
          rule: 'relevant_topic',
          verdict: 'pass',
          reason: `names the cluster topic${matched.length === 1 ? '' : 's'} ${matched.map((t) => JSON.stringify(t)).join(', ')}`,
        }
      : {
          rule: 'relevant_topic',
          verdict: 'fail',
          reason: `names none of the cluster's topics (${[...r.clusterTopics]
            .sort()
            .map((t) => JSON.stringify(t))
            .join(', ')})`,
        },
  );

  checks.push(
    app.alreadyPlanned === undefined
      ? {
          rule: 'not_already_planned',
          verdict: 'unclear',
          reason:
            'the application does not say whether the activity was already planned; check with the area',
        }
      : app.alreadyPlanned
        ? {
            rule: 'not_already_planned',
            verdict: 'fail',
            reason: 'the activity was already planned; pilot grants fund something new',
          }
        : {
            rule: 'not_already_planned',
            verdict: 'pass',
            reason: 'the activity is new to the area',
          },
  );

  const areas = new Set(r.memberAreas.map(normalise));
  checks.push(
    areas.has(normalise(app.area))
      ? { rule: 'member_area', verdict: 'pass', reason: `${app.area} is a member area` }
      : {
          rule: 'member_area',
          verdict: 'fail',
          reason: `${app.area} is not among the cluster's member areas`,
        },
  );

  // Exact in integers: pence ≤ 1e11 times a ratio part ≤ 1000 stays below 2^53.
  const matchLimitPence = Math.floor((app.matchPence * r.matchRatio.grant) / r.matchRatio.match);
  checks.push(
    app.matchPence > 0
      ? {
          rule: 'match_funding',
          verdict: 'pass',
          reason: `a match of ${formatPounds(app.matchPence)} allows up to ${formatPounds(matchLimitPence)} at ${String(r.matchRatio.grant)}:${String(r.matchRatio.match)}`,
        }
      : {
          rule: 'match_funding',
          verdict: 'fail',
          reason: 'no match funding is offered; the grant matches what the area puts in',
        },
  );

  const bounds = [
    ['request', app.requestedPence],
    ['cap', r.capPence],
    ['match', matchLimitPence],
  ] as const;
  let limit: (typeof bounds)[number] = bounds[0];
  for (const bound of bounds) if (bound[1] < limit[1]) limit = bound;

  const failed = checks.filter((check) => check.verdict === 'fail');
  const unclear = checks.filter((check) => check.verdict === 'unclear');
  const outcome = failed.length > 0 ? 'refuse' : unclear.length > 0 ? 'refer' : 'award';
  const amountPence = outcome === 'refuse' ? 0 : limit[1];
  const reason =
    outcome === 'refuse'
      ? `Refused: ${failed.map((check) => check.reason).join('; ')}.`
      : outcome === 'refer'
        ? `Referred: ${unclear.map((check) => check.reason).join('; ')}; if it passes, ${formatPounds(amountPence)}.`
        : `Award ${formatPounds(amountPence)} (${limitText(limit[0], app.requestedPence)}).`;
  return {
    applicationId: app.id,
    area: app.area,
    appliedOn: app.appliedOn,
    outcome,
    amountPence,
    requestedPence: app.requestedPence,
    matchPence: app.matchPence,
    capPence: r.capPence,
    matchLimitPence,
    limitedBy: limit[0],
    checks,
    reason,
  };
}

function limitText(bound: 'request' | 'cap' | 'match', requested: number): string {
  if (bound === 'request') return 'the full request';
  if (bound === 'cap') return `capped; ${formatPounds(requested)} was asked for`;
  return `limited by the match; ${formatPounds(requested)} was asked for`;
}
