import { describe, expect, it } from 'vitest';
import {
  assignMentors,
  isPeerLearnError,
  type AssignMentorsInput,
  type MenteeInput,
  type MentorInput,
} from '../../src/index.js';
import { thrown } from '../helpers/expectClose.js';

const mentor = (id: string, capacity: number, extra: Partial<MentorInput> = {}): MentorInput => ({
  id,
  displayName: id.charAt(0).toUpperCase() + id.slice(1),
  capacity,
  ...extra,
});
const mentee = (id: string, extra: Partial<MenteeInput> = {}): MenteeInput => ({
  id,
  displayName: id.charAt(0).toUpperCase() + id.slice(1),
  ...extra,
});
const loads = (result: ReturnType<typeof assignMentors>): Record<string, string[]> =>
  Object.fromEntries(result.mentors.map((m) => [m.id, [...m.mentees]]));

describe('assignMentors: stable mode (deferred acceptance)', () => {
  it('gives the mentee-optimal of two stable assignments', () => {
    // The textbook 2 × 2 case: mentees and mentors disagree, so both "everyone gets their
    // first choice" assignments are stable; mentee-proposing gives the mentees theirs.
    const input: AssignMentorsInput = {
      mode: 'stable',
      mentors: [
        mentor('ann', 1, { preferences: ['yan', 'xi'] }),
        mentor('bob', 1, { preferences: ['xi', 'yan'] }),
      ],
      mentees: [
        mentee('xi', { preferences: ['ann', 'bob'] }),
        mentee('yan', { preferences: ['bob', 'ann'] }),
      ],
    };
    const result = assignMentors(input);
    expect(loads(result)).toEqual({ ann: ['xi'], bob: ['yan'] });
    expect(result.assignments.map((a) => [a.mentee, a.menteeRank, a.mentorRank])).toEqual([
      ['xi', 1, 2],
      ['yan', 1, 2],
    ]);
    expect(result.stability).toEqual({ blockingPairs: 0, examples: [] });
    expect(result.assignments[0]?.reasons).toEqual(["Ann is Xi's 1st choice", 'Ann ranked Xi 2nd']);
    expect(result.assignments[0]?.madeBy).toBe('stable');
  });

  it('lets a mentor with capacity hold their best proposals and turn down the rest', () => {
    // All three want Ann (capacity 2), who ranks cy > bo > al: al is turned down and goes to Bea.
    const result = assignMentors({
      mode: 'stable',
      mentors: [
        mentor('ann', 2, { preferences: ['cy', 'bo', 'al'] }),
        mentor('bea', 1, { preferences: ['al', 'bo', 'cy'] }),
      ],
      mentees: ['al', 'bo', 'cy'].map((id) => mentee(id, { preferences: ['ann', 'bea'] })),
    });
    expect(loads(result)).toEqual({ ann: ['bo', 'cy'], bea: ['al'] });
    expect(result.totals).toMatchObject({ placed: 3, waitlisted: 0, capacity: 3, capacityUsed: 1 });
  });

  it('waitlists a mentee nobody ranked, saying so', () => {
    const result = assignMentors({
      mode: 'stable',
      mentors: [mentor('ann', 2, { preferences: ['al'] })],
      mentees: [mentee('al'), mentee('bo')],
    });
    expect(result.waitlist).toEqual([
      {
        id: 'bo',
        reason: 'not_ranked',
        message:
          'none of the 1 mentors the hard rules allow is in both rankings (1 did not rank Bo)',
        allowedMentors: 1,
        acceptableMentors: 0,
        removedBy: { area: 0, organisation: 0, neverPair: 0, availability: 0, language: 0 },
      },
    ]);
  });

  it('ranks by score where a side gives no ranking', () => {
    const result = assignMentors({
      mode: 'stable',
      mentors: [mentor('ann', 1, { topics: ['housing'] }), mentor('bea', 1, { topics: ['youth'] })],
      mentees: [mentee('al', { topics: ['youth'] }), mentee('bo', { topics: ['housing'] })],
    });
    expect(loads(result)).toEqual({ ann: ['bo'], bea: ['al'] });
    expect(result.assignments.every((a) => a.menteeRank === 1 && a.mentorRank === 1)).toBe(true);
  });

  it('reports a mentor idle while another is full when the mentee prefers the full one', () => {
    const result = assignMentors({
      mode: 'stable',
      mentors: [mentor('ann', 2, { topics: ['housing'] }), mentor('bea', 2)],
      mentees: [mentee('al', { topics: ['housing'] }), mentee('bo', { topics: ['housing'] })],
    });
    expect(loads(result)).toEqual({ ann: ['al', 'bo'], bea: [] });
    expect(result.balance.cases).toEqual([
      {
        idleMentor: 'bea',
        fullMentor: 'ann',
        mentee: 'al',
        reason: 'prefers_full_mentor',
        message: 'Al ranks Ann above Bea; moving them would let Al and Ann block the assignment',
      },
    ]);
  });
});

