import { z } from 'zod';
import { InvalidInputError } from '../../core/InvalidInputError.js';
import { parseWith } from '../../core/validation.js';
import type { ScoreSummary } from '../summariseScores.js';
import { VEGA_LITE_SCHEMA, type JsonValue, type VegaLiteSpec } from './vegaLite.js';

const GroupShape = /* @__PURE__ */ (() =>
  z.object({
    label: z.string(),
    suppressed: z.boolean(),
    domains: z
      .record(
        z.string(),
        z.object({
          bands: z.array(
            z.object({ label: z.string(), share: z.number(), count: z.int().nonnegative() }),
          ),
        }),
      )
      .optional(),
  }))();

/** The parts of a {@link ScoreSummary} the chart reads, with its other arguments. */
const Arguments = /* @__PURE__ */ (() =>
  z.object({
    summary: z.object({
      instrument: z.object({
        id: z.string(),
        domains: z.array(z.object({ id: z.string(), label: z.string() })),
      }),
      groupedBy: z.array(z.string()),
      overall: GroupShape,
      groups: z.array(GroupShape),
    }),
    domainId: z.string(),
    options: z.object({ title: z.string().optional() }),
  }))();

/**
 * A stacked bar chart of how a domain's scores fall into its bands, one bar per group.
 *
 * Organisers read a social climate survey by its bands (low, medium, high); this shows, for
 * each cluster, session or role, what share of respondents landed in each band, with the
 * counts in the tooltip. Suppressed groups appear with no bar and "(hidden: small group)"
 * in their label, so the chart never shows what the summary hides. The result is a
 * Vega-Lite specification (plain JSON) with the data inlined. Cost: O(groups × bands).
 *
 * @param summary - what {@link summariseScores} returned.
 * @param domainId - the domain to chart.
 * @param options - `title` for the chart (default: the domain id and "by" the grouping fields).
 * @returns the Vega-Lite specification.
 * @throws {@link InvalidInputError} (`invalid_input`) when the domain is not in the summary,
 *   or the summary is not shaped like one from {@link summariseScores}.
 *
 * @example
 * ```ts
 * const scored = scoreResponses(SOCIAL_CLIMATE_SURVEY, [1, 2, 3, 4, 5].map((i) => ({
 *   id: `r${i}`,
 *   answers: { W1: i, W2: 6 - i, W3: i, W4: i },
 * })));
 * const spec = chartBandShares(summariseScores(scored), 'wellbeing');
 * spec['mark'];
 * // => { type: 'bar', tooltip: true }
 * ```
 */
export function chartBandShares(
  summary: ScoreSummary,
  domainId: string,
  options: { readonly title?: string } = {},
): VegaLiteSpec {
  parseWith(Arguments, { summary, domainId, options }, { fn: 'chartBandShares' });
  const domain = summary.instrument.domains.find((candidate) => candidate.id === domainId);
  if (domain === undefined) {
    const known = summary.instrument.domains
      .map((candidate) => JSON.stringify(candidate.id))
      .join(', ');
    throw new InvalidInputError('chartBandShares', [
      {
        path: ['domainId'],
        pathText: 'domainId',
        code: 'unknown_domain',
        message: `names ${JSON.stringify(domainId)}, which is not a domain of ${summary.instrument.id}; its domains are ${known}`,
      },
    ]);
  }
  const groups = summary.groups.length > 0 ? summary.groups : [summary.overall];
  interface Row {
    readonly [key: string]: JsonValue;
    readonly group: string;
    readonly band: string | null;
    readonly share: number;
    readonly count: number | null;
    readonly order: number;
  }
  const values = groups.flatMap((group): Row[] => {
    const shares = group.domains?.[domainId];
    if (group.suppressed || shares === undefined) {
      return [
        {
          group: `${group.label} (hidden: small group)`,
          band: null,
          share: 0,
          count: null,
          order: 0,
        },
      ];
    }
    return shares.bands.map((band, order) => ({
      group: group.label,
      band: band.label,
      share: band.share,
      count: band.count,
      order,
    }));
  });
  const by = summary.groupedBy.length > 0 ? ` by ${summary.groupedBy.join(' and ')}` : '';
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? `${domain.label}: share of respondents in each band${by}`,
    width: 420,
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'group', type: 'nominal', title: null, sort: null },
      x: {
        field: 'share',
        type: 'quantitative',
        stack: 'normalize',
        title: 'Share of respondents',
        axis: { format: '%' },
      },
      color: { field: 'band', type: 'ordinal', title: 'Band', sort: { field: 'order' } },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [
        { field: 'group', type: 'nominal', title: 'Group' },
        { field: 'band', type: 'nominal', title: 'Band' },
        { field: 'count', type: 'quantitative', title: 'Responses' },
        { field: 'share', type: 'quantitative', title: 'Share', format: '.0%' },
      ],
    },
  };
}
