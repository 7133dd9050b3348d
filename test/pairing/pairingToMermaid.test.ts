import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../fuzz/refusal.js';
import { pairingToMermaid, pairParticipants, type PairingResult } from '../../src/index.js';

/** A result with just the groups filled in: pairingToMermaid reads nothing else. */
function withGroups(groups: readonly (readonly string[])[]): PairingResult {
  const result = pairParticipants({
    participants: [
      { id: 'x', displayName: 'X', area: 'One' },
      { id: 'y', displayName: 'Y', area: 'Two' },
    ],
  });
  return {
    ...result,
    groups: groups.map((members) => ({ ...result.groups[0], members })),
  } as PairingResult;
}

describe('pairingToMermaid', () => {
  it('counts each pair once per pair of areas and draws areas in sorted order', () => {
    const participants = [
      { id: 'a', area: 'North' },
      { id: 'b', area: 'South' },
      { id: 'c', area: 'North' },
      { id: 'd', area: 'South' },
    ];
    const text = pairingToMermaid(
      withGroups([
        ['a', 'b'],
        ['c', 'd'],
      ]),
      participants,
    );
    // Two North–South pairs make one link labelled 2.
    expect(text.split('\n')).toEqual([
      'flowchart LR',
      '  area0["North (2)"]',
      '  area1["South (2)"]',
      '  area0 ---|2| area1',
    ]);
  });

  it('links all three areas of a trio, and none for a same-area pair', () => {
    const participants = [
      { id: 'a', area: 'East' },
      { id: 'b', area: 'North' },
      { id: 'c', area: 'West' },
      { id: 'd', area: 'West' },
      { id: 'e', area: 'West' },
    ];
    const text = pairingToMermaid(
      withGroups([
        ['a', 'b', 'c'],
        ['d', 'e'],
      ]),
      participants,
    );
    expect(text.split('\n').slice(4)).toEqual([
      '  area0 ---|1| area1',
      '  area0 ---|1| area2',
      '  area1 ---|1| area2',
    ]);
  });

  it('draws people without an area, or missing from the list, as "(no area)"', () => {
    const participants = [{ id: 'a' }, { id: 'b', area: 'Hill' }];
    const text = pairingToMermaid(
      withGroups([
        ['a', 'b'],
        ['ghost', 'b'],
      ]),
      participants,
    );
    expect(text.split('\n')).toEqual([
      'flowchart LR',
      '  area0["(no area) (1)"]',
      '  area1["Hill (1)"]',
      '  area0 ---|2| area1',
    ]);
  });

  it('escapes double quotes in area names so the Mermaid stays valid', () => {
    const participants = [
      { id: 'a', area: 'The "Old" Town' },
      { id: 'b', area: 'Docks' },
    ];
    const text = pairingToMermaid(withGroups([['a', 'b']]), participants);
    expect(text).toContain('["The #quot;Old#quot; Town (1)"]');
    expect(text).not.toMatch(/Town" /u);
  });

  it('draws only the area nodes when there are no groups', () => {
    expect(pairingToMermaid(withGroups([]), [{ id: 'a', area: 'Vale' }])).toBe(
      'flowchart LR\n  area0["Vale (1)"]',
    );
  });
});

describe('hostile input', () => {
  it('refuses what is not a pairing result, or participants without ids', () => {
    expectRefusal(() => pairingToMermaid(undefined as never, []), 'pairingToMermaid', 'result');
    expectRefusal(
      () => pairingToMermaid({ groups: [{ members: [1] }] } as never, []),
      'pairingToMermaid',
      'result.groups[0].members[0]',
    );
    expectRefusal(
      () => pairingToMermaid({ groups: [] } as never, [{ area: 'North' }] as never),
      'pairingToMermaid',
      'participants[0].id',
    );
  });

  it('writes an area name with line breaks and markup as one safe label', () => {
    const participants = [
      { id: 'a', displayName: 'A', area: 'North\nclick area0 call x()' },
      { id: 'b', displayName: 'B', area: 'South <b>#1</b>' },
    ];
    const lines = pairingToMermaid(pairParticipants({ participants }), participants).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('  area0["North click area0 call x() (1)"]');
    expect(lines[2]).toBe('  area1["South #lt;b#gt;#35;1#lt;/b#gt; (1)"]');
  });
});
