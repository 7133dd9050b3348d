/**
 * Worked examples of classifyParticipation: a small community over two quarters, the
 * levels and reasons, the transition matrix, the ways to take part, and bad input.
 */
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../fuzz/refusal.js';
import { isPeerLearnError, type InvalidInputError } from '../../src/core/index.js';
import {
  classifyParticipation,
  type ActivityRecord,
} from '../../src/practice/classifyParticipation.js';

const MEMBERS = ['ama', 'ben', 'cy', 'dee', 'eve', 'fin'];

// Two windows of 90 days: the current one runs 2026-01-01..2026-03-31 (asOf), the previous
// one 2025-10-03..2025-12-31.
const ACTIVITY: ActivityRecord[] = [
  // ama hosts twice and presents: 4 + 4 + 3 + 1 = 12, core; before: attended twice, 2, occasional.
  { member: 'ama', kind: 'hosted', date: '2026-01-15' },
  { member: 'ama', kind: 'hosted', date: '2026-02-12' },
  { member: 'ama', kind: 'presented', date: '2026-03-12' },
  { member: 'ama', kind: 'attended', date: '2026-03-12' },
  { member: 'ama', kind: 'attended', date: '2025-11-13' },
  { member: 'ama', kind: 'attended', date: '2025-12-11' },
  // ben: 6 now (active); 12 before (core), so he moved down.
  { member: 'ben', kind: 'presented', date: '2026-02-12' },
  { member: 'ben', kind: 'attended', date: '2026-02-12' },
  { member: 'ben', kind: 'attended', date: '2026-03-12' },
  { member: 'ben', kind: 'asked', date: '2026-03-12' },
  { member: 'ben', kind: 'hosted', date: '2025-10-16' },
  { member: 'ben', kind: 'hosted', date: '2025-11-13' },
  { member: 'ben', kind: 'hosted', date: '2025-12-11' },
  // cy: a post and a visit, 2 (occasional); outside before.
  { member: 'cy', kind: 'posted', date: '2026-03-01' },
  { member: 'cy', kind: 'attended', date: '2026-03-12' },
  // dee: one visit now (peripheral), one visit before (peripheral).
  { member: 'dee', kind: 'attended', date: '2026-01-15' },
  { member: 'dee', kind: 'attended', date: '2025-10-16' },
  // eve: only long ago and in the future (not counted).
  { member: 'eve', kind: 'attended', date: '2025-06-01' },
  { member: 'eve', kind: 'attended', date: '2026-04-09' },
  // fin: a kind of the app's own ('mentored'), unweighted, so it weighs 1: peripheral.
  { member: 'fin', kind: 'mentored', date: '2026-02-20' },
];

const OPTIONS = { asOf: '2026-03-31', window: { days: 90 }, members: MEMBERS } as const;

