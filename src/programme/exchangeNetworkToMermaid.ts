import { z } from 'zod';
import { parseWith } from '../core/validation.js';
import type { LearningExchangeReport } from './learningExchangeReport.js';

/** The parts of a {@link LearningExchangeReport} the diagram reads. */
const ReportShape = /* @__PURE__ */ (() =>
  z.object({
    people: z.array(
      z.object({ id: z.string(), given: z.int().nonnegative(), received: z.int().nonnegative() }),
    ),
    network: z.object({
      links: z.array(
        z.object({ teacher: z.string(), learner: z.string(), exchanges: z.int().nonnegative() }),
      ),
      brokers: z.array(z.object({ id: z.string() })),
      isolated: z.array(z.string()),
    }),
  }))();

/**
 * Writes text for a Mermaid label: `#` first, then quotes and angle brackets, as Mermaid's
 * entity codes, so no name can close the label or inject markup.
 */
function escapeLabel(text: string): string {
  return text
    .replace(/#/gu, '#35;')
    .replace(/"/gu, '#quot;')
    .replace(/</gu, '#lt;')
    .replace(/>/gu, '#gt;')
    .replace(/[\r\n]+/gu, ' ');
}

/**
 * Draws the exchange network of a {@link learningExchangeReport} as a Mermaid flowchart.
 *
 * One node per person, labelled with their id and how many exchanges they taught and
 * learned in; one arrow per teacher → learner link, labelled with its number of
 * exchanges. Brokers (the people with the highest betweenness) get the `broker` class and
 * isolated people the `isolated` class, so a coordinator can see at a glance who holds
 * the network together and who has not yet been drawn in. Node ids are `p0`, `p1`, … in
 * the order of `report.people` (so any member id is safe), and labels are escaped with
 * Mermaid's entity codes. The text renders in any Mermaid viewer (GitHub and GitLab
 * Markdown, most documentation tools). Cost: O(people + links).
 *
 * @param report - what {@link learningExchangeReport} returned.
 * @returns the Mermaid source, starting `flowchart LR`.
 * @throws {@link InvalidInputError} (`invalid_input`) when the report is not shaped like one
 *   from {@link learningExchangeReport}.
 *
 * @example
 * ```ts
 * const report = learningExchangeReport(
 *   [
 *     { id: 'x1', learner: 'ama', teacher: 'ben', topic: 'rotas', date: '2026-03-05', activity: 'shadowing' },
 *     { id: 'x2', learner: 'cal', teacher: 'ben', topic: 'rotas', date: '2026-03-12', activity: 'shadowing' },
 *   ],
 *   { people: [{ id: 'ama' }, { id: 'ben' }, { id: 'cal' }, { id: 'dee' }] },
 * );
 * exchangeNetworkToMermaid(report).split('\n');
 * // => [
 * //   'flowchart LR',
 * //   '  p0["ama (taught 0, learned 1)"]',
 * //   '  p1["ben (taught 2, learned 0)"]',
 * //   '  p2["cal (taught 0, learned 1)"]',
 * //   '  p3["dee (taught 0, learned 0)"]',
 * //   '  p1 -->|1| p0',
 * //   '  p1 -->|1| p2',
 * //   '  classDef broker stroke-width:4px',
 * //   '  classDef isolated stroke-dasharray:4 4',
 * //   '  class p1 broker',
 * //   '  class p3 isolated',
 * // ]
 * ```
 */
export function exchangeNetworkToMermaid(report: LearningExchangeReport): string {
  parseWith(ReportShape, report, { fn: 'exchangeNetworkToMermaid', root: 'report' });
  const node = new Map(report.people.map((person, i) => [person.id, `p${String(i)}`]));
  const name = (id: string): string => node.get(id) ?? 'unknown';
  const lines = ['flowchart LR'];
  for (const person of report.people) {
    const label = `${person.id} (taught ${String(person.given)}, learned ${String(person.received)})`;
    lines.push(`  ${name(person.id)}["${escapeLabel(label)}"]`);
  }
  for (const link of report.network.links)
    lines.push(`  ${name(link.teacher)} -->|${String(link.exchanges)}| ${name(link.learner)}`);
  lines.push('  classDef broker stroke-width:4px', '  classDef isolated stroke-dasharray:4 4');
  if (report.network.brokers.length > 0)
    lines.push(`  class ${report.network.brokers.map((b) => name(b.id)).join(',')} broker`);
  if (report.network.isolated.length > 0)
    lines.push(`  class ${report.network.isolated.map(name).join(',')} isolated`);
  return lines.join('\n');
}
