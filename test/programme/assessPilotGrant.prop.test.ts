import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessPilotGrant,
  summarisePilotGrants,
  type PilotGrantApplicationInput,
  type PilotGrantRulesInput,
} from '../../src/programme/index.js';

const AREAS = ['North', 'South', 'East'];
const TOPICS = ['housing', 'youth', 'legacy'];
const pence = fc.integer({ min: 0, max: 2_000_000 });

const application = (id: string): fc.Arbitrary<PilotGrantApplicationInput> =>
  fc.record({
    id: fc.constant(id),
    area: fc.constantFrom(...AREAS),
    title: fc.constant('Pilot'),
    topics: fc.subarray(TOPICS, { minLength: 1 }),
    requestedPence: pence,
    matchPence: pence,
    alreadyPlanned: fc.option(fc.boolean(), { nil: undefined }),
    appliedOn: fc.constant('2026-03-01'),
  });

const rules: fc.Arbitrary<PilotGrantRulesInput> = fc.record({
  clusterTopics: fc.subarray(TOPICS, { minLength: 1 }),
  memberAreas: fc.subarray(AREAS, { minLength: 1 }),
  capPence: pence,
  matchRatio: fc.record({
    grant: fc.integer({ min: 1, max: 5 }),
    match: fc.integer({ min: 1, max: 5 }),
  }),
});

describe('assessPilotGrant properties', () => {
  it('never awards more than the cap, the match allows or was asked for; whole pence; inputs untouched', () => {
    fc.assert(
      fc.property(application('g'), rules, (app, r) => {
        const before = structuredClone([app, r]);
        const decision = assessPilotGrant(app, r);
        const ratio = r.matchRatio ?? { grant: 1, match: 1 };
        expect(Number.isInteger(decision.amountPence)).toBe(true);
        expect(decision.amountPence).toBeLessThanOrEqual(r.capPence ?? 250000);
        expect(decision.amountPence).toBeLessThanOrEqual(app.requestedPence);
        // amount × match ≤ matchPence × grant: the match limit, checked without division.
        expect(decision.amountPence * (ratio.match ?? 1)).toBeLessThanOrEqual(
          app.matchPence * (ratio.grant ?? 1),
        );
        expect(decision.outcome === 'refuse').toBe(
          decision.checks.some((check) => check.verdict === 'fail'),
        );
        expect([app, r]).toEqual(before);
      }),
    );
  });
});

describe('summarisePilotGrants properties', () => {
  it('area rows add up to the totals, and outcomes account for every application', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.nat(), { maxLength: 12 })
          .chain((ids) =>
            fc.tuple(
              fc.tuple(...[...new Set(ids)].map((id) => application(`g${String(id)}`))),
              rules,
            ),
          ),
        fc.array(fc.record({ k: fc.nat(), amountPence: pence }), { maxLength: 6 }),
        ([apps, r], pays) => {
          const decisions = apps.map((app) => assessPilotGrant(app, r));
          const payments =
            decisions.length === 0
              ? []
              : pays.map(({ k, amountPence }) => ({
                  applicationId: decisions[k % decisions.length]?.applicationId ?? '',
                  amountPence,
                }));
          const before = structuredClone(decisions);
          const p = summarisePilotGrants(decisions, { payments, budgetPence: 1_000_000 });
          const sum = (pick: (row: (typeof p.byArea)[number]) => number): number =>
            p.byArea.reduce((total, row) => total + pick(row), 0);
          expect(p.applied).toBe(decisions.length);
          expect(p.awarded + p.referred + p.refused).toBe(p.applied);
          expect(sum((row) => row.applied)).toBe(p.applied);
          expect(sum((row) => row.awardedPence)).toBe(p.committedPence);
          expect(sum((row) => row.requestedPence)).toBe(p.requestedPence);
          expect(sum((row) => row.paidPence)).toBe(p.paidPence);
          expect(p.committedPence).toBe(
            decisions.filter((d) => d.outcome === 'award').reduce((t, d) => t + d.amountPence, 0),
          );
          expect(p.remainingPence).toBe(1_000_000 - p.committedPence);
          expect(p.outstandingPence).toBeGreaterThanOrEqual(p.committedPence - p.paidPence);
          expect(decisions).toEqual(before);
        },
      ),
    );
  });
});
