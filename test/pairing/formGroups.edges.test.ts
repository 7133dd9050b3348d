import { describe, expect, it } from 'vitest';
import {
  formGroups,
  isPeerLearnError,
  type FormGroupsResult,
  type PairingParticipantInput,
} from '../../src/index.js';
import { thrown } from '../helpers/expectClose.js';

const person = (
  id: string,
  area?: string,
  extra: Partial<PairingParticipantInput> = {},
): PairingParticipantInput => ({
  id,
  displayName: id.charAt(0).toUpperCase() + id.slice(1),
  ...(area === undefined ? {} : { area }),
  ...extra,
});

const six = ['ann', 'bo', 'cal', 'dee', 'eve', 'fay'].map((id) => person(id));

interface Refusal {
  code: string;
  message: string;
  path: readonly (string | number)[];
  details: { facts: Record<string, unknown> };
}
interface Invalid {
  code: string;
  issues: { pathText: string; message: string }[];
}

const refusalOf = (run: () => unknown): Refusal => {
  const error = thrown(run);
  expect(isPeerLearnError(error)).toBe(true);
  return error as Refusal;
};

const everyoneOnce = (result: FormGroupsResult, ids: readonly string[]): void => {
  for (const session of result.sessions) {
    const seen = session.groups.flatMap((group) => group.members);
    expect([...seen].sort()).toEqual([...ids].sort());
  }
};

const groupsOf = (result: FormGroupsResult, session = 0): string[][] =>
  (result.sessions[session]?.groups ?? [])
    .map((group) => [...group.members].sort())
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));

describe('formGroups: size options are checked, each problem at its own path', () => {
  const issuesOf = (options: Record<string, number>): Invalid => {
    const error = thrown(() => formGroups({ participants: six }, options as never)) as Invalid;
    expect(error.code).toBe('invalid_input');
    return error;
  };

  it('refuses size given with minSize, or with groups', () => {
    expect(issuesOf({ size: 3, minSize: 2 }).issues).toEqual([
      expect.objectContaining({
        pathText: 'options.size',
        message: 'give either size, or minSize and maxSize, not both',
      }),
    ]);
    expect(issuesOf({ size: 3, groups: 2 }).issues).toEqual([
      expect.objectContaining({
        pathText: 'options.groups',
        message: 'follows from size; give groups with minSize and maxSize instead',
      }),
    ]);
  });

  it('refuses a missing size, a half range and a range upside down', () => {
    expect(issuesOf({ sessions: 2 }).issues.map((i) => [i.pathText, i.message])).toEqual([
      ['options.size', 'is missing; give size, or minSize and maxSize'],
    ]);
    expect(issuesOf({ maxSize: 4 }).issues.map((i) => [i.pathText, i.message])).toEqual([
      ['options.minSize', 'is missing; give it with maxSize'],
    ]);
    expect(issuesOf({ minSize: 2 }).issues.map((i) => [i.pathText, i.message])).toEqual([
      ['options.maxSize', 'is missing; give it with minSize'],
    ]);
    expect(issuesOf({ minSize: 4, maxSize: 3 }).issues.map((i) => [i.pathText, i.message])).toEqual(
      [['options.maxSize', 'must be at least minSize (4), got 3']],
    );
  });

  it('refuses a rule that names someone twice, or a facilitator who is not there', () => {
    const error = thrown(() =>
      formGroups(
        {
          participants: six,
          rules: { mustTogether: [['ann', 'bo', 'ann']], facilitators: { ids: ['cal', 'zed'] } },
        },
        { size: 3 },
      ),
    ) as Invalid;
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => [i.pathText, i.message])).toEqual([
      ['input.rules.mustTogether[0][2]', 'names "ann" twice'],
      ['input.rules.facilitators.ids[1]', 'names "zed", who is not among the participants'],
    ]);
  });
});

