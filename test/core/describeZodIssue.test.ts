import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidInputError } from '../../src/core/index.js';
import { safeParseWith } from '../../src/core/validation.js';

function messageFor(schema: z.ZodType, input: unknown): string | undefined {
  const result = safeParseWith(schema, input, { fn: 'f' });
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('plain messages for each kind of zod issue', () => {
  it.each([
    ['NaN for a number', z.number(), Number.NaN, 'expected a number, got NaN'],
    ['a bigint', z.number(), 10n, 'expected a number, got a bigint'],
    ['a function', z.string(), () => 1, 'expected a string, got a function'],
    ['an object', z.array(z.string()), { a: 1 }, 'expected an array (list), got an object'],
    ['a boolean', z.int(), true, 'expected a number, got true'],
    ['a fraction for an integer', z.int(), 1.5, 'expected an integer, got the number 1.5'],
    ['a bad record key', z.record(z.string().min(2), z.int()), { b: 1 }, 'is not an accepted key'],
    ['a long text', z.number(), 'x'.repeat(41), 'expected a number, got a long text'],
    ['exact text length', z.string().length(3), 'ab', 'must have exactly 3 characters'],
    ['short text', z.string().min(3), 'ab', 'must have at least 3 characters'],
    ['long text', z.string().max(2), 'abc', 'must have at most 2 characters'],
    ['exact list length', z.array(z.int()).length(2), [1], 'must have exactly 2 items'],
    ['long list', z.array(z.int()).max(1), [1, 2], 'must have at most 1 items'],
    ['short list', z.array(z.int()).min(2), [1], 'must have at least 2 items'],
    ['exclusive maximum', z.number().lt(5), 5, 'must be less than 5'],
    ['inclusive minimum', z.number().min(1), 0, 'must be at least 1'],
    ['a single literal', z.literal('yes'), 'no', 'must be "yes", got the text "no"'],
    [
      'a time',
      z.iso.time(),
      '25:00',
      'must be a time written HH:MM (such as 18:30), got the text "25:00"',
    ],
    ['an email', z.email(), 'nobody', 'must be an email address, got the text "nobody"'],
    ['another format', z.string().regex(/^a/u), 'b', 'must be a valid regex, got the text "b"'],
    [
      'a union',
      z.union([z.int(), z.literal('all')]),
      'some',
      'does not match any of the accepted forms (got the text "some")',
    ],
  ])('%s', (_, schema, input, expected) => {
    expect(messageFor(schema, input)).toBe(expected);
  });

  it('keeps zod’s message where there are no plainer words (a refinement without a message)', () => {
    const schema = z.string().refine((text) => text.startsWith('#'));
    const input = 'tag';
    expect(messageFor(schema, input)).toBe(schema.safeParse(input).error?.issues[0]?.message);
  });

  it('keeps a message written into the schema', () => {
    expect(messageFor(z.int().min(2, 'a set needs at least two members'), 1)).toBe(
      'a set needs at least two members',
    );
  });
});

describe('InvalidInputError with no issues', () => {
  it('still says which function refused', () => {
    const error = new InvalidInputError('f', []);
    expect(error.message).toBe('f: the input is not valid.');
    expect(error.path).toEqual([]);
  });
});
