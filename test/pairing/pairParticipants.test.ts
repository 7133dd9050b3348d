import { describe, expect, it } from 'vitest';
import {
  isPeerLearnError,
  pairParticipants,
  type PairingParticipantInput,
} from '../../src/index.js';
import { thrown } from '../helpers/expectClose.js';

const person = (
  id: string,
  area: string,
  extra: Partial<PairingParticipantInput> = {},
): PairingParticipantInput => ({
  id,
  displayName: id.charAt(0).toUpperCase() + id.slice(1),
  area,
  ...extra,
});

describe('pairParticipants: who is paired', () => {
  it('pairs across areas where a greedy pass would strand people', () => {
    // Greedy by id pairs a1 with b1 and a2 with b2, stranding a3 and a4 (both area A).
    // The optimum pairs each A with someone else.
    const participants = [
      person('a1', 'A'),
      person('a2', 'A'),
      person('a3', 'A'),
      person('a4', 'A'),
      person('b1', 'B'),
      person('b2', 'B'),
      person('c1', 'C'),
      person('c2', 'C'),
    ];
    const result = pairParticipants({ participants });
    expect(result.totals).toMatchObject({
      participants: 8,
      grouped: 8,
      pairs: 4,
      unmatched: 0,
      crossAreaShare: 1,
    });
    for (const group of result.groups)
      expect(group.members.filter((id) => id.startsWith('a'))).toHaveLength(1);
    expect(result.optimality).toMatchObject({
      method: 'exact',
      proven: true,
      objective: { pairs: 4 },
    });
  });

  it('explains each pair: areas, shared topics, experience mix, novelty, and each rule’s part', () => {
    const result = pairParticipants({
      participants: [
        person('ama', 'North', { experience: 'experienced', topics: ['housing', 'youth'] }),
        person('cy', 'South', { experience: 'new', topics: ['housing'] }),
      ],
      history: [
        { round: 1, groups: [['ama', 'cy']] },
        { round: 2, groups: [] },
        { round: 3, groups: [] },
      ],
    });
    expect(result.round).toBe(4);
    const [group] = result.groups;
    expect(group?.reasons).toEqual([
      'different areas: North, South',
      'both interested in housing',
      'experienced Ama with new Cy',
      'last paired 3 rounds ago',
    ]);
    // topics: 1 shared of 2 = 0.5; mix: 1; novelty: 1 − 0.5^((3 − 1)/2) = 0.5; custom: 0
    expect(group?.parts).toEqual({ topics: 0.5, experienceMix: 1, novelty: 0.5, custom: 0 });
    expect(group?.score).toBe(2);
    expect(group?.repeat).toBe(true);
    expect(result.totals.repeats).toBe(1);
  });

  it('applies soft-rule weights and a custom score', () => {
    const participants = [
      person('a', 'X', { topics: ['t'] }),
      person('b', 'Y', { topics: ['t'] }),
      person('c', 'Z'),
      person('d', 'W'),
    ];
    const byTopic = pairParticipants({ participants, rules: { weights: { topics: 5 } } });
    expect(byTopic.groups.map((g) => g.members.join('+'))).toEqual(['a+b', 'c+d']);
    const custom = pairParticipants({
      participants,
      rules: { weights: { topics: 5, custom: 100 } },
      customScore: (x, y) => (x.id === 'a' && y.id === 'c' ? 1 : 0),
    });
    expect(custom.groups.map((g) => g.members.join('+'))).toEqual(['a+c', 'b+d']);
    expect(custom.groups[0]?.parts.custom).toBe(100);
    expect(custom.groups[0]?.reasons).toContain('custom score 100');
  });
});