describe('assignMentors: optimal mode (min-cost flow)', () => {
  const topicInput: AssignMentorsInput = {
    mentors: [mentor('ann', 3, { topics: ['housing'] }), mentor('bea', 3)],
    mentees: ['al', 'bo', 'cy'].map((id) => mentee(id, { topics: ['housing'] })),
  };

  it('spreads the load: no mentor sits idle while another could share', () => {
    const result = assignMentors(topicInput);
    // Who of the three goes to Bea is a tie; it is settled the same way every time.
    expect(loads(result)).toEqual({ ann: ['al', 'cy'], bea: ['bo'] });
    expect(result.balance).toEqual({ idleWhileFull: 0, cases: [] });
    expect(result.totals.mentorsInUse).toBe(2);
    expect(result.totals.score).toBe(2);
    // bo would rather have Ann, who has room: one blocking pair, named.
    expect(result.stability).toEqual({
      blockingPairs: 1,
      examples: [{ mentee: 'bo', mentor: 'ann', menteeHas: 'bea', mentorWouldDrop: null }],
    });
  });

  it('without balancing, maximises the score alone and reports the idle mentor', () => {
    const result = assignMentors({ ...topicInput, rules: { balanceLoad: false } });
    expect(loads(result)).toEqual({ ann: ['al', 'bo', 'cy'], bea: [] });
    expect(result.totals.score).toBe(3);
    expect(result.balance.cases).toEqual([
      {
        idleMentor: 'bea',
        fullMentor: 'ann',
        mentee: 'al',
        reason: 'balance_off',
        message: 'load balancing is off (rules.balanceLoad) and Al scores higher with Ann',
      },
    ]);
  });

  it('places as many mentees as possible before scoring', () => {
    // Greedy by score gives Ann to al; then bo, who can only have Ann, is left out.
    const result = assignMentors({
      mentors: [
        mentor('ann', 1, { topics: ['housing'] }),
        mentor('bea', 1, { organisation: 'Hub' }),
      ],
      mentees: [mentee('al', { topics: ['housing'] }), mentee('bo', { organisation: 'Hub' })],
    });
    expect(loads(result)).toEqual({ ann: ['bo'], bea: ['al'] });
    expect(result.waitlist).toEqual([]);
  });

  it('explains each assignment: organisations, topics, experience, rankings, language', () => {
    const result = assignMentors({
      mentors: [
        mentor('priya', 1, {
          organisation: 'Riverside Trust',
          experience: 'experienced',
          topics: ['housing', 'youth'],
          languages: ['en', 'cy'],
          preferences: ['jo'],
        }),
      ],
      mentees: [
        mentee('jo', {
          organisation: 'Coast Hub',
          experience: 'new',
          topics: ['housing'],
          languages: ['cy'],
          preferences: ['priya'],
        }),
      ],
      rules: { sharedLanguage: true },
    });
    const [only] = result.assignments;
    expect(only?.parts).toEqual({
      topics: 0.5,
      experienceGap: 1,
      menteePreference: 1,
      mentorPreference: 1,
      custom: 0,
    });
    expect(only?.score).toBe(3.5);
    expect(only?.reasons).toEqual([
      'different organisations: Riverside Trust (mentor), Coast Hub (mentee)',
      'both interested in housing',
      'experienced mentor Priya with new mentee Jo',
      "Priya is Jo's 1st choice",
      'Priya ranked Jo 1st',
      'share a language: cy',
    ]);
  });

  it('rescales experience levels over everyone and scores only a more experienced mentor', () => {
    const result = assignMentors({
      mentors: [mentor('ann', 1, { experience: 10 }), mentor('bea', 1, { experience: 2 })],
      mentees: [mentee('al', { experience: 0 }), mentee('bo', { experience: 6 })],
      rules: { weights: { topics: 0 } },
    });
    // ann–al 1.0 + bea–bo 0 = 1.0 beats ann–bo 0.4 + bea–al 0.2 = 0.6.
    expect(loads(result)).toEqual({ ann: ['al'], bea: ['bo'] });
    expect(result.assignments.map((a) => a.parts.experienceGap)).toEqual([1, 0]);
    expect(result.assignments[0]?.reasons).toContain('Ann is the more experienced (10 against 0)');
  });

  it('adds your own score, weighted, and explains it', () => {
    const result = assignMentors({
      mentors: [mentor('ann', 1), mentor('bea', 1)],
      mentees: [mentee('al'), mentee('bo')],
      customScore: (e, m) => (e.id === 'al' && m.id === 'bea' ? 1 : 0),
      rules: { weights: { custom: 2 } },
    });
    expect(loads(result)).toEqual({ ann: ['bo'], bea: ['al'] });
    expect(result.assignments[0]?.parts.custom).toBe(2);
    expect(result.assignments[0]?.reasons).toEqual(['custom score 2']);
  });

  it('reads unranked partners as acceptable after the ranked ones when rankedOnly is off', () => {
    const input: AssignMentorsInput = {
      mode: 'stable',
      mentors: [mentor('ann', 1), mentor('bea', 1)],
      mentees: [mentee('al', { preferences: ['ann'] }), mentee('bo', { preferences: ['ann'] })],
    };
    expect(assignMentors(input).waitlist.map((w) => w.id)).toEqual(['bo']);
    const relaxed = assignMentors({ ...input, rules: { rankedOnly: false } });
    expect(loads(relaxed)).toEqual({ ann: ['al'], bea: ['bo'] });
  });
});

