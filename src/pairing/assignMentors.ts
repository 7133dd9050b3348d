import { z } from 'zod';
import { parseWith } from '../core/validation.js';
import { sizeLimitError, withCommas } from '../internal/sizeLimit.js';
import {
  compileMentoring,
  type MentoringCustomScore,
  type MentoringHardRule,
  type MentoringProblem,
} from './mentoring/compileMentoring.js';
import { deferredAcceptance } from './mentoring/deferredAcceptance.js';
import {
  brokenRuleWords,
  describeAssignment,
  describeWaitlisted,
  type MentorAssignment,
  type MentorLoad,
  type WaitlistedMentee,
} from './mentoring/describeMentoring.js';
import { Mentee, type MenteeInput } from './mentoring/mentee.js';
import { Mentor, type MentorInput } from './mentoring/mentor.js';
import {
  findBlockingPairs,
  findIdleWhileFull,
  type MentoringBalance,
  type MentoringStability,
} from './mentoring/mentoringReports.js';
import { MentoringRules } from './mentoring/mentoringRules.js';
import { minCostAssignment } from './mentoring/minCostAssignment.js';

export type {
  MentoringCustomScore,
  MentoringHardRule,
  MentoringScoreParts,
} from './mentoring/compileMentoring.js';
export type {
  MentorAssignment,
  MentorAssignmentSource,
  MentorLoad,
  WaitlistedMentee,
  WaitlistReason,
} from './mentoring/describeMentoring.js';
export type {
  BlockingPair,
  IdleMentorCase,
  IdleMentorReason,
  MentoringBalance,
  MentoringStability,
} from './mentoring/mentoringReports.js';

/**
 * How mentees are assigned: `stable`, mentee-proposing deferred acceptance (nobody would
 * both rather be together); `optimal`, the most mentees placed and then the best total
 * score.
 */
export type MentoringMode = 'stable' | 'optimal';

/** What {@link assignMentors} takes. */
export interface AssignMentorsInput {
  /** The mentors, each with a capacity; ids must differ from each other and from the mentees'. */
  readonly mentors: readonly MentorInput[];
  /** The mentees. */
  readonly mentees: readonly MenteeInput[];
  /** `optimal` (default) or `stable`. */
  readonly mode?: MentoringMode;
  /** Hard rules, how rankings are read, load balancing and weights (see {@link MentoringRules}). */
  readonly rules?: z.input<typeof MentoringRules>;
  /**
   * Your own score for a mentee–mentor pair, weighted by `rules.weights.custom`; must be
   * pure and return a finite number between −1,000 and 1,000 (0 to 1 is usual).
   */
  readonly customScore?: MentoringCustomScore;
}

/** Totals of a mentoring assignment. */
export interface MentoringTotals {
  /** Mentees given. */
  readonly mentees: number;
  /** Mentors given. */
  readonly mentors: number;
  /** Mentees placed with a mentor (must-pairs included). */
  readonly placed: number;
  /** Mentees on the waitlist. */
  readonly waitlisted: number;
  /** Mentees placed by a must-pair rule. */
  readonly mustPaired: number;
  /** The sum of the assignments' scores. */
  readonly score: number;
  /** Mentors with at least one mentee. */
  readonly mentorsInUse: number;
  /** How many mentee–mentor pairs block the assignment (see `stability`). */
  readonly blockingPairs: number;
  /** The mentors' capacities, summed. */
  readonly capacity: number;
  /** The share of that capacity used, 0 to 1 (0 when there is none). */
  readonly capacityUsed: number;
  /** Mentee–mentor pairs considered (mentees × mentors). */
  readonly pairsConsidered: number;
  /** Pairs the hard rules allow. */
  readonly pairsAllowed: number;
  /** How many pairs each hard rule removed on its own. */
  readonly ruledOut: Readonly<Record<MentoringHardRule, number>>;
}

/** What {@link assignMentors} returns: every mentee is assigned or on the waitlist. */
export interface AssignMentorsResult {
  /** The mode used. */
  readonly mode: MentoringMode;
  /** Every mentor, in id order, with their mentees, load and capacity. */
  readonly mentors: readonly MentorLoad[];
  /** Every placed mentee, in mentee id order, with the score, its parts and why. */
  readonly assignments: readonly MentorAssignment[];
  /** Mentees left unplaced, in id order, each with the reason. */
  readonly waitlist: readonly WaitlistedMentee[];
  /** Blocking pairs (0 in stable mode). */
  readonly stability: MentoringStability;
  /** Mentors idle while a mentor with a mentee they suit is full, with reasons. */
  readonly balance: MentoringBalance;
  /** Totals. */
  readonly totals: MentoringTotals;
  /** Things to know: must-pairs made against a hard rule or a ranking, say. */
  readonly warnings: readonly string[];
}

