import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessCommunity,
  compareAssessments,
  COP_SELF_ASSESSMENT,
} from '../../src/practice/index.js';

const ITEMS = COP_SELF_ASSESSMENT.items.map((item) => item.id);

/** Members' responses: unique respondents, each answering any subset of the 21 statements. */
const responses = fc
  .uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 12 })
  .chain((members) =>
    fc.tuple(
      ...members.map((member) =>
        fc
          .array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), {
            minLength: ITEMS.length,
            maxLength: ITEMS.length,
          })
          .map((values) => ({
            id: `r${String(member)}`,
            respondent: `m${String(member)}`,
            answers: Object.fromEntries(
              values.flatMap((value, i) => (value === null ? [] : [[ITEMS[i] ?? '', value]])),
            ),
          })),
      ),
    ),
  );

const within = (value: number | null | undefined): boolean =>
  value === null || value === undefined || (value >= 1 && value <= 5);

/** A random reordering of a list. */
const reordered = <T>(list: readonly T[]) =>
  fc.array(fc.integer(), { minLength: list.length, maxLength: list.length }).map((keys) =>
    list
      .map((value, i) => ({ value, key: keys[i] ?? 0, i }))
      .sort((a, b) => a.key - b.key || a.i - b.i)
      .map((entry) => entry.value),
  );

describe('assessCommunity properties', () => {
  it('scores lie within the 1–5 scale and agreement within [0, 1]', () => {
    fc.assert(
      fc.property(responses, (input) => {
        const result = assessCommunity(input);
        for (const entry of result.principles) {
          expect(within(entry.mean) && within(entry.min) && within(entry.max)).toBe(true);
          expect(entry.items.every((item) => within(item.mean))).toBe(true);
          expect(entry.answered + entry.missing.length).toBe(input.length);
          if (entry.agreement !== null) {
            expect(entry.agreement.rwg).toBeGreaterThanOrEqual(0);
            expect(entry.agreement.rwg).toBeLessThanOrEqual(1);
          }
          if (entry.interval !== null && entry.mean !== null) {
            expect(entry.interval.lower).toBeLessThanOrEqual(entry.mean);
            expect(entry.interval.upper).toBeGreaterThanOrEqual(entry.mean);
          }
        }
        for (const member of result.members)
          expect(Object.values(member.scores).every(within)).toBe(true);
        expect(result.counts.scored + result.counts.excluded).toBe(result.counts.received);
      }),
    );
  });

  it('leaves its input as it was and gives the same output for the same input', () => {
    fc.assert(
      fc.property(responses, (input) => {
        const copy = structuredClone(input);
        const options = { confidence: 0.9 };
        const first = assessCommunity(input, options);
        expect(input).toEqual(copy);
        expect(options).toEqual({ confidence: 0.9 });
        expect(JSON.stringify(assessCommunity(structuredClone(input), options))).toBe(
          JSON.stringify(first),
        );
      }),
    );
  });

  it('does not depend on the order of the responses', () => {
    fc.assert(
      fc.property(
        responses.chain((input) => fc.tuple(fc.constant(input), reordered(input))),
        ([input, shuffled]) => {
          expect(JSON.stringify(assessCommunity(shuffled))).toBe(
            JSON.stringify(assessCommunity(input)),
          );
        },
      ),
    );
  });
});

describe('compareAssessments properties', () => {
  it('accounts for every member once, mutates nothing and ignores order', () => {
    fc.assert(
      fc.property(
        responses.chain((start) => fc.tuple(fc.constant(start), responses, reordered(start))),
        ([startInput, endInput, shuffled]) => {
          const start = assessCommunity(startInput);
          const end = assessCommunity(endInput);
          const startCopy = structuredClone(start);
          const result = compareAssessments(start, end);
          expect(start).toEqual(startCopy);
          const everyone = new Set([...startInput, ...endInput].map((r) => r.respondent));
          const listed = [
            ...result.members.both,
            ...result.members.startOnly,
            ...result.members.endOnly,
          ];
          expect(listed).toHaveLength(everyone.size);
          expect(new Set(listed)).toEqual(everyone);
          for (const change of result.principles) {
            expect(change.paired + change.startOnly.length).toBe(change.start.answered);
            expect(change.paired + change.endOnly.length).toBe(change.end.answered);
            if (change.test !== null) expect(change.test.pValue).toBeGreaterThanOrEqual(0);
            if (change.test !== null) expect(change.test.pValue).toBeLessThanOrEqual(1);
          }
          expect(JSON.stringify(compareAssessments(assessCommunity(shuffled), end))).toBe(
            JSON.stringify(result),
          );
        },
      ),
    );
  });
});