describe('formGroups: requests no grouping can meet', () => {
  it('refuses too few listed facilitators, offering as many groups as there are facilitators', () => {
    // 6 people in groups of 3 make 2 groups; only ann is listed, so 1 more is needed, or
    // 1 group of all 6 (6 / 1 = 6, so minSize and maxSize are both 6).
    const error = refusalOf(() =>
      formGroups({ participants: six, rules: { facilitators: { ids: ['ann'] } } }, { size: 3 }),
    );
    expect(error.code).toBe('infeasible_request');
    expect(error.message).toBe(
      'formGroups: 2 groups need a facilitator each, but only 1 participant is listed in rules.facilitators.ids; mark 1 more as facilitator, or make 1 group of about 6 (options { minSize: 6, maxSize: 6 }).',
    );
    expect(error.path).toEqual(['rules', 'facilitators']);
    expect(error.details.facts).toEqual({ people: 6, groups: 2, facilitators: 1 });
  });

  it('counts both a facilitator role and listed ids, and offers nothing smaller when nobody can facilitate', () => {
    const withRole = refusalOf(() =>
      formGroups(
        {
          participants: [...six.slice(1), person('ann', undefined, { roles: ['lead'] })],
          rules: { facilitators: { role: 'lead', ids: ['bo'] } },
        },
        { size: 2 },
      ),
    );
    // ann has the role and bo is listed: 2 facilitators for 3 groups of 2.
    expect(withRole.message).toBe(
      'formGroups: 3 groups need a facilitator each, but only 2 participants are with the role "lead" or listed in rules.facilitators.ids; mark 1 more as facilitator, or make 2 groups of about 3 (options { minSize: 3, maxSize: 3 }).',
    );
    const nobody = refusalOf(() =>
      formGroups({ participants: six, rules: { facilitators: { role: 'lead' } } }, { size: 3 }),
    );
    expect(nobody.message).toBe(
      'formGroups: 2 groups need a facilitator each, but only 0 participants are with the role "lead"; mark 2 more as facilitators.',
    );
  });

  it('refuses a never-together list longer than the number of groups', () => {
    const one = refusalOf(() =>
      formGroups(
        { participants: six, rules: { neverTogether: [['ann', 'bo']] } },
        { minSize: 6, maxSize: 6 },
      ),
    );
    expect(one.message).toBe(
      'formGroups: rules.neverTogether[0] keeps 2 people apart, but there is only 1 group; shorten the list or make more, smaller groups.',
    );
    expect(one.path).toEqual(['rules', 'neverTogether', 0]);
    expect(one.details.facts).toEqual({ listed: 2, groups: 1 });
    const two = refusalOf(() =>
      formGroups(
        {
          participants: six,
          rules: {
            neverTogether: [
              ['ann', 'bo'],
              ['cal', 'dee', 'eve'],
            ],
          },
        },
        { size: 3 },
      ),
    );
    expect(two.message).toContain(
      'rules.neverTogether[1] keeps 3 people apart, but there are only 2 groups',
    );
    expect(two.path).toEqual(['rules', 'neverTogether', 1]);
  });

  it('merges overlapping must-together lists before checking them against the largest group', () => {
    // [ann, bo] and [bo, cal] chain into one block of three, which groups of 2 cannot hold.
    const error = refusalOf(() =>
      formGroups(
        {
          participants: six,
          rules: {
            mustTogether: [
              ['ann', 'bo'],
              ['bo', 'cal'],
            ],
          },
        },
        { size: 2 },
      ),
    );
    expect(error.message).toBe(
      'formGroups: rules.mustTogether keeps 3 people together (ann, bo, cal), more than the largest group (2); split the list or allow larger groups.',
    );
    expect(error.path).toEqual(['rules', 'mustTogether', 0]);
    expect(error.details.facts).toEqual({
      blockSize: 3,
      largestGroup: 2,
      members: ['ann', 'bo', 'cal'],
    });
  });

  it('proves must-together blocks cannot be packed: four pairs into three groups of three', () => {
    // Each group of 3 holds at most one pair (2 + 2 > 3), so four pairs need four groups.
    const nine = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((id) => person(id));
    const error = refusalOf(() =>
      formGroups(
        {
          participants: nine,
          rules: {
            mustTogether: [
              ['a', 'b'],
              ['c', 'd'],
              ['e', 'f'],
              ['g', 'h'],
            ],
          },
        },
        { size: 3 },
      ),
    );
    expect(error.code).toBe('infeasible_request');
    expect(error.message).toBe(
      'formGroups: the must-together blocks (sizes 2, 2, 2, 2) do not fit 3 groups of 3; split a rules.mustTogether list or change the group sizes.',
    );
    expect(error.path).toEqual(['rules', 'mustTogether']);
    expect(error.details.facts).toEqual({ blockSizes: [2, 2, 2, 2], groups: 3, lo: 3, hi: 3 });
  });

  it('says the local search broke a rule when the exact search is off: three mutual never-togethers in two groups', () => {
    // ann, bo and cal must all be apart, but there are only 2 groups: by pigeonhole two of
    // them share a group, and one broken pair (ann + bo together, cal apart) is the least.
    const rules = {
      neverTogether: [
        ['ann', 'bo'],
        ['bo', 'cal'],
        ['ann', 'cal'],
      ],
    };
    const error = refusalOf(() =>
      formGroups({ participants: six, rules }, { size: 3, exactLimit: 0 }),
    );
    expect(error.message).toBe(
      'formGroups: the search found no grouping of 6 people into 2 groups of 3 that keeps every never-together rule (the best it found breaks 1 never-together pair and leaves 0 groups without a facilitator); loosen rules.neverTogether, or change the group sizes.',
    );
    expect(error.details.facts).toEqual({
      people: 6,
      groups: 2,
      neverTogetherBroken: 1,
      groupsWithoutFacilitator: 0,
      proven: false,
    });
  });

  it('refuses facilitators who must be together, whether or not the exact search runs', () => {
    // dee and eve are the only facilitators and must share a group, so one of the 2 groups
    // always lacks a facilitator.
    const input = {
      participants: six,
      rules: { mustTogether: [['dee', 'eve']], facilitators: { ids: ['dee', 'eve'] } },
    };
    const proven = refusalOf(() => formGroups(input, { size: 3 }));
    expect(proven.message).toBe(
      'formGroups: no grouping of 6 people into 2 groups of 3 gives each group a facilitator (the exact search tried every one); add facilitators or separate them in rules.mustTogether, or change the group sizes.',
    );
    expect(proven.details.facts).toMatchObject({ proven: true });
    const searched = refusalOf(() => formGroups(input, { size: 3, exactLimit: 0 }));
    expect(searched.message).toBe(
      'formGroups: the search found no grouping of 6 people into 2 groups of 3 that gives each group a facilitator (the best it found breaks 0 never-together pairs and leaves 1 group without a facilitator); add facilitators or separate them in rules.mustTogether, or change the group sizes.',
    );
  });

  it('names both hard rules when never-together and facilitator rules are on', () => {
    const error = refusalOf(() =>
      formGroups(
        {
          participants: six,
          rules: {
            neverTogether: [['ann', 'bo']],
            mustTogether: [['dee', 'eve']],
            facilitators: { ids: ['dee', 'eve'] },
          },
        },
        { size: 3 },
      ),
    );
    expect(error.message).toContain(
      'keeps every never-together rule and gives each group a facilitator (the exact search tried every one); loosen rules.neverTogether, or add facilitators or separate them in rules.mustTogether, or change the group sizes',
    );
  });
});

