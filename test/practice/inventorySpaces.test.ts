/**
 * Worked examples of inventorySpaces: public and private spaces, their recent use, the
 * verdicts, and bad input.
 */
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../fuzz/refusal.js';
import { isPeerLearnError } from '../../src/core/index.js';
import { inventorySpaces, type CommunitySpace } from '../../src/practice/inventorySpaces.js';

const SPACES: CommunitySpace[] = [
  { id: 'buddies', visibility: 'private', form: 'buddy', uses: ['2026-02-10', '2026-03-10'] },
  { id: 'events', visibility: 'public', form: 'event', uses: ['2026-01-20', '2026-03-17'] },
  { id: 'forum', visibility: 'public', form: 'forum', uses: ['2025-09-01', '2026-06-01'] },
  { id: 'one-to-ones', visibility: 'private', form: 'one-to-one', uses: [] },
];

describe('inventorySpaces', () => {
  it('lists each space with its recent use', () => {
    const result = inventorySpaces(SPACES, { asOf: '2026-03-31', window: { days: 60 } });
    // 60 days back from 31 March is 30 January, so the window runs 31 January to 31 March.
    expect(result.window).toEqual({ length: '60 days', from: '2026-01-31', to: '2026-03-31' });
    expect(result.spaces).toEqual([
      {
        id: 'events',
        visibility: 'public',
        form: 'event',
        recentUses: 1,
        totalUses: 2,
        lastUsed: '2026-03-17',
        inUse: true,
      },
      {
        id: 'forum',
        visibility: 'public',
        form: 'forum',
        recentUses: 0,
        totalUses: 1,
        lastUsed: '2025-09-01',
        inUse: false,
      },
      {
        id: 'buddies',
        visibility: 'private',
        form: 'buddy',
        recentUses: 2,
        totalUses: 2,
        lastUsed: '2026-03-10',
        inUse: true,
      },
      {
        id: 'one-to-ones',
        visibility: 'private',
        form: 'one-to-one',
        recentUses: 0,
        totalUses: 0,
        lastUsed: null,
        inUse: false,
      },
    ]);
    expect(result.laterUses).toBe(1);
    expect(result.public).toEqual({
      spaces: 2,
      inUse: 1,
      recentUses: 1,
      forms: ['event'],
      status: 'in-use',
    });
    expect(result.verdict).toBe('both-in-use');
    expect(result.reasons).toEqual([
      '1 of 2 public spaces used 1 time in the 60 days to 2026-03-31 (event)',
      '1 of 2 private spaces used 2 times in the 60 days to 2026-03-31 (buddy)',
    ]);
  });

  it('says which kind is missing or unused', () => {
    const late = inventorySpaces(SPACES, { asOf: '2026-06-30', window: { months: 2 } });
    expect([late.public.status, late.private.status, late.verdict]).toEqual([
      'in-use',
      'unused',
      'public-only',
    ]);
    const privateOnly = inventorySpaces(SPACES.slice(0, 1), { asOf: '2026-03-31' });
    expect([privateOnly.public.status, privateOnly.verdict]).toEqual(['missing', 'private-only']);
    expect(privateOnly.reasons[0]).toBe(
      'there is no public space; hold an open event or start a forum',
    );
    expect(inventorySpaces([], { asOf: '2026-03-31' }).verdict).toBe('neither');
  });

  it('refuses bad input with paths', () => {
    const bad = [
      { id: 'x', visibility: 'secret', form: 'chat', uses: ['2026-03-01'] },
      { id: 'x', visibility: 'public', form: 'event', uses: ['1 March'] },
    ] as unknown as CommunitySpace[];
    try {
      inventorySpaces(bad, { asOf: '2026-03-31', window: { days: 0 } });
      expect.unreachable();
    } catch (error) {
      if (!isPeerLearnError(error, 'invalid_input')) throw error;
      expect(error.issues.map((issue) => issue.pathText)).toEqual([
        'spaces[0].visibility',
        'spaces[1].uses[0]',
        'options.window',
      ]);
    }
  });
});

describe('hostile input', () => {
  it('refuses a window that reaches back before the year 0000, naming itself', () => {
    expectRefusal(
      () => inventorySpaces(SPACES, { asOf: '2026-03-31', window: { months: 24_316 } }),
      'inventorySpaces',
      'options.window',
    );
  });
});
