import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../fuzz/refusal.js';
import {
  clusterTimeline,
  isPeerLearnError,
  parseLearningCluster,
  planClusterBuddies,
  safeParseLearningCluster,
  type LearningClusterInput,
} from '../../src/programme/index.js';

const people = [
  { id: 'ann', displayName: 'Ann', area: 'Seaview' },
  { id: 'bo', displayName: 'Bo', area: 'Seaview' },
  { id: 'cy', displayName: 'Cy', area: 'Hillside' },
  { id: 'di', displayName: 'Di', area: 'Hillside' },
  { id: 'ed', displayName: 'Ed', area: 'Riverside' },
  { id: 'fi', displayName: 'Fi', area: 'Riverside' },
];

const cluster: LearningClusterInput = {
  id: 'youth-2026',
  topic: 'Youth violence and exploitation',
  subtopics: ['County lines'],
  areas: ['Seaview', 'Hillside', 'Riverside'],
  organisations: ['Seaview Big Local'],
  participants: people,
  sessions: [
    {
      id: 's2',
      date: '2026-05-12',
      time: '18:30',
      speakers: [{ name: 'Kim', origin: 'local' }],
      attended: ['ann', 'cy', 'di', 'ed'],
    },
    {
      id: 's1',
      date: '2026-02-10',
      title: 'Getting started',
      speakers: [
        { name: 'Dr Rao', origin: 'outside', organisation: 'Youth Justice Board' },
        { name: 'Lee', origin: 'local' },
      ],
      attended: ['ann', 'bo', 'cy', 'di', 'ed', 'fi'],
    },
    { id: 'sx', date: '2026-07-01', cancelled: true },
    { id: 's3', date: '2026-09-08', speakers: [{ name: 'PC Hart', origin: 'outside' }] },
    { id: 's4', date: '2026-12-01', title: 'What we learned' },
  ],
  buddyRounds: [
    {
      afterSession: 's1',
      round: 1,
      groups: [
        ['ann', 'cy'],
        ['bo', 'ed'],
        ['di', 'fi'],
      ],
    },
  ],
  grants: [
    {
      application: {
        id: 'g1',
        area: 'Seaview',
        title: 'Seafront detached work',
        topics: ['County lines'],
        requestedPence: 250000,
        matchPence: 250000,
        alreadyPlanned: false,
        appliedOn: '2026-03-01',
      },
      award: { date: '2026-04-02', amountPence: 250000, paidPence: 125000 },
    },
  ],
};

describe('LearningCluster', () => {
  it('fills in defaults', () => {
    const parsed = parseLearningCluster({ id: 'c', topic: 'Housing', areas: ['North'] });
    expect(parsed).toEqual({
      id: 'c',
      topic: 'Housing',
      subtopics: [],
      areas: ['North'],
      organisations: [],
      participants: [],
      sessions: [],
      buddyRounds: [],
      grants: [],
      expectedSessions: 4,
    });
  });

  it('reports every problem with its path', () => {
    const result = safeParseLearningCluster({
      id: 'c',
      topic: 'Housing',
      areas: [],
      participants: [
        { id: 'a', displayName: 'A' },
        { id: 'a', displayName: 'B' },
      ],
      sessions: [
        { id: 's1', date: '2026-02-30', speakers: [{ name: 'X', origin: 'external' }] },
        { id: 's2', date: '2026-03-01', attended: ['zed'] },
      ],
      buddyRounds: [{ afterSession: 'nope', round: 1, groups: [['a', 'q']] }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues.map((issue) => issue.pathText)).toEqual([
      'cluster.areas',
      'cluster.sessions[0].date',
      'cluster.sessions[0].speakers[0].origin',
    ]);
  });

  it('checks references once the shapes are right', () => {
    const result = safeParseLearningCluster({
      id: 'c',
      topic: 'Housing',
      areas: ['North'],
      participants: [
        { id: 'a', displayName: 'A' },
        { id: 'a', displayName: 'B' },
      ],
      sessions: [{ id: 's2', date: '2026-03-01', attended: ['zed'] }],
      buddyRounds: [
        { afterSession: 'nope', round: 1, groups: [['a', 'q']] },
        { afterSession: 's2', round: 1, satOut: ['a'] },
      ],
    });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.pathText)).toEqual([
      'cluster.participants[1].id',
      'cluster.sessions[0].attended[0]',
      'cluster.buddyRounds[0].afterSession',
      'cluster.buddyRounds[0].groups[0][1]',
      'cluster.buddyRounds[1].round',
    ]);
    expect(() => parseLearningCluster({ id: 'c' })).toThrow(/parseLearningCluster/u);
  });
});

