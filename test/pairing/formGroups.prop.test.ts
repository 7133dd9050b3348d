import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formGroups,
  isPeerLearnError,
  type FormGroupsOptions,
  type FormGroupsResult,
  type GroupingRulesInput,
  type PairingParticipantInput,
} from '../../src/index.js';

const AREAS = ['N', 'S', 'E', 'W'];
const TOPICS = ['housing', 'youth', 'legacy', 'coast'];

const participant = (id: string) =>
  fc
    .record({
      id: fc.constant(id),
      displayName: fc.constant(id.toUpperCase()),
      area: fc.option(fc.constantFrom(...AREAS), { nil: undefined }),
      experience: fc.option(
        fc.oneof(
          fc.constantFrom('new' as const, 'experienced' as const),
          fc.integer({ min: 0, max: 20 }),
        ),
        { nil: undefined },
      ),
      topics: fc.subarray(TOPICS),
      roles: fc.constantFrom<string[]>([], [], ['facilitator']),
    })
    .map(
      (p) =>
        Object.fromEntries(
          Object.entries(p).filter(([, v]) => v !== undefined),
        ) as PairingParticipantInput,
    );

interface Scenario {
  readonly participants: PairingParticipantInput[];
  readonly rules: GroupingRulesInput;
  readonly options: FormGroupsOptions;
  readonly history: { session: number; groups: string[][] }[];
  readonly seed: number;
}

/** Up to `maxPeople` people, sizes by `size` or a range, rules, sessions and history. */
const scenario = (maxPeople: number, maxSessions: number): fc.Arbitrary<Scenario> =>
  fc
    .integer({ min: 0, max: maxPeople })
    .chain((n) =>
      fc.tuple(
        ...Array.from({ length: n }, (_, i) => participant(`p${String(i).padStart(2, '0')}`)),
      ),
    )
    .chain((people) => {
      const ids = people.map((p) => p.id);
      const pair =
        ids.length < 2
          ? fc.constant<string[][]>([])
          : fc.array(
              fc
                .tuple(fc.constantFrom(...ids), fc.constantFrom(...ids))
                .filter(([a, b]) => a !== b)
                .map((p) => [...p]),
              { maxLength: 2 },
            );
      const sizes = fc.oneof(
        fc.integer({ min: 1, max: 5 }).map((size) => ({ size })),
        fc
          .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 3 }))
          .map(([minSize, extra]) => ({ minSize, maxSize: minSize + extra })),
      );
      return fc.record({
        participants: fc.constant(people),
        rules: fc.record({
          neverTogether: pair,
          mustTogether: pair,
          facilitators: fc.option(fc.constant({}), { nil: undefined }),
          topics: fc.constantFrom('ignore' as const, 'share' as const, 'mix' as const),
          weights: fc.record({
            areas: fc.constantFrom(0, 1, 2.5),
            experience: fc.constantFrom(0, 1, 3),
            topics: fc.constantFrom(1, 0.5),
            repeats: fc.constantFrom(3, 1),
            facilitators: fc.constant(1),
          }),
        }),
        options: fc
          .tuple(sizes, fc.integer({ min: 1, max: maxSessions }))
          .map(([size, sessions]): FormGroupsOptions => ({ ...size, sessions })),
        history: pair.map((groups) => (groups.length === 0 ? [] : [{ session: 2, groups }])),
        seed: fc.integer({ min: 0, max: 1000 }),
      });
    })
    .map((s) => {
      // Drop never-together pairs that a must-together list contradicts (that is invalid input,
      // tested elsewhere), and undefined fields.
      const blocks = blocksOf(
        s.participants.map((p) => p.id),
        s.rules.mustTogether ?? [],
      );
      const neverTogether = (s.rules.neverTogether ?? []).filter(
        ([a, b]) => blocks.get(a ?? '') !== blocks.get(b ?? ''),
      );
      const rules = Object.fromEntries(
        Object.entries({ ...s.rules, neverTogether }).filter(([, v]) => v !== undefined),
      ) as GroupingRulesInput;
      return { ...s, rules };
    });

/** Union–find over must-together lists: each id's block representative. */
function blocksOf(
  ids: readonly string[],
  lists: readonly (readonly string[])[],
): Map<string, string> {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    return root;
  };
  for (const list of lists)
    for (const id of list.slice(1)) {
      const a = find(list[0] ?? id);
      const b = find(id);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  return new Map(ids.map((id) => [id, find(id)]));
}

