/**
 * Smoke checks of peerlearn/programme in Chromium: a year of sessions and its iCalendar
 * file, the evaluation trend against R, a pilot grant, an alliance's first year and who
 * learned from whom.
 */
import { describe, expect, it } from 'vitest';
import { SESSION_EVALUATION_FORM } from '../../src/survey/index.js';
import {
  allianceProgress,
  assessPilotGrant,
  evaluationTrend,
  learningExchangeReport,
  planSessions,
  toICalendar,
} from '../../src/programme/index.js';
import proportions from '../fixtures/r/proportions.json' with { type: 'json' };
import { expectClose } from '../helpers/expectClose.js';

describe('programme in the browser', () => {
  it('plans a year of second Tuesdays around a blackout, across the clock changes', () => {
    const plan = planSessions({
      from: '2026-01-01',
      to: '2026-12-31',
      pattern: { kind: 'monthly', weekday: 2, nth: 2 },
      time: '18:30',
      durationMinutes: 90,
      timeZone: 'Europe/London',
      blackouts: [{ from: '2026-08-01', to: '2026-08-31', label: 'summer break' }],
      reschedule: 'drop',
      require: { atLeast: 4 },
    });
    expect(plan.sessions.slice(0, 4).map((session) => session.date)).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
    ]);
    expect(plan.sessions.at(-1)?.startUtc).toBe('2026-12-08T18:30:00Z');
    expect(plan.dropped.map((session) => [session.date, session.reason])).toEqual([
      ['2026-08-11', 'blackout'],
    ]);
    expect([plan.sessions.length, plan.cadence?.met]).toEqual([11, true]);
  });

  it('writes the sessions as an RFC 5545 calendar', () => {
    const { sessions } = planSessions({
      from: '2026-01-01',
      to: '2026-01-31',
      pattern: { kind: 'monthly', weekday: 2, nth: 2 },
      time: '18:30',
      durationMinutes: 90,
      timeZone: 'Europe/London',
      title: 'Learning cluster: digital inclusion',
      location: 'Town Hall, Room 2',
    });
    const text = toICalendar(sessions, { uidPrefix: 'north-2026/', stamp: '2026-01-05T09:00:00Z' });
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(lines.filter((line) => /^(UID|DTSTART;|DTEND|SUMMARY|LOCATION)/u.test(line))).toEqual([
      'UID:north-2026/session-1',
      'DTSTART;TZID=Europe/London:20260113T183000',
      'DTEND;TZID=Europe/London:20260113T200000',
      'SUMMARY:Learning cluster: digital inclusion',
      'LOCATION:Town Hall\\, Room 2',
    ]);
    // Lines are folded at 75 octets (RFC 5545, 3.1).
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
  });

  it('follows the share rating sessions excellent with R’s trend test', () => {
    // The four sessions of test/fixtures/r/proportions.json's first trend case.
    const expected = proportions.trend[0];
    if (expected === undefined) throw new Error('proportions.json has no trend case');
    const forms = (excellent: number, total: number) =>
      Array.from({ length: total }, (_, i) => ({
        id: `r${String(i)}`,
        answers: { overall: i < excellent ? 'excellent' : 'good' },
      }));
    const attended = [32, 30, 31, 28];
    const result = evaluationTrend(
      expected.successes.map((excellent, i) => ({
        id: `s${String(i + 1)}`,
        registered: 40,
        attended: attended[i] ?? 0,
        responses: forms(excellent, expected.n[i] ?? 0),
      })),
      SESSION_EVALUATION_FORM,
      { measures: [{ id: 'excellent', item: 'overall' }] },
    );
    expect(
      result.sessions.map((s) => Math.round((s.shares['excellent']?.estimate ?? 0) * 100)),
    ).toEqual([43, 61, 76, 89]);
    // R 4.2.2: prop.trend.test(c(13, 17, 22, 24), c(30, 28, 29, 27))$p.value
    expectClose(
      result.trends['excellent']?.trend?.pValue,
      expected.trend_p_value,
      'prop.trend.test()$p.value',
    );
  });

  it('limits a pilot grant by its match funding, checking every rule', () => {
    const decision = assessPilotGrant(
      {
        id: 'g-01',
        area: 'Seaview',
        title: 'Detached youth work on the seafront',
        topics: ['Youth violence'],
        requestedPence: 300000,
        matchPence: 180000,
        alreadyPlanned: false,
        appliedOn: '2026-03-01',
      },
      { clusterTopics: ['youth violence', 'exploitation'], memberAreas: ['Seaview', 'Hillside'] },
    );
    expect([decision.outcome, decision.amountPence, decision.limitedBy]).toEqual([
      'award',
      180000,
      'match',
    ]);
    expect(decision.checks.every((check) => check.verdict === 'pass')).toBe(true);
  });

  it('tracks an alliance’s first-year targets to a date', () => {
    const report = allianceProgress(
      {
        id: 'stockport',
        place: 'Stockport',
        founded: '2026-01-15',
        members: [
          { id: 'trust', name: 'Riverside Trust' },
          { id: 'college', name: 'Town College' },
          { id: 'housing', name: 'Northside Homes', joined: '2026-03-02' },
        ],
        lead: { organisation: 'trust', since: '2026-02-01' },
        evidence: [
          { about: 'identity', date: '2026-02-20', description: 'Name agreed: Learn Stockport' },
          {
            about: 'event',
            date: '2026-05-14',
            description: 'Launch at the library',
            counts: 'progress',
          },
        ],
      },
      { asOf: '2026-07-31' },
    );
    expect(report.progress.overall).toEqual({ met: 3, total: 12, share: 0.25 });
    expect(report.overdue.map((target) => [target.id, target.daysOverdue])).toEqual([
      ['monthly-communications', 16],
    ]);
  });

  it('finds reciprocity, bridging and brokers in who learned from whom', () => {
    const report = learningExchangeReport(
      [
        {
          id: 'x1',
          learner: 'ama',
          teacher: 'ben',
          topic: 'rotas',
          date: '2026-03-05',
          activity: 'shadowing',
        },
        {
          id: 'x2',
          learner: 'ben',
          teacher: 'ama',
          topic: 'safeguarding',
          date: '2026-03-12',
          activity: 'buddy-meeting',
        },
        {
          id: 'x3',
          learner: 'cal',
          teacher: 'ben',
          topic: 'rotas',
          date: '2026-04-02',
          activity: 'shadowing',
        },
      ],
      {
        people: [
          { id: 'ama', area: 'North' },
          { id: 'ben', area: 'South' },
          { id: 'cal', area: 'South' },
          { id: 'dee', area: 'East' },
        ],
      },
    );
    expect(report.reciprocity.share).toBe(2 / 3);
    expect(report.reciprocity.reciprocatedPairs).toEqual([['ama', 'ben']]);
    expect(report.bridging.area.share).toBe(2 / 3);
    // Normalised betweenness, as networkx's betweenness_centrality: ben is on the only path
    // between ama and cal, one of the (4 − 1)(4 − 2)/2 = 3 pairs without ben.
    expect(report.network.brokers).toEqual([{ id: 'ben', betweenness: 1 / 3 }]);
    expect(report.network.isolated).toEqual(['dee']);
  });
});
