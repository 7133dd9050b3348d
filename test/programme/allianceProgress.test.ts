import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/index.js';
import {
  ALLIANCE_FEATURES,
  allianceProgress,
  FIRST_YEAR_TARGETS,
  type LearningAllianceInput,
} from '../../src/programme/index.js';

const alliance: LearningAllianceInput = {
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
    { about: 'identity', date: '2026-02-20', description: 'Name agreed' },
    { about: 'monthly-communications', date: '2026-03-01', description: 'Bulletin 1' },
    { about: 'monthly-communications', date: '2026-04-01', description: 'Bulletin 2' },
    { about: 'monthly-communications', date: '2026-08-01', description: 'Bulletin 3' },
    { about: 'shared-learning', date: '2025-11-01', description: 'Feasibility study visits' },
    {
      about: 'access-to-funding',
      date: '2026-05-01',
      description: 'Bid drafted',
      counts: 'progress',
    },
  ],
};

describe('allianceProgress', () => {
  it('reports a worked example at the end of July', () => {
    const report = allianceProgress(alliance, { asOf: '2026-07-31' });
    const status = Object.fromEntries(
      [...report.targets, ...report.features].map((item) => [item.id, item.status]),
    );
    expect(status).toEqual({
      identity: 'met',
      'lead-organisation': 'met',
      membership: 'met',
      event: 'not-started',
      'shared-training': 'not-started',
      'monthly-communications': 'overdue', // due 2026-07-15, only 2 of 3 issues by asOf
      'funding-pot': 'not-started',
      'common-strategic-framework': 'not-started',
      'access-to-funding': 'in-progress',
      'standardised-monitoring': 'not-started',
      'networking-and-coordination': 'not-started',
      'shared-learning': 'met', // evidence before founding counts
    });
    expect(report.progress.overall).toEqual({ met: 4, total: 12, share: 4 / 12 });
    expect(report.progress.targets).toEqual({ met: 3, total: 7, share: 3 / 7 });
    const membership = report.targets.find((item) => item.id === 'membership');
    expect(membership?.metOn).toBe('2026-03-02');
    expect(membership?.onTime).toBe(true);
    expect(membership?.evidence.map((item) => item.source)).toEqual([
      'members',
      'members',
      'members',
    ]);
    const comms = report.targets.find((item) => item.id === 'monthly-communications');
    expect(comms?.evidenceMet).toBe(2);
    expect(report.overdue).toEqual([
      {
        id: 'monthly-communications',
        name: 'A monthly communications channel',
        due: '2026-07-15',
        daysOverdue: 16,
      },
    ]);
    expect(report.laterEvidence.map((item) => item.description)).toEqual(['Bulletin 3']);
    // Overdue first, then targets by due date, then features (started first).
    expect(report.nextSteps.map((step) => step.id)).toEqual([
      'monthly-communications',
      'event',
      'shared-training',
      'funding-pot',
      'access-to-funding',
      'common-strategic-framework',
      'standardised-monitoring',
      'networking-and-coordination',
    ]);
    expect(report.nextSteps[0]?.action).toMatch(/1 more piece of evidence/u);
  });

  it('marks a target met late once the evidence arrives', () => {
    const report = allianceProgress(alliance, { asOf: '2026-08-31' });
    const comms = report.targets.find((item) => item.id === 'monthly-communications');
    expect(comms).toMatchObject({ status: 'met', metOn: '2026-08-01', onTime: false });
    expect(report.overdue).toEqual([]);
  });

  it('honours custom due points and membership thresholds', () => {
    const report = allianceProgress(alliance, {
      asOf: '2026-07-31',
      dueMonths: { 'monthly-communications': 9, event: 6 },
      minimumMembers: 4,
    });
    expect(report.overdue.map((item) => item.id)).toEqual(['membership', 'event']);
    expect(report.targets.find((item) => item.id === 'event')?.due).toBe('2026-07-15');
  });

  it('reports nothing met before founding work begins', () => {
    const report = allianceProgress(
      { id: 'a', place: 'P', founded: '2026-01-01' },
      { asOf: '2026-01-01' },
    );
    expect(report.progress.overall.share).toBe(0);
    expect(report.features).toHaveLength(ALLIANCE_FEATURES.length);
    expect(report.targets).toHaveLength(FIRST_YEAR_TARGETS.length);
    expect(report.nextSteps).toHaveLength(12);
    expect(Object.isFrozen(report.nextSteps)).toBe(true);
  });

  it('refuses bad input with paths', () => {
    const bad = (input: unknown, options: unknown = { asOf: '2026-01-01' }): InvalidInputError => {
      try {
        allianceProgress(input as LearningAllianceInput, options as { asOf: string });
      } catch (error) {
        if (error instanceof InvalidInputError) return error;
        throw error;
      }
      throw new Error('expected an error');
    };
    const base = { id: 'a', place: 'P', founded: '2026-01-01' };
    expect(
      bad({ ...base, evidence: [{ about: 'party', date: '2026-01-02', description: 'x' }] })
        .issues[0]?.pathText,
    ).toBe('alliance.evidence[0].about');
    expect(
      bad({ ...base, evidence: [{ about: 'event', date: '02/01/2026', description: 'x' }] })
        .issues[0]?.pathText,
    ).toBe('alliance.evidence[0].date');
    expect(
      bad({
        ...base,
        members: [
          { id: 'x', name: 'X' },
          { id: 'x', name: 'Y' },
        ],
      }).issues[0]?.pathText,
    ).toBe('alliance.members[1].id');
    expect(
      bad({ ...base, lead: { organisation: 'nobody', since: '2026-01-01' } }).issues[0]?.pathText,
    ).toBe('alliance.lead.organisation');
    expect(bad(base, {}).issues[0]?.pathText).toBe('options.asOf');
    expect(bad(base, { asOf: '2026-01-01', dueMonths: { newsletter: 2 } }).code).toBe(
      'invalid_input',
    );
  });

  it('leaves its input as it was', () => {
    const copy = structuredClone(alliance);
    allianceProgress(alliance, { asOf: '2026-07-31' });
    expect(alliance).toEqual(copy);
  });
});
