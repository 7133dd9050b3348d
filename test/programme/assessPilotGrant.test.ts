import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import {
  assessPilotGrant,
  isPeerLearnError,
  parseLearningCluster,
  pilotGrantRulesFor,
  summarisePilotGrants,
  type PilotGrantApplicationInput,
} from '../../src/programme/index.js';

const rules = {
  clusterTopics: ['Youth violence', 'Exploitation'],
  memberAreas: ['Seaview', 'Hillside'],
};
const base: PilotGrantApplicationInput = {
  id: 'g1',
  area: 'Seaview',
  title: 'Detached youth work',
  topics: ['youth  violence'],
  requestedPence: 200000,
  matchPence: 300000,
  alreadyPlanned: false,
  appliedOn: '2026-03-01',
};

describe('assessPilotGrant', () => {
  it('awards the full request when within the cap and the match', () => {
    const decision = assessPilotGrant(base, rules);
    expect([decision.outcome, decision.amountPence, decision.limitedBy]).toEqual([
      'award',
      200000,
      'request',
    ]);
    expect(decision.reason).toBe('Award £2,000 (the full request).');
  });

  it('caps at £2,500 and limits by the match at 1:1 or another ratio', () => {
    expect(assessPilotGrant({ ...base, requestedPence: 400000 }, rules)).toMatchObject({
      amountPence: 250000,
      limitedBy: 'cap',
    });
    expect(assessPilotGrant({ ...base, matchPence: 123456 }, rules)).toMatchObject({
      amountPence: 123456,
      matchLimitPence: 123456,
      limitedBy: 'match',
    });
    // 1 of grant for 3 of match: ⌊100001 × 1 ÷ 3⌋ = 33333 pence, exact in integers.
    expect(
      assessPilotGrant(
        { ...base, matchPence: 100001 },
        { ...rules, matchRatio: { grant: 1, match: 3 } },
      ),
    ).toMatchObject({ amountPence: 33333, limitedBy: 'match' });
  });

  it('refuses with a reason for each failed rule', () => {
    const decision = assessPilotGrant(
      { ...base, area: 'Elsewhere', topics: ['Allotments'], alreadyPlanned: true, matchPence: 0 },
      rules,
    );
    expect(decision.outcome).toBe('refuse');
    expect(decision.amountPence).toBe(0);
    expect(decision.checks.map((check) => [check.rule, check.verdict])).toEqual([
      ['relevant_topic', 'fail'],
      ['not_already_planned', 'fail'],
      ['member_area', 'fail'],
      ['match_funding', 'fail'],
    ]);
    expect(decision.reason).toMatch(/^Refused: names none of the cluster's topics/u);
  });

  it('refers an application that does not say whether it was already planned', () => {
    const unsure = { ...base, alreadyPlanned: undefined };
    const decision = assessPilotGrant(unsure, rules);
    expect([decision.outcome, decision.amountPence, decision.checks[1]?.verdict]).toEqual([
      'refer',
      200000,
      'unclear',
    ]);
  });

  it('builds rules from a cluster', () => {
    const cluster = parseLearningCluster({
      id: 'c',
      topic: 'Housing',
      subtopics: ['Homelessness'],
      areas: ['North'],
    });
    const decision = assessPilotGrant(
      { ...base, area: 'north', topics: ['homelessness'] },
      pilotGrantRulesFor(cluster, { matchRatio: { grant: 2 } }),
    );
    expect([decision.outcome, decision.matchLimitPence, decision.amountPence]).toEqual([
      'award',
      600000,
      200000,
    ]);
  });

  it('refuses pounds with pence as a fraction, with the path', () => {
    try {
      assessPilotGrant({ ...base, requestedPence: 2500.5 }, rules);
      expect.unreachable();
    } catch (error) {
      expect(isPeerLearnError(error) && [error.code, error.path]).toEqual([
        'invalid_input',
        ['application', 'requestedPence'],
      ]);
    }
  });

  it('leaves its inputs as they were', () => {
    const application = structuredClone(base);
    const copy = structuredClone(rules);
    assessPilotGrant(application, copy);
    expect([application, copy]).toEqual([base, rules]);
  });
});

describe('summarisePilotGrants', () => {
  it('adds up applied, committed, paid and outstanding by area (worked example)', () => {
    const decisions = [
      assessPilotGrant({ ...base, id: 'a', requestedPence: 250000, matchPence: 250000 }, rules),
      assessPilotGrant(
        { ...base, id: 'b', area: 'Hillside', requestedPence: 120000, matchPence: 60000 },
        rules,
      ),
      assessPilotGrant({ ...base, id: 'c', area: 'East' }, rules),
      assessPilotGrant({ ...base, id: 'd', alreadyPlanned: undefined }, rules),
    ];
    const portfolio = summarisePilotGrants(decisions, {
      payments: [
        { applicationId: 'a', amountPence: 125000 },
        { applicationId: 'b', amountPence: 70000 },
        { applicationId: 'c', amountPence: 100 },
        { applicationId: 'zz', amountPence: 100 },
      ],
      budgetPence: 400000,
    });
    expect(portfolio).toEqual({
      applied: 4,
      requestedPence: 770000,
      matchPence: 910000,
      awarded: 2,
      committedPence: 310000, // 250000 + 60000
      matchedPence: 310000,
      referred: 1,
      referredPence: 200000,
      refused: 1,
      paidPence: 195000,
      outstandingPence: 125000, // a: 125000 left; b: overpaid, 0 left
      budgetPence: 400000,
      remainingPence: 90000,
      byArea: [
        {
          area: 'East',
          applied: 1,
          awarded: 0,
          referred: 0,
          refused: 1,
          requestedPence: 200000,
          awardedPence: 0,
          paidPence: 0,
        },
        {
          area: 'Hillside',
          applied: 1,
          awarded: 1,
          referred: 0,
          refused: 0,
          requestedPence: 120000,
          awardedPence: 60000,
          paidPence: 70000,
        },
        {
          area: 'Seaview',
          applied: 2,
          awarded: 1,
          referred: 1,
          refused: 0,
          requestedPence: 450000,
          awardedPence: 250000,
          paidPence: 125000,
        },
      ],
      warnings: [
        'payments[2] is for "c", which was not awarded (refuse); it is not counted',
        'payments[3] is for "zz", which has no decision; it is not counted',
        '"b" has been paid 10000 pence more than its award',
      ],
    });
  });

  it('refuses two decisions on one application', () => {
    const decision = assessPilotGrant(base, rules);
    expect(() => summarisePilotGrants([decision, decision])).toThrow(
      /decisions\[1\]\.applicationId/u,
    );
  });
});

describe('hostile input', () => {
  it('pilotGrantRulesFor refuses a cluster without topics or areas, or a bad override', () => {
    expectRefusal(
      () => peerlearn.pilotGrantRulesFor(undefined as never),
      'pilotGrantRulesFor',
      'cluster',
    );
    expectRefusal(
      () =>
        peerlearn.pilotGrantRulesFor({ topic: 'Housing', subtopics: [], areas: 'North' } as never),
      'pilotGrantRulesFor',
      'cluster.areas',
    );
    const cluster = peerlearn.parseLearningCluster({ id: 'c', topic: 'Housing', areas: ['North'] });
    expectRefusal(
      () => peerlearn.pilotGrantRulesFor(cluster, { capPence: -1 }),
      'pilotGrantRulesFor',
      'overrides.capPence',
    );
  });
});
