import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignMentors,
  type AssignMentorsResult,
  type MenteeInput,
  type MentorInput,
  type MentoringRulesInput,
} from '../../src/index.js';
import {
  allAssignments,
  blockingPairs,
  objective,
  oracle,
  type Instance,
  type Oracle,
} from './assignMentors.oracle.js';

const ORGS = ['o1', 'o2', 'o3'];
const TOPICS = ['housing', 'youth', 'legacy'];
const LANGUAGES = ['en', 'cy'];

const strip = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const person = (id: string) =>
  fc.record({
    id: fc.constant(id),
    displayName: fc.constant(id.toUpperCase()),
    organisation: fc.option(fc.constantFrom(...ORGS), { nil: undefined }),
    area: fc.option(fc.constantFrom('N', 'S'), { nil: undefined }),
    experience: fc.option(
      fc.oneof(
        fc.constantFrom('new' as const, 'experienced' as const),
        fc.integer({ min: 0, max: 10 }),
      ),
      { nil: undefined },
    ),
    topics: fc.subarray(TOPICS),
    languages: fc.subarray(LANGUAGES),
  });

/** A ranking: a random subset of the ids in a random order, or none. */
const ranking = (ids: readonly string[]) =>
  fc.option(
    fc
      .shuffledSubarray([...ids])
      .chain((subset) => fc.shuffledSubarray(subset, { minLength: subset.length })),
    { nil: undefined, freq: 2 },
  );

const pairOf = (menteeIds: string[], mentorIds: string[]) =>
  menteeIds.length === 0
    ? fc.constant<[string, string][]>([])
    : fc.array(fc.tuple(fc.constantFrom(...menteeIds), fc.constantFrom(...mentorIds)), {
        maxLength: 2,
      });

/** Small instances: 1–3 mentors of capacity 1–3, 0–6 mentees, random rules and rankings. */
const instance = (maxMentees = 6, maxMentors = 3): fc.Arbitrary<Instance> =>
  fc
    .tuple(fc.integer({ min: 1, max: maxMentors }), fc.integer({ min: 0, max: maxMentees }))
    .chain(([k, n]) => {
      const mentorIds = Array.from({ length: k }, (_, m) => `m${String(m)}`);
      const menteeIds = Array.from({ length: n }, (_, i) => `e${String(i)}`);
      const mentors = fc.tuple(
        ...mentorIds.map((id) =>
          fc
            .record({
              base: person(id),
              capacity: fc.integer({ min: 1, max: 3 }),
              preferences: ranking(menteeIds),
            })
            .map(
              ({ base, capacity, preferences }) =>
                strip({ ...strip(base), capacity, preferences }) as MentorInput,
            ),
        ),
      );
      const mentees =
        n === 0
          ? fc.constant([] as MenteeInput[])
          : fc.tuple(
              ...menteeIds.map((id) =>
                fc
                  .record({ base: person(id), preferences: ranking(mentorIds) })
                  .map(
                    ({ base, preferences }) =>
                      strip({ ...strip(base), preferences }) as MenteeInput,
                  ),
              ),
            );
      const rules = fc.record({
        mustDiffer: fc.subarray(['organisation', 'area'] as ('area' | 'organisation')[]),
        sharedLanguage: fc.boolean(),
        rankedOnly: fc.boolean(),
        balanceLoad: fc.boolean(),
        neverPair: pairOf(menteeIds, mentorIds),
        mustPair: pairOf(menteeIds, mentorIds),
        weights: fc.record({
          topics: fc.constantFrom(0, 1, 2),
          experienceGap: fc.constantFrom(0, 1),
          menteePreference: fc.constantFrom(0, 1, 3),
          mentorPreference: fc.constantFrom(0, 1),
        }),
      });
      return fc.record({ mentors, mentees, rules });
    })
    .map(({ mentors, mentees, rules }) => ({
      mentors,
      mentees,
      rules: validRules(rules, mentors),
    }));

