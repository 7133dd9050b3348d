import { z } from 'zod';
import { indexIds } from '../internal/indexIds.js';
import { sizeLimitError, withCommas } from '../internal/sizeLimit.js';
import { InfeasibleRequestError } from '../core/InfeasibleRequestError.js';
import { createRandom, Seed } from '../core/random.js';
import { parseWith } from '../core/validation.js';
import { compileCohort, type Cohort } from './candidates/compileCohort.js';
import { pairScorer } from './candidates/pairScorer.js';
import {
  describeSessions,
  sumParts,
  tidy,
  type FormedGroup,
  type FormedSession,
  type GroupScoreParts,
} from './groups/describeGroups.js';
import { arrangementCount, exactSearch, partitionCount } from './groups/exactSearch.js';
import { groupModel, pairCounts, type GroupModel } from './groups/groupModel.js';
import { GroupingRules, PastGrouping, type PastGroupingInput } from './groups/groupingRules.js';
import { chooseSizes, type GroupSizing } from './groups/groupSizes.js';
import { GroupState } from './groups/groupState.js';
import { localSearch } from './groups/localSearch.js';
import { PairingRules } from './pairingRules.js';
import type { PairingRules as PairingRulesModel } from './pairingRules.js';
import { PairingParticipant, type PairingParticipantInput } from './participant.js';

export type {
  FormedGroup,
  FormedSession,
  GroupAreaCount,
  GroupExperienceMix,
  GroupRepeatPair,
  GroupScoreParts,
  GroupTopicCount,
} from './groups/describeGroups.js';
export type { PastGroupMembers } from './groups/groupingRules.js';

/** What {@link formGroups} takes. */
export interface FormGroupsInput {
  /** The people to group; ids must differ. */
  readonly participants: readonly PairingParticipantInput[];
  /** Earlier sessions' groups, to keep repeat meetings down (default none). */
  readonly history?: readonly PastGroupingInput[];
  /** Never- and must-together rules, facilitators, topics and weights (see {@link GroupingRules}). */
  readonly rules?: z.input<typeof GroupingRules>;
  /** The seed of the local search (default 0): the same seed gives the same groups. */
  readonly seed?: Seed;
}

/** How the search runs; shared by both size forms of {@link FormGroupsOptions}. */
export interface FormGroupsSearchOptions {
  /** How many sessions to plan, each a grouping of everyone (default 1). */
  readonly sessions?: number;
  /**
   * How hard the local search works, as a multiple of its default number of steps
   * (default 1; 0 keeps the greedy start and the descent only).
   */
  readonly effort?: number;
  /** Up to this many people (at most 12, the default) an exact search also runs. */
  readonly exactLimit?: number;
}

/**
 * The group sizes: `{ size }` for groups of exactly that size, or `{ minSize, maxSize }`
 * (optionally with the number of `groups`) for balanced groups within a range.
 */
export type FormGroupsOptions = FormGroupsSearchOptions &
  (
    | {
        /** Every group has exactly this many people. */
        readonly size: number;
        /** Not with `size`. */
        readonly minSize?: never;
        /** Not with `size`. */
        readonly maxSize?: never;
        /** Not with `size` (the number of groups follows from it). */
        readonly groups?: never;
      }
    | {
        /** The smallest group allowed. */
        readonly minSize: number;
        /** The largest group allowed. */
        readonly maxSize: number;
        /**
         * How many groups to make (default: the number whose balanced size lies nearest
         * the middle of the range; ties go to fewer, larger groups).
         */
        readonly groups?: number;
        /** Not with `minSize` and `maxSize`. */
        readonly size?: never;
      }
  );

/** Totals over every session. */
export interface FormGroupsTotals {
  /** Participants given; each is in exactly one group of every session. */
  readonly participants: number;
  /** Sessions planned. */
  readonly sessions: number;
  /** Groups in each session. */
  readonly groupsPerSession: number;
  /** The smallest and largest group made (they differ by at most one). */
  readonly smallestGroup: number;
  /** The largest group made. */
  readonly largestGroup: number;
  /** Participants who can facilitate, when the facilitator rule is on; otherwise null. */
  readonly facilitators: number | null;
  /** The score over every session: the sum of its parts (a penalty; lower is better). */
  readonly score: number;
  /** Each part of the score, over every session. */
  readonly parts: GroupScoreParts;
  /** Pairs sharing a group who had met before, summed over the sessions planned. */
  readonly repeatPairs: number;
  /**
   * Pairs who share a group in a planned session and, counting the history, have now met
   * more than once.
   */
  readonly pairsMetMoreThanOnce: number;
}

