import { pairKey } from '../candidates/compileCohort.js';
import { describeGroup } from '../candidates/describeGroup.js';
import type { PairingGroup, UnmatchedParticipant, UnmatchedReason } from '../pairParticipants.js';
import type { RoundsProblem } from './roundsProblem.js';
import {
  addMeetings,
  lastBefore,
  meetingsOf,
  noveltyPart,
  recentlyMet,
  roundPeople,
  sitOutsBefore,
  type GroupOrigin,
  type Meetings,
  type RoundPlan,
  type Schedule,
} from './schedule.js';
import { solveRound } from './solveRound.js';

/** Why a repeat meeting was made. */
export type ForcedRepeatReason =
  'must_pair' | 'no_new_partner' | 'no_fresh_arrangement' | 'later_rounds';

/** A pair who meet again in a planned round, and why that could not be avoided. */
export interface ForcedRepeat {
  /** The round of the repeat. */
  readonly round: number;
  /** The two people, in id order. */
  readonly members: readonly [string, string];
  /** The earlier rounds they met in (history and planned), ascending. */
  readonly metIn: readonly number[];
  /** The kind of reason. */
  readonly reason: ForcedRepeatReason;
  /** The reason in plain words. */
  readonly message: string;
}

/** Someone who takes no part in a round. */
export interface AwayParticipant {
  /** Their id. */
  readonly id: string;
  /** `absent` for that round only, or `paused` for a stretch of rounds. */
  readonly reason: 'absent' | 'paused';
}

/** Totals of one planned round. */
export interface PlannedRoundTotals {
  /** People present (not absent or paused). */
  readonly present: number;
  /** People in a pair or trio. */
  readonly grouped: number;
  /** Pairs made. */
  readonly pairs: number;
  /** Trios made. */
  readonly trios: number;
  /** Present people left without a partner (sitting out included). */
  readonly unmatched: number;
  /** People absent or paused. */
  readonly away: number;
  /** Meetings of two people who had met before (a trio holds three meetings). */
  readonly repeats: number;
  /** The sum of the groups' scores. */
  readonly score: number;
}

/** One round of the plan: every participant is in `groups`, `unmatched` or `away`. */
export interface PlannedRound {
  /** The round's number. */
  readonly round: number;
  /** The pairs and trios, ordered by their first member's id. */
  readonly groups: readonly PairingGroup[];
  /** Present people without a partner, each with the reason. */
  readonly unmatched: readonly UnmatchedParticipant[];
  /** People absent or paused this round: neither paired nor counted as left out. */
  readonly away: readonly AwayParticipant[];
  /** The repeat meetings of this round, each with why it was forced. */
  readonly repeats: readonly ForcedRepeat[];
  /** Totals. */
  readonly totals: PlannedRoundTotals;
}

/** One person's rotation over the planned rounds. */
export interface RotationSummary {
  /** Their id. */
  readonly id: string;
  /** Rounds they were present in. */
  readonly present: number;
  /** Rounds they were in a pair or trio. */
  readonly grouped: number;
  /** Rounds they sat out to leave an even number. */
  readonly satOut: number;
  /** Rounds they were present but left without a partner for another reason. */
  readonly unmatched: number;
  /** Rounds they were absent or paused. */
  readonly away: number;
  /** How many different people they were grouped with. */
  readonly partners: number;
  /** Those people's ids, sorted. */
  readonly partnerIds: readonly string[];
  /** How many different areas their partners came from (partners without an area not counted). */
  readonly areasMet: number;
  /** Those areas, sorted. */
  readonly areas: readonly string[];
  /** Their meetings with someone they had met before (in the history or an earlier planned round). */
  readonly repeats: number;
}

/** Whether the repeats are known to be as few as possible, which feeds the repeat reasons. */
export interface DescribeOptions {
  readonly proven: boolean;
}

/**
 * Describes a schedule: groups with scores and reasons, the unmatched and away with
 * reasons, each repeat with why it was forced, and each person's rotation. Cost: O(R·n)
 * plus one matching per round that holds a repeat (to test whether the round alone could
 * have avoided it).
 */