describe('assignMentors: hard rules and the waitlist', () => {
  it('keeps mentors and mentees from the same organisation apart by default, and says what each rule removed', () => {
    const result = assignMentors({
      mentors: [
        mentor('ann', 2, { organisation: 'Trust', languages: ['en'] }),
        mentor('bea', 2, { organisation: 'Hub', languages: ['cy'] }),
      ],
      mentees: [mentee('al', { organisation: 'Trust', languages: ['cy'] })],
      rules: { sharedLanguage: true, neverPair: [['bea', 'al']] },
    });
    expect(result.waitlist).toEqual([
      {
        id: 'al',
        reason: 'no_allowed_mentor',
        message:
          'the hard rules allow none of the 2 mentors (same organisation removes 1; never-pair list removes 1; no shared language removes 1)',
        allowedMentors: 0,
        acceptableMentors: 0,
        removedBy: { area: 0, organisation: 1, neverPair: 1, availability: 0, language: 1 },
      },
    ]);
    expect(result.totals.ruledOut).toEqual({
      area: 0,
      organisation: 1,
      neverPair: 1,
      availability: 0,
      language: 1,
    });
    expect(result.totals.pairsAllowed).toBe(0);
  });

  it('checks areas and shared availability when asked', () => {
    const result = assignMentors({
      mentors: [
        mentor('ann', 1, { area: 'North', availability: ['tue'] }),
        mentor('bea', 1, { area: 'South', availability: ['wed'] }),
      ],
      mentees: [mentee('al', { area: 'South', availability: ['tue', 'wed'] })],
      rules: { mustDiffer: ['area'], sharedAvailability: true },
    });
    expect(loads(result)).toEqual({ ann: ['al'], bea: [] });
    expect(result.assignments[0]?.reasons).toEqual([
      'different areas: North (mentor), South (mentee)',
      'both free: tue',
    ]);
  });

  it('waitlists when every acceptable mentor is full, in both modes', () => {
    const input: AssignMentorsInput = {
      mentors: [mentor('ann', 1)],
      mentees: [mentee('al'), mentee('bo')],
    };
    expect(assignMentors(input).waitlist.map((w) => [w.id, w.reason, w.message])).toEqual([
      [
        'bo',
        'mentors_full',
        'the one acceptable mentor is full, and no arrangement places more mentees',
      ],
    ]);
    expect(
      assignMentors({ ...input, mode: 'stable' }).waitlist.map((w) => [w.id, w.message]),
    ).toEqual([['bo', 'the one acceptable mentor is full with mentees they rank higher']]);
  });

  it('makes must-pairs first, even against a rule, and warns', () => {
    for (const mode of ['stable', 'optimal'] as const) {
      const result = assignMentors({
        mode,
        mentors: [
          mentor('ann', 2, { organisation: 'Trust' }),
          mentor('bea', 1, { topics: ['youth'] }),
        ],
        mentees: [
          mentee('al', { organisation: 'Trust', topics: ['youth'] }),
          mentee('bo', { topics: ['youth'] }),
        ],
        rules: { mustPair: [['ann', 'al']] },
      });
      expect(loads(result)).toEqual({ ann: ['al'], bea: ['bo'] });
      expect(result.assignments[0]).toMatchObject({ mentee: 'al', madeBy: 'must-pair' });
      expect(result.assignments[0]?.reasons.slice(0, 2)).toEqual([
        'made by a must-pair rule',
        'same organisation: Trust',
      ]);
      expect(result.warnings).toEqual([
        'must-pair al + ann was made although it breaks: same organisation',
      ]);
      expect(result.totals.mustPaired).toBe(1);
      // al would rather have Bea (youth), but a must-pair never moves, so never blocks.
      expect(result.stability.blockingPairs).toBe(0);
    }
  });

  it('handles nobody to place and nobody to mentor', () => {
    expect(assignMentors({ mentors: [mentor('ann', 1)], mentees: [] }).totals).toMatchObject({
      mentees: 0,
      placed: 0,
      waitlisted: 0,
      score: 0,
      capacityUsed: 0,
    });
    const none = assignMentors({ mentors: [], mentees: [mentee('al')] });
    expect(none.waitlist[0]?.message).toBe(
      'the hard rules allow none of the 0 mentors (there are no mentors)',
    );
    expect(none.totals.capacityUsed).toBe(0);
  });
});

