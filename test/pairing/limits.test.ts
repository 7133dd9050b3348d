/**
 * Size limits of the pairing module: beyond each, the call is refused at once with an
 * `invalid_input` error naming the field and the limit, instead of minutes of work.
 * docs/guides/limits.md lists them with the times measured at the limits.
 */
import { describe, expect, it } from 'vitest';
import {
  assignMentors,
  formGroups,
  InvalidInputError,
  pairParticipants,
  planRounds,
  type PairingParticipantInput,
} from '../../src/pairing/index.js';
import { thrown } from '../helpers/expectClose.js';

const people = (n: number, prefix = 'p'): PairingParticipantInput[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${String(i).padStart(5, '0')}`,
    displayName: `${prefix.toUpperCase()}${String(i)}`,
  }));

/** The one issue of the `invalid_input` error `run` throws, as [pathText, code, message]. */
function refusal(run: () => unknown): [string, string, string] {
  const error = thrown(run);
  expect(error).toBeInstanceOf(InvalidInputError);
  const { code, issues, path } = error as InvalidInputError;
  expect(code).toBe('invalid_input');
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  expect(path).toEqual(issue?.path);
  return [issue?.pathText ?? '', issue?.code ?? '', issue?.message ?? ''];
}

describe('pairParticipants: size limits', () => {
  it('refuses more than 10,000 participants before checking any pair', () => {
    expect(refusal(() => pairParticipants({ participants: people(10_001) }))).toEqual([
      'input.participants',
      'too_big',
      'has 10,001 people; at most 10,000 are paired at once (every pair is checked, so the cost grows with the square of the cohort), so pair each region or area on its own',
    ]);
  });

  it('refuses an exact pairing of more than 3,000 people, and says how to go sparse', () => {
    const [path, , message] = refusal(() =>
      pairParticipants({ participants: people(3001), rules: { exactLimit: 3001 } }),
    );
    expect(path).toBe('input.rules.exactLimit');
    expect(message).toBe(
      'is 3,001, which asks for an exact pairing of 3,001 people; exact matching takes at most 3,000, so set exactLimit to 3,000 or less and the cohort is paired in sparse mode, with a bound on the gap',
    );
  });

  it('counts only the people left after must-pairs against the exact limit', () => {
    // 3,002 people, one must-pair: 3,000 are left to match exactly, which is allowed; the
    // check passes, so the call gets as far as refusing the rule naming an unknown person.
    const [path] = refusal(() =>
      pairParticipants({
        participants: people(3002),
        rules: { exactLimit: 3001, mustPair: [['p00000', 'nobody']] },
      }),
    );
    expect(path).toBe('input.rules.mustPair[0][1]');
  });

  it('refuses sparse candidate lists whose total would pass 500,000 entries', () => {
    const [path, , message] = refusal(() =>
      pairParticipants({
        participants: people(3001),
        rules: { exactLimit: 3000, candidatesPerPerson: 167 },
      }),
    );
    expect(path).toBe('input.rules.candidatesPerPerson');
    expect(message).toBe(
      'is 167 for 3,001 people; candidatesPerPerson × people may be at most 500,000, so use at most 166 here',
    );
  });
});

describe('planRounds: people × rounds × (people + rounds) at most 2,000,000', () => {
  it('refuses 1,414 people for one round, and points to pairParticipants', () => {
    expect(refusal(() => planRounds({ participants: people(1414) }, { rounds: 1 }))).toEqual([
      'options.rounds',
      'too_big',
      'is 1 for 1,414 people; people × rounds × (people + rounds) is 2,000,810, and at most 2,000,000 is planned at once, so split the cohort, or pair one round with pairParticipants',
    ]);
  });

  it('refuses 100 people for 101 rounds, and says how many rounds fit', () => {
    const [path, , message] = refusal(() =>
      planRounds({ participants: people(100) }, { rounds: 101 }),
    );
    expect(path).toBe('options.rounds');
    expect(message).toBe(
      'is 101 for 100 people; people × rounds × (people + rounds) is 2,030,100, and at most 2,000,000 is planned at once, so plan at most 100 rounds for 100 people now and the rest later, with these rounds as history',
    );
  });

  // About 1.5 s: checking a plan grows with rounds², which is what the limit bounds.
  it('plans at the limit: two people for 999 rounds', { timeout: 30_000 }, () => {
    // 2 × 999 × 1,001 = 1,999,998; one more round would be refused.
    const plan = planRounds({ participants: people(2) }, { rounds: 999 });
    expect(plan.rounds).toHaveLength(999);
    expect(refusal(() => planRounds({ participants: people(2) }, { rounds: 1000 }))[0]).toBe(
      'options.rounds',
    );
  });
});

describe('formGroups: at most 2,500 people, and sessions × (people² + 3,000 × effort × people) at most 10,000,000', () => {
  it('refuses more than 2,500 people', () => {
    expect(refusal(() => formGroups({ participants: people(2501) }, { size: 3 }))).toEqual([
      'input.participants',
      'too_big',
      'has 2,501 people; at most 2,500 are grouped at once, so form the groups of each area or cluster on its own',
    ]);
  });

  it('refuses too many sessions, and says how many fit', () => {
    const [path, , message] = refusal(() =>
      formGroups({ participants: people(500) }, { size: 5, sessions: 6 }),
    );
    expect(path).toBe('options.sessions');
    expect(message).toBe(
      'is 6 for 500 people; the search costs sessions × (people² + 3,000 × effort × people), here 10,500,000, and at most 10,000,000 is searched at once, so plan at most 5 at once and the rest later, with these groups as history',
    );
  });

  it('refuses too much effort for one session, and says how much fits', () => {
    const [path, , message] = refusal(() =>
      formGroups({ participants: people(2000) }, { size: 4, effort: 1.5 }),
    );
    expect(path).toBe('options.effort');
    expect(message).toBe(
      'is 1.5 for 2,000 people; the search costs sessions × (people² + 3,000 × effort × people), here 13,000,000, and at most 10,000,000 is searched at once, so use an effort of at most 1',
    );
  });

  it('counts small cohorts as ten people for the annealing', () => {
    // 1,000 × (4² + 3,000 × 1 × 10) > 10,000,000, though 4 people are few.
    expect(
      refusal(() => formGroups({ participants: people(4) }, { size: 2, sessions: 1000 }))[0],
    ).toBe('options.sessions');
    const result = formGroups({ participants: people(4) }, { size: 2, sessions: 3, effort: 0.5 });
    expect(result.sessions).toHaveLength(3);
  });
});

describe('assignMentors: 2,000,000 mentee–mentor pairs, and 2,000 mentors when optimal', () => {
  it('refuses more than 2,000 mentors in the optimal mode, however few the mentees', () => {
    const mentors = people(2001, 'm').map((mentor) => ({ ...mentor, capacity: 1 }));
    expect(refusal(() => assignMentors({ mentors, mentees: people(1, 'e') }))).toEqual([
      'input.mentors',
      'too_big',
      "has 2,001 mentors; the optimal mode matches at most 2,000 at once (it keeps a table of mentors × mentors), so use mode 'stable' or match each area or organisation's mentees with its own mentors",
    ]);
    const stable = assignMentors({ mentors, mentees: people(1, 'e'), mode: 'stable' });
    expect(stable.assignments).toHaveLength(1);
  });

  it('refuses 2,001 mentees for 1,000 mentors before weighing any pair', () => {
    const mentors = people(1000, 'm').map((mentor) => ({ ...mentor, capacity: 2 }));
    const mentees = people(2001, 'e');
    expect(refusal(() => assignMentors({ mentors, mentees }))).toEqual([
      'input.mentees',
      'too_big',
      "has 2,001 mentees for 1,000 mentors, 2,001,000 possible pairs; at most 2,000,000 are weighed at once, so match each area or organisation's mentees with its own mentors",
    ]);
  });
});

describe('long histories', () => {
  // The latest round used to be found with Math.max(...rounds), which spreads the whole
  // history onto the call stack: 200,000 past rounds threw a bare RangeError.
  const history = Array.from({ length: 200_000 }, (_, i) => ({ round: i + 1, groups: [] }));

  it('pairParticipants reads a history of 200,000 rounds without overflowing the stack', () => {
    const result = pairParticipants({ participants: people(4), history });
    expect(result.groups.map((group) => group.members.length)).toEqual([2, 2]);
  });

  it('pairParticipants still refuses a round that does not come after the history', () => {
    expect(refusal(() => pairParticipants({ participants: people(4), history, round: 3 }))[0]).toBe(
      'input.round',
    );
  });

  it('planRounds numbers its rounds after a history of 200,000 rounds', () => {
    const plan = planRounds({ participants: people(4), history }, { rounds: 1 });
    expect(plan.rounds[0]?.round).toBe(200_001);
  });
});