function invalid(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    if (isPeerLearnError(error, 'invalid_input')) return error;
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

describe('classifyParticipation', () => {
  const result = classifyParticipation(ACTIVITY, OPTIONS);

  it('places each member by weighted activity in the window', () => {
    expect(result.windows).toEqual({
      length: '90 days',
      current: { from: '2026-01-01', to: '2026-03-31' },
      previous: { from: '2025-10-03', to: '2025-12-31' },
    });
    expect(result.members.map((m) => [m.member, m.level, m.score, m.previous.level])).toEqual([
      ['ama', 'core', 12, 'occasional'],
      ['ben', 'active', 6, 'core'],
      ['cy', 'occasional', 2, 'outside'],
      ['dee', 'peripheral', 1, 'peripheral'],
      ['eve', 'outside', 0, 'outside'],
      ['fin', 'peripheral', 1, 'outside'],
    ]);
    expect(result.levels).toEqual({
      core: ['ama'],
      active: ['ben'],
      occasional: ['cy'],
      peripheral: ['dee', 'fin'],
      outside: ['eve'],
    });
  });

  it('explains each level with the counts, weights and thresholds', () => {
    const [ama, , , , eve] = result.members;
    expect(ama?.counts).toEqual({ attended: 1, hosted: 2, presented: 1 });
    expect(ama?.reason).toBe(
      'score 12 from attended 1 × 1, hosted 2 × 4, presented 1 × 3 in the 90 days to 2026-03-31: at least 12 (core)',
    );
    expect(eve?.reason).toBe('no activity in the 90 days to 2026-03-31: outside');
    expect(result.unweightedKinds).toEqual(['mentored']);
    expect(result.weights).toEqual({
      asked: 1,
      attended: 1,
      hosted: 4,
      mentored: 1,
      posted: 1,
      presented: 3,
    });
  });

  it('accounts for every record', () => {
    expect(result.activity).toEqual({ total: 20, current: 12, previous: 6, earlier: 1, later: 1 });
  });

  it('compares the distribution with the usual shape (Wenger, McDermott & Snyder 2002)', () => {
    // 1 of 6 is core (16.7%, above 10–15%); 1 of 6 active (16.7%, within 15–20%).
    expect(
      result.distribution.map((l) => [l.level, l.count, l.share, l.comparedWithUsual]),
    ).toEqual([
      ['core', 1, 1 / 6, 'above'],
      ['active', 1, 1 / 6, 'within'],
      ['occasional', 1, 1 / 6, null],
      ['peripheral', 2, 2 / 6, null],
      ['outside', 1, 1 / 6, null],
    ]);
  });

  it('builds the transition matrix and who moved', () => {
    const { matrix, movedUp, movedDown, stayed } = result.movement;
    expect(matrix.occasional.core).toBe(1);
    expect(matrix.core.active).toBe(1);
    expect(matrix.outside.occasional).toBe(1);
    expect(matrix.outside.peripheral).toBe(1);
    expect(matrix.outside.outside).toBe(1);
    expect(matrix.peripheral.peripheral).toBe(1);
    const total = Object.values(matrix)
      .flatMap((row) => Object.values(row))
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(6);
    expect(movedUp).toEqual([
      { member: 'ama', from: 'occasional', to: 'core' },
      { member: 'cy', from: 'outside', to: 'occasional' },
      { member: 'fin', from: 'outside', to: 'peripheral' },
    ]);
    expect(movedDown).toEqual([{ member: 'ben', from: 'core', to: 'active' }]);
    expect(stayed).toBe(2);
    expect(result.members.map((m) => m.movement)).toEqual([
      'up',
      'down',
      'up',
      'same',
      'same',
      'up',
    ]);
  });

  it('judges the ways to take part', () => {
    const ways = result.waysToTakePart;
    // 12 records now: attended 5, hosted 2, presented 2, asked 1, mentored 1, posted 1.
    expect(ways.kindsInUse.map((k) => [k.kind, k.records, k.members])).toEqual([
      ['attended', 5, 4],
      ['hosted', 2, 1],
      ['presented', 2, 2],
      ['asked', 1, 1],
      ['mentored', 1, 1],
      ['posted', 1, 1],
    ]);
    expect(ways.dominantKind).toBe('attended');
    expect(ways.dominantShare).toBeCloseTo(5 / 12, 12);
    expect(ways.routeIn).toEqual({
      open: true,
      kinds: ['attended', 'mentored', 'posted'],
      movedIn: ['cy'],
    });
    expect(ways.verdict).toBe('several-ways');
    expect(ways.reasons[2]).toBe(
      '3 members are peripheral or occasional (by attended, mentored, posted) and 1 moved in from the edge, so there is a way in',
    );
    expect(ways.reasons[0]).toBe(
      '6 kinds of activity were used: attended, hosted, presented, asked, mentored, posted',
    );
  });

  it('calls a community where one kind dominates what it is', () => {
    const onlyAttending = classifyParticipation(
      [
        ...['a', 'b', 'c', 'd'].map((member) => ({ member, kind: 'attended', date: '2026-03-01' })),
        { member: 'a', kind: 'attended', date: '2026-03-08' },
      ],
      { asOf: '2026-03-31', members: ['a', 'b', 'c', 'd'] },
    );
    expect(onlyAttending.waysToTakePart.verdict).toBe('single-way');
    const dominated = classifyParticipation(
      [
        ...Array.from({ length: 9 }, (_, i) => ({
          member: 'a',
          kind: 'attended',
          date: `2026-03-0${String(i + 1)}`,
        })),
        { member: 'b', kind: 'posted', date: '2026-03-01' },
      ],
      { asOf: '2026-03-31', members: ['a', 'b'] },
    );
    // attended is 9 of 10 records, above the 80% limit.
    expect(dominated.waysToTakePart.verdict).toBe('one-dominant-way');
    expect(dominated.waysToTakePart.dominantShare).toBe(0.9);
    const clique = classifyParticipation(
      [
        { member: 'a', kind: 'hosted', date: '2026-03-10' },
        { member: 'a', kind: 'presented', date: '2026-03-11' },
        { member: 'a', kind: 'hosted', date: '2026-03-12' },
        { member: 'a', kind: 'hosted', date: '2026-03-13' },
        { member: 'a', kind: 'hosted', date: '2026-02-10' },
        { member: 'a', kind: 'hosted', date: '2026-02-11' },
        { member: 'a', kind: 'hosted', date: '2026-02-12' },
      ],
      { asOf: '2026-03-31', members: ['a', 'b'], window: { weeks: 4 } },
    );
    // a is core (15) now and was core (12) in the four weeks before; b is outside; nobody
    // is at the edge and nobody moved in.
    expect(clique.levels.core).toEqual(['a']);
    expect(clique.waysToTakePart.verdict).toBe('no-route-in');
    expect(clique.waysToTakePart.routeIn.open).toBe(false);
    expect(clique.waysToTakePart.reasons[2]).toBe(
      'nobody is peripheral or occasional and nobody moved in from the edge, so there is no visible way in',
    );
    const silent = classifyParticipation([], { asOf: '2026-03-31', members: [{ id: 'x' }] });
    expect(silent.waysToTakePart.verdict).toBe('no-activity');
    expect(silent.levels.outside).toEqual(['x']);
  });

  it('uses the app’s weights and thresholds, and a month window', () => {
    const custom = classifyParticipation(
      [
        { member: 'a', kind: 'facilitated', date: '2026-02-28' },
        { member: 'b', kind: 'read', date: '2026-03-15' },
        { member: 'b', kind: 'read', date: '2026-03-16' },
      ],
      {
        asOf: '2026-03-31',
        window: { months: 1 },
        members: ['a', 'b'],
        weights: { facilitated: 5, read: 0.5 },
        strictKinds: true,
        thresholds: { core: 5, active: 3, occasional: 1 },
      },
    );
    // One month back from 31 March is 28 February, so the window starts on 1 March.
    expect(custom.windows.current.from).toBe('2026-03-01');
    expect(custom.members.map((m) => [m.member, m.level, m.score])).toEqual([
      ['a', 'outside', 0],
      ['b', 'occasional', 1],
    ]);
    expect(custom.members[0]?.previous).toEqual({ level: 'core', score: 5 });
    expect(custom.thresholds).toEqual({ core: 5, active: 3, occasional: 1 });
  });

  it('refuses bad input with paths', () => {
    const error = invalid(() =>
      classifyParticipation(
        [
          { member: 'ama', kind: 'attended', date: '2026-03-05' },
          { member: 'zed', kind: 'attended', date: '2026-03-05' },
          { member: 'ama', kind: 'attended', date: '05/03/2026' },
        ],
        { asOf: '2026-03-31', members: ['ama'] },
      ),
    );
    expect(error.issues.map((issue) => issue.pathText)).toEqual([
      'activity[2].date',
      'activity[1].member',
    ]);
    expect(error.message).toContain('not among options.members');

    expect(
      invalid(() =>
        classifyParticipation([{ member: 'a', kind: 'cooked', date: '2026-03-05' }], {
          asOf: '2026-03-31',
          members: ['a'],
          strictKinds: true,
        }),
      ).issues.map((issue) => issue.pathText),
    ).toEqual(['activity[0].kind']);

    for (const window of [{ days: 0 }, { days: -30 }, { hours: 3 }, { months: 1.5 }]) {
      expect(
        invalid(() =>
          classifyParticipation([], {
            asOf: '2026-03-31',
            members: ['a'],
            window,
          }),
        ).issues[0]?.pathText,
      ).toMatch(/^options\.window/u);
    }
    expect(
      invalid(() => classifyParticipation([], { asOf: '2026-02-30', members: ['a'] })).issues[0]
        ?.pathText,
    ).toBe('options.asOf');
    expect(
      invalid(() => classifyParticipation([], { asOf: '2026-03-31', members: ['a', { id: 'a' }] }))
        .issues[0]?.pathText,
    ).toBe('options.members[1]');
    expect(
      invalid(() =>
        classifyParticipation([], {
          asOf: '2026-03-31',
          members: ['a'],
          thresholds: { core: 4, active: 6 },
          weights: { attended: 0 },
        }),
      ).issues.map((issue) => issue.pathText),
    ).toEqual(['options.weights.attended', 'options.thresholds.core']);
  });
});

describe('classifyParticipation: the worked example in its documentation', () => {
  it('three monthly meetings: attending is occasional, asking or presenting too is active, hosting too is core', () => {
    const meetings = ['2026-01-15', '2026-02-12', '2026-03-12'];
    const records = (member: string, kinds: readonly string[]): ActivityRecord[] =>
      meetings.flatMap((date) => kinds.map((kind) => ({ member, kind, date })));
    const result = classifyParticipation(
      [
        ...records('attends', ['attended']),
        ...records('asks', ['attended', 'asked']),
        ...records('presents', ['attended']),
        { member: 'presents', kind: 'presented', date: '2026-02-12' },
        ...records('hosts', ['attended', 'hosted']),
        { member: 'hosts', kind: 'presented', date: '2026-02-12' },
      ],
      { asOf: '2026-03-31', members: ['attends', 'asks', 'presents', 'hosts'] },
    );
    const levels = Object.fromEntries(result.members.map((m) => [m.member, [m.score, m.level]]));
    expect(levels).toEqual({
      attends: [3, 'occasional'],
      asks: [6, 'active'],
      presents: [6, 'active'],
      hosts: [18, 'core'],
    });
  });
});

describe('hostile input', () => {
  it('refuses a window that reaches back before the year 0000, naming itself', () => {
    expectRefusal(
      () => classifyParticipation(ACTIVITY, { ...OPTIONS, window: { years: 1_200 } }),
      'classifyParticipation',
      'options.window',
    );
  });
});