/** The documented score of a plan, computed independently from the groups (lower is better). */
function oracleScore(s: Scenario, sessions: readonly (readonly (readonly string[])[])[]): number {
  const given = s.rules.weights;
  const weights = {
    areas: given?.areas ?? 1,
    experience: given?.experience ?? 1,
    topics: given?.topics ?? 1,
    repeats: given?.repeats ?? 3,
    facilitators: given?.facilitators ?? 1,
  };
  const byId = new Map(s.participants.map((p) => [p.id, p]));
  const numeric = s.participants
    .map((p) => p.experience)
    .filter((e): e is number => typeof e === 'number');
  const low = Math.min(...numeric);
  const span = Math.max(...numeric) - low;
  const level = (p: PairingParticipantInput): number | null =>
    p.experience === undefined
      ? null
      : p.experience === 'new'
        ? 0
        : p.experience === 'experienced'
          ? 1
          : span === 0
            ? 0
            : (p.experience - low) / span;
  const known = s.participants.map(level).filter((e): e is number => e !== null);
  const mean = known.length === 0 ? 0 : known.reduce((a, b) => a + b, 0) / known.length;
  const facilitator = (p: PairingParticipantInput) =>
    s.rules.facilitators !== undefined && (p.roles ?? []).includes('facilitator');
  const blocks = blocksOf(
    s.participants.map((p) => p.id),
    s.rules.mustTogether ?? [],
  );
  const met = new Map<string, number>();
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const past of s.history)
    for (const group of past.groups)
      for (const a of new Set(group))
        for (const b of new Set(group))
          if (a < b) met.set(key(a, b), (met.get(key(a, b)) ?? 0) + 1);
  let total = 0;
  for (const groups of sessions) {
    for (const group of groups) {
      const people = group.map((id) => byId.get(id) as PairingParticipantInput);
      let deviation = 0;
      for (const p of people) deviation += (level(p) ?? mean) - mean;
      total += weights.experience * deviation * deviation;
      const f = people.filter(facilitator).length;
      total += weights.facilitators * ((f * (f - 1)) / 2);
      for (let i = 0; i < people.length; i += 1)
        for (let j = i + 1; j < people.length; j += 1) {
          const a = people[i] as PairingParticipantInput;
          const b = people[j] as PairingParticipantInput;
          if (a.area !== undefined && a.area === b.area) total += weights.areas;
          const ta = new Set(a.topics ?? []);
          const tb = new Set(b.topics ?? []);
          const union = new Set([...ta, ...tb]).size;
          const jaccard = union === 0 ? 0 : [...ta].filter((t) => tb.has(t)).length / union;
          if (s.rules.topics === 'mix') total += weights.topics * jaccard;
          if (s.rules.topics === 'share') total += weights.topics * (1 - jaccard);
          if (blocks.get(a.id) !== blocks.get(b.id) && (met.get(key(a.id, b.id)) ?? 0) > 0)
            total += weights.repeats; // a repeat meeting
        }
    }
    for (const group of groups)
      for (const a of group)
        for (const b of group)
          if (a < b && blocks.get(a) !== blocks.get(b))
            met.set(key(a, b), (met.get(key(a, b)) ?? 0) + 1);
  }
  return total;
}

/** Whether a session's groups keep every hard rule. */
function keepsRules(s: Scenario, groups: readonly (readonly string[])[]): boolean {
  const groupOf = new Map<string, number>();
  groups.forEach((group, g) => {
    for (const id of group) groupOf.set(id, g);
  });
  for (const list of s.rules.neverTogether ?? [])
    for (const a of list)
      for (const b of list) if (a !== b && groupOf.get(a) === groupOf.get(b)) return false;
  for (const list of s.rules.mustTogether ?? [])
    for (const id of list) if (groupOf.get(id) !== groupOf.get(list[0] ?? '')) return false;
  if (s.rules.facilitators !== undefined) {
    const byId = new Map(s.participants.map((p) => [p.id, p]));
    for (const group of groups)
      if (!group.some((id) => (byId.get(id)?.roles ?? []).includes('facilitator'))) return false;
  }
  return true;
}

/** Every partition of the ids into `count` groups of sizes lo to hi (restricted growth strings). */
function partitions(ids: readonly string[], count: number, lo: number, hi: number): string[][][] {
  const found: string[][][] = [];
  const groups: string[][] = [];
  const place = (k: number): void => {
    if (k === ids.length) {
      if (groups.length === count && groups.every((g) => g.length >= lo))
        found.push(groups.map((g) => [...g]));
      return;
    }
    const id = ids[k] as string;
    for (const group of groups) {
      if (group.length >= hi) continue;
      group.push(id);
      place(k + 1);
      group.pop();
    }
    if (groups.length < count) {
      groups.push([id]);
      place(k + 1);
      groups.pop();
    }
  };
  place(0);
  return found;
}