/** How the groups were found, and how close to the best possible they are known to be. */
export interface FormGroupsOptimality {
  /**
   * `exact`: an exact search ran to the end (up to `exactLimit` people), so the groups
   * returned are proven best; `local-search`: only the seeded local search ran (or the
   * exact search stopped early).
   */
  readonly method: 'exact' | 'local-search';
  /** Whether no grouping has a lower score (the exact search finished). */
  readonly proven: boolean;
  /** The score of the groups returned. */
  readonly score: number;
  /** The score the local search reached on its own (if it broke a hard rule, `gap` is left out). */
  readonly localSearchScore: number;
  /** The lowest score possible, when the exact search finished. */
  readonly exactScore?: number;
  /** How far the local search was from the exact optimum: `localSearchScore − exactScore` (0 when it found an optimum). */
  readonly gap?: number;
  /** How many arrangements the exact search had to account for (before pruning), when it ran. */
  readonly arrangements?: number;
  /** What was done, in plain words. */
  readonly note: string;
}

/** What the search did. */
export interface FormGroupsSearchReport {
  /** The seed used. */
  readonly seed: Seed;
  /** The local search's moves: move one person (or must-together block) to another group; swap two between groups. */
  readonly moves: readonly ['move', 'swap'];
  /** Annealing steps drawn, over every restart. */
  readonly steps: number;
  /** Steps accepted. */
  readonly accepted: number;
  /** Swaps and moves weighed by the tabu phase against repeat meetings (0 when no repeat can occur). */
  readonly tabuEvaluations: number;
  /** Independent restarts of the local search, each from its own greedy start. */
  readonly restarts: number;
  /** Improving moves and swaps made by the final descents. */
  readonly descentImprovements: number;
  /** Whether the local search's result was checked to be a local optimum: no single move or swap improves it. */
  readonly localOptimum: boolean;
  /** People placed by the exact search, when it ran. */
  readonly exactSteps?: number;
}

/** What {@link formGroups} returns: every participant is in exactly one group of every session. */
export interface FormGroupsResult {
  /** The first session's groups (the same as `sessions[0].groups`). */
  readonly groups: readonly FormedGroup[];
  /** Every session planned, in order. */
  readonly sessions: readonly FormedSession[];
  /** Totals over every session. */
  readonly totals: FormGroupsTotals;
  /** How the groups were found and how close to the best possible they are. */
  readonly optimality: FormGroupsOptimality;
  /** What the local search did. */
  readonly search: FormGroupsSearchReport;
  /** Things to know, such as facilitators beyond one a group. */
  readonly warnings: readonly string[];
}

const FN = 'formGroups';
/** The exact search runs when the arrangements to enumerate number at most this… */
const ARRANGEMENT_LIMIT = 5e7;
/** …and stops after this many people placed. */
const EXACT_STEP_LIMIT = 3_000_000;

const key = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