describe('clusterTimeline', () => {
  it('tells the story of the year so far (worked example)', () => {
    const timeline = clusterTimeline(cluster, { asOf: '2026-06-01' });
    expect(
      timeline.entries.map((entry) => [entry.date, entry.kind, entry.status, entry.id]),
    ).toEqual([
      ['2026-02-10', 'session', 'done', 's1'],
      ['2026-02-10', 'buddy_round', 'done', 'round-1'],
      ['2026-03-01', 'grant_applied', 'done', 'g1'],
      ['2026-04-02', 'grant_awarded', 'done', 'g1'],
      ['2026-05-12', 'session', 'done', 's2'],
      ['2026-07-01', 'session', 'cancelled', 'sx'],
      ['2026-09-08', 'session', 'upcoming', 's3'],
      ['2026-12-01', 'session', 'upcoming', 's4'],
    ]);
    expect(timeline.entries[0]?.text).toBe(
      'Session "Getting started" held; 2 speakers (1 from outside); 6 attended',
    );
    expect(timeline.entries[3]?.text).toBe('Seaview was awarded £2,500 for Seafront detached work');
    expect(timeline.summary).toEqual({
      asOf: '2026-06-01',
      sessionsHeld: 2,
      sessionsPlanned: 2,
      sessionsCancelled: 1,
      year: {
        from: '2026-02-10',
        until: '2027-02-09',
        expected: 4,
        held: 2,
        scheduled: 4,
        status: 'on_track',
      },
      sessionsWithOutsideSpeaker: 1,
      outsideSpeakerShare: 0.5,
      averageAttendance: 5, // (6 + 4) / 2
      buddyRounds: 1,
      grantsApplied: 1,
      grantsAwarded: 1,
      awardedPence: 250000,
      paidPence: 125000,
      nextSession: { id: 's3', date: '2026-09-08', time: null, title: null, inDays: 99 },
    });
  });

  it('marks the year met, or short, and has no next session at the end', () => {
    const end = clusterTimeline(cluster, { asOf: '2027-01-15' }).summary;
    expect([end.year?.status, end.sessionsHeld, end.nextSession, end.outsideSpeakerShare]).toEqual([
      'met',
      4,
      null,
      0.5,
    ]);
    const short = clusterTimeline(
      {
        id: 'c',
        topic: 'T',
        areas: ['A'],
        sessions: [
          { id: 'a', date: '2026-01-01' },
          { id: 'b', date: '2027-01-01' },
        ],
      },
      { asOf: '2026-02-01' },
    ).summary;
    expect([short.year?.scheduled, short.year?.status]).toEqual([1, 'short']);
    const empty = clusterTimeline({ id: 'c', topic: 'T', areas: ['A'] }, { asOf: '2026-02-01' });
    expect([empty.entries, empty.summary.year, empty.summary.outsideSpeakerShare]).toEqual([
      [],
      null,
      null,
    ]);
  });

  it('refuses a bad asOf with its path, and leaves the cluster as it was', () => {
    const before = structuredClone(cluster);
    try {
      clusterTimeline(cluster, { asOf: '1 June' });
      expect.unreachable();
    } catch (error) {
      expect(isPeerLearnError(error) && error.path).toEqual(['asOf']);
    }
    clusterTimeline(cluster, { asOf: '2026-06-01' });
    expect(cluster).toEqual(before);
  });
});

describe('planClusterBuddies', () => {
  it('plans a round after each session lacking one, pairing only those who came', () => {
    const before = structuredClone(cluster);
    const planned = planClusterBuddies(cluster);
    expect(planned.skipped).toEqual([
      { sessionId: 's1', reason: 'has_round' },
      { sessionId: 's4', reason: 'last_session' },
      { sessionId: 'sx', reason: 'cancelled' },
    ]);
    expect(planned.rounds.map((round) => [round.afterSession, round.round])).toEqual([
      ['s2', 2],
      ['s3', 3],
    ]);
    // bo and fi missed s2, so they are away for round 2.
    const round2 = planned.rounds[0];
    expect(round2?.groups.flat().sort()).toEqual(['ann', 'cy', 'di', 'ed']);
    expect(planned.plan?.rounds[0]?.away.map((person) => person.id)).toEqual(['bo', 'fi']);
    // Nobody meets a round-1 partner again, and buddies come from different areas.
    const area = new Map(people.map((person) => [person.id, person.area]));
    const met = new Set(['ann+cy', 'bo+ed', 'di+fi']);
    for (const round of planned.rounds)
      for (const group of round.groups) {
        expect(new Set(group.map((id) => area.get(id))).size).toBe(group.length);
        expect(met.has([...group].sort().join('+'))).toBe(false);
      }
    expect(planned.cluster.buddyRounds).toHaveLength(3);
    expect(Object.isFrozen(planned.cluster)).toBe(true);
    expect(cluster).toEqual(before);
  });

  it('pairs everyone when asked, limits rounds, and checks afterSessions', () => {
    const everyone = planClusterBuddies(cluster, { attendeesOnly: false, rounds: 1 });
    expect(everyone.rounds[0]?.groups.flat()).toHaveLength(6);
    expect(everyone.skipped).toContainEqual({ sessionId: 's3', reason: 'over_limit' });
    const chosen = planClusterBuddies(cluster, { afterSessions: ['s3'] });
    expect(chosen.rounds.map((round) => round.afterSession)).toEqual(['s3']);
    try {
      planClusterBuddies(cluster, { afterSessions: ['s1', 'sx', 'zz', 's3', 's3'] });
      expect.unreachable();
    } catch (error) {
      expect(isPeerLearnError(error) && error.code).toBe('invalid_input');
      expect(
        isPeerLearnError(error) &&
          (error.details as { issues: { pathText: string }[] }).issues.map((i) => i.pathText),
      ).toEqual([
        'options.afterSessions[0]',
        'options.afterSessions[1]',
        'options.afterSessions[2]',
        'options.afterSessions[4]',
      ]);
    }
  });

  it('returns the cluster unchanged when there is nothing to plan', () => {
    const result = planClusterBuddies({
      id: 'c',
      topic: 'T',
      areas: ['A'],
      sessions: [{ id: 'a', date: '2026-01-01' }],
    });
    expect([result.rounds, result.plan, result.skipped]).toEqual([
      [],
      null,
      [{ sessionId: 'a', reason: 'last_session' }],
    ]);
  });
});

describe('hostile input', () => {
  it('refuses a buddy round numbered so high that no round could follow it', () => {
    expectRefusal(
      () =>
        planClusterBuddies({
          ...cluster,
          buddyRounds: [{ afterSession: 's1', round: 1_000_000, groups: [['ann', 'bo']] }],
        }),
      'planClusterBuddies',
      'cluster.buddyRounds[0].round',
    );
  });
});
