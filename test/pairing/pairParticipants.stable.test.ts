import { describe, expect, it } from 'vitest';
import { isPeerLearnError, pairParticipants, type PairingResult } from '../../src/index.js';
import { thrown } from '../helpers/expectClose.js';

const people = (ids: readonly string[], area?: (id: string) => string) =>
  ids.map((id) => ({
    id,
    displayName: id.toUpperCase(),
    ...(area === undefined ? {} : { area: area(id) }),
  }));

const groupsOf = (result: PairingResult) =>
  result.groups.map((group) => `${group.members.join('+')}:${group.madeBy}`);

describe('pairParticipants with rankings (stable roommates)', () => {
  it('finds the stable pairing even when another pairing scores higher', () => {
    // Topics make a+c and b+d the best-scoring pairs (full overlap), but a and b rank each
    // other first, and so do c and d: a+b, c+d is the one stable pairing.
    const participants = [
      { id: 'a', displayName: 'A', topics: ['housing'] },
      { id: 'b', displayName: 'B', topics: ['youth'] },
      { id: 'c', displayName: 'C', topics: ['housing'] },
      { id: 'd', displayName: 'D', topics: ['youth'] },
    ];
    const optimal = pairParticipants({ participants });
    expect(groupsOf(optimal)).toEqual(['a+c:matching', 'b+d:matching']);
    const ranked = pairParticipants({
      participants,
      preferences: { a: ['b', 'c'], b: ['a', 'd'], c: ['d', 'a'], d: ['c', 'b'] },
    });
    expect(groupsOf(ranked)).toEqual(['a+b:stable-matching', 'c+d:stable-matching']);
    expect(ranked.stability).toEqual({
      stable: true,
      oddParty: [],
      blockingPairs: [],
      message:
        'a stable pairing: no two people who ranked each other would both rather be together',
    });
    // The stable pairing scores below the optimum, so it is not claimed optimal.
    expect(ranked.totals.score).toBeLessThan(optimal.totals.score);
    expect(ranked.optimality.proven).toBe(false);
  });

  it('names the odd party when no stable pairing exists and falls back to the optimal one', () => {
    // The classic instance (Gale & Shapley 1962): a, b and c each put the next first and
    // everyone puts d last. Whoever pairs with d is wanted by someone who wants them back.
    const result = pairParticipants({
      participants: people(['a', 'b', 'c', 'd']),
      preferences: {
        a: ['b', 'c', 'd'],
        b: ['c', 'a', 'd'],
        c: ['a', 'b', 'd'],
        d: ['a', 'b', 'c'],
      },
    });
    expect(result.stability?.stable).toBe(false);
    expect([...(result.stability?.oddParty ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect(result.stability?.message).toMatch(/^no stable pairing exists: .*optimal pairing/u);
    // Everyone is still paired, by the matching, and the blocking pairs are listed.
    expect(result.totals.grouped).toBe(4);
    expect(result.groups.every((group) => group.madeBy === 'matching')).toBe(true);
    expect(result.stability?.blockingPairs.length).toBeGreaterThan(0);
    expect(result.optimality.proven).toBe(true);
  });

  it('drops ranked partners the hard rules forbid, and pairs the unranked optimally', () => {
    // a ranks b first, but they share an area; e and f ranked nobody.
    const area = (id: string) => (id === 'a' || id === 'b' || id === 'e' ? 'North' : 'South');
    const result = pairParticipants({
      participants: people(['a', 'b', 'c', 'd', 'e', 'f'], area),
      preferences: { a: ['b', 'c'], b: ['a', 'd'], c: ['a'], d: ['b'] },
      rules: { mustDiffer: [] },
    });
    // With no area rule, a and b are free to pair and do.
    expect(groupsOf(result)).toContain('a+b:stable-matching');
    const ruled = pairParticipants({
      participants: people(['a', 'b', 'c', 'd', 'e', 'f'], area),
      preferences: { a: ['b', 'c'], b: ['a', 'd'], c: ['a'], d: ['b'] },
    });
    expect(groupsOf(ruled)).toEqual(['a+c:stable-matching', 'b+d:stable-matching', 'e+f:matching']);
    expect(ruled.stability?.stable).toBe(true);
  });

  it('keeps must-pairs out of the rankings', () => {
    const result = pairParticipants({
      participants: people(['a', 'b', 'c', 'd']),
      preferences: { a: ['c'], c: ['a'], b: ['d'], d: ['b'] },
      rules: { mustPair: [['a', 'b']] },
    });
    expect(groupsOf(result)).toEqual(['a+b:must-pair', 'c+d:matching']);
    expect(result.stability?.stable).toBe(true);
  });

  it('refuses rankings that name strangers, themselves or someone twice', () => {
    const error = thrown(() =>
      pairParticipants({
        participants: people(['a', 'b', 'c']),
        preferences: { a: ['zed', 'a'], b: ['c', 'c'], x: [] },
      }),
    );
    expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
    const paths = isPeerLearnError(error, 'invalid_input')
      ? error.details.issues.map((issue) => issue.pathText)
      : [];
    expect(paths).toEqual(
      expect.arrayContaining([
        'input.preferences.a[0]',
        'input.preferences.a[1]',
        'input.preferences.b[1]',
        'input.preferences.x',
      ]),
    );
  });
});