const Input = /* @__PURE__ */ (() =>
  z
    .strictObject({
      participants: z.array(PairingParticipant),
      history: z.array(PastGrouping).default([]),
      rules: GroupingRules.prefault({}),
      seed: Seed.default(0),
    })
    .superRefine((input, context) => {
      const issue = (path: (string | number)[], message: string): void => {
        context.addIssue({ code: 'custom', path, message });
      };
      const ids = indexIds(input.participants, ['participants'], issue);
      const { rules } = input;
      for (const list of ['neverTogether', 'mustTogether'] as const) {
        rules[list].forEach((people, k) => {
          const seen = new Set<string>();
          people.forEach((id, j) => {
            if (!ids.has(id))
              issue(
                ['rules', list, k, j],
                `names ${JSON.stringify(id)}, who is not among the participants`,
              );
            else if (seen.has(id))
              issue(['rules', list, k, j], `names ${JSON.stringify(id)} twice`);
            seen.add(id);
          });
        });
      }
      rules.facilitators?.ids.forEach((id, k) => {
        if (!ids.has(id))
          issue(
            ['rules', 'facilitators', 'ids', k],
            `names ${JSON.stringify(id)}, who is not among the participants`,
          );
      });
      // Must-together lists merge; a never-together pair inside one merged block contradicts them.
      const parent = new Map<string, string>();
      const find = (id: string): string => {
        let root = id;
        while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root;
        return root;
      };
      for (const people of rules.mustTogether) {
        for (const id of people.slice(1)) {
          const a = find(people[0] ?? id);
          const b = find(id);
          if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
        }
      }
      const reported = new Set<string>();
      rules.neverTogether.forEach((people, k) => {
        for (let a = 0; a < people.length; a += 1)
          for (let b = a + 1; b < people.length; b += 1) {
            const x = people[a] ?? '';
            const y = people[b] ?? '';
            if (x === y || find(x) !== find(y) || reported.has(`${String(k)}:${key(x, y)}`))
              continue;
            reported.add(`${String(k)}:${key(x, y)}`);
            issue(
              ['rules', 'neverTogether', k],
              `keeps ${JSON.stringify(x)} and ${JSON.stringify(y)} apart, but mustTogether puts them in one group; remove one of the rules`,
            );
          }
      });
    }))();

const Size = /* @__PURE__ */ (() => z.int().min(1).max(1_000_000))();

const Options = /* @__PURE__ */ (() =>
  z
    .strictObject({
      size: Size.optional(),
      minSize: Size.optional(),
      maxSize: Size.optional(),
      groups: z.int().min(1).max(1_000_000).optional(),
      sessions: z.int().min(1).max(1000).default(1),
      effort: z.number().min(0).max(100).default(1),
      exactLimit: z.int().min(0).max(12).default(12),
    })
    .superRefine((options, context) => {
      const issue = (path: string, message: string): void => {
        context.addIssue({ code: 'custom', path: [path], message });
      };
      const range = options.minSize !== undefined || options.maxSize !== undefined;
      if (options.size !== undefined) {
        if (range) issue('size', 'give either size, or minSize and maxSize, not both');
        if (options.groups !== undefined)
          issue('groups', 'follows from size; give groups with minSize and maxSize instead');
      } else if (!range) {
        issue('size', 'is missing; give size, or minSize and maxSize');
      } else if (options.minSize === undefined) {
        issue('minSize', 'is missing; give it with maxSize');
      } else if (options.maxSize === undefined) {
        issue('maxSize', 'is missing; give it with minSize');
      } else if (options.minSize > options.maxSize) {
        issue(
          'maxSize',
          `must be at least minSize (${String(options.minSize)}), got ${String(options.maxSize)}`,
        );
      }
    }))();

/** The most people grouped at once. */
const MAX_PEOPLE = 2500;
/** The most work, sessions × (people² + 3,000 × effort × people): about 3 s at the limit. */
const MAX_WORK = 10_000_000;

/**
 * Refuses, before any search, groupings whose search would take more than a few seconds.
 * Each session costs about people² (the greedy start, the descent and the tallies) plus
 * the annealing's 2,000 × effort steps a person (for at least 10 people).
 */
function refuseOversized(people: number, sessions: number, effort: number): void {
  if (people > MAX_PEOPLE) {
    throw sizeLimitError(
      FN,
      ['participants'],
      'input',
      `has ${withCommas(people)} people; at most ${withCommas(MAX_PEOPLE)} are grouped at once, so form the groups of each area or cluster on its own`,
    );
  }
  const perSession = people * people + 3000 * effort * Math.max(people, 10);
  const work = sessions * perSession;
  if (work <= MAX_WORK) return;
  const sum = `the search costs sessions × (people² + 3,000 × effort × people), here ${withCommas(Math.ceil(work))}, and at most ${withCommas(MAX_WORK)} is searched at once`;
  const sessionsThatFit = Math.floor(MAX_WORK / perSession);
  if (sessionsThatFit >= 1) {
    throw sizeLimitError(
      FN,
      ['sessions'],
      'options',
      `is ${withCommas(sessions)} for ${withCommas(people)} people; ${sum}, so plan at most ${withCommas(sessionsThatFit)} at once and the rest later, with these groups as history`,
    );
  }
  const most =
    Math.floor((100 * (MAX_WORK - people * people)) / (3000 * Math.max(people, 10))) / 100;
  throw sizeLimitError(
    FN,
    ['effort'],
    'options',
    `is ${String(effort)} for ${withCommas(people)} people; ${sum}, so use an effort of at most ${String(most)}`,
  );
}

