import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import { z } from 'zod';
import { isPeerLearnError, toInvalidInputError } from '../../src/core/index.js';
import { parseWith, safeParseWith } from '../../src/core/validation.js';

const Session = z.strictObject({
  title: z.string().min(1),
  capacity: z.int().min(2).max(40),
  date: z.iso.date(),
  format: z.enum(['online', 'in person']),
  tags: z.array(z.string()).min(1),
  rating: z.number().gt(0).multipleOf(0.5),
  note: z.string().refine((text) => !text.includes('@'), 'must not contain an email address'),
});

function messages(input: unknown): Record<string, string> {
  const result = safeParseWith(Session, input, { fn: 'planSession', root: 'session' });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.pathText, issue.message]));
}

describe('validation messages', () => {
  it('say what was expected and what came, in plain words', () => {
    expect(
      messages({
        title: '',
        capacity: 1.5,
        date: '2026-02-30',
        format: 'hybrid',
        tags: [],
        rating: 0,
        note: 'a@b',
        extra: 1,
        more: 2,
      }),
    ).toEqual({
      session: 'has unknown fields "extra", "more"; check the spelling or remove them',
      'session.title': 'must not be empty',
      'session.capacity': 'expected an integer, got the number 1.5',
      'session.date':
        'must be a calendar date written YYYY-MM-DD that exists (such as 2026-03-05), got the text "2026-02-30"',
      'session.format': 'must be one of "online", "in person", got the text "hybrid"',
      'session.tags': 'must not be empty',
      'session.rating': 'must be greater than 0',
      'session.note': 'must not contain an email address',
    });
  });

  it('say when a field is missing, and describe values without echoing long text', () => {
    expect(
      messages({
        capacity: 50,
        date: 7,
        format: 'online',
        tags: ['x'],
        rating: 1.25,
        note: 'x'.repeat(100),
      }),
    ).toEqual({
      'session.title': 'is missing; expected a string',
      'session.capacity': 'must be at most 40',
      'session.date': 'expected a string, got the number 7',
      'session.rating': 'must be a multiple of 0.5, got the number 1.25',
    });
    expect(messages([1, 2])).toEqual({ session: 'expected an object, got an array of 2' });
    expect(messages(null)).toEqual({ session: 'expected an object, got null' });
    expect(
      messages({ ...validSession(), title: 'x'.repeat(3), note: 'x'.repeat(41) + '@' }),
    ).toEqual({
      'session.note': 'must not contain an email address',
    });
  });

  it('parseWith returns the data or throws the same error safeParseWith returns', () => {
    expect(parseWith(Session, validSession(), { fn: 'planSession' })).toEqual(validSession());
    let thrown: unknown;
    try {
      parseWith(
        Session,
        { ...validSession(), capacity: 'ten' },
        { fn: 'planSession', root: 'session' },
      );
    } catch (error) {
      thrown = error;
    }
    expect(isPeerLearnError(thrown, 'invalid_input')).toBe(true);
    expect((thrown as Error).message).toBe(
      'planSession: 1 problem in the input:\n  - session.capacity: expected a number, got the text "ten"\nFix it and call planSession again.',
    );
  });
});

describe('toInvalidInputError', () => {
  it('keeps zod’s own messages and codes, with readable paths and the ZodError as cause', () => {
    const result = z
      .object({ members: z.array(z.object({ id: z.string() })) })
      .safeParse({ members: [{ id: 1 }] });
    expect(result.success).toBe(false);
    if (result.success) return;
    const error = toInvalidInputError(result.error, { fn: 'importMembers', root: 'file' });
    expect(error.issues).toEqual([
      {
        path: ['members', 0, 'id'],
        pathText: 'file.members[0].id',
        code: 'invalid_type',
        message: result.error.issues[0]?.message,
      },
    ]);
    expect(error.cause).toBe(result.error);
  });

  it('writes symbol keys as text', () => {
    const key = Symbol('secret');
    const error = toInvalidInputError(
      new z.ZodError([{ code: 'custom', path: [key, 'x'], message: 'bad', input: undefined }]),
      { fn: 'f' },
    );
    expect(error.issues[0]?.path).toEqual(['Symbol(secret)', 'x']);
    expect(error.issues[0]?.pathText).toBe('["Symbol(secret)"].x');
  });
});

function validSession() {
  return {
    title: 'Buddying',
    capacity: 12,
    date: '2026-03-05',
    format: 'online',
    tags: ['x'],
    rating: 4.5,
    note: '',
  };
}

describe('hostile input', () => {
  it('toInvalidInputError refuses what is not a zod error, naming the argument', () => {
    for (const error of [undefined, null, 42, {}, { issues: 'x' }, { issues: [{ path: 1 }] }]) {
      expectRefusal(
        () => peerlearn.toInvalidInputError(error as never, { fn: 'importMembers' }),
        'toInvalidInputError',
        'error',
      );
    }
    const result = peerlearn.Member.safeParse({ id: 'm1' });
    if (result.success) throw new Error('expected a failed parse');
    for (const context of [undefined, null, {}, { fn: 42 }, { fn: 'f', root: 7 }]) {
      expectRefusal(
        () => peerlearn.toInvalidInputError(result.error, context as never),
        'toInvalidInputError',
      );
    }
  });

  it('formatPath refuses a path that is not keys and indexes, or a root that is not text', () => {
    expectRefusal(() => peerlearn.formatPath(undefined as never), 'formatPath', 'path');
    expectRefusal(() => peerlearn.formatPath('members' as never), 'formatPath', 'path');
    expectRefusal(
      () => peerlearn.formatPath(['a', Object.create(null) as never]),
      'formatPath',
      'path[1]',
    );
    expectRefusal(() => peerlearn.formatPath(['a'], null as never), 'formatPath', 'root');
  });
});