/** The lowest documented score of any plan keeping the hard rules, by brute force; null if none. */
function bruteForce(
  s: Scenario,
  result: FormGroupsResult,
  limit: number,
): number | null | undefined {
  const { groupsPerSession: count, smallestGroup: lo, largestGroup: hi, sessions } = result.totals;
  const all = partitions(
    s.participants.map((p) => p.id),
    count,
    lo,
    hi,
  ).filter((groups) => keepsRules(s, groups));
  if (all.length ** sessions > limit) return undefined;
  let best: number | null = null;
  const plan: string[][][] = [];
  const walk = (k: number, from: number): void => {
    if (k === sessions) {
      const score = oracleScore(s, plan);
      if (best === null || score < best) best = score;
      return;
    }
    for (let i = from; i < all.length; i += 1) {
      plan.push(all[i] as string[][]);
      walk(k + 1, i); // sessions are interchangeable: non-decreasing indexes suffice
      plan.pop();
    }
  };
  walk(0, 0);
  return best;
}

const run = (s: Scenario): FormGroupsResult | 'infeasible' => {
  try {
    return formGroups(
      { participants: s.participants, rules: s.rules, history: s.history, seed: s.seed },
      s.options,
    );
  } catch (error) {
    if (isPeerLearnError(error, 'infeasible_request')) return 'infeasible';
    throw error;
  }
};

const exactRuns = { compared: 0, equal: 0 };