/**
 * Splits participants into groups (action learning sets, tables at a cluster session) that
 * mix areas and experience, keep never- and must-together rules, give each group a
 * facilitator if asked, keep sizes balanced and leave nobody out; over several sessions it
 * keeps repeat meetings down. Each group explains its mix.
 *
 * An action learning set works best with four to eight people who do not already work
 * together, and a cluster session's tables work best when each mixes areas and new with
 * experienced members, so people learn from those they would not otherwise meet. Over a
 * series of sessions the tables should change so people meet someone new each time: the
 * social golfer problem (CSPLib problem 10; Dotú and Van Hentenryck, "Scheduling social
 * golfers locally", CPAIOR 2005), hard in general, so it is solved here by local search.
 *
 * The groups minimise a score, a penalty made of weighted parts (weights in
 * `rules.weights`): `areas`, each pair of members from the same area; `experience`, for
 * each group, (the sum of its members' experience minus the cohort's mean)², experience on
 * 0–1 as in pairing; `topics`, for each pair, their topic overlap (Jaccard) when
 * `rules.topics` is `'mix'` or one minus it when `'share'`; `repeats`, each repeat meeting
 * (a pair sharing a group who met before, in `history` or an earlier planned session;
 * must-together pairs meet by design and never count); and `facilitators`, each pair of
 * facilitators in one group. Hard rules are never traded for the score. Sizes are balanced
 * (they differ by at most one). Participants are sorted by id first, so the input order
 * never matters.
 *
 * The search is seeded local search (Aarts and Lenstra, "Local Search in Combinatorial
 * Optimization", 1997) with two moves: move one person (or must-together block) to another
 * group, and swap two between groups. From a greedy start it runs simulated annealing
 * (geometric cooling, drawing from {@link createRandom}); when repeats can occur, a
 * conflict-directed tabu search on the people meeting someone again, after Dotú and Van
 * Hentenryck; then a descent until no single move or swap improves the groups. Small
 * inputs restart a few times. Up to `exactLimit` people (12) an exact search also
 * enumerates every partition (groups and sessions up to symmetry, with branch and bound),
 * proves the optimum and reports the local search's gap. Cost: O(steps · size) for the
 * local search, with about 2,000 steps a person a session; O(units² · size) a pass for the
 * descent; the exact search is exponential and bounded by its limits. Limits: at most
 * 2,500 people, and sessions × (people² + 3,000 × effort × people) at most 10,000,000,
 * such as 2,000 people for one session, 500 for 5, 100 for 32 or 20 for 165 at the
 * default effort; about 3 s at the limit.
 *
 * @param input - participants, earlier sessions' groups, rules and a seed.
 * @param options - `{ size }` or `{ minSize, maxSize, groups? }`, with `sessions`, `effort`
 *   and `exactLimit`.
 * @returns every session's groups with their mix, score parts and reasons; totals; how
 *   close to optimal the groups are; and what the search did.
 * @throws {@link InvalidInputError} (`invalid_input`) for malformed participants, repeated
 *   ids, rules naming unknown people or a person twice, never- and must-together rules
 *   that contradict each other, or bad sizes; and, before any search, more than 2,500
 *   people or a search beyond the limit above.
 * @throws {@link InfeasibleRequestError} (`infeasible_request`) when the people cannot fill
 *   groups of the sizes asked, there are fewer facilitators than groups, a must-together
 *   block or never-together list cannot fit the groups, or no grouping keeps every hard rule.
 *
 * @example
 * ```ts
 * const result = formGroups(
 *   {
 *     participants: [
 *       { id: 'ama', displayName: 'Ama', area: 'North', experience: 'experienced' },
 *       { id: 'ben', displayName: 'Ben', area: 'North', experience: 'new' },
 *       { id: 'cy', displayName: 'Cy', area: 'South', experience: 'experienced' },
 *       { id: 'dee', displayName: 'Dee', area: 'South', experience: 'new' },
 *       { id: 'eli', displayName: 'Eli', area: 'East', experience: 'experienced' },
 *       { id: 'fay', displayName: 'Fay', area: 'East', experience: 'new' },
 *     ],
 *     seed: 'set-2026',
 *   },
 *   { size: 3 },
 * );
 * result.groups.map((group) => group.members.join(' + '));
 * // => ['ama + dee + fay', 'ben + cy + eli']
 * result.groups[0]?.reasons;
 * // => ['3 different areas: East, North, South', 'experience: 1 experienced, 2 new']
 * result.optimality.proven;
 * // => true
 * ```
 */
