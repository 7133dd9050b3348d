/**
 * An independent, brute-force reading of assignMentors' documented rules, for the tests:
 * hard rules, scores, each side's order, blocking pairs, and exhaustive enumeration of
 * assignments on small instances. It shares no code with src/.
 */
import type { MenteeInput, MentorInput, MentoringRulesInput } from '../../src/index.js';

export interface Instance {
  readonly mentors: readonly MentorInput[];
  readonly mentees: readonly MenteeInput[];
  readonly rules: MentoringRulesInput;
  readonly customScore?: (
    mentee: { readonly id: string },
    mentor: { readonly id: string },
  ) => number;
}

type Person = MenteeInput | MentorInput;

/** The oracle's view of an instance: people sorted by id, everything by index. */
export interface Oracle {
  readonly mentors: readonly MentorInput[];
  readonly mentees: readonly MenteeInput[];
  /** Hard rules allow the pair (ignoring must-pairs). */
  allowed(i: number, m: number): boolean;
  /** Allowed and in both rankings (where rankings limit). */
  acceptable(i: number, m: number): boolean;
  /** The pair's score, rounded to millionths as a whole number. */
  score(i: number, m: number): number;
  /** Mentor index forced on mentee i, or −1. */
  forced(i: number): number;
  /** Position of m in i's order (0 = best); Infinity if unacceptable. */
  menteePlace(i: number, m: number): number;
  /** Position of i in m's order (0 = best); Infinity if unacceptable. */
  mentorPlace(m: number, i: number): number;
}

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function oracle(instance: Instance): Oracle {
  const mentors = [...instance.mentors].sort(byId);
  const mentees = [...instance.mentees].sort(byId);
  const rules = instance.rules;
  const mustDiffer = rules.mustDiffer ?? ['organisation'];
  const rankedOnly = rules.rankedOnly ?? true;
  const w = {
    topics: rules.weights?.topics ?? 1,
    experienceGap: rules.weights?.experienceGap ?? 1,
    menteePreference: rules.weights?.menteePreference ?? 1,
    mentorPreference: rules.weights?.mentorPreference ?? 1,
    custom: rules.weights?.custom ?? 1,
  };
  const samePair = (
    list: readonly (readonly [string, string])[] | undefined,
    a: string,
    b: string,
  ) => (list ?? []).some(([x, y]) => (x === a && y === b) || (x === b && y === a));

  const everyone: Person[] = [...mentors, ...mentees];
  const levels = everyone
    .map((p) => p.experience)
    .filter((e): e is number => typeof e === 'number');
  const low = levels.length > 0 ? Math.min(...levels) : 0;
  const high = levels.length > 0 ? Math.max(...levels) : 1;
  const level = (p: Person): number | null => {
    if (p.experience === undefined) return null;
    if (p.experience === 'new') return 0;
    if (p.experience === 'experienced') return 1;
    return high === low ? 0 : (p.experience - low) / (high - low);
  };
  const shares = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
    (a ?? []).some((x) => (b ?? []).includes(x));

  const allowed = (i: number, m: number): boolean => {
    const e = mentees[i] as MenteeInput;
    const r = mentors[m] as MentorInput;
    if (
      mustDiffer.includes('organisation') &&
      e.organisation !== undefined &&
      e.organisation === r.organisation
    )
      return false;
    if (mustDiffer.includes('area') && e.area !== undefined && e.area === r.area) return false;
    if (samePair(rules.neverPair, e.id, r.id)) return false;
    if (rules.sharedLanguage === true && !shares(e.languages, r.languages)) return false;
    if (rules.sharedAvailability === true && !shares(e.availability, r.availability)) return false;
    return true;
  };
  const listRank = (list: readonly string[] | undefined, id: string): number =>
    list === undefined ? 0 : list.indexOf(id) + 1;
  const acceptable = (i: number, m: number): boolean => {
    if (!allowed(i, m)) return false;
    if (!rankedOnly) return true;
    const e = mentees[i] as MenteeInput;
    const r = mentors[m] as MentorInput;
    if (e.preferences !== undefined && !e.preferences.includes(r.id)) return false;
    if (r.preferences !== undefined && !r.preferences.includes(e.id)) return false;
    return true;
  };
  const share = (rank: number, length: number | undefined) =>
    rank === 0 || length === undefined || length === 0 ? 0 : (length - rank + 1) / length;
  const score = (i: number, m: number): number => {
    const e = mentees[i] as MenteeInput;
    const r = mentors[m] as MentorInput;
    const a = new Set(e.topics ?? []);
    const b = new Set(r.topics ?? []);
    const union = new Set([...a, ...b]).size;
    const common = [...a].filter((t) => b.has(t)).length;
    const topics = union === 0 ? 0 : common / union;
    const le = level(e);
    const lr = level(r);
    const gap = le === null || lr === null ? 0 : Math.max(0, lr - le);
    const total =
      w.topics * topics +
      w.experienceGap * gap +
      w.menteePreference * share(listRank(e.preferences, r.id), e.preferences?.length) +
      w.mentorPreference * share(listRank(r.preferences, e.id), r.preferences?.length) +
      w.custom * (instance.customScore?.(e, r) ?? 0);
    return Math.round(total * 1e6);
  };
  const orderFor = (
    ids: readonly string[],
    list: readonly string[] | undefined,
    ok: (x: number) => boolean,
    s: (x: number) => number,
  ): number[] =>
    ids
      .map((_, x) => x)
      .filter(ok)
      .sort((x, y) => {
        const rx = listRank(list, ids[x] as string) || Infinity;
        const ry = listRank(list, ids[y] as string) || Infinity;
        if (rx !== ry) return rx < ry ? -1 : 1;
        return s(y) - s(x) || x - y;
      });
  const menteeOrders = mentees.map((e, i) =>
    orderFor(
      mentors.map((r) => r.id),
      e.preferences,
      (m) => acceptable(i, m),
      (m) => score(i, m),
    ),
  );
  const mentorOrders = mentors.map((r, m) =>
    orderFor(
      mentees.map((e) => e.id),
      r.preferences,
      (i) => acceptable(i, m),
      (i) => score(i, m),
    ),
  );
  const forcedOf = mentees.map((e) => {
    const pair = (rules.mustPair ?? []).find(([a, b]) => a === e.id || b === e.id);
    if (pair === undefined) return -1;
    const other = pair[0] === e.id ? pair[1] : pair[0];
    return mentors.findIndex((r) => r.id === other);
  });
  const place = (order: number[], x: number) => {
    const at = order.indexOf(x);
    return at < 0 ? Infinity : at;
  };
  return {
    mentors,
    mentees,
    allowed,
    acceptable,
    score,
    forced: (i) => forcedOf[i] as number,
    menteePlace: (i, m) => place(menteeOrders[i] as number[], m),
    mentorPlace: (m, i) => place(mentorOrders[m] as number[], i),
  };
}

