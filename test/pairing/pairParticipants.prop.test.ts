import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairParticipants, type PairingParticipantInput } from '../../src/index.js';

const AREAS = ['N', 'S', 'E', 'W'];
const TOPICS = ['housing', 'youth', 'legacy', 'coast'];

const participant = (id: string) =>
  fc
    .record({
      id: fc.constant(id),
      displayName: fc.constant(id),
      area: fc.option(fc.constantFrom(...AREAS), { nil: undefined }),
      organisation: fc.option(fc.constantFrom('o1', 'o2', 'o3'), { nil: undefined }),
      experience: fc.option(
        fc.oneof(
          fc.constantFrom('new' as const, 'experienced' as const),
          fc.integer({ min: 0, max: 20 }),
        ),
        { nil: undefined },
      ),
      topics: fc.subarray(TOPICS),
      availability: fc.subarray(['mon', 'tue', 'wed']),
    })
    .map(
      (p) =>
        Object.fromEntries(
          Object.entries(p).filter(([, v]) => v !== undefined),
        ) as PairingParticipantInput,
    );

const cohort = fc
  .integer({ min: 0, max: 9 })
  .chain((n) =>
    fc
      .tuple(...Array.from({ length: n }, (_, i) => participant(`p${String(i)}`)))
      .map((people) => people),
  );
const scenario = cohort.chain((people) => {
  const ids = people.map((p) => p.id);
  const pairOf =
    ids.length < 2
      ? fc.constant<[string, string][]>([])
      : fc.array(
          fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).filter(([a, b]) => a !== b),
          { maxLength: 3 },
        );
  return fc.record({
    participants: fc.constant(people),
    neverPair: pairOf,
    history:
      ids.length < 2
        ? fc.constant<{ round: number; groups: string[][] }[]>([])
        : fc.array(
            fc.record({
              round: fc.integer({ min: 1, max: 4 }),
              groups: fc.array(
                fc
                  .tuple(fc.constantFrom(...ids), fc.constantFrom(...ids))
                  .filter(([a, b]) => a !== b)
                  .map((g) => [...g]),
                { maxLength: 3 },
              ),
            }),
            { maxLength: 3 },
          ),
    mustDiffer: fc.subarray(['area', 'organisation'] as ('area' | 'organisation')[]),
    sharedAvailability: fc.boolean(),
    noRepeatWithin: fc.integer({ min: 0, max: 2 }),
  });
});

/** An independent scorer: the documented soft rules with weight 1 each. */
function oracleScore(
  a: PairingParticipantInput,
  b: PairingParticipantInput,
  experienceOf: (p: PairingParticipantInput) => number | null,
  lastMet: number | null,
  round: number,
): number {
  const ta = new Set(a.topics ?? []);
  const tb = new Set(b.topics ?? []);
  const union = new Set([...ta, ...tb]).size;
  const common = [...ta].filter((t) => tb.has(t)).length;
  const ea = experienceOf(a);
  const eb = experienceOf(b);
  const novelty = lastMet === null ? 1 : 1 - 0.5 ** (Math.max(0, round - lastMet - 1) / 2);
  return (
    (union === 0 ? 0 : common / union) +
    (ea === null || eb === null ? 0 : Math.abs(ea - eb)) +
    novelty
  );
}

