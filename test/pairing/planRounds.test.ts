import { describe, expect, it } from 'vitest';
import { isPeerLearnError, planRounds, type PairingParticipantInput } from '../../src/index.js';

const six: PairingParticipantInput[] = ['ann', 'bo', 'cal', 'dee', 'eve', 'fay'].map((id) => ({
  id,
  displayName: id,
}));
const noRules = { mustDiffer: [] };

const areas: PairingParticipantInput[] = [
  { id: 'ann', displayName: 'Ann', area: 'North' },
  { id: 'bo', displayName: 'Bo', area: 'North' },
  { id: 'cal', displayName: 'Cal', area: 'South' },
  { id: 'dee', displayName: 'Dee', area: 'South' },
  { id: 'eve', displayName: 'Eve', area: 'East' },
  { id: 'fay', displayName: 'Fay', area: 'East' },
];

const pairsOf = (result: ReturnType<typeof planRounds>): string[][] =>
  result.rounds.map((round) => round.groups.map((group) => group.members.join('+')));

const errorOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
};

describe('planRounds', () => {
  it('gives six people a round-robin: 5 rounds, 15 distinct pairs, no repeats', () => {
    const result = planRounds({ participants: six, rules: noRules }, { rounds: 5 });
    // Hand-checked: each round pairs everyone, and the 15 pairs of six people all appear once.
    expect(pairsOf(result)).toEqual([
      ['ann+bo', 'cal+dee', 'eve+fay'],
      ['ann+eve', 'bo+dee', 'cal+fay'],
      ['ann+cal', 'bo+eve', 'dee+fay'],
      ['ann+fay', 'bo+cal', 'dee+eve'],
      ['ann+dee', 'bo+fay', 'cal+eve'],
    ]);
    expect(result.totals).toMatchObject({ pairs: 15, distinctPairs: 15, repeats: 0, meetings: 15 });
    expect(result.people.map((p) => p.partners)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(result.optimality.proven).toBe(true);
    expect(result.asHistory[0]).toEqual({
      round: 1,
      groups: [
        ['ann', 'bo'],
        ['cal', 'dee'],
        ['eve', 'fay'],
      ],
      satOut: [],
    });
  });

  it('keeps larger round-robins free of repeats (n − 1 rounds), with the circle method where greedy strands', () => {
    for (const n of [12, 16]) {
      const people = Array.from({ length: n }, (_, i) => ({
        id: `p${String(i).padStart(2, '0')}`,
        displayName: `P${String(i)}`,
      }));
      const result = planRounds({ participants: people, rules: noRules }, { rounds: n - 1 });
      expect(result.totals.repeats).toBe(0);
      expect(result.totals.distinctPairs).toBe((n * (n - 1)) / 2);
    }
  });

  it('reports repeats forced once everyone has met everyone, with the reason', () => {
    const result = planRounds({ participants: six, rules: noRules }, { rounds: 6 });
    expect(result.totals.repeats).toBe(3);
    // Round 6 repeats round 1 (any perfect matching would repeat some round): each person
    // has met all five others.
    expect(result.rounds[5]?.repeats.map((r) => [r.members.join('+'), r.reason, r.metIn])).toEqual([
      ['ann+bo', 'no_new_partner', [1]],
      ['cal+dee', 'no_new_partner', [1]],
      ['eve+fay', 'no_new_partner', [1]],
    ]);
    expect(result.repeats[0]?.message).toBe(
      'ann had already met all 5 partners the rules allow among those present in round 6',
    );
    expect(result.optimality).toMatchObject({ method: 'exact', proven: true });
  });

  it('honours absences: the absent are neither paired nor left out, and the odd one joins a trio', () => {
    const result = planRounds(
      { participants: areas, absences: [{ id: 'eve', rounds: [2] }] },
      { rounds: 3 },
    );
    const second = result.rounds[1];
    expect(second?.away).toEqual([{ id: 'eve', reason: 'absent' }]);
    expect(second?.unmatched).toEqual([]);
    expect(second?.groups.map((g) => [g.kind, g.members.join('+')])).toEqual([
      ['pair', 'ann+cal'],
      ['trio', 'bo+dee+fay'],
    ]);
    expect(second?.totals).toMatchObject({ present: 5, grouped: 5, away: 1, repeats: 0 });
    expect(result.totals.repeats).toBe(0);
    // Different areas every time: each person meets both other areas.
    for (const round of result.rounds) expect(round.groups.every((g) => g.crossArea)).toBe(true);
    expect(result.people.find((p) => p.id === 'eve')).toMatchObject({
      present: 2,
      away: 1,
      grouped: 2,
    });
    expect(result.people.find((p) => p.id === 'ann')).toMatchObject({
      partners: 3,
      areasMet: 2,
      areas: ['East', 'South'],
    });
  });

  it('honours pauses over a stretch of rounds', () => {
    const result = planRounds(
      {
        participants: six,
        rules: noRules,
        pauses: [
          { id: 'ann', from: 2, to: 3 },
          { id: 'bo', from: 3 },
        ],
      },
      { rounds: 4 },
    );
    expect(result.rounds.map((r) => r.away)).toEqual([
      [],
      [{ id: 'ann', reason: 'paused' }],
      [
        { id: 'ann', reason: 'paused' },
        { id: 'bo', reason: 'paused' },
      ],
      [{ id: 'bo', reason: 'paused' }],
    ]);
    for (const round of result.rounds)
      for (const { id } of round.away)
        expect(round.groups.some((g) => g.members.includes(id))).toBe(false);
  });

  it('rotates sit-outs fairly with an odd number and the sit-out policy', () => {
    const result = planRounds(
      { participants: six.slice(0, 5), rules: { ...noRules, oddPolicy: 'sit-out' } },
      { rounds: 5 },
    );
    const sitters = result.rounds.map((r) => r.unmatched.map((u) => `${u.id}:${u.reason}`));
    expect(sitters).toEqual([
      ['ann:sat_out'],
      ['bo:sat_out'],
      ['cal:sat_out'],
      ['dee:sat_out'],
      ['eve:sat_out'],
    ]);
    expect(result.totals.repeats).toBe(0);
    expect(result.people.map((p) => p.satOut)).toEqual([1, 1, 1, 1, 1]);
  });

  it('proves the fewest repeats for odd numbers in trios (five people, trio policy)', () => {
    // A trio and a pair hold 4 of the 10 pairs; after round 1 the unmet pairs form a
    // bipartite graph (no triangle), so round 2 must repeat: at least one repeat a round after.
    const result = planRounds({ participants: six.slice(0, 5), rules: noRules }, { rounds: 2 });
    expect(result.rounds.map((r) => r.totals.trios)).toEqual([1, 1]);
    expect(result.totals.repeats).toBe(1);
    expect(result.repeats[0]?.reason).toBe('no_fresh_arrangement');
    expect(result.optimality.proven).toBe(true);
  });

  it('keeps hard rules and explains must-pairs that repeat', () => {
    const result = planRounds(
      {
        participants: areas,
        rules: { mustPair: [['ann', 'cal']], neverPair: [['bo', 'eve']] },
      },
      { rounds: 2 },
    );
    // Eve's only allowed partner is Dee (Bo is never-paired, Fay shares her area), so Bo
    // must take Fay: round 2 cannot avoid repeating round 1.
    expect(pairsOf(result)).toEqual([
      ['ann+cal', 'bo+fay', 'dee+eve'],
      ['ann+cal', 'bo+fay', 'dee+eve'],
    ]);
    expect(result.rounds[1]?.repeats.map((r) => [r.members.join('+'), r.reason])).toEqual([
      ['ann+cal', 'must_pair'],
      ['bo+fay', 'no_fresh_arrangement'],
      ['dee+eve', 'no_new_partner'],
    ]);
    expect(result.rounds[1]?.repeats[2]?.message).toBe(
      'eve had already met the only partner the rules allow among those present in round 2',
    );
    expect(result.rounds[1]?.groups[0]?.madeBy).toBe('must-pair');
    for (const round of result.rounds)
      for (const group of round.groups) {
        expect(group.members.join('+')).not.toBe('bo+eve');
        if (group.madeBy !== 'must-pair') expect(group.crossArea).toBe(true);
      }
  });

  it('avoids pairs from the history and numbers rounds after it', () => {
    const result = planRounds(
      {
        participants: six,
        rules: noRules,
        history: [
          {
            round: 7,
            groups: [
              ['ann', 'bo'],
              ['cal', 'dee'],
              ['eve', 'fay'],
            ],
          },
        ],
      },
      { rounds: 4 },
    );
    expect(result.rounds.map((r) => r.round)).toEqual([8, 9, 10, 11]);
    expect(result.totals.repeats).toBe(0);
    expect(pairsOf(result).flat()).not.toContain('ann+bo');
  });

  it('looks ahead: planning round by round would repeat, the repaired plan does not', () => {
    const result = planRounds(
      { participants: areas, absences: [{ id: 'eve', rounds: [2] }] },
      { rounds: 3, exactLimit: 0 },
    );
    expect(result.totals.repeats).toBe(0);
    expect(result.optimality.repairs).toBeGreaterThan(0);
  });

  it('is deterministic and leaves its input unchanged', () => {
    const input = {
      participants: areas,
      absences: [{ id: 'eve', rounds: [2] }],
      rules: { neverPair: [['bo', 'eve']] as [string, string][] },
    };
    const before = structuredClone(input);
    const first = planRounds(input, { rounds: 3 });
    expect(input).toEqual(before);
    expect(planRounds(input, { rounds: 3 })).toEqual(first);
  });

  it('refuses bad input with invalid_input and paths', () => {
    const error = errorOf(() =>
      planRounds(
        {
          participants: [...six, { id: 'ann', displayName: 'Again' }],
          absences: [{ id: 'zed', rounds: [9] }],
          pauses: [{ id: 'bo', from: 3, to: 2 }],
        },
        { rounds: 2 },
      ),
    );
    expect(isPeerLearnError(error) && error.code).toBe('invalid_input');
    const paths = (error as { issues: { pathText: string }[] }).issues.map((i) => i.pathText);
    expect(paths).toContain('input.pauses[0].to');
    const second = errorOf(() =>
      planRounds(
        {
          participants: [...six, { id: 'ann', displayName: 'Again' }],
          absences: [{ id: 'zed', rounds: [9] }],
        },
        { rounds: 2 },
      ),
    ) as { issues: { pathText: string; message: string }[] };
    expect(second.issues.map((i) => i.pathText)).toEqual([
      'input.participants[6].id',
      'input.absences[0].id',
      'input.absences[0].rounds[0]',
    ]);
    expect(second.issues[2]?.message).toBe('is round 9, outside the planned rounds 1–2');
    const late = errorOf(() =>
      planRounds(
        { participants: six, history: [{ round: 4, groups: [] }] },
        { rounds: 2, firstRound: 3 },
      ),
    ) as { issues: { pathText: string }[] };
    expect(late.issues.map((i) => i.pathText)).toEqual(['options.firstRound']);
    const rounds = errorOf(() => planRounds({ participants: six }, { rounds: 0 })) as {
      issues: { pathText: string }[];
    };
    expect(rounds.issues.map((i) => i.pathText)).toEqual(['options.rounds']);
  });

  it('plans 24 people from 6 areas over 4 sessions with no repeats and every pair across areas', () => {
    const people = Array.from({ length: 24 }, (_, i) => ({
      id: `m${String(i).padStart(2, '0')}`,
      displayName: `M${String(i)}`,
      area: `area-${String(i % 6)}`,
    }));
    const result = planRounds(
      {
        participants: people,
        absences: [
          { id: 'm03', rounds: [3] },
          { id: 'm10', rounds: [3] },
        ],
      },
      { rounds: 4 },
    );
    expect(result.totals.repeats).toBe(0);
    expect(result.rounds[2]?.totals).toMatchObject({ present: 22, grouped: 22, away: 2 });
    for (const round of result.rounds) expect(round.groups.every((g) => g.crossArea)).toBe(true);
    expect(result.people.every((p) => p.partners === p.grouped)).toBe(true);
  });
});

describe('planRounds: notes and sit-out messages that read right', () => {
  it('says "1 grouping" for an exact search over one', () => {
    const result = planRounds(
      {
        participants: ['Ashby', 'Brindley', 'Calder', 'Ashby', 'Brindley', 'Calder'].map(
          (area, i) => ({ id: `p${String(i)}`, displayName: `P${String(i)}`, area }),
        ),
      },
      { rounds: 5 },
    );
    expect(result.optimality.note).toBe(
      '3 repeat meetings, proven the fewest possible by an exact search over 1 grouping',
    );
  });

  it('says who has not sat out before, and otherwise how often and when they last did', () => {
    const result = planRounds(
      {
        participants: ['ann', 'bo', 'cal'].map((id) => ({ id, displayName: id })),
        rules: { oddPolicy: 'sit-out', mustDiffer: [] },
      },
      { rounds: 4 },
    );
    expect(result.rounds.map((round) => round.unmatched[0]?.message)).toEqual([
      'sits out this round to leave an even number: of those who could sit out, ann has not sat out before',
      'sits out this round to leave an even number: of those who could sit out, bo has not sat out before',
      'sits out this round to leave an even number: of those who could sit out, cal has not sat out before',
      'sits out this round to leave an even number: of those who could sit out, ann had sat out fewest times (once), and longest ago (last in round 1)',
    ]);
  });
});
