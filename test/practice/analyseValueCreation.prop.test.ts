/**
 * Properties of analyseValueCreation: every story is accounted for exactly once (analysed
 * or excluded); `reached` and `unbroken` are cumulative, so they never rise along the chain
 * and `unbroken ≤ evidenced ≤ reached` for each cycle; breaks plus complete chains count
 * every analysed story once; shuffling the input changes nothing; the input is not mutated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseValueCreation,
  type AnalyseValueCreationOptions,
  type ValueIndicator,
  type ValueStoryInput,
} from '../../src/practice/index.js';

const CYCLES = ['immediate', 'potential', 'applied', 'realised', 'transformative'] as const;
const date = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(
    ({ month, day }) => `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
const quoted = fc.array(
  fc.record(
    {
      name: fc.constantFrom('a', 'b'),
      value: fc.integer({ min: -50, max: 50 }),
      unit: fc.constantFrom('x', 'y'),
    },
    { requiredKeys: ['name', 'value'] },
  ),
  { maxLength: 2 },
);
const evidence = fc
  .subarray([...CYCLES], { minLength: 1 })
  .chain((cycles) =>
    fc.tuple(
      ...cycles.map((cycle) =>
        quoted.map((indicators) => [cycle, { text: `on ${cycle}`, indicators }] as const),
      ),
    ),
  )
  .map((entries) => Object.fromEntries(entries) as ValueStoryInput['evidence']);
const stories = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }).filter((id) => id.trim() === id && id !== ''),
    members: fc.uniqueArray(fc.constantFrom('m1', 'm2', 'm3'), { minLength: 1 }),
    date,
    title: fc.constant('A story'),
    evidence,
  }),
  { selector: (story) => story.id, maxLength: 12 },
);
const indicators: fc.Arbitrary<ValueIndicator[]> = fc.array(
  fc.record(
    {
      cycle: fc.constantFrom(...CYCLES),
      name: fc.constantFrom('a', 'b'),
      value: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      unit: fc.constantFrom('x', 'y'),
      date,
    },
    { requiredKeys: ['cycle', 'name', 'value', 'date'] },
  ),
  { maxLength: 10 },
);
const options: fc.Arbitrary<AnalyseValueCreationOptions> = fc.oneof(
  fc.constant({}),
  fc.record({ target: fc.constantFrom('realised' as const, 'transformative' as const) }),
  fc.tuple(date, date).map(([x, y]) => (x <= y ? { from: x, to: y } : { from: y, to: x })),
);

describe('analyseValueCreation properties', () => {
  it('accounts for every story exactly once, sorted by id', () => {
    fc.assert(
      fc.property(stories, indicators, options, (input, values, settings) => {
        const result = analyseValueCreation(input, values, settings);
        const ids = [
          ...result.stories.map((story) => story.id),
          ...result.excluded.map((story) => story.id),
        ];
        expect([...ids].sort()).toEqual(input.map((story) => story.id).sort());
        expect(result.storyCount).toBe(result.stories.length);
        const analysed = result.stories.map((story) => story.id);
        expect(analysed).toEqual([...analysed].sort());
        // every analysed story either is complete or breaks at exactly one cycle
        const breaks = result.cycles.reduce((sum, cycle) => sum + cycle.breaks, 0);
        expect(breaks + result.complete).toBe(result.storyCount);
      }),
    );
  });

  it('counts cumulatively: reached and unbroken never rise along the chain', () => {
    fc.assert(
      fc.property(stories, options, (input, settings) => {
        const { cycles, storyCount } = analyseValueCreation(input, [], settings);
        cycles.forEach((cycle, index) => {
          expect(cycle.unbroken).toBeLessThanOrEqual(cycle.evidenced);
          expect(cycle.evidenced).toBeLessThanOrEqual(cycle.reached);
          expect(cycle.reached).toBeLessThanOrEqual(storyCount);
          const next = cycles[index + 1];
          if (next !== undefined) {
            expect(next.reached).toBeLessThanOrEqual(cycle.reached);
            expect(next.unbroken).toBeLessThanOrEqual(cycle.unbroken);
          }
        });
        // every story has evidence somewhere, so every story reaches immediate value
        expect(cycles[0]?.reached).toBe(storyCount);
      }),
    );
  });

  it('gives the same result, byte for byte, for shuffled input', () => {
    fc.assert(
      fc.property(
        stories.chain((input) =>
          fc.tuple(fc.constant(input), fc.shuffledSubarray(input, { minLength: input.length })),
        ),
        indicators.chain((values) =>
          fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length })),
        ),
        options,
        ([input, shuffled], [values, shuffledValues], settings) => {
          expect(JSON.stringify(analyseValueCreation(shuffled, shuffledValues, settings))).toBe(
            JSON.stringify(analyseValueCreation(input, values, settings)),
          );
        },
      ),
    );
  });

  it('keeps indicator summaries within their values', () => {
    fc.assert(
      fc.property(stories, indicators, (input, values) => {
        for (const cycle of analyseValueCreation(input, values).cycles)
          for (const summary of cycle.indicators) {
            expect(summary.min).toBeLessThanOrEqual(summary.mean + 1e-6);
            expect(summary.mean).toBeLessThanOrEqual(summary.max + 1e-6);
            expect(summary.fromStories).toBeLessThanOrEqual(summary.count);
          }
      }),
    );
  });

  it('leaves its input as it was', () => {
    fc.assert(
      fc.property(stories, indicators, options, (input, values, settings) => {
        const before = structuredClone([input, values, settings]);
        analyseValueCreation(input, values, settings);
        expect([input, values, settings]).toEqual(before);
      }),
    );
  });
});
