import { describe, expect, it } from 'vitest';
import {
  isPeerLearnError,
  planRounds,
  type PairingParticipantInput,
  type PlanRoundsResult,
} from '../../src/index.js';
import { thrown } from '../helpers/expectClose.js';

const named = (ids: readonly string[]): PairingParticipantInput[] =>
  ids.map((id) => ({ id, displayName: id.charAt(0).toUpperCase() + id.slice(1) }));
const four = named(['ann', 'bo', 'cal', 'dee']);
const noRules = { mustDiffer: [] };

interface Invalid {
  code: string;
  issues: { pathText: string; message: string; code: string }[];
}
const issuesOf = (run: () => unknown): [string, string][] => {
  const error = thrown(run);
  expect(isPeerLearnError(error) && error.code).toBe('invalid_input');
  return (error as Invalid).issues.map((issue) => [issue.pathText, issue.message]);
};

const groupsOf = (result: PlanRoundsResult, t: number): string[] =>
  (result.rounds[t]?.groups ?? []).map((group) => group.members.join('+'));

describe('planRounds: rules and pauses that cannot be planned are refused with paths', () => {
  it('refuses someone in two must-pairs, a must-pair that is also a never-pair, and a self-pair', () => {
    const issues = issuesOf(() =>
      planRounds(
        {
          participants: four,
          rules: {
            ...noRules,
            neverPair: [['cal', 'dee']],
            mustPair: [
              ['ann', 'bo'],
              ['bo', 'cal'],
              ['dee', 'cal'],
            ],
          },
        },
        { rounds: 1 },
      ),
    );
    expect(issues).toEqual([
      ['input.rules.mustPair[1]', 'puts "bo" in a second must-pair (the first is mustPair[0])'],
      ['input.rules.mustPair[2]', 'puts "cal" in a second must-pair (the first is mustPair[1])'],
      ['input.rules.mustPair[2]', 'is also in neverPair; a pair cannot be both'],
    ]);
    expect(
      issuesOf(() =>
        planRounds({ participants: four, rules: { neverPair: [['ann', 'ann']] } }, { rounds: 1 }),
      ),
    ).toEqual([['input.rules.neverPair[0]', 'pairs someone with themselves']]);
  });

  it('refuses pauses and rules naming people who are not participants', () => {
    expect(
      issuesOf(() =>
        planRounds(
          {
            participants: four,
            rules: { mustPair: [['ann', 'zed']] },
            pauses: [{ id: 'yan', from: 1 }],
          },
          { rounds: 2 },
        ),
      ),
    ).toEqual([
      ['input.rules.mustPair[0][1]', 'names "zed", who is not among the participants'],
      ['input.pauses[0].id', 'names "yan", who is not among the participants'],
    ]);
  });

  it('refuses a first round that does not come after the history', () => {
    expect(
      issuesOf(() =>
        planRounds(
          { participants: four, history: [{ round: 3, groups: [['ann', 'bo']] }] },
          { rounds: 1, firstRound: 3 },
        ),
      ),
    ).toEqual([['options.firstRound', 'must come after the last round in the history (3)']]);
  });

  it('refuses a custom score that is not a finite number, naming the pair', () => {
    const error = thrown(() =>
      planRounds(
        {
          participants: four,
          rules: noRules,
          customScore: (a, b) => (a.id === 'cal' && b.id === 'dee' ? Number.NaN : 0),
        },
        { rounds: 1 },
      ),
    ) as Invalid;
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([
      expect.objectContaining({
        pathText: 'input.customScore',
        code: 'invalid_score',
        message: 'returned NaN for "cal" and "dee"; it must return a finite number',
      }),
    ]);
  });
});