export function describeRounds(
  problem: RoundsProblem,
  schedule: Schedule,
  options: DescribeOptions,
): { rounds: PlannedRound[]; people: RotationSummary[] } {
  const { n, cohort } = problem;
  const idOf = (i: number): string => cohort.people[i]?.id ?? '';
  const met: Meetings = meetingsOf(problem, []);
  const partners = Array.from({ length: n }, () => new Set<number>());
  const counts = {
    present: new Int32Array(n),
    grouped: new Int32Array(n),
    satOut: new Int32Array(n),
    unmatched: new Int32Array(n),
    away: new Int32Array(n),
    repeats: new Int32Array(n),
  };

  const rounds = schedule.map((plan, t): PlannedRound => {
    const round = problem.roundNumbers[t] as number;
    const away: AwayParticipant[] = [];
    const awayKinds = problem.away[t] ?? [];
    for (let i = 0; i < n; i += 1) {
      const kind = awayKinds[i];
      if (kind === null || kind === undefined)
        counts.present[i] = (counts.present[i] as number) + 1;
      else {
        away.push({ id: idOf(i), reason: kind });
        counts.away[i] = (counts.away[i] as number) + 1;
      }
    }
    const groups = plan.groups.map((members, g) =>
      describeGroup(
        problem.cohort,
        problem.scorer,
        members,
        plan.madeBy[g] ?? 'matching',
        {
          roundsAgo: (i, j) => {
            const last = lastBefore(met.get(pairKey(problem.n, i, j)), round);
            return last === undefined ? null : round - last;
          },
          novelty: (i, j) =>
            noveltyPart(problem, lastBefore(met.get(pairKey(problem.n, i, j)), round), round),
        },
        'a trio: the odd person out joined the pair that repeats least and fits best',
      ),
    );
    const repeats = explainRepeats(problem, schedule, met, plan, t, options);
    for (const repeat of repeats)
      for (const id of repeat.members) {
        const i = cohort.index.get(id) ?? 0;
        counts.repeats[i] = (counts.repeats[i] as number) + 1;
      }
    const unmatched = describeUnmatched(problem, met, plan, t, sitOutsBefore(problem, schedule, t));
    for (const person of unmatched) {
      const i = cohort.index.get(person.id) ?? 0;
      if (person.reason === 'sat_out') counts.satOut[i] = (counts.satOut[i] as number) + 1;
      else counts.unmatched[i] = (counts.unmatched[i] as number) + 1;
    }
    for (const members of plan.groups)
      for (const i of members) {
        counts.grouped[i] = (counts.grouped[i] as number) + 1;
        for (const j of members) if (j !== i) partners[i]?.add(j);
      }
    addMeetings(problem, met, plan, round);
    const grouped = plan.groups.reduce((sum, g) => sum + g.length, 0);
    return {
      round,
      groups,
      unmatched,
      away,
      repeats,
      totals: {
        present: n - away.length,
        grouped,
        pairs: groups.filter((g) => g.kind === 'pair').length,
        trios: groups.filter((g) => g.kind === 'trio').length,
        unmatched: unmatched.length,
        away: away.length,
        repeats: repeats.length,
        score: groups.reduce((sum, g) => sum + g.score, 0),
      },
    };
  });

  const people = cohort.people.map((person, i): RotationSummary => {
    const ids = [...(partners[i] ?? [])].map(idOf).sort(byText);
    const areas = [
      ...new Set(
        [...(partners[i] ?? [])]
          .map((j) => cohort.people[j]?.area)
          .filter((area): area is string => area !== undefined),
      ),
    ].sort(byText);
    return {
      id: person.id,
      present: counts.present[i] as number,
      grouped: counts.grouped[i] as number,
      satOut: counts.satOut[i] as number,
      unmatched: counts.unmatched[i] as number,
      away: counts.away[i] as number,
      partners: ids.length,
      partnerIds: ids,
      areasMet: areas.length,
      areas,
      repeats: counts.repeats[i] as number,
    };
  });
  return { rounds, people };
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function plural(count: number, word: string): string {
  return `${String(count)} ${word}${count === 1 ? '' : 's'}`;
}

/** The partners the hard rules allow person i in round index t, among the free people present. */
function allowedPartners(
  problem: RoundsProblem,
  met: Meetings,
  plan: RoundPlan,
  t: number,
  i: number,
): number[] {
  const round = problem.roundNumbers[t] as number;
  const { free } = roundPeople(problem, t);
  return free.filter(
    (j) =>
      j !== i &&
      j !== plan.sitOut &&
      problem.allowed[i * problem.n + j] === 1 &&
      !recentlyMet(problem, met, i, j, round),
  );
}

function explainRepeats(
  problem: RoundsProblem,
  schedule: Schedule,
  met: Meetings,
  plan: RoundPlan,
  t: number,
  options: DescribeOptions,
): ForcedRepeat[] {
  const { n, cohort } = problem;
  const round = problem.roundNumbers[t] as number;
  const idOf = (i: number): string => cohort.people[i]?.id ?? '';
  const found: { i: number; j: number; origin: GroupOrigin }[] = [];
  plan.groups.forEach((group, g) => {
    for (let a = 0; a < group.length; a += 1)
      for (let b = a + 1; b < group.length; b += 1) {
        const i = group[a] as number;
        const j = group[b] as number;
        if ((met.get(pairKey(n, i, j))?.length ?? 0) > 0)
          found.push({ i, j, origin: plan.madeBy[g] ?? 'matching' });
      }
  });
  if (found.length === 0) return [];
  // The fewest repeats this round alone could have had, given the rounds before it.
  const alone = solveRound(problem, { t, met, template: null, sitOut: plan.sitOut });
  let fewest = 0;
  for (const group of alone.groups)
    for (let a = 0; a < group.length; a += 1)
      for (let b = a + 1; b < group.length; b += 1)
        if ((met.get(pairKey(n, group[a] as number, group[b] as number))?.length ?? 0) > 0)
          fewest += 1;
  const before = t === 0 ? 'the history' : `round${t === 1 ? '' : 's'} ${roundSpan(problem, t)}`;

  return found.map(({ i, j, origin }): ForcedRepeat => {
    const metIn = [...(met.get(pairKey(n, i, j)) ?? [])];
    const members: [string, string] = [idOf(i), idOf(j)];
    const base = { round, members, metIn };
    if (origin === 'must-pair')
      return {
        ...base,
        reason: 'must_pair',
        message: `${members[0]} and ${members[1]} are a must-pair, so they meet whenever both are present`,
      };
    for (const person of [i, j]) {
      const allowed = allowedPartners(problem, met, plan, t, person);
      const fresh = allowed.filter((y) => (met.get(pairKey(n, person, y))?.length ?? 0) === 0);
      if (fresh.length === 0)
        return {
          ...base,
          reason: 'no_new_partner',
          message: `${idOf(person)} had already met ${allowed.length === 1 ? 'the only partner' : `all ${plural(allowed.length, 'partner')}`} the rules allow among those present in round ${String(round)}`,
        };
    }
    if (fewest >= found.length)
      return {
        ...base,
        reason: 'no_fresh_arrangement',
        message: `no arrangement of round ${String(round)} groups as many people with fewer repeats, given ${before}: it needs at least ${plural(fewest, 'repeat')}`,
      };
    return {
      ...base,
      reason: 'later_rounds',
      message: options.proven
        ? `round ${String(round)} on its own could avoid it, but every schedule that does so has more repeats over all the rounds (proven by exhaustive search)`
        : `round ${String(round)} on its own could avoid it, but the planner found no schedule that does so without more repeats over all the rounds`,
    };
  });
}

function roundSpan(problem: RoundsProblem, t: number): string {
  const first = problem.roundNumbers[0] as number;
  const last = problem.roundNumbers[t - 1] as number;
  return first === last ? String(first) : `${String(first)}–${String(last)}`;
}

function describeUnmatched(
  problem: RoundsProblem,
  met: Meetings,
  plan: RoundPlan,
  t: number,
  fairness: { counts: Int32Array; last: Float64Array },
): UnmatchedParticipant[] {
  const { cohort } = problem;
  const idOf = (i: number): string => cohort.people[i]?.id ?? '';
  const grouped = new Set(plan.groups.flat());
  const { present } = roundPeople(problem, t);
  const trioMade = plan.madeBy.includes('odd-person-trio');
  let firstWaiting = true;
  const out: UnmatchedParticipant[] = [];
  for (const i of present) {
    if (grouped.has(i)) continue;
    const allowed = allowedPartners(problem, met, { ...plan, sitOut: -1 }, t, i).length;
    const id = idOf(i);
    if (allowed === 0) {
      out.push({
        id,
        reason: 'no_candidate',
        candidates: 0,
        message: `the hard rules leave no possible partner among those present in round ${String(problem.roundNumbers[t])}`,
      });
      continue;
    }
    if (i === plan.sitOut) {
      const times = fairness.counts[i] as number;
      const when =
        times === 0
          ? 'has not sat out before'
          : `had sat out fewest times (${times === 1 ? 'once' : `${String(times)} times`}), and longest ago (last in round ${String(fairness.last[i])})`;
      out.push({
        id,
        reason: 'sat_out',
        candidates: allowed,
        message: `sits out this round to leave an even number: of those who could sit out, ${id} ${when}`,
      });
      continue;
    }
    const reason: UnmatchedReason =
      problem.rules.oddPolicy === 'trio' && !trioMade && firstWaiting
        ? 'no_trio_fits'
        : 'no_partner_left';
    firstWaiting = false;
    out.push({
      id,
      reason,
      candidates: allowed,
      message:
        reason === 'no_trio_fits'
          ? `is the odd one out, and no pair has two members both allowed to partner ${id}`
          : `${allowed === 1 ? 'the one possible partner is' : `all ${String(allowed)} possible partners are`} grouped with someone else, and no arrangement groups more people`,
    });
  }
  return out.sort((a, b) => byText(a.id, b.id));
}