describe('pairParticipants: hard rules', () => {
  it('never pairs people who break a hard rule, and counts what each rule ruled out', () => {
    const participants = [
      person('a', 'X', { organisation: 'O1', availability: ['mon'], languages: ['en'] }),
      person('b', 'Y', { organisation: 'O1', availability: ['mon'], languages: ['en'] }),
      person('c', 'Y', { organisation: 'O2', availability: ['tue'], languages: ['cy'] }),
      person('d', 'Z', {
        organisation: 'O3',
        availability: ['mon', 'tue'],
        languages: ['en', 'cy'],
      }),
    ];
    const result = pairParticipants({
      participants,
      rules: {
        mustDiffer: ['area', 'organisation'],
        sharedAvailability: true,
        sharedLanguage: true,
        neverPair: [['a', 'd']],
      },
    });
    // Allowed: b–d and c–d only; a can pair with nobody (b: same organisation; c: no shared
    // slot or language; d: never-pair).
    expect(result.groups.map((g) => g.members.join('+'))).toEqual(['b+d']);
    expect(result.totals.ruledOut).toEqual({
      area: 1,
      organisation: 1,
      neverPair: 1,
      availability: 2,
      language: 2,
      recentRepeat: 0,
    });
    expect(result.totals.pairsAllowed).toBe(2);
    expect(result.infeasible).toEqual([
      {
        id: 'a',
        others: 3,
        removedBy: {
          area: 0,
          organisation: 1,
          neverPair: 1,
          availability: 1,
          language: 1,
          recentRepeat: 0,
        },
      },
    ]);
    expect(result.unmatched.map((u) => [u.id, u.reason, u.message])).toEqual([
      [
        'a',
        'no_candidate',
        'the hard rules leave no possible partner among 3 others (same organisation removes 1; never-pair list removes 1; no shared availability removes 1; no shared language removes 1)',
      ],
      // c could partner only d, who is paired with b; as the odd one out c cannot join b + d,
      // since b and c share an area.
      [
        'c',
        'no_trio_fits',
        'is the odd one out, and no pair has two members both allowed to partner c',
      ],
    ]);
  });

  it('does not repeat a pair within noRepeatWithin rounds', () => {
    const participants = [person('a', 'X'), person('b', 'Y'), person('c', 'Z'), person('d', 'W')];
    const history = [
      {
        round: 1,
        groups: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
      {
        round: 2,
        groups: [
          ['a', 'c'],
          ['b', 'd'],
        ],
      },
    ];
    const result = pairParticipants({ participants, history, rules: { noRepeatWithin: 2 } });
    expect(result.groups.map((g) => g.members.join('+'))).toEqual(['a+d', 'b+c']);
    expect(result.totals.ruledOut.recentRepeat).toBe(4);
  });

  it('makes must-pairs first, warning when they break another hard rule', () => {
    const participants = [person('a', 'X'), person('b', 'X'), person('c', 'Y'), person('d', 'Z')];
    const result = pairParticipants({ participants, rules: { mustPair: [['a', 'b']] } });
    expect(result.groups.map((g) => [g.members.join('+'), g.madeBy])).toEqual([
      ['a+b', 'must-pair'],
      ['c+d', 'matching'],
    ]);
    expect(result.warnings).toEqual(['must-pair a + b was made although it breaks: area']);
    expect(result.groups[0]?.reasons[0]).toBe('made by a must-pair rule');
  });
});

describe('pairParticipants: an odd number', () => {
  const participants = [
    person('a', 'X'),
    person('b', 'Y'),
    person('c', 'Z'),
    person('d', 'W'),
    person('e', 'V'),
  ];

  it('joins the odd person out to the pair they fit best (trio policy)', () => {
    const result = pairParticipants({
      participants: participants.map((p) =>
        p.id === 'e' || p.id === 'a' ? { ...p, topics: ['t'] } : p,
      ),
    });
    expect(result.totals).toMatchObject({ pairs: 1, trios: 1, grouped: 5, unmatched: 0 });
    const trio = result.groups.find((g) => g.kind === 'trio');
    expect(trio?.members).toContain('a');
    expect(trio?.madeBy).toBe('odd-person-trio');
  });

  it('leaves out whoever sat out longest ago (sit-out policy), rotating over rounds', () => {
    const history = [
      {
        round: 1,
        groups: [
          ['b', 'c'],
          ['d', 'e'],
        ],
        satOut: ['a'],
      },
      {
        round: 2,
        groups: [
          ['a', 'c'],
          ['d', 'e'],
        ],
        satOut: ['b'],
      },
    ];
    const result = pairParticipants({ participants, history, rules: { oddPolicy: 'sit-out' } });
    expect(result.unmatched).toEqual([
      {
        id: 'c',
        reason: 'sat_out',
        candidates: 4,
        message:
          'sits out this round to leave an even number: of those who could sit out, c has not sat out before',
      },
    ]);
    expect(result.totals.pairs).toBe(2);
  });
});

describe('pairParticipants: scale and determinism', () => {
  const cohort = Array.from({ length: 30 }, (_, i) =>
    person(`p${String(i).padStart(2, '0')}`, `area${String(i % 4)}`, {
      topics: [`t${String(i % 5)}`],
      experience: i % 3 === 0 ? 'new' : 'experienced',
    }),
  );

  it('above exactLimit uses a sparse candidate graph, flagged and bounded', () => {
    const exact = pairParticipants({ participants: cohort });
    const sparse = pairParticipants({
      participants: cohort,
      rules: { exactLimit: 10, candidatesPerPerson: 6 },
    });
    expect(sparse.optimality).toMatchObject({
      method: 'sparse',
      proven: false,
      candidatesPerPerson: 6,
    });
    expect(sparse.optimality.objective.pairs).toBe(exact.optimality.objective.pairs);
    expect(sparse.optimality.objective.score).toBeLessThanOrEqual(
      exact.optimality.objective.score + 1e-9,
    );
    expect(exact.optimality.objective.score).toBeLessThanOrEqual(
      sparse.optimality.bound.upper + 1e-9,
    );
    expect(sparse.optimality.bound.gap).toBeGreaterThanOrEqual(0);
  });

  it('gives the same result for the same input in any order, and leaves the input untouched', () => {
    const frozen = structuredClone(cohort);
    const once = pairParticipants({ participants: cohort });
    expect(pairParticipants({ participants: [...cohort].reverse() })).toEqual(once);
    expect(cohort).toEqual(frozen);
  });
});

describe('pairParticipants: bad input', () => {
  it('lists every problem with its path', () => {
    const error = thrown(() =>
      pairParticipants({
        participants: [person('a', 'X'), person('a', 'Y'), person('c', 'Z')],
        history: [{ round: 5, groups: [] }],
        round: 3,
        rules: {
          mustPair: [
            ['a', 'zz'],
            ['c', 'c'],
          ],
          neverPair: [['c', 'q']],
        },
      }),
    );
    expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
    if (!isPeerLearnError(error, 'invalid_input')) return;
    expect(error.issues.map((issue) => `${issue.pathText}: ${issue.message}`)).toEqual([
      'input.participants[1].id: repeats the id "a" of participant 0; every participant needs a different id',
      'input.round: must come after the last round in history (5)',
      'input.rules.neverPair[0][1]: names "q", who is not among the participants',
      'input.rules.mustPair[0][1]: names "zz", who is not among the participants',
      'input.rules.mustPair[1]: pairs someone with themselves',
    ]);
  });

  it('refuses contradictory must- and never-pairs, and a custom score that is not finite', () => {
    const participants = [person('a', 'X'), person('b', 'Y')];
    expect(() =>
      pairParticipants({
        participants,
        rules: { mustPair: [['a', 'b']], neverPair: [['b', 'a']] },
      }),
    ).toThrow(/input\.rules\.mustPair\[0\]: is also in neverPair/u);
    expect(() => pairParticipants({ participants, customScore: () => Number.NaN })).toThrow(
      /customScore: returned NaN for "a" and "b"; it must return a finite number/u,
    );
  });
});

describe('pairParticipants: must-pairs in the reasons and the bound', () => {
  const nine = Array.from({ length: 9 }, (_, i) => ({
    id: `p${String(i)}`,
    displayName: `P${String(i)}`,
    area: ['Ashby', 'Brindley', 'Calder'][i % 3] ?? 'Ashby',
    topics: i % 2 === 0 ? ['youth'] : ['housing'],
    experience: i % 2 === 0 ? ('experienced' as const) : ('new' as const),
  }));

  it('names a shared area once', () => {
    const result = pairParticipants({ participants: nine, rules: { mustPair: [['p0', 'p3']] } });
    const must = result.groups.find((group) => group.madeBy === 'must-pair');
    expect(must?.reasons).toContain('shares an area: Ashby');
  });

  it('counts must-pairs in the bound, so the objective never exceeds it', () => {
    const result = pairParticipants({ participants: nine, rules: { mustPair: [['p0', 'p3']] } });
    const { objective, bound } = result.optimality;
    expect(objective.score).toBeLessThanOrEqual(bound.upper);
    expect(bound.gap).toBeCloseTo((bound.upper - objective.score) / bound.upper, 12);
    // the must-pair (score 2) plus the free people's best scores, summed and halved
    expect(bound.upper).toBe(9);
    expect(objective.score).toBe(8);
  });
});