/** The most mentors in the optimal mode, whose table of moves between mentors has mentors² entries. */
const MAX_MENTORS = 2000;
/** The most mentee–mentor pairs weighed at once: 1,000 × 2,000 take about 2.5 s. */
const MAX_PAIRS = 2_000_000;

const Input = /* @__PURE__ */ (() =>
  z
    .strictObject({
      mentors: z.array(Mentor),
      mentees: z.array(Mentee),
      mode: z.literal(['stable', 'optimal']).default('optimal'),
      rules: MentoringRules.prefault({}),
      customScore: z
        .custom<MentoringCustomScore>(
          (value) => typeof value === 'function',
          'must be a function (mentee, mentor) => number',
        )
        .optional(),
    })
    .superRefine((input, context) => {
      const issue = (path: (string | number)[], message: string): void => {
        context.addIssue({ code: 'custom', path, message });
      };
      const side = new Map<string, { list: 'mentors' | 'mentees'; at: number }>();
      for (const list of ['mentors', 'mentees'] as const) {
        input[list].forEach((person, at) => {
          const earlier = side.get(person.id);
          if (earlier === undefined) side.set(person.id, { list, at });
          else
            issue(
              [list, at, 'id'],
              `repeats the id ${JSON.stringify(person.id)} of ${earlier.list}[${String(earlier.at)}]; every mentor and mentee needs a different id`,
            );
        });
      }
      const checkRanking = (
        list: 'mentors' | 'mentees',
        at: number,
        ranking: readonly string[] | undefined,
      ): void => {
        const wanted = list === 'mentees' ? 'mentors' : 'mentees';
        const seen = new Set<string>();
        ranking?.forEach((id, r) => {
          const found = side.get(id);
          if (found === undefined)
            issue(
              [list, at, 'preferences', r],
              `names ${JSON.stringify(id)}, who is not among the ${wanted}`,
            );
          else if (found.list !== wanted)
            issue(
              [list, at, 'preferences', r],
              `names ${JSON.stringify(id)}, who is one of the ${list}; rank ${wanted} only`,
            );
          if (seen.has(id))
            issue([list, at, 'preferences', r], `ranks ${JSON.stringify(id)} twice`);
          seen.add(id);
        });
      };
      input.mentors.forEach((mentor, at) => {
        checkRanking('mentors', at, mentor.preferences);
      });
      input.mentees.forEach((mentee, at) => {
        checkRanking('mentees', at, mentee.preferences);
      });

      const key = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
      const checkPair = (list: 'neverPair' | 'mustPair', k: number, pair: [string, string]) => {
        const found = pair.map((id) => side.get(id));
        pair.forEach((id, s) => {
          if (found[s] === undefined)
            issue(
              ['rules', list, k, s],
              `names ${JSON.stringify(id)}, who is neither a mentor nor a mentee`,
            );
        });
        const known = found.every((entry) => entry !== undefined);
        if (known && found[0]?.list === found[1]?.list)
          issue(
            ['rules', list, k],
            `pairs two ${found[0]?.list ?? ''}; name a mentee and a mentor`,
          );
        return known && found[0]?.list !== found[1]?.list;
      };
      const never = new Set<string>();
      input.rules.neverPair.forEach((pair, k) => {
        if (checkPair('neverPair', k, pair)) never.add(key(...pair));
      });
      const menteeIn = new Map<string, number>();
      const mentorLoad = new Map<string, number[]>();
      input.rules.mustPair.forEach((pair, k) => {
        if (!checkPair('mustPair', k, pair)) return;
        const [mentee, mentor] = side.get(pair[0])?.list === 'mentees' ? pair : [pair[1], pair[0]];
        if (never.has(key(mentee, mentor)))
          issue(['rules', 'mustPair', k], 'is also in neverPair; a pair cannot be both');
        const earlier = menteeIn.get(mentee);
        if (earlier !== undefined)
          issue(
            ['rules', 'mustPair', k],
            `puts mentee ${JSON.stringify(mentee)} in a second must-pair (the first is mustPair[${String(earlier)}]); a mentee has one mentor`,
          );
        else menteeIn.set(mentee, k);
        mentorLoad.set(mentor, [...(mentorLoad.get(mentor) ?? []), k]);
      });
      for (const [mentor, pairs] of mentorLoad) {
        const at = side.get(mentor)?.at ?? 0;
        const capacity = input.mentors[at]?.capacity ?? 0;
        if (pairs.length > capacity)
          issue(
            ['rules', 'mustPair', pairs[capacity] ?? 0],
            `gives mentor ${JSON.stringify(mentor)} more must-pairs (${String(pairs.length)}) than their capacity (${String(capacity)}); raise the capacity or drop a must-pair`,
          );
      }
    }))();

