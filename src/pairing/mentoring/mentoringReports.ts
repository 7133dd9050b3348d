import type { MentoringProblem } from './compileMentoring.js';

/** A mentee and mentor who would both rather be together than with whom they have. */
export interface BlockingPair {
  /** The mentee's id. */
  readonly mentee: string;
  /** The mentor's id. */
  readonly mentor: string;
  /** The mentor the mentee has now, or null if waitlisted. */
  readonly menteeHas: string | null;
  /** The mentee the mentor would let go to take them, or null if the mentor has room. */
  readonly mentorWouldDrop: string | null;
}

/** Blocking pairs: how many, and the first few by mentee id then mentor id. */
export interface MentoringStability {
  /** How many mentee–mentor pairs block the assignment (0: it is stable). */
  readonly blockingPairs: number;
  /** The first few (up to 10), in id order. */
  readonly examples: readonly BlockingPair[];
}

/**
 * Counts blocking pairs: a mentee i (not must-paired) and an acceptable mentor m who is not
 * theirs, where i ranks m above what they have (anyone beats the waitlist) and m has room
 * or ranks i above their worst-ranked mentee who is not must-paired. Must-paired mentees
 * never move, so they neither block nor are dropped. Cost: O(n·k).
 */
export function findBlockingPairs(
  problem: MentoringProblem,
  assigned: Int32Array,
  limit = 10,
): MentoringStability {
  const { n, k, mentees, mentors, menteeRank, mentorRank, acceptable, forced, capacity } = problem;
  const load = new Int32Array(k);
  const worstRank = new Int32Array(k).fill(-1);
  const worst = new Int32Array(k).fill(-1);
  for (let i = 0; i < n; i += 1) {
    const m = assigned[i] as number;
    if (m < 0) continue;
    load[m] = (load[m] as number) + 1;
    if ((forced[i] as number) >= 0) continue;
    const r = mentorRank[i * k + m] as number;
    if (r > (worstRank[m] as number)) {
      worstRank[m] = r;
      worst[m] = i;
    }
  }
  let count = 0;
  const examples: BlockingPair[] = [];
  for (let i = 0; i < n; i += 1) {
    if ((forced[i] as number) >= 0) continue;
    const current = assigned[i] as number;
    const currentRank =
      current < 0 ? Number.POSITIVE_INFINITY : (menteeRank[i * k + current] as number);
    for (let m = 0; m < k; m += 1) {
      if (m === current || acceptable[i * k + m] !== 1) continue;
      if ((menteeRank[i * k + m] as number) >= currentRank) continue;
      const room = (load[m] as number) < (capacity[m] as number);
      if (!room && !((mentorRank[i * k + m] as number) < (worstRank[m] as number))) continue;
      count += 1;
      if (examples.length < limit)
        examples.push({
          mentee: mentees[i]?.id ?? '',
          mentor: mentors[m]?.id ?? '',
          menteeHas: current < 0 ? null : (mentors[current]?.id ?? null),
          mentorWouldDrop: room ? null : (mentees[worst[m] as number]?.id ?? null),
        });
    }
  }
  return { blockingPairs: count, examples };
}

/** Why a mentor is idle while a mentor with a mentee they suit is full. */
export type IdleMentorReason =
  'must_pair' | 'not_ranked' | 'prefers_full_mentor' | 'single_place' | 'balance_off';

/** An idle mentor who suits a mentee of a full mentor, and why that mentee stays. */
export interface IdleMentorCase {
  /** The idle mentor's id. */
  readonly idleMentor: string;
  /** The full mentor's id (the first such, by id). */
  readonly fullMentor: string;
  /** The full mentor's mentee whom the hard rules would let the idle mentor take (the first, by id). */
  readonly mentee: string;
  /** The kind of reason. */
  readonly reason: IdleMentorReason;
  /** The reason in plain words. */
  readonly message: string;
}

/** Load balance: every mentor left idle while a mentor with a mentee they suit is full. */
export interface MentoringBalance {
  /** How many such idle mentors there are (0: no mentor is full while a suitable one is idle). */
  readonly idleWhileFull: number;
  /** Each of them, by idle mentor id, with the reason. */
  readonly cases: readonly IdleMentorCase[];
}

/**
 * Finds mentors who are idle (no mentee) while a full mentor has a mentee the hard rules
 * would let them take, and says why each such mentee stays where they are. Cost: O(n·k).
 */
export function findIdleWhileFull(
  problem: MentoringProblem,
  assigned: Int32Array,
  mode: 'stable' | 'optimal',
): MentoringBalance {
  const { n, k, mentees, mentors, mask, acceptable, forced, capacity, rules } = problem;
  const load = new Int32Array(k);
  const byMentor: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i += 1) {
    const m = assigned[i] as number;
    if (m < 0) continue;
    load[m] = (load[m] as number) + 1;
    (byMentor[m] as number[]).push(i);
  }
  const full: number[] = [];
  for (let m = 0; m < k; m += 1) if ((load[m] as number) >= (capacity[m] as number)) full.push(m);
  const cases: IdleMentorCase[] = [];
  for (let idle = 0; idle < k; idle += 1) {
    if (load[idle] !== 0) continue;
    let found: { full: number; mentee: number } | null = null;
    for (const a of full) {
      for (const i of byMentor[a] as number[]) {
        if (mask[i * k + idle] === 0) {
          found = { full: a, mentee: i };
          break;
        }
      }
      if (found !== null) break;
    }
    if (found === null) continue;
    const { full: a, mentee: i } = found;
    const idleName = mentors[idle]?.displayName ?? '';
    const fullName = mentors[a]?.displayName ?? '';
    const menteeName = mentees[i]?.displayName ?? '';
    let reason: IdleMentorReason;
    let message: string;
    if ((forced[i] as number) >= 0) {
      reason = 'must_pair';
      message = `${menteeName} is must-paired with ${fullName}`;
    } else if (acceptable[i * k + idle] !== 1) {
      reason = 'not_ranked';
      message = `${menteeName} and ${idleName} are not both in each other's rankings`;
    } else if (mode === 'stable') {
      reason = 'prefers_full_mentor';
      message = `${menteeName} ranks ${fullName} above ${idleName}; moving them would let ${menteeName} and ${fullName} block the assignment`;
    } else if (!rules.balanceLoad) {
      reason = 'balance_off';
      message = `load balancing is off (rules.balanceLoad) and ${menteeName} scores higher with ${fullName}`;
    } else {
      reason = 'single_place';
      message = `${fullName} takes ${String(capacity[a])} mentee${capacity[a] === 1 ? '' : 's'}; no arrangement placing as many mentees keeps more mentors busy (moving ${menteeName} would leave ${fullName} idle instead)`;
    }
    cases.push({
      idleMentor: mentors[idle]?.id ?? '',
      fullMentor: mentors[a]?.id ?? '',
      mentee: mentees[i]?.id ?? '',
      reason,
      message,
    });
  }
  return { idleWhileFull: cases.length, cases };
}