/** Blocking pairs of an assignment (mentor index per mentee, −1 waitlisted). */
export function blockingPairs(o: Oracle, assignment: readonly number[]): [number, number][] {
  const found: [number, number][] = [];
  o.mentees.forEach((_, i) => {
    if (o.forced(i) >= 0) return;
    const mine = assignment[i] as number;
    o.mentors.forEach((mentor, m) => {
      if (m === mine || !o.acceptable(i, m)) return;
      const better = mine < 0 || o.menteePlace(i, m) < o.menteePlace(i, mine);
      if (!better) return;
      const theirs = assignment.flatMap((x, j) => (x === m ? [j] : []));
      if (theirs.length < mentor.capacity) {
        found.push([i, m]);
        return;
      }
      const movable = theirs.filter((j) => o.forced(j) < 0);
      if (movable.some((j) => o.mentorPlace(m, i) < o.mentorPlace(m, j))) found.push([i, m]);
    });
  });
  return found;
}

/** Every feasible assignment: must-pairs fixed, others to an acceptable mentor or none, capacities kept. */
export function allAssignments(o: Oracle): number[][] {
  const n = o.mentees.length;
  const out: number[][] = [];
  const current = new Array<number>(n).fill(-1);
  const load = o.mentors.map(() => 0);
  o.mentees.forEach((_, i) => {
    const f = o.forced(i);
    if (f >= 0) load[f] = (load[f] as number) + 1;
  });
  const walk = (i: number): void => {
    if (i === n) {
      out.push([...current]);
      return;
    }
    const f = o.forced(i);
    if (f >= 0) {
      current[i] = f;
      walk(i + 1);
      return;
    }
    current[i] = -1;
    walk(i + 1);
    o.mentors.forEach((mentor, m) => {
      if (!o.acceptable(i, m) || (load[m] as number) >= mentor.capacity) return;
      load[m] = (load[m] as number) + 1;
      current[i] = m;
      walk(i + 1);
      load[m] = load[m] - 1;
      current[i] = -1;
    });
  };
  walk(0);
  return out;
}

/** The (placed, mentors in use, score in millionths) of an assignment. */
export function objective(o: Oracle, assignment: readonly number[]): [number, number, number] {
  let placed = 0;
  let score = 0;
  const used = new Set<number>();
  assignment.forEach((m, i) => {
    if (m < 0) return;
    placed += 1;
    used.add(m);
    score += o.score(i, m);
  });
  return [placed, used.size, score];
}