/**
 * Assigns mentees to mentors who can each take several: stable (nobody would both rather
 * be together) or optimal (the most mentees placed, then the best total score), with load
 * spread, a waitlist with reasons, and every assignment explained.
 *
 * A mentoring scheme pairs new members with experienced volunteers who offered to take one,
 * two or three mentees. Mentors and mentees come from different organisations by default
 * (a fresh view, and no line manager as mentor); rules may also ask for a shared language
 * or availability and name pairs that must or must not be made. Soft rules score each
 * allowed pair: shared topics, how much more experienced the mentor is, where each side
 * ranked the other, and your own score; every part is reported.
 *
 * `stable` runs mentee-proposing deferred acceptance (Gale & Shapley 1962, "College
 * admissions and the stability of marriage") in the hospitals/residents form with
 * capacities (Roth 1984; Roth & Peranson 1999, "The redesign of the matching market for
 * American physicians"): the result has no blocking pair, and every mentee gets the best
 * mentor they could have in any stable assignment. Rankings are each side's `preferences`,
 * or the pair scores (to the nearest millionth, ties by id) where a side gives none.
 * `optimal` solves a min-cost flow (Ahuja, Magnanti & Orlin 1993, *Network Flows*, ch. 9)
 * by successive shortest paths with Dijkstra on reduced costs: it places as many mentees
 * as any assignment can, then (with `rules.balanceLoad`, the default) gives as many
 * mentors as possible at least one mentee, then maximises the total score. So no mentor is
 * full while one their mentee could have had sits idle, unless the full mentor takes a
 * single mentee (moving them would only swap which mentor is idle).
 *
 * In both modes the result counts blocking pairs (and names the first few), lists any
 * mentor left idle while one with a mentee they suit is full (and why), and puts every
 * unplaced mentee on the waitlist with the reason: no mentor the hard rules allow (with
 * what each rule removed), none in both rankings, or all acceptable mentors full. Ties
 * break by id, so input order never changes the result. Cost, for n mentees and k mentors:
 * O(n·k·log(n + k)) to check, score and rank the pairs; then stable O(n·k·log c) for
 * capacity c, optimal O(n·k²) at worst and far less in practice; a few tenths of a second
 * for 1,000 mentees and 200 mentors. At most 2,000,000 mentee–mentor pairs (mentees ×
 * mentors), and in the optimal mode at most 2,000 mentors; about 2.5 s at worst.
 *
 * @param input - mentors (with capacities), mentees, the mode, rules and an optional custom score.
 * @returns each mentor's mentees, each assignment explained, the waitlist with reasons,
 *   blocking pairs, load balance and totals: plain JSON.
 * @throws {@link InvalidInputError} (`invalid_input`) for malformed people, an id used
 *   twice (among mentors and mentees together), a capacity below 1, a ranking naming
 *   someone unknown or on the wrong side, contradictory rules (a pair both must and never,
 *   a mentee in two must-pairs, a mentor with more must-pairs than capacity), or a custom
 *   score that is not a finite number within ±1,000; and before any pairing, more than
 *   2,000,000 mentee–mentor pairs, or 2,000 mentors in the optimal mode.
 *
 * @example
 * ```ts
 * const result = assignMentors({
 *   mentors: [
 *     { id: 'priya', displayName: 'Priya', organisation: 'Trust', capacity: 2, topics: ['housing'] },
 *     { id: 'tom', displayName: 'Tom', organisation: 'Hub', capacity: 1, topics: ['youth'] },
 *   ],
 *   mentees: [
 *     { id: 'ama', displayName: 'Ama', organisation: 'Hub', topics: ['housing'] },
 *     { id: 'ben', displayName: 'Ben', organisation: 'Trust', topics: ['youth'] },
 *     { id: 'cy', displayName: 'Cy', organisation: 'Hub' },
 *     { id: 'dee', displayName: 'Dee', organisation: 'Trust' },
 *   ],
 * });
 * result.mentors.map((mentor) => `${mentor.id}: ${mentor.mentees.join(', ')}`);
 * // => ['priya: ama, cy', 'tom: ben']
 * result.assignments[0]?.reasons;
 * // => ['different organisations: Trust (mentor), Hub (mentee)', 'both interested in housing']
 * result.waitlist.map((entry) => `${entry.id}: ${entry.message}`);
 * // => ['dee: the one acceptable mentor is full, and no arrangement places more mentees']
 * result.totals.blockingPairs;
 * // => 0
 * ```
 */