/**
 * Small instances where everyone ranks everyone, in random orders: 2–6 mentees, 2–3
 * mentors of capacity 1–2. The two sides disagree, so there are often several stable
 * assignments to choose among.
 */
const rankedInstance = (): fc.Arbitrary<Instance> =>
  fc.tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 2, max: 6 })).chain(([k, n]) => {
    const mentorIds = Array.from({ length: k }, (_, m) => `m${String(m)}`);
    const menteeIds = Array.from({ length: n }, (_, i) => `e${String(i)}`);
    const order = (ids: string[]) => fc.shuffledSubarray(ids, { minLength: ids.length });
    return fc.record({
      mentors: fc.tuple(
        ...mentorIds.map((id) =>
          fc
            .record({ capacity: fc.integer({ min: 1, max: 2 }), preferences: order(menteeIds) })
            .map((m): MentorInput => ({ id, displayName: id, ...m })),
        ),
      ),
      mentees: fc.tuple(
        ...menteeIds.map((id) =>
          order(mentorIds).map((preferences): MenteeInput => ({
            id,
            displayName: id,
            preferences,
          })),
        ),
      ),
      rules: fc.constant({}),
    });
  });

/** Drops must-pairs that would contradict the rest (the validator refuses those; see the example tests). */
function validRules(
  rules: MentoringRulesInput & { mustPair: [string, string][]; neverPair: [string, string][] },
  mentors: readonly MentorInput[],
): MentoringRulesInput {
  const taken = new Set<string>();
  const load = new Map<string, number>();
  const mustPair = rules.mustPair.filter(([mentee, mentor]) => {
    if (taken.has(mentee)) return false;
    if (rules.neverPair.some(([a, b]) => a === mentee && b === mentor)) return false;
    const capacity = mentors.find((m) => m.id === mentor)?.capacity ?? 0;
    if ((load.get(mentor) ?? 0) >= capacity) return false;
    taken.add(mentee);
    load.set(mentor, (load.get(mentor) ?? 0) + 1);
    return true;
  });
  return { ...rules, mustPair };
}

/** The result as a mentor index per mentee (oracle order), −1 for the waitlist. */
function asAssignment(o: Oracle, result: AssignMentorsResult): number[] {
  return o.mentees.map((mentee) => {
    const found = result.assignments.find((a) => a.mentee === mentee.id);
    return found === undefined ? -1 : o.mentors.findIndex((m) => m.id === found.mentor);
  });
}

const run = (inst: Instance, mode: 'stable' | 'optimal'): AssignMentorsResult =>
  assignMentors({ mentors: inst.mentors, mentees: inst.mentees, rules: inst.rules, mode });

const MODES = ['stable', 'optimal'] as const;