describe('planRounds: must-pairs and history', () => {
  it('makes a must-pair that breaks another hard rule, with a warning, and explains its repeats', () => {
    const people: PairingParticipantInput[] = [
      { id: 'ann', displayName: 'Ann', area: 'North' },
      { id: 'bo', displayName: 'Bo', area: 'North' },
      { id: 'cal', displayName: 'Cal', area: 'South' },
      { id: 'dee', displayName: 'Dee', area: 'East' },
    ];
    // ann and bo share an area, which the default mustDiffer forbids; the must-pair wins.
    // They met in rounds 1 and 2 of the history, so round 3 repeats them, by the rule.
    const result = planRounds(
      {
        participants: people,
        rules: { mustPair: [['ann', 'bo']] },
        history: [
          { round: 1, groups: [['ann', 'bo']] },
          { round: 2, groups: [['bo', 'ann']] },
        ],
      },
      { rounds: 1 },
    );
    expect(result.warnings).toContain(
      'must-pair ann + bo is made although it breaks another hard rule',
    );
    expect(groupsOf(result, 0)).toEqual(['ann+bo', 'cal+dee']);
    expect(result.repeats).toEqual([
      {
        round: 3,
        members: ['ann', 'bo'],
        metIn: [1, 2],
        reason: 'must_pair',
        message: 'ann and bo are a must-pair, so they meet whenever both are present',
      },
    ]);
  });

  it('ignores sit-outs of people no longer in the cohort, and sits out someone who has not yet', () => {
    const result = planRounds(
      {
        participants: named(['ann', 'bo', 'cal']),
        rules: { ...noRules, oddPolicy: 'sit-out' },
        history: [{ round: 1, groups: [['bo', 'cal']], satOut: ['ann', 'zed'] }],
      },
      { rounds: 1 },
    );
    const round = result.rounds[0];
    expect(round?.round).toBe(2);
    // ann sat out last time; bo and cal have not, so one of them sits out now.
    const satOut = round?.unmatched.filter((u) => u.reason === 'sat_out').map((u) => u.id);
    expect(satOut).toHaveLength(1);
    expect(['bo', 'cal']).toContain(satOut?.[0]);
    expect(result.people.map((p) => p.id)).toEqual(['ann', 'bo', 'cal']);
  });
});

describe('planRounds: an exact search cut short', () => {
  it('reports 2 repeats in a fourth round of 4 people, not proven when the budget runs out', () => {
    // 4 people have 3 pairings (6 pairs, 2 a round): after 3 rounds everyone has met
    // everyone, so round 4 repeats both its pairs whatever it does.
    const result = planRounds(
      { participants: four, rules: noRules },
      { rounds: 4, exactBudget: 0 },
    );
    expect(result.totals.repeats).toBe(2);
    expect(result.repeats.every((repeat) => repeat.round === 4)).toBe(true);
    expect(result.optimality.method).toBe('heuristic');
    expect(result.optimality.proven).toBe(false);
    expect(result.optimality.exactNodes).not.toBeNull();
    expect(result.optimality.note).toMatch(
      /^2 repeat meetings after planning .*; not proven the fewest possible \(the exact search stopped at options\.exactBudget\)$/u,
    );
    expect(result.warnings).toContainEqual(
      expect.stringMatching(
        /^the exact search stopped after \d+ groupings \(options\.exactBudget\); the repeats may not be the fewest possible$/u,
      ),
    );
    // With the default budget the same count is proven.
    const proven = planRounds({ participants: four, rules: noRules }, { rounds: 4 });
    expect(proven.totals.repeats).toBe(2);
    expect(proven.optimality.proven).toBe(true);
  });
});

describe('planRounds: explanations', () => {
  it('says a pair mixes levels of experience when neither end of the scale is in it', () => {
    // Levels 0, 5, 10, 10 rescale to 0, 0.5, 1, 1. Mixing scores |difference|, so the best
    // round pairs ann (0) with cal or dee (1) and bo (0.5) with the other (1): 1.5 either way.
    const people: PairingParticipantInput[] = [
      { id: 'ann', displayName: 'Ann', experience: 0 },
      { id: 'bo', displayName: 'Bo', experience: 5 },
      { id: 'cal', displayName: 'Cal', experience: 10 },
      { id: 'dee', displayName: 'Dee', experience: 10 },
    ];
    const result = planRounds({ participants: people, rules: noRules }, { rounds: 1 });
    const groups = result.rounds[0]?.groups ?? [];
    const withBo = groups.find((group) => group.members.includes('bo'));
    const withAnn = groups.find((group) => group.members.includes('ann'));
    expect(withBo?.members).not.toContain('ann');
    expect(withBo?.reasons).toContain('mixes levels of experience');
    expect(withBo?.parts.experienceMix).toBeCloseTo(0.5, 12);
    const other = withAnn?.members.find((id) => id !== 'ann') ?? '';
    expect(['cal', 'dee']).toContain(other);
    expect(withAnn?.reasons).toContain(
      `experienced ${other === 'cal' ? 'Cal' : 'Dee'} with new Ann`,
    );
  });

  it('shows a custom score among the reasons, weighted', () => {
    const result = planRounds(
      {
        participants: named(['ann', 'bo']),
        rules: { ...noRules, weights: { custom: 2 } },
        customScore: () => 0.125,
      },
      { rounds: 1 },
    );
    const group = result.rounds[0]?.groups[0];
    // 2 × 0.125 = 0.25.
    expect(group?.parts.custom).toBeCloseTo(0.25, 12);
    expect(group?.reasons).toContain('custom score 0.25');
  });
});
