/**
 * Size limits of the survey module: cronbachAlpha (and so reliability) takes at most 100
 * items and 10,000,000 answers; beyond them the call is refused at once, instead of the
 * O(k⁴) work an ill-conditioned matrix of many items costs. docs/guides/limits.md lists the
 * limits with the times measured at them.
 */
import { describe, expect, it } from 'vitest';
import {
  cronbachAlpha,
  defineInstrument,
  InvalidInputError,
  reliability,
  scoreResponses,
} from '../../src/survey/index.js';
import { createRandom } from '../../src/core/index.js';
import { thrown } from '../helpers/expectClose.js';

/** `rows` × `items` answers on 1–5 with a shared factor, so the items hang together. */
function answers(rows: number, items: number, seed = 'limits'): number[][] {
  const random = createRandom(seed);
  return Array.from({ length: rows }, () => {
    const trait = random.next() * 4;
    return Array.from({ length: items }, () =>
      Math.min(5, Math.max(1, Math.round(1 + trait + random.next() * 2 - 1))),
    );
  });
}

function refusal(run: () => unknown): [string, string, string] {
  const error = thrown(run);
  expect(error).toBeInstanceOf(InvalidInputError);
  const { code, issues } = error as InvalidInputError;
  expect(code).toBe('invalid_input');
  expect(issues).toHaveLength(1);
  return [issues[0]?.pathText ?? '', issues[0]?.code ?? '', issues[0]?.message ?? ''];
}

describe('cronbachAlpha: at most 100 items and 10,000,000 answers', () => {
  it('refuses 101 items at once, whatever else is wrong', () => {
    // Three rows of 101 items: fewer rows than items, the case that costs O(k⁴).
    expect(refusal(() => cronbachAlpha(answers(3, 101)))).toEqual([
      'matrix[0]',
      'too_big',
      'has 101 items (columns); alpha is computed for at most 100 items at once, so analyse each scale or domain on its own',
    ]);
    // A later, longer row counts too.
    expect(refusal(() => cronbachAlpha([[1, 2], [2, 3], Array<number>(150).fill(3)]))[2]).toMatch(
      /^has 150 items/u,
    );
  });

  it('refuses more than 10,000,000 answers', () => {
    // The rows are the same array, so the test needs no memory for 100,001 × 100 answers.
    const row = answers(1, 100)[0] ?? [];
    const matrix = Array.from({ length: 100_001 }, () => row);
    expect(refusal(() => cronbachAlpha(matrix))).toEqual([
      'matrix',
      'too_big',
      'has 100,001 rows of 100 items (10,000,100 answers); at most 10,000,000 are taken at once, so analyse a random sample of the rows',
    ]);
  });

  it('analyses 100 items', () => {
    const result = cronbachAlpha(answers(200, 100));
    expect(result.items).toHaveLength(100);
    expect(result.rawAlpha).toBeGreaterThan(0.9);
  });
});

describe('reliability: a domain beyond the limits says why, and the others are analysed', () => {
  const ids = Array.from({ length: 101 }, (_, i) => `q${String(i + 1)}`);
  const instrument = defineInstrument({
    id: 'long',
    title: 'A long questionnaire',
    version: '1',
    items: ids.map((id) => ({ id, type: 'likert' as const, min: 1, max: 5, wording: id })),
    domains: [
      { id: 'all', label: 'Everything', items: ids },
      { id: 'first', label: 'First five', items: ids.slice(0, 5) },
    ],
  });
  const scored = scoreResponses(
    instrument,
    answers(40, 101).map((row, r) => ({
      id: `r${String(r)}`,
      answers: Object.fromEntries(ids.map((id, i) => [id, row[i] ?? 3])),
    })),
  );

  it('reports the 101-item domain as not available, with the limit', () => {
    const { domains } = reliability(scored);
    expect(domains['all']).toEqual({
      available: false,
      label: 'Everything',
      reason: 'the domain has 101 items; alpha is computed for at most 100',
    });
    expect(domains['first']?.available).toBe(true);
  });
});
