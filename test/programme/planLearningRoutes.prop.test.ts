import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MemberInput } from '../../src/core/index.js';
import {
  PEER_LEARNING_ACTIVITIES,
  planLearningRoutes,
  type PeerLearningActivityId,
  type PlanLearningRoutesOptions,
} from '../../src/programme/index.js';

const ids = PEER_LEARNING_ACTIVITIES.map((activity) => activity.id);
const byId = new Map(PEER_LEARNING_ACTIVITIES.map((activity) => [activity.id, activity]));

const memberArb: fc.Arbitrary<MemberInput> = fc
  .record({ area: fc.option(fc.constantFrom('North', 'South'), { nil: undefined }) })
  .map(({ area }) =>
    area === undefined ? { id: 'm', displayName: 'M' } : { id: 'm', displayName: 'M', area },
  );
const optionsArb: fc.Arbitrary<PlanLearningRoutesOptions> = fc.record({
  weeks: fc.integer({ min: 1, max: 20 }),
  digitalOnly: fc.boolean(),
  facilitatorAvailable: fc.boolean(),
  inCircle: fc.boolean(),
  exclude: fc.subarray<PeerLearningActivityId>(ids),
});

describe('planLearningRoutes properties', () => {
  it('uses only catalogue ids, accounts for each exactly once and honours every constraint', () => {
    fc.assert(
      fc.property(memberArb, optionsArb, (member, options) => {
        const plan = planLearningRoutes(member, options);
        const used = [
          ...plan.steps.map((s) => s.activityId),
          ...plan.omitted.map((o) => o.activityId),
        ];
        expect([...used].sort()).toEqual([...ids].sort());
        for (const step of plan.steps) {
          const activity = byId.get(step.activityId);
          expect(activity).toBeDefined();
          if (activity === undefined) continue;
          expect(options.exclude).not.toContain(step.activityId);
          expect(step.week).toBeLessThanOrEqual(options.weeks ?? 12);
          expect(activity.routes).toContain(step.route);
          expect(activity.modes).toContain(step.mode);
          if (options.digitalOnly === true) expect(step.mode).toBe('digital');
          if (options.facilitatorAvailable === false)
            expect(activity.needsTrainedFacilitator).toBe(false);
          if (step.route === 'across-teams') expect(member.area).toBeDefined();
        }
        const weeks = plan.steps.map((step) => step.week);
        expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
      }),
    );
  });

  it('is deterministic and leaves its inputs unchanged', () => {
    fc.assert(
      fc.property(memberArb, optionsArb, (member, options) => {
        const copies = structuredClone([member, options]);
        const first = planLearningRoutes(member, options);
        expect(planLearningRoutes(member, options)).toEqual(first);
        expect([member, options]).toEqual(copies);
      }),
    );
  });
});
