import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMUNITY_STAGES, estimateStage } from '../../src/practice/index.js';

const allSigns = COMMUNITY_STAGES.flatMap((stage) => stage.signs.map((sign) => sign.id));
/** Any ticked checklist, possibly with repeats. */
const ticked = fc.array(fc.constantFrom(...allSigns), { maxLength: 30 });

describe('estimateStage: properties', () => {
  it('does not depend on the order or repetition of the ids', () => {
    fc.assert(
      fc.property(
        ticked.chain((ids) =>
          fc.tuple(
            fc.constant(ids),
            fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }),
          ),
        ),
        ([ids, shuffled]) => {
          const estimate = estimateStage(ids);
          expect(estimateStage(shuffled)).toEqual(estimate);
          expect(estimateStage([...ids, ...ids])).toEqual(estimate);
        },
      ),
    );
  });

  it('reads an array and the same record of trues alike, with scores in [0, 1]', () => {
    fc.assert(
      fc.property(ticked, (ids) => {
        const estimate = estimateStage(ids);
        const record = Object.fromEntries(ids.map((id) => [id, true]));
        expect(estimateStage(record)).toEqual(estimate);
        for (const item of estimate.evidence) {
          expect(item.score).toBeGreaterThanOrEqual(0);
          expect(item.score).toBeLessThanOrEqual(1);
          expect(item.matched.length + item.notObserved.length + item.unassessed.length).toBe(
            COMMUNITY_STAGES.find((stage) => stage.id === item.stage)?.signs.length,
          );
        }
        expect(estimate.margin).toBeGreaterThanOrEqual(0);
        if (estimate.stage !== null) {
          expect(estimate.evidence.every((item) => item.score <= estimate.score)).toBe(true);
        }
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(ticked, (ids) => {
        const before = JSON.stringify(ids);
        estimateStage(ids);
        expect(JSON.stringify(ids)).toBe(before);
      }),
    );
  });
});