export function formGroups(input: FormGroupsInput, options: FormGroupsOptions): FormGroupsResult {
  const checked = parseWith(Input, input, { fn: FN, root: 'input' });
  const settings = parseWith(Options, options, { fn: FN, root: 'options' });
  refuseOversized(checked.participants.length, settings.sessions, settings.effort);
  const { rules } = checked;

  // The cohort, compiled as for pairing: ids sorted, areas and topics coded, experience on
  // 0–1, never-together lists as pairs. The topic scorer is pairing's, with topics only.
  const neverPair: [string, string][] = [];
  for (const people of rules.neverTogether)
    for (let a = 0; a < people.length; a += 1)
      for (let b = a + 1; b < people.length; b += 1)
        neverPair.push([people[a] ?? '', people[b] ?? '']);
  const pairingRules = PairingRules.parse({
    mustDiffer: [],
    neverPair,
    weights: { topics: 1, experienceMix: 0, novelty: 0, custom: 0 },
  });
  const cohort = compileCohort(checked.participants, [], pairingRules, 0);
  const { n } = cohort;

  const { block, blocks } = mustTogetherBlocks(cohort, rules);
  const facilitator = facilitatorMask(cohort, rules);
  const candidates = chooseSizes(
    FN,
    n,
    settings.size !== undefined
      ? { size: settings.size }
      : {
          minSize: settings.minSize ?? 1,
          maxSize: settings.maxSize ?? 1,
          groups: settings.groups,
        },
    {
      mostGroups:
        rules.facilitators === undefined
          ? Number.POSITIVE_INFINITY
          : facilitator.reduce((sum, f) => sum + f, 0),
      fewestGroups: Math.max(0, ...rules.neverTogether.map((list) => new Set(list).size)),
      largestBlock: Math.max(0, ...blocks.map((unit) => unit.length)),
    },
  );

  const history = pairCounts(n);
  let historyMost = 0;
  for (const past of checked.history)
    for (const list of past.groups) {
      const members = [...new Set(list.map((id) => cohort.index.get(id)))].filter(
        (i): i is number => i !== undefined,
      );
      for (let a = 0; a < members.length; a += 1)
        for (let b = a + 1; b < members.length; b += 1) {
          history.add(members[a] as number, members[b] as number, 1);
          historyMost = Math.max(
            historyMost,
            history.get(members[a] as number, members[b] as number),
          );
        }
    }
  const context: PlanContext = {
    checked,
    settings,
    cohort,
    pairingRules,
    block,
    blocks,
    facilitator,
    history,
    historyMost,
  };

  // Within a size range, if the preferred number of groups cannot keep the hard rules, the
  // next best numbers are tried.
  let refusal: InfeasibleRequestError | null = null;
  for (const sizing of candidates) {
    try {
      const result = plan(context, sizing);
      if (refusal === null) return result;
      return {
        ...result,
        warnings: [
          `${String(candidates[0]?.groups ?? 0)} groups (the number nearest the middle of the size range) cannot keep the rules (${refusal.message.replace(/^formGroups: |\.$/gu, '')}); made ${String(sizing.groups)} groups instead`,
          ...result.warnings,
        ],
      };
    } catch (error) {
      if (!(error instanceof InfeasibleRequestError)) throw error;
      refusal ??= error;
    }
  }
  throw refusal ?? new InfeasibleRequestError({ fn: FN, message: 'no group sizes fit', facts: {} });
}

/** What every attempt at a number of groups shares. */
interface PlanContext {
  readonly checked: z.output<typeof Input>;
  readonly settings: z.output<typeof Options>;
  readonly cohort: Cohort;
  readonly pairingRules: PairingRulesModel;
  readonly block: Int32Array;
  readonly blocks: Int32Array[];
  readonly facilitator: Uint8Array;
  readonly history: ReturnType<typeof pairCounts>;
  readonly historyMost: number;
}