describe('formGroups: properties', () => {
  it('places everyone exactly once a session, in balanced groups within the bounds, keeping every hard rule', () => {
    fc.assert(
      fc.property(scenario(16, 3), (s) => {
        const result = run(s);
        if (result === 'infeasible') return;
        const ids = s.participants.map((p) => p.id).sort();
        const { minSize, maxSize, size } = s.options as {
          minSize?: number;
          maxSize?: number;
          size?: number;
        };
        expect(result.sessions).toHaveLength(s.options.sessions ?? 1);
        for (const session of result.sessions) {
          expect(session.groups.flatMap((g) => g.members).sort()).toEqual(ids);
          const sizes = session.groups.map((g) => g.members.length);
          if (sizes.length > 0) {
            expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
            expect(Math.min(...sizes)).toBeGreaterThanOrEqual(size ?? minSize ?? 0);
            expect(Math.max(...sizes)).toBeLessThanOrEqual(size ?? maxSize ?? Infinity);
          }
          expect(
            keepsRules(
              s,
              session.groups.map((g) => g.members),
            ),
          ).toBe(true);
          if (s.rules.facilitators !== undefined)
            for (const group of session.groups) {
              expect(group.facilitator).not.toBeNull();
              expect(group.members).toContain(group.facilitator);
            }
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('reports score parts that match the documented definitions, recomputed independently', () => {
    fc.assert(
      fc.property(scenario(14, 3), (s) => {
        const result = run(s);
        if (result === 'infeasible') return;
        const plan = result.sessions.map((session) => session.groups.map((g) => g.members));
        expect(result.totals.score).toBeCloseTo(oracleScore(s, plan), 6);
        for (const session of result.sessions)
          for (const group of session.groups) {
            const { areas, experience, topics, repeats, facilitators } = group.parts;
            expect(areas + experience + topics + repeats + facilitators).toBeCloseTo(
              group.score,
              6,
            );
            expect(group.repeats.length).toBeLessThanOrEqual((group.size * (group.size - 1)) / 2);
          }
        expect(result.totals.repeatPairs).toBe(
          result.sessions.reduce((sum, session) => sum + session.repeatPairs, 0),
        );
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('never beats the exact optimum, which brute force confirms; refuses only what no plan can do', () => {
    fc.assert(
      fc.property(scenario(8, 2), (s) => {
        const result = run(s);
        if (result === 'infeasible') {
          // Sizes that cannot work are arithmetic; otherwise brute force finds no plan either.
          const n = s.participants.length;
          const { minSize, maxSize, size } = s.options as {
            minSize?: number;
            maxSize?: number;
            size?: number;
          };
          const lo = size ?? minSize ?? 1;
          const hi = size ?? maxSize ?? 1;
          for (let count = 1; count <= n; count += 1) {
            const a = Math.floor(n / count);
            const b = Math.ceil(n / count);
            if (a < lo || b > hi) continue;
            const any = partitions(
              s.participants.map((p) => p.id),
              count,
              a,
              b,
            ).some((groups) => keepsRules(s, groups));
            expect(any).toBe(false);
          }
          return;
        }
        const { optimality } = result;
        expect(optimality.method).toBe('exact');
        expect(optimality.proven).toBe(true);
        const exact = optimality.exactScore ?? Number.NaN;
        expect(optimality.localSearchScore).toBeGreaterThanOrEqual(exact - 1e-9);
        expect(optimality.gap).toBeCloseTo(optimality.localSearchScore - exact, 9);
        expect(result.totals.score).toBeCloseTo(exact, 6);
        const best = bruteForce(s, result, 60_000);
        if (best !== undefined) expect(exact).toBeCloseTo(best ?? Number.NaN, 6);
        exactRuns.compared += 1;
        if ((optimality.gap ?? 1) <= 1e-9) exactRuns.equal += 1;
      }),
      { numRuns: 200 },
    );
  }, 180_000);

  it('on up to 12 people, the local search alone reaches the exact optimum in at least 90% of cases', () => {
    // Why 90%: each of the six restarts (about 3,300 annealing steps and a descent each, see
    // restartCount and stepBudget) finds an optimum of these small inputs on its own in most
    // runs; if one run did so only half the time, all six would miss 1/64 of the time, so the
    // search would match the optimum in about 98% of cases. Measured while writing this: 100%
    // of 600 random inputs of 4–12 people (fast-check's seed, and three other seeds).
    fc.assert(
      fc.property(scenario(12, 1), (s) => {
        const result = run(s);
        if (result === 'infeasible' || result.optimality.exactScore === undefined) return;
        exactRuns.compared += 1;
        if ((result.optimality.gap ?? 1) <= 1e-9) exactRuns.equal += 1;
      }),
      { numRuns: 150 },
    );
    expect(exactRuns.compared).toBeGreaterThan(100);
    expect(exactRuns.equal / exactRuns.compared).toBeGreaterThanOrEqual(0.9);
  }, 180_000);

  it('gives the same output for the same seed whatever the input order, and leaves the input unchanged', () => {
    fc.assert(
      fc.property(scenario(14, 2), fc.integer({ min: 0, max: 1000 }), (s, shuffleSeed) => {
        const before = structuredClone(s);
        const first = run(s);
        expect(s).toEqual(before);
        const order = [...s.participants].sort(
          (a, b) =>
            ((a.id.charCodeAt(2) * 31 + shuffleSeed) % 17) -
            ((b.id.charCodeAt(2) * 31 + shuffleSeed) % 17),
        );
        const second = run({ ...s, participants: order });
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('formGroups: repeats against an exhaustive search (tiny social golfer instances)', () => {
  /** The least repeat meetings, and pairs meeting more than once, by trying every plan. */
  function exhaustive(n: number, size: number, sessions: number) {
    const ids = Array.from({ length: n }, (_, i) => `g${String(i)}`);
    const all = partitions(ids, n / size, size, size);
    let fewestRepeats = Infinity; // Σ over pairs of (meetings − 1)⁺: the documented repeats part / 3
    let fewestRepeated = Infinity; // pairs meeting more than once
    const plan: string[][][] = [];
    const walk = (k: number, from: number): void => {
      if (k === sessions) {
        const met = new Map<string, number>();
        for (const groups of plan)
          for (const group of groups)
            for (const a of group)
              for (const b of group)
                if (a < b) met.set(`${a}|${b}`, (met.get(`${a}|${b}`) ?? 0) + 1);
        let repeats = 0;
        let repeated = 0;
        for (const count of met.values()) {
          repeats += count - 1;
          if (count > 1) repeated += 1;
        }
        fewestRepeats = Math.min(fewestRepeats, repeats);
        fewestRepeated = Math.min(fewestRepeated, repeated);
        return;
      }
      for (let i = from; i < all.length; i += 1) {
        plan.push(all[i] as string[][]);
        walk(k + 1, i); // sessions are interchangeable: non-decreasing indexes suffice
        plan.pop();
      }
    };
    walk(0, 0);
    return { ids, fewestRepeats, fewestRepeated };
  }

  // [people, size, sessions, whether the fewest repeat meetings also give the fewest pairs
  // meeting more than once]. In 6-in-threes over 4 sessions they pull apart: 9 repeat
  // meetings at best, and those plans have 7 pairs meeting more than once where 6 is possible
  // with 10 repeat meetings.
  for (const [n, size, sessions, together] of [
    [8, 4, 3, true],
    [6, 3, 3, true],
    [6, 3, 4, false],
    [6, 2, 4, true],
    [8, 2, 3, true],
  ] as const) {
    it(`${String(n)} people in groups of ${String(size)} over ${String(sessions)} sessions: as few repeats as possible`, () => {
      const { ids, fewestRepeats, fewestRepeated } = exhaustive(n, size, sessions);
      const participants = ids.map((id) => ({ id, displayName: id }));
      for (const seed of [1, 2, 3]) {
        const result = formGroups({ participants, seed }, { size, sessions });
        // The search minimises repeat meetings (the documented repeats part).
        expect(result.totals.repeatPairs).toBe(fewestRepeats);
        expect(result.totals.parts.repeats).toBe(3 * fewestRepeats);
        expect(result.totals.pairsMetMoreThanOnce).toBeGreaterThanOrEqual(fewestRepeated);
        if (together) expect(result.totals.pairsMetMoreThanOnce).toBe(fewestRepeated);
      }
    }, 60_000);
  }
});
