import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyQuestion,
  isPeerLearnError,
  QUESTION_CUES,
  QUESTION_MAX_LENGTH,
} from '../../src/action-learning/index.js';

/** Every word the cue lists use, so generated texts are full of cues and near misses. */
const cueWords = [
  ...new Set(
    [
      ...QUESTION_CUES.advice.start,
      ...QUESTION_CUES.advice.anywhere,
      ...QUESTION_CUES.leading.start,
      ...QUESTION_CUES.leading.anywhere,
      ...QUESTION_CUES.leading.tags,
      ...QUESTION_CUES.leading.opinions,
      ...QUESTION_CUES.closed.start,
      ...QUESTION_CUES.open.start,
      ...QUESTION_CUES.open.invitations,
      ...QUESTION_CUES.leadIns,
    ].flatMap((phrase) => phrase.split(/[ |]/u).filter((word) => !word.startsWith('…'))),
  ),
];
const otherWords = [
  'the',
  'chair',
  'funding',
  'volunteers',
  'asking',
  'Trustees',
  'it',
  'not',
  'don’t',
  'dont',
];
const punctuation = [',', '.', '?', '!', ' - ', ';', '…', '"'];

/** Question-like text: cue words and other words, with punctuation here and there. */
const questionLike = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...cueWords) },
      { weight: 2, arbitrary: fc.constantFrom(...otherWords) },
      { weight: 1, arbitrary: fc.constantFrom(...punctuation) },
      { weight: 1, arbitrary: fc.constantFrom(...cueWords).map((word) => word.toUpperCase()) },
    ),
    { minLength: 1, maxLength: 25 },
  )
  .map((words) => words.join(' '))
  .filter((text) => /[\p{L}\p{N}]/u.test(text));

/** Any string at all, up to the limit, including unpaired surrogates and control characters. */
const anyText = fc.oneof(
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.string({ maxLength: QUESTION_MAX_LENGTH, unit: 'grapheme' }),
  questionLike,
);

describe('classifyQuestion properties', () => {
  it('is deterministic: the same text gives the same result', () => {
    fc.assert(
      fc.property(questionLike, (text) => {
        expect(classifyQuestion(text)).toEqual(classifyQuestion(text));
      }),
    );
  });

  it('quotes only words that occur in the text, and has cues exactly when confident', () => {
    fc.assert(
      fc.property(questionLike, (text) => {
        const result = classifyQuestion(text);
        for (const cue of result.cues) {
          expect(cue.trim()).not.toBe('');
          expect(text.includes(cue), `${JSON.stringify(cue)} in ${JSON.stringify(text)}`).toBe(
            true,
          );
        }
        expect(result.cues.length > 0).toBe(result.confidence === 'high');
        expect(['open', 'closed', 'leading', 'advice']).toContain(result.kind);
      }),
    );
  });

  it('gives the same kind whatever the spacing around and between the words', () => {
    const spacing = fc.constantFrom(' ', '  ', '\n', ' \t ', '\r\n');
    fc.assert(
      fc.property(questionLike, spacing, spacing, spacing, (text, before, between, after) => {
        const respaced = before + text.replace(/ /gu, between) + after;
        expect(classifyQuestion(respaced).kind, JSON.stringify(respaced)).toBe(
          classifyQuestion(text).kind,
        );
      }),
    );
  });

  it('gives the same kind with or without a final question mark or full stop', () => {
    const ending = fc.constantFrom('', '?', '.', '!', '?!', '...', '…', ' ?', '??');
    fc.assert(
      fc.property(questionLike, ending, (text, end) => {
        const bare = text.replace(/[\s.?!…]+$/u, '');
        fc.pre(/[\p{L}\p{N}]/u.test(bare));
        expect(classifyQuestion(bare + end).kind, JSON.stringify(bare + end)).toBe(
          classifyQuestion(bare).kind,
        );
      }),
    );
  });

  it('gives a result or a PeerLearnError for any text up to the limit', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        try {
          const result = classifyQuestion(text);
          for (const cue of result.cues) expect(text.includes(cue)).toBe(true);
        } catch (error) {
          expect(isPeerLearnError(error, 'invalid_input'), String(error)).toBe(true);
          expect(/[\p{L}\p{N}]/u.test(text)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any text over the limit, and any value that is not a string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .string({ minLength: 1, maxLength: 50 })
            .map((chunk) => chunk.repeat(Math.ceil((QUESTION_MAX_LENGTH + 1) / chunk.length))),
          fc.anything().filter((value) => typeof value !== 'string'),
        ),
        (input) => {
          let caught: unknown;
          try {
            classifyQuestion(input as string);
          } catch (error) {
            caught = error;
          }
          expect(isPeerLearnError(caught, 'invalid_input')).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});