/** Forms the groups for one number of groups, or throws {@link InfeasibleRequestError}. */
function plan(context: PlanContext, sizing: GroupSizing): FormGroupsResult {
  const { checked, settings, cohort, pairingRules, block, blocks, facilitator } = context;
  const { history, historyMost } = context;
  const { rules } = checked;
  const { n } = cohort;
  const warnings: string[] = [];
  checkFeasible(cohort, rules, sizing, blocks, facilitator, settings.maxSize, warnings);

  const model = groupModel({
    cohort,
    topicScorer: pairScorer(cohort, pairingRules, undefined),
    rules,
    sessions: settings.sessions,
    groups: sizing.groups,
    lo: sizing.lo,
    hi: sizing.hi,
    facilitator,
    block,
    blocks,
    history,
    historyGiven: checked.history.some((past) => past.groups.length > 0),
    historyMost,
  });
  const latest = checked.history.reduce((most, past) => Math.max(most, past.session), 0);
  const firstSession = latest + 1;

  const random = createRandom(checked.seed);
  const local = localSearch(model, random, settings.effort);
  if ('packingFailed' in local) {
    const sizes = blocks.filter((unit) => unit.length > 1).map((unit) => unit.length);
    throw new InfeasibleRequestError({
      fn: FN,
      message: `${local.proven ? 'the' : 'the search could not fit the'} must-together blocks (sizes ${sizes.join(', ')}) ${local.proven ? 'do not fit' : 'into'} ${String(sizing.groups)} groups of ${sizeWords(sizing)}; split a rules.mustTogether list or change the group sizes`,
      path: ['rules', 'mustTogether'],
      facts: { blockSizes: sizes, groups: sizing.groups, lo: sizing.lo, hi: sizing.hi },
    });
  }

  // The exact search, on small inputs.
  let assignment = local.assignment;
  let method: FormGroupsOptimality['method'] = 'local-search';
  let proven = false;
  let exactSoft: number | null = null;
  let exactSteps: number | undefined;
  let note: string;
  const partitions = n === 0 ? 1 : partitionCount(n, sizing.groups, sizing.lo, sizing.hi);
  const arrangements = arrangementCount(partitions, settings.sessions);
  if (arrangements <= 1) {
    method = 'exact';
    proven = true;
    exactSoft = local.violations === 0 ? local.soft : null;
    note = 'there is only one way to form these groups';
  } else if (n > settings.exactLimit) {
    note = `${String(n)} people is above the exact search's limit (options.exactLimit, ${String(settings.exactLimit)}); the groups are the local search's`;
  } else if (arrangements > ARRANGEMENT_LIMIT || settings.sessions * n > 600) {
    note = `the exact search did not run: ${String(settings.sessions)} session${settings.sessions === 1 ? '' : 's'} of ${String(n)} people allow about ${arrangements.toPrecision(3)} arrangements, too many to enumerate`;
  } else {
    const exact = exactSearch(model, local.violations === 0 ? local.soft : null, EXACT_STEP_LIMIT);
    exactSteps = exact.steps;
    if (exact.status === 'infeasible')
      throw new InfeasibleRequestError({
        fn: FN,
        message: `no grouping of ${String(n)} people into ${String(sizing.groups)} groups of ${sizeWords(sizing)} ${hardRuleWords(model)} (the exact search tried every one); ${hardRuleAdvice(model)}`,
        path: ['rules'],
        facts: { people: n, groups: sizing.groups, lo: sizing.lo, hi: sizing.hi, proven: true },
      });
    if (exact.assignment !== null) {
      assignment = exact.assignment;
      method = 'exact';
    }
    if (exact.status === 'optimal') {
      method = 'exact';
      proven = true;
      exactSoft = exact.soft;
      note = `the exact search accounted for all ${String(arrangements)} arrangements; ${
        exact.assignment === null
          ? 'the local search found an optimum'
          : local.violations > 0
            ? 'it found groups that keep the hard rules, which the local search did not'
            : 'it found better groups than the local search'
      }`;
    } else {
      note = `the exact search stopped after ${String(exact.steps)} steps without accounting for every arrangement`;
      warnings.push(note);
    }
  }

  // Everything must keep the hard rules.
  const final = new GroupState(model);
  final.load(assignment);
  if (final.violations() > 0)
    throw new InfeasibleRequestError({
      fn: FN,
      message: `the search found no grouping of ${String(n)} people into ${String(sizing.groups)} groups of ${sizeWords(sizing)} that ${hardRuleWords(model)} (the best it found breaks ${String(final.raw.never)} never-together pair${final.raw.never === 1 ? '' : 's'} and leaves ${String(final.raw.missing)} group${final.raw.missing === 1 ? '' : 's'} without a facilitator); ${hardRuleAdvice(model)}`,
      path: ['rules'],
      facts: {
        people: n,
        groups: sizing.groups,
        neverTogetherBroken: final.raw.never,
        groupsWithoutFacilitator: final.raw.missing,
        proven: false,
      },
    });

  const described = describeSessions(model, cohort, assignment, firstSession);
  const { sessions } = described;
  const localScore = tidy(local.soft);
  const score = tidy(sessions.reduce((sum, session) => sum + session.score, 0));
  const optimality: FormGroupsOptimality = {
    method,
    proven,
    score,
    localSearchScore: localScore,
    ...(exactSoft === null ? {} : { exactScore: tidy(exactSoft) }),
    // The gap means something only when the local search kept the hard rules.
    ...(exactSoft === null || local.violations > 0
      ? {}
      : { gap: tidy(Math.max(0, local.soft - exactSoft)) }),
    ...(exactSteps === undefined ? {} : { arrangements }),
    note,
  };
  return {
    groups: sessions[0]?.groups ?? [],
    sessions,
    totals: {
      participants: n,
      sessions: settings.sessions,
      groupsPerSession: sizing.groups,
      smallestGroup: sizing.lo,
      largestGroup: sizing.hi,
      facilitators: model.facilitatorRule ? facilitator.reduce((sum, f) => sum + f, 0) : null,
      score,
      parts: sumParts(sessions.map((session) => session.parts)),
      repeatPairs: sessions.reduce((sum, session) => sum + session.repeatPairs, 0),
      pairsMetMoreThanOnce: described.pairsMetMoreThanOnce,
    },
    optimality,
    search: {
      seed: checked.seed,
      moves: ['move', 'swap'],
      steps: local.stats.steps,
      accepted: local.stats.accepted,
      tabuEvaluations: local.stats.tabuEvaluations,
      restarts: local.stats.restarts,
      descentImprovements: local.stats.descentImprovements,
      localOptimum: local.stats.localOptimum,
      ...(exactSteps === undefined ? {} : { exactSteps }),
    },
    warnings,
  };
}

