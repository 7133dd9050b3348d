import { z } from 'zod';
import { parseWith } from '../core/validation.js';
import type { PairingResult } from './pairParticipants.js';

/** The parts of a {@link PairingResult} the diagram reads, and the participants' areas. */
const Arguments = /* @__PURE__ */ (() =>
  z.object({
    result: z.object({ groups: z.array(z.object({ members: z.array(z.string()) })) }),
    participants: z.array(z.object({ id: z.string(), area: z.string().optional() })),
  }))();

/**
 * Draws a pairing as a Mermaid flowchart of areas: one node per area with its number of
 * participants, one link per pair of areas with how many pairs (or trios) join them.
 *
 * Cluster organisers want to see at a glance that pairing is knitting areas together, not
 * keeping them apart: thick webs of links between many areas are the goal. The text renders
 * in any Mermaid viewer (GitHub and GitLab Markdown, most documentation tools). Participants
 * without an area are drawn as "(no area)". Cost: O(groups + participants).
 *
 * @param result - what {@link pairParticipants} returned.
 * @param participants - the same participants (for their areas).
 * @returns the Mermaid source, starting `flowchart LR`.
 * @throws {@link InvalidInputError} (`invalid_input`) when the result is not shaped like one
 *   from {@link pairParticipants}, or a participant has no string id.
 *
 * @example
 * ```ts
 * const participants = [
 *   { id: 'a', displayName: 'A', area: 'North' },
 *   { id: 'b', displayName: 'B', area: 'South' },
 *   { id: 'c', displayName: 'C', area: 'North' },
 *   { id: 'd', displayName: 'D', area: 'East' },
 * ];
 * pairingToMermaid(pairParticipants({ participants }), participants).split('\n');
 * // => ['flowchart LR', '  area0["East (1)"]', '  area1["North (2)"]', '  area2["South (1)"]', '  area0 ---|1| area1', '  area1 ---|1| area2']
 * ```
 */
export function pairingToMermaid(
  result: PairingResult,
  participants: readonly { readonly id: string; readonly area?: string | undefined }[],
): string {
  parseWith(Arguments, { result, participants }, { fn: 'pairingToMermaid' });
  const areaOf = new Map(participants.map((person) => [person.id, person.area ?? '(no area)']));
  const sizes = new Map<string, number>();
  for (const person of participants) {
    const area = person.area ?? '(no area)';
    sizes.set(area, (sizes.get(area) ?? 0) + 1);
  }
  const areas = [...sizes.keys()].sort();
  const node = new Map(areas.map((area, i) => [area, `area${String(i)}`]));
  const links = new Map<string, number>();
  for (const group of result.groups) {
    const present = [...new Set(group.members.map((id) => areaOf.get(id) ?? '(no area)'))].sort();
    for (let a = 0; a < present.length; a += 1) {
      for (let b = a + 1; b < present.length; b += 1) {
        const key = `${present[a] ?? ''}\u0000${present[b] ?? ''}`;
        links.set(key, (links.get(key) ?? 0) + 1);
      }
    }
  }
  // Mermaid's entity codes, so no area name can close the label or break the line.
  const quote = (text: string): string =>
    text
      .replace(/#/gu, '#35;')
      .replace(/"/gu, '#quot;')
      .replace(/</gu, '#lt;')
      .replace(/>/gu, '#gt;')
      .replace(/[\r\n]+/gu, ' ');
  const lines = ['flowchart LR'];
  for (const area of areas)
    lines.push(`  ${node.get(area) ?? ''}["${quote(area)} (${String(sizes.get(area) ?? 0)})"]`);
  for (const [key, count] of [...links.entries()].sort(([x], [y]) =>
    x < y ? -1 : x > y ? 1 : 0,
  )) {
    const [a = '', b = ''] = key.split('\u0000');
    lines.push(`  ${node.get(a) ?? ''} ---|${String(count)}| ${node.get(b) ?? ''}`);
  }
  return lines.join('\n');
}
