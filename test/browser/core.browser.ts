/**
 * Smoke checks of the shared kernel in Chromium: errors that survive the bundle, the seeded
 * generator against its C reference, calendar dates, members and RFC 4180 CSV.
 */
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import {
  addToIsoDate,
  createRandom,
  findWeekdayInMonth,
  InvalidInputError,
  isPeerLearnError,
  parseCsv,
  parseMembers,
  PeerLearnError,
  restoreRandom,
  shuffle,
  toCsv,
} from '../../src/core/index.js';
import reference from '../fixtures/xoshiro/reference.json' with { type: 'json' };

describe('core in the browser', () => {
  it('raises PeerLearnErrors that say which field is wrong', () => {
    let caught: unknown;
    try {
      parseMembers([
        { id: 'm-01', displayName: 'Ama' },
        { id: 'm-01', displayName: '', joined: '2026-02-30' },
      ]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect(caught).toBeInstanceOf(PeerLearnError);
    expect(isPeerLearnError(caught, 'invalid_input')).toBe(true);
    expect((caught as InvalidInputError).issues.map((issue) => issue.pathText)).toEqual([
      'members[1].displayName',
      'members[1].joined',
      'members[1].id',
    ]);
    // isPeerLearnError reads the name and code, so a copy from another bundle still counts.
    const foreign = Object.assign(new Error('from another copy'), {
      name: 'InvalidInputError',
      code: 'invalid_input',
    });
    expect(isPeerLearnError(foreign, 'invalid_input')).toBe(true);
  });

  it('draws the numbers of the C reference for xoshiro128** (test/fixtures/xoshiro/reference.c)', () => {
    for (const { seed, uint32, next } of reference.cases) {
      const random = createRandom(seed);
      expect(Array.from({ length: 8 }, () => random.uint32())).toEqual(uint32);
      expect(Array.from({ length: 4 }, () => random.next())).toEqual(next);
    }
  });

  it('resumes a generator from its JSON state and shuffles without touching the input', () => {
    const random = createRandom('set-1/meeting-4');
    random.next();
    const stored = JSON.parse(JSON.stringify(random.state())) as ReturnType<typeof random.state>;
    const resumed = restoreRandom(stored);
    expect(Array.from({ length: 5 }, () => resumed.uint32())).toEqual(
      Array.from({ length: 5 }, () => random.uint32()),
    );
    const names = Object.freeze(['Ama', 'Bilal', 'Cerys', 'Dev', 'Efa']);
    const once = shuffle(names, 'set-1/meeting-4');
    expect(shuffle(names, 'set-1/meeting-4')).toEqual(once);
    expect([...once].sort()).toEqual([...names]);
    expect(names).toEqual(['Ama', 'Bilal', 'Cerys', 'Dev', 'Efa']);
  });

  it('works on calendar dates in UTC whatever the browser’s zone', () => {
    expect(findWeekdayInMonth(2026, 3, 2, 2)).toBe('2026-03-10'); // second Tuesday
    expect(findWeekdayInMonth(2026, 10, 5, -1)).toBe('2026-10-30'); // last Friday
    expect(addToIsoDate('2026-01-31', { months: 1 })).toBe('2026-02-28');
    expect(addToIsoDate('2026-03-28', { days: 2 })).toBe('2026-03-30'); // across the clock change
  });

  it('round-trips RFC 4180 CSV: quotes, commas, line breaks and non-ASCII text', () => {
    const header = ['id', 'comment', 'area'];
    const rows = [
      ['r1', 'Good, thanks', 'Ynys Môn'],
      ['r2', 'She said "yes"', 'Łódź twin'],
      ['r3', 'two\r\nlines', ''],
      ['r4', '', '北'],
    ];
    const text = toCsv(header, rows);
    expect(text.startsWith('id,comment,area\r\nr1,"Good, thanks",Ynys Môn\r\n')).toBe(true);
    expect(text).toContain('r2,"She said ""yes""",Łódź twin\r\n');
    expect(parseCsv(text)).toEqual({ header, rows });
    expect(toCsv(header, parseCsv(text).rows)).toBe(text);
  });

  it('re-exports every module from the root, as the same functions', () => {
    expect(root.parseCsv).toBe(parseCsv);
    expect(typeof root.wilsonInterval).toBe('function');
    expect(typeof root.maxWeightMatching).toBe('function');
    expect(typeof root.meetingMachine.transition).toBe('function');
    expect(root.DESIGN_PRINCIPLES).toHaveLength(7);
    expect(typeof root.planSessions).toBe('function');
  });
});
