/**
 * Worked examples of analyseOutsideVoices: the share of sessions with an outside
 * contributor, its Wilson interval, the verdicts, and bad input.
 */
import { describe, expect, it } from 'vitest';
import { isPeerLearnError } from '../../src/core/index.js';
import {
  analyseOutsideVoices,
  type CommunitySession,
} from '../../src/practice/analyseOutsideVoices.js';

const SESSIONS: CommunitySession[] = [
  {
    id: 's3',
    date: '2026-03-05',
    contributors: [
      { id: 'carer-jo', side: 'outside' },
      { id: 'prof-lee', side: 'outside' },
    ],
  },
  { id: 's1', date: '2026-01-08', contributors: [{ id: 'prof-lee', side: 'outside' }] },
  { id: 's2', date: '2026-02-05', contributors: [{ id: 'ben', side: 'inside' }] },
  { id: 's4', date: '2026-04-02', contributors: [{ id: 'ama', side: 'inside' }] },
  { id: 's5', date: '2026-05-07', contributors: [] },
  { id: 's6', date: '2026-06-04', contributors: [{ id: 'ama', side: 'inside' }] },
  { id: 's7', date: '2026-07-02', contributors: [{ id: 'ben', side: 'inside' }] },
  { id: 's8', date: '2026-09-03', contributors: [{ id: 'ama', side: 'inside' }] },
  { id: 's9', date: '2026-10-01', contributors: [{ id: 'cy', side: 'inside' }] },
  { id: 's10', date: '2026-11-05', contributors: [{ id: 'ben', side: 'inside' }] },
];

describe('analyseOutsideVoices', () => {
  it('counts sessions with an outside voice, with a Wilson interval', () => {
    const result = analyseOutsideVoices(SESSIONS);
    expect([result.withOutside, result.sessions]).toEqual([2, 10]);
    // Wilson score interval for 2 of 10 at 95%, confirmed in R 4.2.2:
    // stats::prop.test(2, 10, correct = FALSE)$conf.int = 0.05668215145, 0.50983752846.
    expect(result.share?.estimate).toBe(0.2);
    expect(result.share?.lower).toBeCloseTo(0.05668215145, 9);
    expect(result.share?.upper).toBeCloseTo(0.50983752846, 9);
    expect(result.verdict).toBe('below-target');
    expect(result.outsideContributors).toEqual([
      { id: 'prof-lee', sessions: 2 },
      { id: 'carer-jo', sessions: 1 },
    ]);
    expect(result.bySession.slice(0, 3)).toEqual([
      { id: 's1', date: '2026-01-08', outside: ['prof-lee'], inside: 0 },
      { id: 's2', date: '2026-02-05', outside: [], inside: 1 },
      { id: 's3', date: '2026-03-05', outside: ['carer-jo', 'prof-lee'], inside: 0 },
    ]);
    expect(result.reasons[0]).toBe(
      '2 of 10 sessions (20%, 95% interval 6%–51%) had an outside contributor',
    );
  });

  it('meets a lower target, and says when there is nothing to judge', () => {
    expect(analyseOutsideVoices(SESSIONS, { target: 0.2 }).verdict).toBe('meets-target');
    const none = analyseOutsideVoices(SESSIONS.slice(2));
    expect([none.verdict, none.share?.estimate]).toEqual(['none', 0]);
    const empty = analyseOutsideVoices([]);
    expect([empty.verdict, empty.share]).toEqual(['no-sessions', null]);
  });

  it('refuses bad input with paths', () => {
    const bad = [
      { id: 'a', date: '2026-13-01', contributors: [] },
      { id: 'a', date: '2026-01-01', contributors: [{ id: 'x', side: 'guest' }] },
    ] as unknown as CommunitySession[];
    try {
      analyseOutsideVoices(bad, { target: 25 });
      expect.unreachable();
    } catch (error) {
      expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
      if (!isPeerLearnError(error, 'invalid_input')) return;
      expect(error.issues.map((issue) => issue.pathText)).toEqual([
        'sessions[0].date',
        'sessions[1].contributors[0].side',
        'options.target',
      ]);
    }
  });
});
