import { z } from 'zod';
import { parseWith } from '../../core/validation.js';
import type { ProportionTrendResult } from '../proportionTrend.js';
import { VEGA_LITE_SCHEMA, type JsonValue, type VegaLiteSpec } from './vegaLite.js';

/** Options of {@link chartProportionTrend}. */
export interface ChartProportionTrendOptions {
  /** The chart's title (default: "Share across sessions" with the trend test's p-value). */
  readonly title?: string;
  /** What the share is of, for the axis: such as `'Rated the session excellent'` (default `'Share'`). */
  readonly measure?: string;
}

/** The parts of a {@link ProportionTrendResult} the chart reads, with its options. */
const Arguments = /* @__PURE__ */ (() =>
  z.object({
    trend: z.object({
      groups: z.array(
        z.object({
          index: z.int().nonnegative(),
          label: z.string().optional(),
          score: z.number(),
          estimate: z.number(),
          lower: z.number(),
          upper: z.number(),
          successes: z.int().nonnegative(),
          n: z.int().nonnegative(),
          confidence: z.number(),
        }),
      ),
      trend: z.object({
        pValue: z.number().nullable(),
        direction: z.string(),
        unavailableReason: z.string().nullable(),
      }),
    }),
    options: z.object({ title: z.string().optional(), measure: z.string().optional() }),
  }))();

/**
 * A chart of a proportion across ordered sessions: each session's share as a point with its
 * Wilson interval as a bar, joined by a line, the trend test in the subtitle.
 *
 * "Excellent" ratings rising from 43% at the first session to 89% at the fourth means more
 * when the reader sees how wide each session's interval is and whether the trend test
 * supports a real rise. The result is a Vega-Lite specification (plain JSON) with the data
 * inlined: one layer of interval bars, one of the line and points, with counts in the
 * tooltips. Cost: O(sessions).
 *
 * @param trend - what {@link proportionTrend} returned.
 * @param options - the title and the name of the measure.
 * @returns the Vega-Lite specification.
 * @throws {@link InvalidInputError} (`invalid_input`) when the trend is not shaped like one
 *   from {@link proportionTrend}, or an option is not a string.
 *
 * @example
 * ```ts
 * const trend = proportionTrend([
 *   { label: 'Session 1', successes: 13, n: 30 },
 *   { label: 'Session 2', successes: 17, n: 29 },
 *   { label: 'Session 3', successes: 21, n: 28 },
 *   { label: 'Session 4', successes: 25, n: 28 },
 * ]);
 * const spec = chartProportionTrend(trend, { measure: 'Rated the session excellent' });
 * (spec['layer'] as { mark: { type: string } }[]).map((layer) => layer.mark.type);
 * // => ['rule', 'line']
 * ```
 */
export function chartProportionTrend(
  trend: ProportionTrendResult,
  options: ChartProportionTrendOptions = {},
): VegaLiteSpec {
  parseWith(Arguments, { trend, options }, { fn: 'chartProportionTrend' });
  const values: JsonValue[] = trend.groups.map((group) => ({
    session: group.label ?? `Session ${String(group.index + 1)}`,
    order: group.score,
    share: group.estimate,
    lower: group.lower,
    upper: group.upper,
    successes: group.successes,
    n: group.n,
  }));
  const p = trend.trend.pValue;
  const subtitle =
    p === null
      ? `Trend test not available: ${trend.trend.unavailableReason ?? 'too little data'}`
      : `Cochran–Armitage trend test: ${trend.trend.direction}, p ${p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`}; bars are ${String(Math.round(100 * (trend.groups[0]?.confidence ?? 0.95)))}% Wilson intervals`;
  const measure = options.measure ?? 'Share';
  const x = {
    field: 'session',
    type: 'ordinal',
    title: null,
    sort: { field: 'order' },
    axis: { labelAngle: 0 },
  } as const;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: options.title ?? `${measure} across sessions`, subtitle },
    width: 420,
    height: 260,
    data: { values },
    encoding: { x },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 2, opacity: 0.5 },
        encoding: {
          y: {
            field: 'lower',
            type: 'quantitative',
            title: measure,
            scale: { domain: [0, 1] },
            axis: { format: '%' },
          },
          y2: { field: 'upper' },
        },
      },
      {
        mark: { type: 'line', point: { filled: true, size: 60 }, tooltip: true },
        encoding: {
          y: { field: 'share', type: 'quantitative' },
          tooltip: [
            { field: 'session', type: 'nominal', title: 'Session' },
            { field: 'share', type: 'quantitative', title: measure, format: '.0%' },
            { field: 'successes', type: 'quantitative', title: 'Count' },
            { field: 'n', type: 'quantitative', title: 'Out of' },
            { field: 'lower', type: 'quantitative', title: 'Interval from', format: '.0%' },
            { field: 'upper', type: 'quantitative', title: 'Interval to', format: '.0%' },
          ],
        },
      },
    ],
  };
}
