import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import {
  formatPath,
  InfeasibleRequestError,
  InvalidInputError,
  InvalidTransitionError,
  isPeerLearnError,
  PEER_LEARN_ERROR_NAMES,
  PeerLearnError,
} from '../../src/core/index.js';

const issue = {
  path: ['participants', 3, 'area'],
  pathText: 'participants[3].area',
  code: 'invalid_type',
  message: 'expected a string, got the number 7',
};

describe('PeerLearnError', () => {
  it('carries its code, path, details and cause, and is a real Error', () => {
    const cause = new Error('underlying');
    const error = new PeerLearnError({
      code: 'infeasible_request',
      message: 'formGroups: too few people.',
      path: ['options', 'size'],
      details: { people: 3 },
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PeerLearnError');
    expect(error.code).toBe('infeasible_request');
    expect(error.path).toEqual(['options', 'size']);
    expect(Object.isFrozen(error.path)).toBe(true);
    expect(error.details).toEqual({ people: 3 });
    expect(error.cause).toBe(cause);
    expect(error.stack).toContain('formGroups: too few people.');
  });

  it('serialises to plain JSON with everything a client needs', () => {
    const error = new InvalidInputError('pairParticipants', [issue]);
    const json: unknown = JSON.parse(JSON.stringify(error));
    expect(json).toEqual({
      name: 'InvalidInputError',
      code: 'invalid_input',
      message: error.message,
      path: ['participants', 3, 'area'],
      details: { fn: 'pairParticipants', issues: [issue] },
    });
  });

  it('does not keep a reference to the caller’s path or issues', () => {
    const path: (string | number)[] = ['a'];
    const error = new PeerLearnError({ code: 'invalid_input', message: 'm', path, details: {} });
    path.push('b');
    expect(error.path).toEqual(['a']);
  });
});

describe('InvalidInputError', () => {
  it('lists every issue in its message and says what to do', () => {
    const second = {
      path: ['seed'],
      pathText: 'seed',
      code: 'invalid_type',
      message: 'is missing',
    };
    const error = new InvalidInputError('planRounds', [issue, second]);
    expect(error.message).toBe(
      'planRounds: 2 problems in the input:\n' +
        '  - participants[3].area: expected a string, got the number 7\n' +
        '  - seed: is missing\n' +
        'Fix them and call planRounds again.',
    );
    expect(error.path).toEqual(issue.path);
    expect(error.issues).toHaveLength(2);
    expect(error.details.fn).toBe('planRounds');
  });

  it('uses the singular for one issue', () => {
    expect(new InvalidInputError('f', [issue]).message).toMatch(
      /^f: 1 problem in the input:\n.*\nFix it and call f again\.$/su,
    );
  });
});

describe('InvalidTransitionError', () => {
  it('names the state, the event, the reason and what is allowed', () => {
    const error = new InvalidTransitionError({
      machine: 'meetingMachine',
      state: 'bidding',
      event: 'REFLECT',
      reason: 'nobody has presented yet',
      allowed: ['BID', 'START_PRESENTING'],
    });
    expect(error.code).toBe('invalid_transition');
    expect(error.message).toBe(
      'meetingMachine: cannot apply "REFLECT" in state "bidding": nobody has presented yet. Allowed now: BID, START_PRESENTING.',
    );
    expect(error.path).toEqual(['event', 'type']);
    expect(error.details.allowed).toEqual(['BID', 'START_PRESENTING']);
  });

  it('says so when no event is allowed', () => {
    const error = new InvalidTransitionError({
      machine: 'setMachine',
      state: 'closed',
      event: 'MEET',
      reason: 'the set has closed',
      allowed: [],
    });
    expect(error.message).toMatch(/No event is allowed now\.$/u);
  });
});

describe('InfeasibleRequestError', () => {
  it('starts with the function name and keeps the facts', () => {
    const error = new InfeasibleRequestError({
      fn: 'formGroups',
      message: '3 people cannot make groups of 4',
      path: ['options', 'size'],
      facts: { people: 3, size: 4 },
    });
    expect(error.code).toBe('infeasible_request');
    expect(error.message).toBe('formGroups: 3 people cannot make groups of 4.');
    expect(error.details).toEqual({ fn: 'formGroups', facts: { people: 3, size: 4 } });
    expect(error.path).toEqual(['options', 'size']);
  });
});

describe('isPeerLearnError', () => {
  const errors = [
    new PeerLearnError({ code: 'invalid_input', message: 'm', details: null }),
    new InvalidInputError('f', [issue]),
    new InvalidTransitionError({ machine: 'm', state: 's', event: 'e', reason: 'r', allowed: [] }),
    new InfeasibleRequestError({ fn: 'f', message: 'm', facts: {} }),
  ];

  it('recognises every peerlearn error class, and the names list covers them all', () => {
    for (const error of errors) expect(isPeerLearnError(error)).toBe(true);
    expect(errors.map((error) => error.name).sort()).toEqual([...PEER_LEARN_ERROR_NAMES].sort());
  });

  it('recognises an error from another copy of the library by name and code', () => {
    const foreign = JSON.parse(JSON.stringify(new InvalidInputError('f', [issue]))) as unknown;
    expect(foreign).not.toBeInstanceOf(PeerLearnError);
    expect(isPeerLearnError(foreign)).toBe(true);
    expect(isPeerLearnError(foreign, 'invalid_input')).toBe(true);
  });

  it('narrows by code', () => {
    const error: unknown = errors[1];
    expect(isPeerLearnError(error, 'invalid_transition')).toBe(false);
    if (isPeerLearnError(error, 'invalid_input'))
      expect(error.issues[0]?.pathText).toBe('participants[3].area');
    else expect.unreachable('an invalid_input error was not recognised');
  });

  it('rejects other values', () => {
    for (const value of [
      null,
      undefined,
      'PeerLearnError',
      42,
      new Error('x'),
      new TypeError('x'),
      { name: 'PeerLearnError' },
      { name: 'Other', code: 'invalid_input' },
    ]) {
      expect(isPeerLearnError(value)).toBe(false);
    }
  });
});

describe('formatPath', () => {
  it.each([
    [[], '', '(input)'],
    [[], 'members', 'members'],
    [['members', 2, 'joined'], '', 'members[2].joined'],
    [[0, 'id'], 'members', 'members[0].id'],
    [['scores', 'q 1'], 'response', 'response.scores["q 1"]'],
    [['a-b', '$ok', '_x'], '', '["a-b"].$ok._x'],
    [['__proto__'], 'o', 'o.__proto__'],
  ] as const)('writes %j under %j as %s', (path, root, expected) => {
    expect(formatPath(path, root)).toBe(expected);
  });
});

describe('InvalidTransitionError: its documented example uses real meeting events', () => {
  it('names BID and START_PRESENTING, which the meeting machine has', async () => {
    const { MEETING_EVENTS } = await import('../../src/action-learning/meeting/meetingModel.js');
    expect(Object.keys(MEETING_EVENTS)).toEqual(
      expect.arrayContaining(['BID', 'START_PRESENTING', 'REFLECT']),
    );
    expect(Object.keys(MEETING_EVENTS)).not.toContain('START_PRESENTATION');
  });
});

describe('hostile input', () => {
  it('keeps the list of error names frozen, so no caller can widen isPeerLearnError', () => {
    expect(Object.isFrozen(peerlearn.PEER_LEARN_ERROR_NAMES)).toBe(true);
    expect(() => {
      (peerlearn.PEER_LEARN_ERROR_NAMES as string[]).push('TypeError');
    }).toThrow(TypeError);
    expect(peerlearn.isPeerLearnError(Object.assign(new TypeError('x'), { code: 'x' }))).toBe(
      false,
    );
  });

  it('lists at most 100 problems in a message, and keeps them all in issues', () => {
    const issues = Array.from({ length: 250 }, (_, index) => ({
      path: [index],
      pathText: `rows[${String(index)}]`,
      code: 'custom',
      message: 'is wrong',
    }));
    const error = new peerlearn.InvalidInputError('importRows', issues);
    expect(error.issues).toHaveLength(250);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('importRows: 250 problems in the input:');
    expect(lines.filter((line) => line.startsWith('  - rows['))).toHaveLength(100);
    expect(lines).toContain("  - … and 150 more (see the error's issues)");
  });

  it('deepFreeze leaves a typed array as it is (the engine cannot freeze one)', () => {
    const value = { scores: new Float64Array([1, 2]), list: [1] };
    expect(() => peerlearn.deepFreeze(value)).not.toThrow();
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.list)).toBe(true);
    expect(Object.isFrozen(value.scores)).toBe(false);
  });
});
