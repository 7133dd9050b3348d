/**
 * Size limits of the action learning module: a machine's `replay` takes at most 10,000
 * events and `allocateAirtime` at most 10,000 bids; beyond them the call is refused at
 * once. docs/guides/limits.md lists the limits with the times measured at them.
 */
import { describe, expect, it } from 'vitest';
import {
  allocateAirtime,
  InvalidInputError,
  meetingMachine,
  setMachine,
  type MeetingEventInput,
} from '../../src/action-learning/index.js';
import { thrown } from '../helpers/expectClose.js';

function refusal(run: () => unknown): [string, string, string] {
  const error = thrown(run);
  expect(error).toBeInstanceOf(InvalidInputError);
  const { code, issues } = error as InvalidInputError;
  expect(code).toBe('invalid_input');
  expect(issues).toHaveLength(1);
  return [issues[0]?.pathText ?? '', issues[0]?.code ?? '', issues[0]?.message ?? ''];
}

const setup = { meetingId: 'm1', members: ['ama', 'ben', 'cy', 'dee'] };

/** OPEN, then pauses and resumes a second apart, `count` events in all. */
function pauses(count: number): MeetingEventInput[] {
  const start = Date.parse('2026-03-05T18:00:00Z');
  const at = (i: number): string => new Date(start + i * 1000).toISOString().replace('.000', '');
  return Array.from({ length: count }, (_, i) =>
    i === 0 ? { type: 'OPEN', at: at(i) } : { type: i % 2 === 1 ? 'PAUSE' : 'RESUME', at: at(i) },
  );
}

describe('replay: at most 10,000 events', () => {
  it('refuses 10,001 events before replaying any', () => {
    expect(refusal(() => meetingMachine.replay(setup, pauses(10_001)))).toEqual([
      'events',
      'too_big',
      'has 10,001 events; replay takes at most 10,000 (its cost grows with the square of the events, as lists in the state grow), so store the state and carry on from it with transition',
    ]);
  });

  it('applies to every machine, whatever the events are', () => {
    const events = Array.from({ length: 10_001 }, () => ({ type: 'NOT_AN_EVENT' }));
    expect(
      refusal(() =>
        setMachine.replay({ setId: 's1', members: ['ama', 'ben', 'cy', 'dee'] }, events as never),
      )[0],
    ).toBe('events');
  });

  it('replays 10,000 events', () => {
    const state = meetingMachine.replay(setup, pauses(10_000));
    expect(state.value).toBe('paused');
  });
});

describe('allocateAirtime: at most 10,000 bids', () => {
  const bids = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ member: `m${String(i)}`, minutes: 1 + (i % 30) }));

  it('refuses 10,001 bids before checking them', () => {
    expect(refusal(() => allocateAirtime(bids(10_001), 60))).toEqual([
      'bids',
      'too_big',
      'has 10,001 bids; at most 10,000 are shared at once (a meeting has 1,440 minutes at most), so share the time within each set or meeting',
    ]);
  });

  it('shares 1,440 minutes among 10,000 bids, accounting for every minute', () => {
    const result = allocateAirtime(bids(10_000), 1440);
    expect(result.allocations).toHaveLength(10_000);
    expect(result.allocations.reduce((sum, share) => sum + share.minutes, 0)).toBe(1440);
  });
});