function sizeWords(sizing: GroupSizing): string {
  return sizing.lo === sizing.hi ? String(sizing.lo) : `${String(sizing.lo)}–${String(sizing.hi)}`;
}

function hardRuleWords(model: GroupModel): string {
  const never = model.never.some((set) => set !== null);
  if (never && model.facilitatorRule)
    return 'keeps every never-together rule and gives each group a facilitator';
  if (model.facilitatorRule) return 'gives each group a facilitator';
  return 'keeps every never-together rule';
}

function hardRuleAdvice(model: GroupModel): string {
  const advice: string[] = [];
  if (model.never.some((set) => set !== null)) advice.push('loosen rules.neverTogether');
  if (model.facilitatorRule) advice.push('add facilitators or separate them in rules.mustTogether');
  advice.push('change the group sizes');
  return advice.join(', or ');
}

/** Merges the must-together lists into blocks (union–find); everyone else is a block of one. */
function mustTogetherBlocks(
  cohort: Cohort,
  rules: GroupingRules,
): { block: Int32Array; blocks: Int32Array[] } {
  const { n } = cohort;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while ((parent[root] as number) !== root) root = parent[root] as number;
    let at = i;
    while ((parent[at] as number) !== root) {
      const next = parent[at] as number;
      parent[at] = root;
      at = next;
    }
    return root;
  };
  for (const people of rules.mustTogether) {
    const first = cohort.index.get(people[0] ?? '') ?? 0;
    for (const id of people.slice(1)) {
      const a = find(first);
      const b = find(cohort.index.get(id) ?? 0);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const block = new Int32Array(n);
  const members = new Map<number, number[]>();
  const blocks: Int32Array[] = [];
  for (let i = 0; i < n; i += 1) {
    const root = find(i);
    let list = members.get(root);
    if (list === undefined) {
      list = [];
      members.set(root, list);
      blocks.push(new Int32Array(0));
    }
    list.push(i);
  }
  // Blocks in order of their first member (roots are each block's smallest index).
  const roots = [...members.keys()].sort((a, b) => a - b);
  roots.forEach((root, b) => {
    const list = members.get(root) ?? [];
    blocks[b] = Int32Array.from(list);
    for (const i of list) block[i] = b;
  });
  return { block, blocks };
}

/** The facilitator role: as given, or `'facilitator'` when no ids are listed either. */
function facilitatorRole(rule: NonNullable<GroupingRules['facilitators']>): string | undefined {
  return rule.role ?? (rule.ids.length === 0 ? 'facilitator' : undefined);
}

function facilitatorMask(cohort: Cohort, rules: GroupingRules): Uint8Array {
  const rule = rules.facilitators;
  if (rule === undefined) return new Uint8Array(cohort.n);
  const listed = new Set(rule.ids);
  const role = facilitatorRole(rule);
  return Uint8Array.from(cohort.people, (person) =>
    listed.has(person.id) || (role !== undefined && person.roles.includes(role)) ? 1 : 0,
  );
}

/** Requests that cannot be met whatever the search does, with what to change. */
function checkFeasible(
  cohort: Cohort,
  rules: GroupingRules,
  sizing: GroupSizing,
  blocks: readonly Int32Array[],
  facilitator: Uint8Array,
  maxSize: number | undefined,
  warnings: string[],
): void {
  const { n } = cohort;
  const { groups, hi } = sizing;
  if (rules.facilitators !== undefined && groups > 0) {
    const count = facilitator.reduce((sum, f) => sum + f, 0);
    const role = facilitatorRole(rules.facilitators);
    const who =
      role === undefined
        ? 'listed in rules.facilitators.ids'
        : `with the role ${JSON.stringify(role)}${rules.facilitators.ids.length > 0 ? ' or listed in rules.facilitators.ids' : ''}`;
    if (count < groups) {
      const fewer =
        count === 0
          ? ''
          : `, or make ${String(count)} group${count === 1 ? '' : 's'} of about ${String(Math.ceil(n / count))} (options { minSize: ${String(Math.floor(n / count))}, maxSize: ${String(Math.max(Math.ceil(n / count), maxSize ?? 0))} })`;
      throw new InfeasibleRequestError({
        fn: FN,
        message: `${String(groups)} groups need a facilitator each, but only ${String(count)} participant${count === 1 ? ' is' : 's are'} ${who}; mark ${String(groups - count)} more as facilitator${groups - count === 1 ? '' : 's'}${fewer}`,
        path: ['rules', 'facilitators'],
        facts: { people: n, groups, facilitators: count },
      });
    }
    if (count > groups)
      warnings.push(
        `${String(count)} facilitators for ${groups === 1 ? '1 group' : `${String(groups)} groups`}: each group has one, and ${count - groups === 1 ? 'the other one joins a group as a member' : `the other ${String(count - groups)} join groups as members, spread out`}`,
      );
  }
  for (const unit of blocks) {
    if (unit.length <= hi) continue;
    const ids = Array.from(unit, (i) => cohort.people[i]?.id ?? '');
    const k = rules.mustTogether.findIndex((people) => people.includes(ids[0] ?? ''));
    throw new InfeasibleRequestError({
      fn: FN,
      message: `rules.mustTogether keeps ${String(unit.length)} people together (${ids.join(', ')}), more than the largest group (${String(hi)}); split the list or allow larger groups`,
      path: ['rules', 'mustTogether', Math.max(0, k)],
      facts: { blockSize: unit.length, largestGroup: hi, members: ids },
    });
  }
  rules.neverTogether.forEach((people, k) => {
    if (people.length > groups)
      throw new InfeasibleRequestError({
        fn: FN,
        message: `rules.neverTogether[${String(k)}] keeps ${String(people.length)} people apart, but there ${groups === 1 ? 'is only 1 group' : `are only ${String(groups)} groups`}; shorten the list or make more, smaller groups`,
        path: ['rules', 'neverTogether', k],
        facts: { listed: people.length, groups },
      });
  });
}