describe('formGroups: must-together blocks the greedy start cannot place', () => {
  it('packs blocks of 3, 3, 2, 2, 2 into two groups of 6 the only way they fit', () => {
    // The two trios come from one area, so a greedy start puts them in different groups;
    // then the three pairs cannot all fit (room 3 and 3 takes only one pair each). The only
    // packing is trio + trio | pair + pair + pair.
    const people = [
      ...['a1', 'a2', 'a3', 'b1', 'b2', 'b3'].map((id) => person(id, 'North')),
      ...['c1', 'c2', 'd1', 'd2', 'e1', 'e2'].map((id, k) => person(id, `Area${String(k)}`)),
    ];
    const rules = {
      mustTogether: [
        ['a1', 'a2', 'a3'],
        ['b1', 'b2', 'b3'],
        ['c1', 'c2'],
        ['d1', 'd2'],
        ['e1', 'e2'],
      ],
    };
    for (const exactLimit of [0, 12]) {
      const result = formGroups({ participants: people, rules }, { size: 6, exactLimit });
      expect(groupsOf(result)).toEqual([
        ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'],
        ['c1', 'c2', 'd1', 'd2', 'e1', 'e2'],
      ]);
      // Six people of one area in one group: C(6, 2) = 15 same-area pairs, the least possible.
      expect(result.totals.parts.areas).toBe(15);
    }
  });
});

