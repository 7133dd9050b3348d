import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALLIANCE_FEATURES,
  allianceProgress,
  FIRST_YEAR_TARGETS,
  type LearningAllianceInput,
} from '../../src/programme/index.js';

const ids = [...ALLIANCE_FEATURES, ...FIRST_YEAR_TARGETS].map((item) => item.id);
const day = fc
  .integer({ min: 0, max: 900 })
  .map((offset) => new Date(Date.UTC(2025, 6, 1) + offset * 86_400_000).toISOString().slice(0, 10));

const allianceArb: fc.Arbitrary<LearningAllianceInput> = fc.record({
  id: fc.constant('a'),
  place: fc.constant('Somewhere'),
  founded: day,
  members: fc
    .uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 6 })
    .chain((numbers) =>
      fc.tuple(
        ...numbers.map((n) => fc.option(day, { nil: undefined }).map((joined) => ({ n, joined }))),
      ),
    )
    .map((rows) =>
      rows.map(({ n, joined }) =>
        joined === undefined
          ? { id: `o${String(n)}`, name: `Org ${String(n)}` }
          : { id: `o${String(n)}`, name: `Org ${String(n)}`, joined },
      ),
    ),
  evidence: fc.array(
    fc.record({
      about: fc.constantFrom(...ids),
      date: day,
      description: fc.constant('something happened'),
      counts: fc.constantFrom('met' as const, 'progress' as const),
    }),
    { maxLength: 25 },
  ),
});

describe('allianceProgress properties', () => {
  it('reports every feature and target exactly once, with progress in [0, 1]', () => {
    fc.assert(
      fc.property(allianceArb, day, (alliance, asOf) => {
        const report = allianceProgress(alliance, { asOf });
        const reported = [...report.features, ...report.targets].map((item) => item.id);
        expect([...reported].sort()).toEqual([...ids].sort());
        for (const share of Object.values(report.progress)) {
          expect(share.share).toBeGreaterThanOrEqual(0);
          expect(share.share).toBeLessThanOrEqual(1);
        }
        // Nothing lost: each evidence item is counted under its item or listed as later.
        const counted = [...report.features, ...report.targets]
          .flatMap((item) => item.evidence)
          .filter((item) => item.source === 'evidence').length;
        const later = report.laterEvidence.filter((item) => item.source === 'evidence').length;
        expect(counted + later).toBe(alliance.evidence?.length ?? 0);
        // Every unmet item has exactly one next step.
        const unmet = reported.length - report.progress.overall.met;
        expect(report.nextSteps).toHaveLength(unmet);
      }),
    );
  });

  it('never un-meets an item as asOf moves later', () => {
    fc.assert(
      fc.property(allianceArb, day, day, (alliance, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const before = allianceProgress(alliance, { asOf: early });
        const after = allianceProgress(alliance, { asOf: late });
        for (const item of [...before.features, ...before.targets]) {
          if (item.status !== 'met') continue;
          const again = [...after.features, ...after.targets].find((x) => x.id === item.id);
          expect(again?.status).toBe('met');
          expect(again?.metOn).toBe(item.metOn);
        }
        expect(after.progress.overall.met).toBeGreaterThanOrEqual(before.progress.overall.met);
      }),
    );
  });

  it('leaves its input unchanged', () => {
    fc.assert(
      fc.property(allianceArb, day, (alliance, asOf) => {
        const copy = structuredClone(alliance);
        allianceProgress(alliance, { asOf });
        expect(alliance).toEqual(copy);
      }),
    );
  });
});