export function assignMentors(input: AssignMentorsInput): AssignMentorsResult {
  const fn = 'assignMentors';
  const checked = parseWith(Input, input, { fn, root: 'input' });
  if (checked.mode === 'optimal' && checked.mentors.length > MAX_MENTORS) {
    throw sizeLimitError(
      fn,
      ['mentors'],
      'input',
      `has ${withCommas(checked.mentors.length)} mentors; the optimal mode matches at most ${withCommas(MAX_MENTORS)} at once (it keeps a table of mentors × mentors), so use mode 'stable' or match each area or organisation's mentees with its own mentors`,
    );
  }
  const pairs = checked.mentees.length * checked.mentors.length;
  if (pairs > MAX_PAIRS) {
    throw sizeLimitError(
      fn,
      ['mentees'],
      'input',
      `has ${withCommas(checked.mentees.length)} mentees for ${withCommas(checked.mentors.length)} mentors, ${withCommas(pairs)} possible pairs; at most ${withCommas(MAX_PAIRS)} are weighed at once, so match each area or organisation's mentees with its own mentors`,
    );
  }
  const { mode, rules } = checked;
  const problem = compileMentoring(
    checked.mentees,
    checked.mentors,
    rules,
    checked.customScore,
    fn,
  );
  const assigned =
    mode === 'stable' ? deferredAcceptance(problem) : minCostAssignment(problem, rules.balanceLoad);
  return describe(problem, assigned, mode);
}

function describe(
  problem: MentoringProblem,
  assigned: Int32Array,
  mode: MentoringMode,
): AssignMentorsResult {
  const { n, k, mentees, mentors, forced, capacity } = problem;
  const warnings: string[] = [];
  const lists: string[][] = Array.from({ length: k }, () => []);
  const assignments: MentorAssignment[] = [];
  const waitlist: WaitlistedMentee[] = [];
  for (let i = 0; i < n; i += 1) {
    const m = assigned[i] as number;
    if (m < 0) {
      waitlist.push(describeWaitlisted(problem, i, mode));
      continue;
    }
    (lists[m] as string[]).push(mentees[i]?.id ?? '');
    const isForced = (forced[i] as number) >= 0;
    assignments.push(describeAssignment(problem, i, m, isForced ? 'must-pair' : mode));
    if (isForced) {
      const against = brokenRuleWords(problem.mask[i * k + m] as number);
      if (problem.mask[i * k + m] === 0 && problem.acceptable[i * k + m] === 0)
        against.push('a ranking that leaves the pair out');
      if (against.length > 0)
        warnings.push(
          `must-pair ${mentees[i]?.id ?? ''} + ${mentors[m]?.id ?? ''} was made although it breaks: ${against.join(', ')}`,
        );
    }
  }
  const mentorLoads: MentorLoad[] = mentors.map((mentor, m) => ({
    id: mentor.id,
    mentees: lists[m] as string[],
    load: (lists[m] as string[]).length,
    capacity: mentor.capacity,
  }));
  const stability = findBlockingPairs(problem, assigned);
  const balance = findIdleWhileFull(problem, assigned, mode);
  const totalCapacity = capacity.reduce((sum, c) => sum + c, 0);
  const placed = assignments.length;
  return {
    mode,
    mentors: mentorLoads,
    assignments,
    waitlist,
    stability,
    balance,
    totals: {
      mentees: n,
      mentors: k,
      placed,
      waitlisted: waitlist.length,
      mustPaired: assignments.filter((a) => a.madeBy === 'must-pair').length,
      score: assignments.reduce((sum, a) => sum + a.score, 0),
      mentorsInUse: mentorLoads.filter((mentor) => mentor.load > 0).length,
      blockingPairs: stability.blockingPairs,
      capacity: totalCapacity,
      capacityUsed: totalCapacity === 0 ? 0 : placed / totalCapacity,
      pairsConsidered: n * k,
      pairsAllowed: problem.allowedPairs,
      ruledOut: problem.ruledOut,
    },
    warnings,
  };
}