describe('assignMentors: invalid input', () => {
  const issues = (input: unknown): string[] => {
    const error = thrown(() => assignMentors(input as AssignMentorsInput));
    expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
    return isPeerLearnError(error, 'invalid_input')
      ? error.issues.map((issue) => `${issue.pathText}: ${issue.message}`)
      : [];
  };

  it('refuses an id used twice, across mentors and mentees', () => {
    expect(issues({ mentors: [mentor('ann', 1)], mentees: [mentee('ann')] })).toEqual([
      'input.mentees[0].id: repeats the id "ann" of mentors[0]; every mentor and mentee needs a different id',
    ]);
  });

  it('refuses a capacity below 1 or not whole', () => {
    expect(issues({ mentors: [mentor('ann', 0), mentor('bea', 1.5)], mentees: [] })).toEqual([
      'input.mentors[0].capacity: must be at least 1',
      'input.mentors[1].capacity: expected an integer, got the number 1.5',
    ]);
  });

  it('refuses rankings naming someone unknown, on the wrong side, or twice', () => {
    expect(
      issues({
        mentors: [mentor('ann', 1, { preferences: ['bea'] })],
        mentees: [mentee('al', { preferences: ['ann', 'zed', 'ann'] })],
      }),
    ).toEqual([
      'input.mentors[0].preferences[0]: names "bea", who is not among the mentees',
      'input.mentees[0].preferences[1]: names "zed", who is not among the mentors',
      'input.mentees[0].preferences[2]: ranks "ann" twice',
    ]);
    expect(
      issues({
        mentors: [mentor('ann', 1), mentor('bea', 1, { preferences: ['ann'] })],
        mentees: [],
      }),
    ).toEqual([
      'input.mentors[1].preferences[0]: names "ann", who is one of the mentors; rank mentees only',
    ]);
  });

  it('refuses contradictory rules', () => {
    expect(
      issues({
        mentors: [mentor('ann', 1), mentor('bea', 1)],
        mentees: [mentee('al'), mentee('bo')],
        rules: {
          neverPair: [
            ['al', 'ann'],
            ['al', 'bo'],
            ['al', 'zed'],
          ],
          mustPair: [
            ['ann', 'al'],
            ['bo', 'ann'],
            ['al', 'bea'],
          ],
        },
      }),
    ).toEqual([
      'input.rules.neverPair[1]: pairs two mentees; name a mentee and a mentor',
      'input.rules.neverPair[2][1]: names "zed", who is neither a mentor nor a mentee',
      'input.rules.mustPair[0]: is also in neverPair; a pair cannot be both',
      'input.rules.mustPair[2]: puts mentee "al" in a second must-pair (the first is mustPair[0]); a mentee has one mentor',
      'input.rules.mustPair[1]: gives mentor "ann" more must-pairs (2) than their capacity (1); raise the capacity or drop a must-pair',
    ]);
  });

  it('refuses an unknown mode, and a custom score that is not finite or too large', () => {
    expect(issues({ mentors: [], mentees: [], mode: 'fair' })).toEqual([
      'input.mode: must be one of "stable", "optimal", got the text "fair"',
    ]);
    for (const value of [Number.NaN, 1e6]) {
      const error = thrown(() =>
        assignMentors({
          mentors: [mentor('ann', 1)],
          mentees: [mentee('al')],
          customScore: () => value,
        }),
      );
      expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
      expect((error as Error).message).toContain(
        `customScore: returned ${String(value)} for mentee "al" and mentor "ann"`,
      );
    }
  });
});

describe('assignMentors: purity', () => {
  it('leaves its input as it was and returns plain JSON', () => {
    const input: AssignMentorsInput = {
      mentors: [mentor('ann', 2, { topics: ['housing'], preferences: ['bo'] })],
      mentees: [mentee('al'), mentee('bo', { topics: ['housing'] })],
      rules: { rankedOnly: false },
    };
    const before = JSON.stringify(input);
    const result = assignMentors(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
