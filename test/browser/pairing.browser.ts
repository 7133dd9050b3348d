/**
 * Smoke checks of peerlearn/pairing in Chromium: the blossom matcher against networkx's
 * totals, and buddy pairs, rotations and mentoring on the README's small cases.
 */
import { describe, expect, it } from 'vitest';
import {
  assignMentors,
  formGroups,
  maxWeightMatching,
  pairParticipants,
  planRounds,
  type MatchingEdge,
} from '../../src/pairing/index.js';
import reference from '../fixtures/networkx/matching.json' with { type: 'json' };

/** The total weight and number of pairs of `mate`, with each pair's heaviest edge. */
function totalOf(edges: readonly MatchingEdge[], mate: readonly number[]): [number, number] {
  let total = 0;
  let pairs = 0;
  mate.forEach((partner, i) => {
    if (partner <= i) return;
    const weights = edges
      .filter(([u, v]) => (u === i && v === partner) || (u === partner && v === i))
      .map(([, , w]) => w);
    total += Math.max(...weights);
    pairs += 1;
  });
  return [total, pairs];
}

/** A fixture edge `[u, v, weight]`, checked. */
function toEdge(edge: readonly number[]): MatchingEdge {
  const [u, v, weight] = edge;
  if (edge.length !== 3 || u === undefined || v === undefined || weight === undefined)
    throw new Error(`not an edge: ${JSON.stringify(edge)}`);
  return [u, v, weight];
}

describe('pairing in the browser', () => {
  it('finds the maximum-weight matchings networkx finds (classic cases)', () => {
    // networkx 3.6.1: max_weight_matching(G, maxcardinality=…), test/fixtures/networkx/matching.json
    for (const c of reference.classic) {
      const edges = c.edges.map(toEdge);
      const options = c.vertexCount === undefined ? {} : { vertexCount: c.vertexCount };
      for (const mode of ['default', 'maxCardinality'] as const) {
        const mate = maxWeightMatching(edges, { ...options, maxCardinality: mode !== 'default' });
        const [total, pairs] = totalOf(edges, mate);
        expect(total, `${c.name} (${mode}) total`).toBeCloseTo(c.networkx[mode].total, 9);
        expect(pairs, `${c.name} (${mode}) pairs`).toBe(c.networkx[mode].cardinality);
      }
    }
  });

  it('pairs buddies across areas, provably optimally, and says why', () => {
    const result = pairParticipants({
      participants: [
        { id: 'ama', displayName: 'Ama', area: 'North', experience: 'experienced' },
        { id: 'ben', displayName: 'Ben', area: 'North', experience: 'new' },
        { id: 'cy', displayName: 'Cy', area: 'South', experience: 'new' },
        { id: 'dee', displayName: 'Dee', area: 'South', experience: 'experienced' },
      ],
    });
    expect(result.groups.map((group) => group.members.join(' + '))).toEqual([
      'ama + cy',
      'ben + dee',
    ]);
    expect(result.optimality.proven).toBe(true);
    expect(result.totals).toMatchObject({ participants: 4, pairs: 2, unmatched: 0 });
  });

  it('plans rounds without a repeat, around an absence', () => {
    const members = [
      { id: 'ama', displayName: 'Ama', area: 'North' },
      { id: 'ben', displayName: 'Ben', area: 'North' },
      { id: 'cy', displayName: 'Cy', area: 'South' },
      { id: 'dee', displayName: 'Dee', area: 'South' },
      { id: 'eli', displayName: 'Eli', area: 'East' },
      { id: 'fay', displayName: 'Fay', area: 'East' },
    ];
    const plan = planRounds(
      { participants: members, absences: [{ id: 'eli', rounds: [2] }] },
      { rounds: 3 },
    );
    expect(
      plan.rounds.map((round) => round.groups.map((group) => group.members.join('+'))),
    ).toEqual([
      ['ama+dee', 'ben+eli', 'cy+fay'],
      ['ama+cy', 'ben+dee+fay'],
      ['ama+fay', 'ben+cy', 'dee+eli'],
    ]);
    expect(plan.totals.repeats).toBe(0);
  });

  it('assigns mentees by deferred acceptance with no blocking pair', () => {
    const mentoring = assignMentors({
      mode: 'stable',
      mentors: [
        { id: 'priya', displayName: 'Priya', capacity: 2, preferences: ['sam', 'jo', 'kim'] },
        { id: 'tom', displayName: 'Tom', capacity: 1 },
      ],
      mentees: [
        { id: 'jo', displayName: 'Jo', preferences: ['priya', 'tom'] },
        { id: 'kim', displayName: 'Kim', preferences: ['priya', 'tom'] },
        { id: 'lee', displayName: 'Lee', preferences: ['tom'] },
        { id: 'sam', displayName: 'Sam', preferences: ['priya'] },
      ],
    });
    expect(mentoring.mentors.map((mentor) => `${mentor.id}: ${mentor.mentees.join(', ')}`)).toEqual(
      ['priya: jo, sam', 'tom: lee'],
    );
    expect(mentoring.waitlist.map((entry) => entry.id)).toEqual(['kim']);
    expect(mentoring.totals.blockingPairs).toBe(0);
  });

  it('forms groups that mix areas and experience, proven optimal', () => {
    const result = formGroups(
      {
        participants: [
          { id: 'ama', displayName: 'Ama', area: 'North', experience: 'experienced' },
          { id: 'ben', displayName: 'Ben', area: 'North', experience: 'new' },
          { id: 'cy', displayName: 'Cy', area: 'South', experience: 'experienced' },
          { id: 'dee', displayName: 'Dee', area: 'South', experience: 'new' },
          { id: 'eli', displayName: 'Eli', area: 'East', experience: 'experienced' },
          { id: 'fay', displayName: 'Fay', area: 'East', experience: 'new' },
        ],
        seed: 'set-2026',
      },
      { size: 3 },
    );
    expect(result.groups.map((group) => group.members.join(' + '))).toEqual([
      'ama + dee + fay',
      'ben + cy + eli',
    ]);
    expect(result.optimality.proven).toBe(true);
  });
});