describe('assignMentors: invariants', () => {
  for (const mode of MODES) {
    it(`${mode}: capacities kept, everyone once, no hard rule broken, reasons true`, () => {
      fc.assert(
        fc.property(instance(), (inst) => {
          const result = run(inst, mode);
          const o = oracle(inst);
          // Every mentee exactly once: placed or waitlisted.
          const seen = [
            ...result.assignments.map((a) => a.mentee),
            ...result.waitlist.map((w) => w.id),
          ];
          expect([...seen].sort()).toEqual(o.mentees.map((e) => e.id));
          // Capacities never exceeded; loads agree with the assignments.
          for (const mentor of result.mentors) {
            const given = inst.mentors.find((m) => m.id === mentor.id);
            expect(mentor.load).toBeLessThanOrEqual(given?.capacity ?? 0);
            expect(mentor.load).toBe(
              result.assignments.filter((a) => a.mentor === mentor.id).length,
            );
            expect(mentor.capacity).toBe(given?.capacity);
          }
          // No hard rule broken and no ranking ignored, except by a must-pair.
          const assignment = asAssignment(o, result);
          assignment.forEach((m, i) => {
            if (o.forced(i) >= 0) expect(m).toBe(o.forced(i));
            else if (m >= 0) expect(o.acceptable(i, m)).toBe(true);
          });
          // Each waitlist reason is true.
          for (const entry of result.waitlist) {
            const i = o.mentees.findIndex((e) => e.id === entry.id);
            const allowed = o.mentors.filter((_, m) => o.allowed(i, m)).length;
            const acceptable = o.mentors.filter((_, m) => o.acceptable(i, m));
            expect(entry.allowedMentors).toBe(allowed);
            expect(entry.acceptableMentors).toBe(acceptable.length);
            const expected =
              allowed === 0
                ? 'no_allowed_mentor'
                : acceptable.length === 0
                  ? 'not_ranked'
                  : 'mentors_full';
            expect(entry.reason).toBe(expected);
            if (expected === 'mentors_full')
              for (const mentor of acceptable)
                expect(result.mentors.find((r) => r.id === mentor.id)?.load).toBe(mentor.capacity);
          }
          // Scores as documented (millionths).
          for (const a of result.assignments) {
            const i = o.mentees.findIndex((e) => e.id === a.mentee);
            const m = o.mentors.findIndex((r) => r.id === a.mentor);
            expect(Math.round(a.score * 1e6)).toBe(o.score(i, m));
            const { topics, experienceGap, menteePreference, mentorPreference, custom } = a.parts;
            const sum = topics + experienceGap + menteePreference + mentorPreference + custom;
            expect(a.score).toBeCloseTo(sum, 9);
          }
          // Blocking pairs: the count agrees with an independent brute-force checker.
          expect(result.stability.blockingPairs).toBe(blockingPairs(o, assignment).length);
          expect(result.totals.blockingPairs).toBe(result.stability.blockingPairs);
          expect(result.totals.placed + result.totals.waitlisted).toBe(inst.mentees.length);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('stable: no blocking pair, and mentee-optimal among all stable assignments (brute force)', () => {
    let withChoice = 0;
    fc.assert(
      fc.property(
        fc.oneof({ arbitrary: instance(), weight: 1 }, { arbitrary: rankedInstance(), weight: 3 }),
        (inst) => {
          const result = run(inst, 'stable');
          const o = oracle(inst);
          const ours = asAssignment(o, result);
          expect(blockingPairs(o, ours)).toEqual([]);
          expect(result.stability.blockingPairs).toBe(0);
          const stable = allAssignments(o).filter((a) => blockingPairs(o, a).length === 0);
          expect(stable.some((a) => a.every((m, i) => m === ours[i]))).toBe(true);
          if (stable.length > 1) withChoice += 1;
          const place = (i: number, m: number): number => (m < 0 ? Infinity : o.menteePlace(i, m));
          for (const other of stable)
            ours.forEach((m, i) => {
              if (o.forced(i) < 0)
                expect(place(i, m)).toBeLessThanOrEqual(place(i, other[i] as number));
            });
        },
      ),
      { numRuns: 600 },
    );
    // The check means something: many instances had more than one stable assignment.
    expect(withChoice).toBeGreaterThan(25);
  });

  it('optimal: (placed, mentors in use, score) equals the brute-force optimum', () => {
    fc.assert(
      fc.property(instance(), (inst) => {
        const result = run(inst, 'optimal');
        const o = oracle(inst);
        const balance = inst.rules.balanceLoad ?? true;
        const key = (a: readonly number[]): number[] => {
          const [placed, used, score] = objective(o, a);
          return balance ? [placed, used, score] : [placed, score];
        };
        let best: number[] | null = null;
        for (const a of allAssignments(o)) {
          const value = key(a);
          if (best === null || compare(value, best) > 0) best = value;
        }
        expect(key(asAssignment(o, result))).toEqual(best);
        const [placed, used] = objective(o, asAssignment(o, result));
        expect(result.totals.placed).toBe(placed);
        expect(result.totals.mentorsInUse).toBe(used);
      }),
      { numRuns: 400 },
    );
  });

  it('optimal without balancing: (placed, score) equals the brute-force optimum', () => {
    fc.assert(
      fc.property(instance(), (inst) => {
        const plain = { ...inst, rules: { ...inst.rules, balanceLoad: false } };
        const o = oracle(plain);
        const ours = objective(o, asAssignment(o, run(plain, 'optimal')));
        let best: [number, number] = [-1, -1];
        for (const a of allAssignments(o)) {
          const [placed, , score] = objective(o, a);
          if (compare([placed, score], best) > 0) best = [placed, score];
        }
        expect([ours[0], ours[2]]).toEqual(best);
      }),
      { numRuns: 300 },
    );
  });

  for (const mode of MODES) {
    it(`${mode}: every mentor idle while a suitable one is full is reported, with a true reason`, () => {
      fc.assert(
        fc.property(instance(), (inst) => {
          const result = run(inst, mode);
          const o = oracle(inst);
          const assignment = asAssignment(o, result);
          const load = o.mentors.map((_, m) => assignment.filter((x) => x === m).length);
          const idle = o.mentors.flatMap((mentor, b) =>
            load[b] === 0 &&
            assignment.some(
              (a, x) => a >= 0 && load[a] === o.mentors[a]?.capacity && o.allowed(x, b),
            )
              ? [mentor.id]
              : [],
          );
          expect(result.balance.cases.map((c) => c.idleMentor)).toEqual(idle);
          expect(result.balance.idleWhileFull).toBe(idle.length);
          for (const c of result.balance.cases) {
            const x = o.mentees.findIndex((e) => e.id === c.mentee);
            const a = o.mentors.findIndex((r) => r.id === c.fullMentor);
            const b = o.mentors.findIndex((r) => r.id === c.idleMentor);
            expect(assignment[x]).toBe(a);
            expect(o.allowed(x, b)).toBe(true);
            if (o.forced(x) >= 0) expect(c.reason).toBe('must_pair');
            else if (!o.acceptable(x, b)) expect(c.reason).toBe('not_ranked');
            else if (mode === 'stable') {
              expect(c.reason).toBe('prefers_full_mentor');
              expect(o.menteePlace(x, a)).toBeLessThan(o.menteePlace(x, b));
            } else if (inst.rules.balanceLoad === false) expect(c.reason).toBe('balance_off');
            else {
              // With balancing on, a movable mentee stays only where moving them would
              // leave their mentor idle instead.
              expect(c.reason).toBe('single_place');
              expect(o.mentors[a]?.capacity).toBe(1);
            }
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('optimal with balancing: no full mentor of capacity 2+ while a mentor their mentee could have had is idle', () => {
    fc.assert(
      fc.property(instance(8, 4), (inst) => {
        const free = {
          ...inst,
          rules: { ...inst.rules, mustPair: [], rankedOnly: false, balanceLoad: true },
        };
        const result = run(free, 'optimal');
        for (const c of result.balance.cases) {
          expect(c.reason).toBe('single_place');
          expect(free.mentors.find((m) => m.id === c.fullMentor)?.capacity).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  for (const mode of MODES) {
    it(`${mode}: deterministic, whatever the input order, and leaves its input unchanged`, () => {
      fc.assert(
        fc.property(instance(), fc.integer(), (inst, seed) => {
          const before = JSON.stringify(inst);
          const first = run(inst, mode);
          expect(JSON.stringify(inst)).toBe(before);
          const rotate = <T>(list: readonly T[]): T[] => {
            const at = list.length === 0 ? 0 : Math.abs(seed) % list.length;
            return [...list.slice(at), ...list.slice(0, at)].reverse();
          };
          const shuffled = {
            ...inst,
            mentors: rotate(inst.mentors),
            mentees: rotate(inst.mentees),
          };
          expect(JSON.stringify(run(shuffled, mode))).toBe(JSON.stringify(first));
          expect(JSON.parse(JSON.stringify(first))).toEqual(first);
        }),
        { numRuns: 200 },
      );
    });
  }
});

function compare(a: readonly number[], b: readonly number[]): number {
  for (let x = 0; x < a.length; x += 1) {
    const d = (a[x] as number) - (b[x] as number);
    if (d !== 0) return d;
  }
  return 0;
}
