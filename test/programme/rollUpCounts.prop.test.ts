import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollUpCounts, type RollUpNode } from '../../src/programme/rollUpCounts.js';

const hierarchy = [
  { id: 'alliance', level: 'alliance' as const },
  { id: 'a1', level: 'area' as const, parent: 'alliance' },
  { id: 'a2', level: 'area' as const, parent: 'alliance' },
  { id: 'c1', level: 'cluster' as const, parent: 'a1' },
  { id: 'c2', level: 'cluster' as const, parent: 'a1' },
  { id: 'c3', level: 'cluster' as const, parent: 'a2' },
  ...['s1', 's2', 's3', 's4', 's5', 's6'].map((id, i) => ({
    id,
    level: 'set' as const,
    parent: ['c1', 'c1', 'c2', 'c3', 'c3', 'c3'][i] as string,
  })),
];
const record = fc
  .record({
    set: fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6'),
    responses: fc.nat(12),
    ratio: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ set, responses, ratio }) => ({
    set,
    counts: { responses, excellent: Math.floor(responses * ratio), sessions: 1 },
  }));
const records = fc.array(record, { maxLength: 30 });
const shares = [{ id: 'excellent', numerator: 'excellent', denominator: 'responses' }];

function walk(node: RollUpNode, visit: (node: RollUpNode) => void): void {
  visit(node);
  for (const child of node.children) walk(child, visit);
}

describe('rollUpCounts properties', () => {
  it('adds up at every level, with shares in [0, 1] and no lone hidden child', () => {
    fc.assert(
      fc.property(records, (list) => {
        const result = rollUpCounts(list, hierarchy, { shares });
        expect(result.root.records).toBe(list.length);
        walk(result.root, (node) => {
          if (node.children.length > 0) {
            for (const [name, total] of Object.entries(node.totals)) {
              expect(node.children.reduce((sum, child) => sum + (child.totals[name] ?? 0), 0)).toBe(
                total,
              );
            }
            expect(node.children.reduce((sum, child) => sum + child.records, 0)).toBe(node.records);
            if (node.shares['excellent']?.suppressed === null) {
              const hidden = node.children.filter(
                (c) => c.shares['excellent']?.suppressed !== null,
              );
              expect(hidden.length).not.toBe(1);
            } else {
              expect(node.children.some((c) => c.shares['excellent']?.suppressed !== null)).toBe(
                true,
              );
            }
          }
          const share = node.shares['excellent'];
          if (share?.value != null) {
            expect(share.value).toBeGreaterThanOrEqual(0);
            expect(share.value).toBeLessThanOrEqual(1);
            expect(share.of).toBeGreaterThanOrEqual(result.minGroupSize);
          }
        });
      }),
    );
  });

  it('does not depend on the order of records or nodes, and mutates nothing', () => {
    fc.assert(
      fc.property(records, fc.integer(), (list, shift) => {
        const before = structuredClone(list);
        const result = rollUpCounts(list, hierarchy, { shares });
        expect(list).toEqual(before);
        const k = list.length === 0 ? 0 : Math.abs(shift) % list.length;
        const turned = [...list.slice(k), ...list.slice(0, k)].reverse();
        expect(rollUpCounts(turned, [...hierarchy].reverse(), { shares })).toEqual(result);
      }),
    );
  });
});
