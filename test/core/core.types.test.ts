import { describe, expectTypeOf, it } from 'vitest';
import {
  createRandom,
  InvalidInputError,
  isPeerLearnError,
  Member,
  parseIsoDate,
  safeParseMember,
  shuffle,
  type InputIssue,
  type IsoWeekday,
  type MemberInput,
  type PeerLearnError,
  type PeerLearnErrorCode,
  type RandomState,
  type SafeParseResult,
} from '../../src/core/index.js';
import type { InvalidTransitionError } from '../../src/core/InvalidTransitionError.js';

describe('core types', () => {
  it('isPeerLearnError narrows to the class of the code', () => {
    const value: unknown = null;
    if (isPeerLearnError(value)) expectTypeOf(value).toEqualTypeOf<PeerLearnError>();
    if (isPeerLearnError(value, 'invalid_input')) {
      expectTypeOf(value).toEqualTypeOf<InvalidInputError>();
      expectTypeOf(value.issues).toEqualTypeOf<readonly InputIssue[]>();
    }
    if (isPeerLearnError(value, 'invalid_transition'))
      expectTypeOf(value).toEqualTypeOf<InvalidTransitionError>();
    // @ts-expect-error an unknown code is refused at compile time
    isPeerLearnError(value, 'not_a_code');
    expectTypeOf<PeerLearnErrorCode>().toEqualTypeOf<
      'invalid_input' | 'invalid_transition' | 'infeasible_request'
    >();
  });

  it('Member separates what an app writes from what parsing returns', () => {
    expectTypeOf<MemberInput['roles']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Member['roles']>().toEqualTypeOf<string[]>();
    expectTypeOf<Member['joined']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(safeParseMember).returns.toEqualTypeOf<SafeParseResult<Member>>();
    const result = safeParseMember({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Member>();
    else expectTypeOf(result.error).toEqualTypeOf<InvalidInputError>();
  });

  it('shuffle keeps the element type and takes a seed or a generator', () => {
    expectTypeOf(shuffle(['a'] as const, 1)).toEqualTypeOf<'a'[]>();
    expectTypeOf(shuffle([1, 2], createRandom('x'))).toEqualTypeOf<number[]>();
    // @ts-expect-error a seed must be a number or a text
    shuffle([1], { seed: 1 });
    expectTypeOf(createRandom(1).state()).toEqualTypeOf<RandomState>();
    expectTypeOf<RandomState>().toEqualTypeOf<[number, number, number, number]>();
  });

  it('dates are plain strings and weekdays are ISO numbers', () => {
    expectTypeOf(parseIsoDate('2026-03-05')).toEqualTypeOf<string>();
    expectTypeOf<IsoWeekday>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6 | 7>();
  });
});
