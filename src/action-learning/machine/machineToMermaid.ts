import type { MachineEdge } from './types.js';

interface Arrow {
  from: string;
  to: string;
  readonly label: string;
}

/**
 * Draws a machine as a Mermaid `stateDiagram-v2`: one arrow per pair of stages, labelled
 * with every event that takes one to the other. Where an event leaves every stage of a
 * named group for the same stage (or returns from one stage to any of them, or is accepted
 * in every stage of the group without moving), the group is drawn once, as a box of its own
 * with a note listing its stages, instead of one arrow per stage. Cost: O(edges × groups).
 *
 * @param initial - the stage every state starts in.
 * @param final - the stages nothing leaves.
 * @param edges - every arrow of the machine, in definition order.
 * @param groups - named sets of stages to draw as one box.
 * @returns the Mermaid source.
 */
export function machineToMermaid(
  initial: string,
  final: readonly string[],
  edges: readonly MachineEdge[],
  groups: Readonly<Record<string, readonly string[]>>,
): string {
  const arrows: Arrow[] = edges.map((edge) => ({
    from: edge.from,
    to: edge.to,
    label: edge.note === null ? edge.event : `${edge.event} ${edge.note}`,
  }));
  const boxes: string[] = [];
  Object.entries(groups).forEach(([title, members], index) => {
    const id = `group${String(index)}`;
    let used = false;
    // An event every stage of the group accepts without moving: one loop on the box.
    const loops = new Map<string, Set<string>>();
    for (const arrow of arrows) {
      if (arrow.from === arrow.to)
        loops.set(arrow.label, (loops.get(arrow.label) ?? new Set()).add(arrow.from));
    }
    for (const arrow of arrows) {
      const all = loops.get(arrow.label);
      if (
        arrow.from === arrow.to &&
        members.includes(arrow.from) &&
        members.every((member) => all?.has(member))
      ) {
        arrow.from = arrow.to = id;
        used = true;
      }
    }
    for (const side of ['from', 'to'] as const) {
      const other = side === 'from' ? 'to' : 'from';
      const reached = new Map<string, Set<string>>();
      for (const arrow of arrows) {
        const key = `${arrow.label}\u0000${arrow[other]}`;
        reached.set(key, (reached.get(key) ?? new Set()).add(arrow[side]));
      }
      for (const arrow of arrows) {
        const all = reached.get(`${arrow.label}\u0000${arrow[other]}`);
        if (members.includes(arrow[side]) && members.every((member) => all?.has(member))) {
          arrow[side] = id;
          used = true;
        }
      }
    }
    if (used) {
      boxes.push(`  state "${title}" as ${id}`, `  note right of ${id} : ${members.join(', ')}`);
    }
  });

  const merged = new Map<string, { from: string; to: string; labels: string[] }>();
  for (const arrow of arrows) {
    const key = `${arrow.from}\u0000${arrow.to}`;
    const entry = merged.get(key) ?? { from: arrow.from, to: arrow.to, labels: [] };
    if (!entry.labels.includes(arrow.label)) entry.labels.push(arrow.label);
    merged.set(key, entry);
  }
  return [
    'stateDiagram-v2',
    ...boxes,
    `  [*] --> ${initial}`,
    ...[...merged.values()].map(
      (entry) => `  ${entry.from} --> ${entry.to} : ${entry.labels.join(', ')}`,
    ),
    ...final.map((stage) => `  ${stage} --> [*]`),
  ].join('\n');
}