describe('formGroups: search options', () => {
  it('keeps repeats to the unavoidable 2 over 4 sessions of 4 people in pairs, at high effort', () => {
    // 4 people have only 3 pairings (6 pairs); 4 sessions make 8 meetings, so at least 2
    // are repeats, and 2 is reached by using each pairing once and one of them again.
    const four = ['ann', 'bo', 'cal', 'dee'].map((id) => person(id));
    for (const exactLimit of [0, 12]) {
      const result = formGroups(
        { participants: four, seed: 7 },
        { size: 2, sessions: 4, effort: 10, exactLimit },
      );
      everyoneOnce(result, ['ann', 'bo', 'cal', 'dee']);
      expect(result.totals.repeatPairs).toBe(2);
      // The two repeats are the two pairs of the pairing used twice: each has met twice.
      expect(result.totals.pairsMetMoreThanOnce).toBe(2);
      expect(result.search.tabuEvaluations).toBeGreaterThan(0);
    }
  });

  it('with effort 0 still ends at a local optimum no worse than the proven optimum', () => {
    const people = [
      ...['a1', 'a2', 'a3', 'a4'].map((id) => person(id, 'North', { experience: 'new' })),
      ...['b1', 'b2', 'b3', 'b4'].map((id) => person(id, 'South', { experience: 'experienced' })),
      ...['c1', 'c2', 'c3', 'c4'].map((id, k) =>
        person(id, 'East', { experience: k % 2 === 0 ? 'new' : 'experienced' }),
      ),
    ];
    const rules = {
      mustTogether: [
        ['a1', 'a2'],
        ['b1', 'b2'],
        ['c1', 'c3'],
      ],
    };
    for (const seed of [1, 2, 3]) {
      const result = formGroups({ participants: people, rules, seed }, { size: 4, effort: 0 });
      expect(result.search.steps).toBe(0);
      expect(result.search.localOptimum).toBe(true);
      for (const [x, y] of rules.mustTogether)
        expect(
          result.groups.some((g) => g.members.includes(x ?? '') && g.members.includes(y ?? '')),
        ).toBe(true);
      const { optimality } = result;
      expect(optimality.proven).toBe(true);
      expect(optimality.score).toBeCloseTo(optimality.exactScore ?? Number.NaN, 9);
      expect(optimality.gap).toBeCloseTo(
        optimality.localSearchScore - (optimality.exactScore ?? 0),
        9,
      );
      expect(optimality.gap ?? -1).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('formGroups: history', () => {
  it('ignores people in the history who are no longer in the cohort, and counts pairs met twice', () => {
    const four = ['ann', 'bo', 'cal', 'dee'].map((id) => person(id));
    const result = formGroups(
      {
        participants: four,
        history: [
          { session: 1, groups: [['ann', 'bo', 'zed']] },
          {
            session: 2,
            groups: [
              ['ann', 'bo'],
              ['cal', 'zed'],
            ],
          },
        ],
      },
      { size: 2, sessions: 2 },
    );
    everyoneOnce(result, ['ann', 'bo', 'cal', 'dee']);
    // Sessions are numbered after the history's last.
    expect(result.sessions.map((s) => s.session)).toEqual([3, 4]);
    // 4 people in pairs have 3 pairings; ann + bo (met twice) is avoided, so the two
    // sessions use the other two pairings and nobody meets twice.
    expect(groupsOf(result, 0)).not.toContainEqual(['ann', 'bo']);
    expect(groupsOf(result, 1)).not.toContainEqual(['ann', 'bo']);
    expect(result.totals.repeatPairs).toBe(0);
    expect(result.totals.pairsMetMoreThanOnce).toBe(0);
  });
});

describe('formGroups: large cohorts (sparse meeting counts, topic costs without a table)', () => {
  it('places 2,050 people in groups of 41 over 2 sessions, counting repeats and topics as documented', () => {
    const n = 2050;
    const topicsOf = (i: number): string[] =>
      [`t${String(i % 3)}`, `u${String(i % 5)}`].slice(0, 1 + (i % 2));
    const ids = Array.from({ length: n }, (_, i) => `p${String(i).padStart(4, '0')}`);
    const people = ids.map((id, i) => person(id, undefined, { topics: topicsOf(i) }));
    const topics = new Map(ids.map((id, i) => [id, topicsOf(i)]));
    // History: p0000–p0040 met as one group, and p0000 + p0001 met a second time.
    const history = [
      { session: 1, groups: [ids.slice(0, 41)] },
      { session: 2, groups: [ids.slice(0, 2)] },
    ];
    const result = formGroups(
      { participants: people, history, rules: { topics: 'mix' } },
      { size: 41, sessions: 2, effort: 0 },
    );
    everyoneOnce(result, ids);
    for (const session of result.sessions) {
      expect(session.groups).toHaveLength(50);
      for (const group of session.groups) expect(group.members).toHaveLength(41);
    }

    // Recount repeats independently: a pair sharing a group who met before (in the history
    // or an earlier planned session).
    const key = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);
    const met = new Map<string, number>();
    const meet = (members: readonly string[]): void => {
      for (let a = 0; a < members.length; a += 1)
        for (let b = a + 1; b < members.length; b += 1) {
          const k = key(members[a] ?? '', members[b] ?? '');
          met.set(k, (met.get(k) ?? 0) + 1);
        }
    };
    for (const past of history) for (const group of past.groups) meet(group);
    let repeats = 0;
    const planned = new Set<string>();
    let topicSum = 0;
    for (const session of result.sessions) {
      let sessionRepeats = 0;
      for (const group of session.groups) {
        const m = group.members;
        for (let a = 0; a < m.length; a += 1)
          for (let b = a + 1; b < m.length; b += 1) {
            const k = key(m[a] ?? '', m[b] ?? '');
            if ((met.get(k) ?? 0) > 0) sessionRepeats += 1;
            planned.add(k);
            // 'mix' costs each pair its topic overlap (Jaccard).
            const x = topics.get(m[a] ?? '') ?? [];
            const y = topics.get(m[b] ?? '') ?? [];
            const shared = x.filter((t) => y.includes(t)).length;
            topicSum += shared / new Set([...x, ...y]).size;
          }
      }
      for (const group of session.groups) meet(group.members);
      expect(session.repeatPairs).toBe(sessionRepeats);
      repeats += sessionRepeats;
    }
    expect(result.totals.repeatPairs).toBe(repeats);
    expect(result.totals.pairsMetMoreThanOnce).toBe(
      [...planned].filter((k) => (met.get(k) ?? 0) >= 2).length,
    );
    expect(result.totals.parts.topics).toBeCloseTo(topicSum, 6);

    // effort 0 draws no annealing steps; at 2 × 2,050² unit pairs the descent is skipped,
    // so the result is not checked to be a local optimum; the exact search does not run.
    expect(result.search).toMatchObject({ steps: 0, accepted: 0, tabuEvaluations: 0 });
    expect(result.search.localOptimum).toBe(false);
    expect(result.search.descentImprovements).toBe(0);
    expect(result.optimality.method).toBe('local-search');
    expect(result.optimality.proven).toBe(false);
  }, 60_000);
});
