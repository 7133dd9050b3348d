/**
 * Size limits of the programme module: learningExchangeReport computes betweenness, whose
 * cost is people × (people + ties), for at most 20,000,000; beyond it the report is
 * refused before the network measures. (planClusterBuddies has planRounds' limit, tested with pairing.)
 * docs/guides/limits.md lists the limits with the times measured at them.
 */
import { describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  learningExchangeReport,
  type LearningExchange,
} from '../../src/programme/index.js';
import { thrown } from '../helpers/expectClose.js';

/** A chain of `people` people, each teaching the next: people − 1 ties. */
function chain(people: number): LearningExchange[] {
  return Array.from({ length: people - 1 }, (_, i) => ({
    id: `x${String(i)}`,
    learner: `p${String(i + 1)}`,
    teacher: `p${String(i)}`,
    topic: 'rotas',
    date: '2026-03-05',
    activity: 'shadowing',
  }));
}

describe('learningExchangeReport: people × (people + ties) at most 20,000,000', () => {
  it('refuses 3,163 people joined by 3,162 ties before the network measures', () => {
    const error = thrown(() => learningExchangeReport(chain(3163)));
    expect(error).toBeInstanceOf(InvalidInputError);
    const { code, issues } = error as InvalidInputError;
    expect(code).toBe('invalid_input');
    expect(issues.map((issue) => [issue.pathText, issue.code, issue.message])).toEqual([
      [
        'exchanges',
        'too_big',
        'join 3,163 people by 3,162 ties; the network measures cost people × (people + ties), here 20,005,975, and at most 20,000,000 is taken at once, so report on one area, cluster or period at a time',
      ],
    ]);
  });

  it('counts ties, not exchanges: repeats between two people are one tie', () => {
    const repeated = Array.from({ length: 5000 }, (_, i) => ({
      id: `x${String(i)}`,
      learner: 'ama',
      teacher: 'ben',
      topic: 'rotas',
      date: '2026-03-05',
      activity: 'shadowing',
    }));
    expect(learningExchangeReport(repeated).network.components).toEqual([['ama', 'ben']]);
  });

  it('counts the people listed without exchanges, since every search starts from each', () => {
    const people = Array.from({ length: 4473 }, (_, i) => ({ id: `p${String(i)}` }));
    const error = thrown(() => learningExchangeReport(chain(2), { people }));
    expect((error as InvalidInputError).issues[0]?.message).toMatch(
      /^join 4,473 people by 1 tie; .* here 20,012,202,/u,
    );
  });
});
