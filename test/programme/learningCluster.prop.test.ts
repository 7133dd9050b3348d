import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterTimeline, type LearningClusterInput } from '../../src/programme/index.js';

const date = fc
  .integer({ min: 0, max: 900 })
  .map((days) => new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));

const cluster: fc.Arbitrary<LearningClusterInput> = fc
  .record({
    sessions: fc.array(
      fc.record({
        date,
        time: fc.option(fc.constantFrom('09:30', '18:30'), { nil: undefined }),
        cancelled: fc.boolean(),
        outside: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
    grants: fc.array(fc.record({ applied: date, awarded: fc.option(date, { nil: undefined }) }), {
      maxLength: 4,
    }),
  })
  .map(({ sessions, grants }) => ({
    id: 'c',
    topic: 'Housing',
    areas: ['North'],
    sessions: sessions.map((s, k) => ({
      id: `s${String(k)}`,
      date: s.date,
      ...(s.time === undefined ? {} : { time: s.time }),
      cancelled: s.cancelled,
      speakers: [{ name: 'X', origin: s.outside ? ('outside' as const) : ('local' as const) }],
    })),
    grants: grants.map((g, k) => ({
      application: {
        id: `g${String(k)}`,
        area: 'North',
        title: 'Pilot',
        topics: ['Housing'],
        requestedPence: 1000,
        matchPence: 1000,
        appliedOn: g.applied,
      },
      ...(g.awarded === undefined ? {} : { award: { date: g.awarded, amountPence: 1000 } }),
    })),
  }));

describe('clusterTimeline properties', () => {
  it('is ordered by date, accounts for every session and grant, and leaves the cluster untouched', () => {
    fc.assert(
      fc.property(cluster, date, (input, asOf) => {
        const before = structuredClone(input);
        const timeline = clusterTimeline(input, { asOf });
        const dates = timeline.entries.map((entry) => entry.date);
        expect(dates).toEqual([...dates].sort());
        const sessions = input.sessions ?? [];
        expect(timeline.entries.filter((e) => e.kind === 'session')).toHaveLength(sessions.length);
        const { summary } = timeline;
        expect(summary.sessionsHeld + summary.sessionsPlanned + summary.sessionsCancelled).toBe(
          sessions.length,
        );
        expect(timeline.entries.filter((e) => e.kind === 'grant_applied')).toHaveLength(
          input.grants?.length ?? 0,
        );
        for (const entry of timeline.entries)
          if (entry.status !== 'cancelled')
            expect(entry.status === 'done').toBe(entry.date <= asOf);
        if (summary.nextSession !== null) expect(summary.nextSession.date > asOf).toBe(true);
        expect(input).toEqual(before);
        expect(clusterTimeline(input, { asOf })).toEqual(timeline);
      }),
    );
  });
});
