import { describe, expect, it } from 'vitest';
import {
  formGroups,
  GroupingRules,
  isPeerLearnError,
  PastGrouping,
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

/** 30 people from five areas of unequal size, a third of them new. */
function cohort30(): PairingParticipantInput[] {
  const areas = ['Ashby', 'Ashby', 'Ashby', 'Brindley', 'Brindley', 'Calder', 'Dunmore', 'Elm'];
  return Array.from({ length: 30 }, (_, i) =>
    person(`p${String(i).padStart(2, '0')}`, areas[i % areas.length], {
      experience: i % 3 === 0 ? 'new' : 'experienced',
      roles: i % 5 === 0 ? ['facilitator'] : [],
    }),
  );
}

const everyoneOnce = (result: FormGroupsResult, ids: readonly string[]): void => {
  for (const session of result.sessions) {
    const seen = session.groups.flatMap((group) => group.members);
    expect([...seen].sort()).toEqual([...ids].sort());
  }
};

describe('formGroups: sizes and everyone placed', () => {
  it('splits 30 people into sets of 5–7: five balanced sets of six, nobody lost', () => {
    const participants = cohort30();
    const result = formGroups({ participants, seed: 1 }, { minSize: 5, maxSize: 7 });
    expect(result.groups.map((group) => group.size)).toEqual([6, 6, 6, 6, 6]);
    expect(result.totals).toMatchObject({
      participants: 30,
      sessions: 1,
      groupsPerSession: 5,
      smallestGroup: 6,
      largestGroup: 6,
    });
    everyoneOnce(
      result,
      participants.map((p) => p.id),
    );
    expect(result.groups).toBe(result.sessions[0]?.groups);
  });

  it('spreads areas and experience: Ashby’s 12 people two or three a set, two new people a set', () => {
    const result = formGroups({ participants: cohort30(), seed: 1 }, { minSize: 5, maxSize: 7 });
    for (const group of result.groups) {
      const ashby = group.areas.find((a) => a.area === 'Ashby')?.count ?? 0;
      expect(ashby).toBeGreaterThanOrEqual(2);
      expect(ashby).toBeLessThanOrEqual(3);
      // 10 new people in five sets: two each.
      expect(group.experience).toMatchObject({ new: 2, experienced: 4, unknown: 0 });
    }
    // The areas part counts each same-area pair in a set once.
    const sameAreaPairs = result.groups.reduce(
      (sum, group) => sum + group.areas.reduce((s, a) => s + (a.count * (a.count - 1)) / 2, 0),
      0,
    );
    expect(result.totals.parts.areas).toBe(sameAreaPairs);
  });

  it('chooses the number of groups nearest the middle of the range, or the number asked', () => {
    const people = (k: number) => Array.from({ length: k }, (_, i) => person(`q${String(i)}`));
    const sizes = (result: FormGroupsResult) => result.groups.map((group) => group.size).sort();
    // 31 in 5–7: 5 groups (6.2 a group) beats 6 groups (5.17).
    expect(sizes(formGroups({ participants: people(31) }, { minSize: 5, maxSize: 7 }))).toEqual([
      6, 6, 6, 6, 7,
    ]);
    expect(
      sizes(formGroups({ participants: people(31) }, { minSize: 4, maxSize: 8, groups: 7 })),
    ).toEqual([4, 4, 4, 4, 5, 5, 5]);
    expect(formGroups({ participants: [] }, { size: 4 }).groups).toEqual([]);
  });

  it('refuses sizes that cannot work, naming the numbers and what to change', () => {
    const seven = Array.from({ length: 7 }, (_, i) => person(`s${String(i)}`));
    const error = thrown(() => formGroups({ participants: seven }, { size: 4 }));
    expect(isPeerLearnError(error, 'infeasible_request')).toBe(true);
    expect(error).toMatchObject({
      path: ['options', 'size'],
      details: { fn: 'formGroups', facts: { people: 7, size: 4, remainder: 3 } },
    });
    expect((error as Error).message).toBe(
      'formGroups: 7 people cannot be split into groups of exactly 4 (4 or 8 people could be); add 1 or leave out 3, or allow sizes 3–4 with { minSize: 3, maxSize: 4 }.',
    );
    const few = thrown(() => formGroups({ participants: seven }, { minSize: 8, maxSize: 10 }));
    expect((few as Error).message).toContain('7 people cannot make even one group of at least 8');
    const gap = thrown(() =>
      formGroups(
        { participants: Array.from({ length: 11 }, (_, i) => person(`g${String(i)}`)) },
        { minSize: 6, maxSize: 6 },
      ),
    );
    expect(gap).toMatchObject({ code: 'infeasible_request', path: ['options', 'minSize'] });
    expect((gap as Error).message).toBe(
      'formGroups: 11 people cannot be split into groups of exactly 6 (1 group holds at most 6, 2 groups need at least 12); widen the range.',
    );
    const groups = thrown(() =>
      formGroups({ participants: seven }, { minSize: 3, maxSize: 4, groups: 3 }),
    );
    expect((groups as Error).message).toContain(
      '7 people in 3 groups makes groups of 2–3, outside 3–4; make fewer groups or lower options.minSize',
    );
  });
});

describe('formGroups: hard rules', () => {
  const eight = ['ama', 'ben', 'cy', 'dee', 'eli', 'fay', 'gus', 'hal'].map((id, i) =>
    person(id, i < 4 ? 'North' : 'South'),
  );

  it('keeps never-together people apart and must-together people together', () => {
    const result = formGroups(
      {
        participants: eight,
        rules: {
          neverTogether: [
            ['ama', 'eli'],
            ['cy', 'ama'],
          ],
          mustTogether: [
            ['ama', 'ben'],
            ['ben', 'dee'],
          ],
        },
      },
      { size: 4 },
    );
    const groupOf = (id: string) => result.groups.findIndex((g) => g.members.includes(id));
    expect(groupOf('ama')).toBe(groupOf('ben'));
    expect(groupOf('ama')).toBe(groupOf('dee'));
    expect(groupOf('ama')).not.toBe(groupOf('eli'));
    expect(groupOf('ama')).not.toBe(groupOf('cy'));
    const kept = result.groups[groupOf('ama')];
    expect(kept?.keptTogether).toEqual([['ama', 'ben', 'dee']]);
    expect(kept?.reasons).toContain('kept together by a must-together rule: Ama, Ben, Dee');
  });

  it('gives each group exactly one facilitator and spreads the extra ones', () => {
    const participants = cohort30(); // six facilitators: p00, p05, …, p25
    const result = formGroups(
      { participants, rules: { facilitators: {} }, seed: 3 },
      { minSize: 5, maxSize: 7 },
    );
    const facilitators = new Set(['p00', 'p05', 'p10', 'p15', 'p20', 'p25']);
    for (const group of result.groups) {
      expect(group.facilitator).not.toBeNull();
      expect(facilitators.has(group.facilitator ?? '')).toBe(true);
      expect(group.members.filter((id) => facilitators.has(id)).length).toBeLessThanOrEqual(2);
    }
    expect(result.totals.facilitators).toBe(6);
    expect(result.warnings).toEqual([
      '6 facilitators for 5 groups: each group has one, and the other one joins a group as a member',
    ]);
    const listed = formGroups(
      { participants: eight, rules: { facilitators: { ids: ['cy', 'gus'] } } },
      { size: 4 },
    );
    expect(listed.groups.map((group) => group.facilitator).sort()).toEqual(['cy', 'gus']);
    expect(listed.groups.find((g) => g.facilitator === 'cy')?.reasons).toContain(
      'facilitated by Cy',
    );
  });

  it('refuses too few facilitators, saying how many and what to change', () => {
    const error = thrown(() =>
      formGroups(
        { participants: eight, rules: { facilitators: { ids: ['cy'] } } },
        { minSize: 2, maxSize: 3 },
      ),
    );
    expect(error).toMatchObject({
      code: 'infeasible_request',
      path: ['rules', 'facilitators'],
      details: { facts: { people: 8, groups: 3, facilitators: 1 } },
    });
    expect((error as Error).message).toBe(
      'formGroups: 3 groups need a facilitator each, but only 1 participant is listed in rules.facilitators.ids; mark 2 more as facilitators, or make 1 group of about 8 (options { minSize: 8, maxSize: 8 }).',
    );
  });

  it('refuses rules no grouping can keep, and says when the exact search proved it', () => {
    const four = eight.slice(0, 4);
    const error = thrown(() =>
      formGroups(
        {
          participants: four,
          rules: {
            neverTogether: [
              ['ama', 'ben'],
              ['ama', 'cy'],
              ['ama', 'dee'],
            ],
          },
        },
        { size: 2 },
      ),
    );
    expect(error).toMatchObject({
      code: 'infeasible_request',
      details: { facts: { proven: true } },
    });
    expect((error as Error).message).toContain('the exact search tried every one');
    const block = thrown(() =>
      formGroups(
        { participants: eight, rules: { mustTogether: [['ama', 'ben', 'cy', 'dee', 'eli']] } },
        { size: 4 },
      ),
    );
    expect(block).toMatchObject({ path: ['rules', 'mustTogether', 0] });
    const apart = thrown(() =>
      formGroups(
        { participants: eight, rules: { neverTogether: [['ama', 'ben', 'cy']] } },
        { size: 4 },
      ),
    );
    expect((apart as Error).message).toContain(
      'rules.neverTogether[0] keeps 3 people apart, but there are only 2 groups',
    );
  });
});

describe('formGroups: invalid input', () => {
  const two = [person('ama', 'N'), person('ben', 'S')];
  const paths = (work: () => unknown) => {
    const error = thrown(work);
    expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
    return isPeerLearnError(error, 'invalid_input')
      ? error.issues.map((issue) => issue.pathText)
      : [];
  };

  it('names every bad field with its path', () => {
    expect(
      paths(() =>
        formGroups({ participants: [person('ama', 'N'), person('ama', 'S')] }, { size: 2 }),
      ),
    ).toEqual(['input.participants[1].id']);
    expect(
      paths(() =>
        formGroups(
          {
            participants: two,
            rules: {
              neverTogether: [['ama', 'zed']],
              mustTogether: [['ben', 'ben']],
              facilitators: { ids: ['yan'] },
            },
          },
          { size: 2 },
        ),
      ),
    ).toEqual([
      'input.rules.neverTogether[0][1]',
      'input.rules.mustTogether[0][1]',
      'input.rules.facilitators.ids[0]',
    ]);
    expect(paths(() => formGroups({ participants: two }, { minSize: 3, maxSize: 2 }))).toEqual([
      'options.maxSize',
    ]);
    expect(paths(() => formGroups({ participants: two }, { size: 0 }))).toEqual(['options.size']);
    expect(
      paths(() => formGroups({ participants: two }, { size: 2, minSize: 1 } as never)),
    ).toEqual(['options.size']);
    expect(paths(() => formGroups({ participants: two }, {} as never))).toEqual(['options.size']);
    expect(paths(() => formGroups({ participants: two }, { size: 2, sessions: 0 }))).toEqual([
      'options.sessions',
    ]);
  });

  it('refuses never- and must-together rules that contradict each other', () => {
    const error = thrown(() =>
      formGroups(
        {
          participants: [...two, person('cy', 'E'), person('dee', 'W')],
          rules: {
            mustTogether: [
              ['ama', 'ben'],
              ['ben', 'cy'],
            ],
            neverTogether: [['cy', 'ama']],
          },
        },
        { size: 2 },
      ),
    );
    expect(isPeerLearnError(error, 'invalid_input') ? error.issues : []).toEqual([
      expect.objectContaining({
        pathText: 'input.rules.neverTogether[0]',
        message:
          'keeps "cy" and "ama" apart, but mustTogether puts them in one group; remove one of the rules',
      }),
    ]);
  });
});

describe('formGroups: explanations, optimality and determinism', () => {
  it('explains each group: areas, experience, facilitator, shared topics, repeats', () => {
    const result = formGroups(
      {
        participants: [
          person('ama', 'North', {
            experience: 'experienced',
            topics: ['housing', 'youth'],
            roles: ['facilitator'],
          }),
          person('ben', 'North', { experience: 'new', topics: ['housing'] }),
          person('cy', 'South', { experience: 'new', topics: ['housing', 'youth'] }),
          person('dee', 'South', {
            experience: 'experienced',
            topics: ['legacy'],
            roles: ['facilitator'],
          }),
          person('eli', 'East', { experience: 'new', topics: ['youth'] }),
          person('fay', 'East', { experience: 'experienced', topics: ['legacy'] }),
        ],
        history: [{ session: 4, groups: [['ama', 'cy', 'dee']] }],
        rules: { facilitators: {}, topics: 'share' },
        seed: 'x',
      },
      { size: 3 },
    );
    expect(result.sessions[0]?.session).toBe(5);
    expect(result.groups.map((g) => g.members)).toEqual([
      ['ama', 'cy', 'eli'],
      ['ben', 'dee', 'fay'],
    ]);
    expect(result.groups[0]?.reasons).toEqual([
      '3 different areas: East, North, South',
      'experience: 1 experienced, 2 new',
      'facilitated by Ama',
      'shared topics: youth (3), housing (2)',
      '1 pair has met before: Ama and Cy (once)',
    ]);
    expect(result.groups[0]).toMatchObject({
      facilitator: 'ama',
      sharedTopics: [
        { topic: 'youth', count: 3 },
        { topic: 'housing', count: 2 },
      ],
      repeats: [{ members: ['ama', 'cy'], metBefore: 1 }],
      experience: { experienced: 1, new: 2, unknown: 0, mean: 0.333333333 },
    });
    // The parts add up to each group's score, the groups to the session's, the sessions to the total.
    for (const group of result.groups) {
      const { areas, experience, topics, repeats, facilitators } = group.parts;
      expect(areas + experience + topics + repeats + facilitators).toBeCloseTo(group.score, 9);
    }
    expect(result.totals.score).toBeCloseTo(
      result.groups.reduce((sum, group) => sum + group.score, 0),
      9,
    );
    expect(result.totals.parts.repeats).toBe(3); // one repeat, weight 3
    expect(result.optimality).toMatchObject({ method: 'exact', proven: true, gap: 0 });
  });

  it('runs the exact search up to 12 people and reports the gap; above, says it did not', () => {
    const people = (k: number) =>
      Array.from({ length: k }, (_, i) =>
        person(`m${String(i).padStart(2, '0')}`, ['A', 'B', 'C'][i % 3], {
          experience: i % 4,
        }),
      );
    const small = formGroups({ participants: people(12), seed: 2 }, { size: 4 });
    expect(small.optimality).toMatchObject({
      method: 'exact',
      proven: true,
      arrangements: 5775,
    });
    expect(small.optimality.exactScore).toBeLessThanOrEqual(small.optimality.localSearchScore);
    expect(small.optimality.score).toBe(small.optimality.exactScore);
    expect(small.search.exactSteps).toBeGreaterThan(0);
    const large = formGroups({ participants: people(13), seed: 2 }, { minSize: 4, maxSize: 5 });
    expect(large.optimality).toEqual({
      method: 'local-search',
      proven: false,
      score: large.totals.score,
      localSearchScore: large.totals.score,
      note: "13 people is above the exact search's limit (options.exactLimit, 12); the groups are the local search's",
    });
    expect(large.search).toMatchObject({ moves: ['move', 'swap'], localOptimum: true });
  });

  it('gives the same groups for the same seed, whatever the input order', () => {
    const participants = cohort30();
    const rules = { neverTogether: [['p01', 'p02']], mustTogether: [['p03', 'p04']] };
    const first = formGroups(
      { participants, rules, seed: 'cluster-7' },
      { minSize: 5, maxSize: 7, sessions: 2 },
    );
    const again = formGroups(
      { participants: [...participants].reverse(), rules, seed: 'cluster-7' },
      { minSize: 5, maxSize: 7, sessions: 2 },
    );
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it('leaves its input as it was', () => {
    const input = {
      participants: cohort30(),
      history: [{ session: 1, groups: [['p00', 'p01', 'p02']] }],
      rules: { neverTogether: [['p01', 'p02']], facilitators: {} },
      seed: 4,
    };
    const options = { minSize: 5, maxSize: 7, sessions: 2 };
    const before = structuredClone({ input, options });
    formGroups(input, options);
    expect({ input, options }).toEqual(before);
  });
});

describe('formGroups: several sessions (the social golfer problem)', () => {
  const golfers = (k: number) =>
    Array.from({ length: k }, (_, i) => person(`g${String(i).padStart(2, '0')}`));

  it('finds four sessions of 9 people in threes where nobody meets twice (the affine plane of order 3)', () => {
    const result = formGroups({ participants: golfers(9), seed: 1 }, { size: 3, sessions: 4 });
    expect(result.sessions.map((s) => s.repeatPairs)).toEqual([0, 0, 0, 0]);
    expect(result.totals).toMatchObject({ repeatPairs: 0, pairsMetMoreThanOnce: 0 });
    everyoneOnce(
      result,
      golfers(9).map((g) => g.id),
    );
  });

  it('finds five sessions of 16 people in fours where nobody meets twice (the affine plane of order 4)', () => {
    const result = formGroups({ participants: golfers(16), seed: 1 }, { size: 4, sessions: 5 });
    expect(result.totals.repeatPairs).toBe(0);
  });

  it('continues from history, and accepts an earlier result’s sessions as history', () => {
    const first = formGroups({ participants: golfers(9), seed: 5 }, { size: 3, sessions: 2 });
    const next = formGroups(
      { participants: golfers(9), history: first.sessions, seed: 5 },
      { size: 3, sessions: 2 },
    );
    expect(next.sessions.map((s) => s.session)).toEqual([3, 4]);
    expect(next.totals.repeatPairs).toBe(0);
    expect(PastGrouping.parse(first.sessions[0]).groups).toEqual(
      first.sessions[0]?.groups.map((g) => g.members),
    );
  });

  it('counts repeats per session and pairs met more than once', () => {
    // 6 people in two threes over three sessions: at least 5 repeat meetings, and at least
    // 4 pairs meeting more than once (by exhaustive search, see formGroups.prop.test.ts).
    const result = formGroups({ participants: golfers(6), seed: 1 }, { size: 3, sessions: 3 });
    expect(result.sessions.map((s) => s.repeatPairs)).toEqual([0, 2, 3]);
    expect(result.totals).toMatchObject({ repeatPairs: 5, pairsMetMoreThanOnce: 4 });
    const third = result.sessions[2]?.groups.flatMap((g) => g.repeats) ?? [];
    expect(third.map((pair) => pair.metBefore).sort()).toEqual([1, 1, 2]);
    expect(result.sessions[2]?.parts.repeats).toBe(9);
  });
});

describe('GroupingRules and PastGrouping', () => {
  it('fill in defaults and accept results as history', () => {
    expect(GroupingRules.parse({ facilitators: { ids: ['a'] } }).facilitators).toEqual({
      ids: ['a'],
    });
    expect(GroupingRules.parse({ facilitators: {} }).facilitators).toEqual({ ids: [] });
    expect(PastGrouping.safeParse({ session: 1, groups: [['a']], extra: 1 }).success).toBe(true);
  });
});

describe('formGroups: the spare-facilitator warning counts in words that fit', () => {
  it('says "1 group" and "the other one joins a group"', () => {
    const result = formGroups(
      {
        participants: [
          person('ann', undefined, { roles: ['facilitator'] }),
          person('bo', undefined, { roles: ['facilitator'] }),
          person('cy'),
          person('dee'),
        ],
        rules: { facilitators: {} },
      },
      { size: 4 },
    );
    expect(result.warnings).toEqual([
      '2 facilitators for 1 group: each group has one, and the other one joins a group as a member',
    ]);
  });

  it('keeps the plural for several spare facilitators', () => {
    const result = formGroups(
      {
        participants: ['ann', 'bo', 'cy', 'dee', 'eve', 'fay'].map((id, i) =>
          person(id, undefined, i < 4 ? { roles: ['facilitator'] } : {}),
        ),
        rules: { facilitators: {} },
      },
      { size: 3 },
    );
    expect(result.warnings).toEqual([
      '4 facilitators for 2 groups: each group has one, and the other 2 join groups as members, spread out',
    ]);
  });
});