describe('pairParticipants properties', () => {
  it('every participant appears once; no hard rule is broken; the matching is optimal against brute force', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const history = s.history.map((h, i) => ({ ...h, round: i + 1 }));
        const round = history.length + 1;
        const rules = {
          mustDiffer: s.mustDiffer,
          neverPair: s.neverPair,
          sharedAvailability: s.sharedAvailability,
          noRepeatWithin: s.noRepeatWithin,
        };
        const result = pairParticipants({ participants: s.participants, history, rules });

        const seen = [
          ...result.groups.flatMap((g) => g.members),
          ...result.unmatched.map((u) => u.id),
        ].sort();
        expect(seen).toEqual(s.participants.map((p) => p.id).sort());
        expect(result.totals.grouped + result.totals.unmatched).toBe(s.participants.length);

        const byId = new Map(s.participants.map((p) => [p.id, p]));
        const lastMet = (a: string, b: string): number | null => {
          let last: number | null = null;
          for (const h of history)
            for (const g of h.groups)
              if (g.includes(a) && g.includes(b)) last = Math.max(last ?? 0, h.round);
          return last;
        };
        const never = new Set(s.neverPair.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
        const allowed = (a: string, b: string): boolean => {
          const pa = byId.get(a);
          const pb = byId.get(b);
          if (pa === undefined || pb === undefined) return false;
          if (s.mustDiffer.includes('area') && pa.area !== undefined && pa.area === pb.area)
            return false;
          if (
            s.mustDiffer.includes('organisation') &&
            pa.organisation !== undefined &&
            pa.organisation === pb.organisation
          )
            return false;
          if (never.has(`${a}|${b}`)) return false;
          if (
            s.sharedAvailability &&
            !(pa.availability ?? []).some((slot) => (pb.availability ?? []).includes(slot))
          )
            return false;
          const met = lastMet(a, b);
          if (s.noRepeatWithin > 0 && met !== null && round - met <= s.noRepeatWithin) return false;
          return true;
        };
        for (const group of result.groups) {
          for (let i = 0; i < group.members.length; i += 1)
            for (let j = i + 1; j < group.members.length; j += 1)
              expect(allowed(group.members[i] ?? '', group.members[j] ?? '')).toBe(true);
        }

        // Brute force: the best (pairs, then integer score) over all matchings of allowed pairs.
        const levels = s.participants
          .map((p) => p.experience)
          .filter((e): e is number => typeof e === 'number');
        const lo = levels.length > 0 ? Math.min(...levels) : 0;
        const hi = levels.length > 0 ? Math.max(...levels) : 1;
        const experienceOf = (p: PairingParticipantInput): number | null =>
          p.experience === undefined
            ? null
            : p.experience === 'new'
              ? 0
              : p.experience === 'experienced'
                ? 1
                : hi === lo
                  ? 0
                  : (p.experience - lo) / (hi - lo);
        const ids = s.participants.map((p) => p.id);
        const weight = (a: string, b: string): number =>
          Math.round(
            oracleScore(
              byId.get(a) ?? { id: a, displayName: a },
              byId.get(b) ?? { id: b, displayName: b },
              experienceOf,
              lastMet(a, b),
              round,
            ) * 1e6,
          );
        const best = (rest: string[]): [number, number] => {
          if (rest.length < 2) return [0, 0];
          const [first, ...others] = rest as [string, ...string[]];
          let top = best(others);
          others.forEach((other, k) => {
            if (!allowed(first, other)) return;
            const [pairs, score] = best(others.filter((_, m) => m !== k));
            const candidate: [number, number] = [pairs + 1, score + weight(first, other)];
            if (candidate[0] > top[0] || (candidate[0] === top[0] && candidate[1] > top[1]))
              top = candidate;
          });
          return top;
        };
        const [pairs, score] = best(ids);
        expect(result.optimality.objective.pairs).toBe(pairs);
        expect(Math.round(result.optimality.objective.score * 1e6)).toBe(score);
      }),
      { numRuns: 150 },
    );
  });

  it('same input, same output; the input is left as it was', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = {
          participants: s.participants,
          rules: { mustDiffer: s.mustDiffer, oddPolicy: 'sit-out' as const },
        };
        const copy = structuredClone(input);
        expect(pairParticipants(input)).toEqual(pairParticipants(copy));
        expect(input).toEqual(copy);
      }),
      { numRuns: 60 },
    );
  });
});

describe('pairParticipants: the bound covers the objective, must-pairs included', () => {
  it('objective.score never exceeds bound.upper, and the gap is measured between them', () => {
    const withMustPairs = cohort.chain((people) =>
      fc.record({
        participants: fc.constant(people),
        // disjoint must-pairs: consecutive people, some of them
        mustPair: fc
          .subarray(Array.from({ length: Math.floor(people.length / 2) }, (_, k) => k))
          .map((ks) =>
            ks.map((k): [string, string] => [people[2 * k]?.id ?? '', people[2 * k + 1]?.id ?? '']),
          ),
      }),
    );
    fc.assert(
      fc.property(withMustPairs, ({ participants, mustPair }) => {
        const result = pairParticipants({ participants, rules: { mustPair, mustDiffer: [] } });
        const { objective, bound } = result.optimality;
        expect(objective.score).toBeLessThanOrEqual(bound.upper + 1e-9);
        if (bound.upper > 0)
          expect(bound.gap).toBeCloseTo(
            Math.max(0, (bound.upper - objective.score) / bound.upper),
            9,
          );
      }),
    );
  });
});
