import { z } from 'zod';
import { parseWith } from '../core/validation.js';
import type { JsonValue, VegaLiteSpec } from '../survey/index.js';
import type { CommunityAssessment } from './assessCommunity.js';

/** The parts of a {@link CommunityAssessment} the chart reads. */
const AssessmentShape = /* @__PURE__ */ (() =>
  z.object({
    principles: z.array(
      z.object({
        name: z.string(),
        answered: z.int().nonnegative(),
        mean: z.number().nullable(),
        interval: z.object({ lower: z.number(), upper: z.number() }).nullable(),
        band: z.object({ label: z.string() }).nullable(),
      }),
    ),
  }))();

const Arguments = /* @__PURE__ */ (() =>
  z.object({
    assessments: z.union([
      AssessmentShape,
      z.array(z.object({ label: z.string(), assessment: AssessmentShape })),
    ]),
    options: z.object({
      title: z.string().optional(),
      scale: z
        .tuple([z.number(), z.number()])
        .refine(([low, high]) => low < high, 'must run from a lower to a higher score')
        .optional(),
    }),
  }))();

/** One assessment to draw, with the label its points carry (such as `'Start of year'`). */
export interface LabelledAssessment {
  /** The label in the legend and tooltips. */
  readonly label: string;
  /** What {@link assessCommunity} returned. */
  readonly assessment: CommunityAssessment;
}

/** Options of {@link chartPrinciples}. */
export interface ChartPrinciplesOptions {
  /** The chart's title (default: "The seven design principles"). */
  readonly title?: string;
  /** The score axis, lowest and highest (default `[1, 5]`, the scale of `COP_SELF_ASSESSMENT`). */
  readonly scale?: readonly [number, number];
}

/**
 * A chart of a community's self-assessment: each design principle's mean as a point with
 * its t interval as a bar, on the instrument's scale, one colour per assessment.
 *
 * The seven principles usually hang on a wall as a poster; drawn from members' answers
 * they show at a glance which principle the community is weakest on, how sure the reading
 * is (a wide bar means few members or much disagreement), and, with a start and an end of
 * a year side by side, what moved. The result is a Vega-Lite specification (plain JSON,
 * data inlined) that any Vega-Lite renderer draws. Principles without a score are left
 * out of the data; those without an interval get a point only. Cost: O(principles ×
 * assessments).
 *
 * @param assessments - one assessment, or several labelled ones (drawn in the given order).
 * @param options - the title and the score axis.
 * @returns the Vega-Lite specification.
 * @throws {@link InvalidInputError} (`invalid_input`) when an assessment is not shaped like
 *   one from {@link assessCommunity}, or the scale does not run from low to high.
 *
 * @example
 * ```ts
 * const rated = (evolution: number) => ({ EV1: evolution, EV2: evolution, EV3: 6 - evolution });
 * const start = assessCommunity([
 *   { id: 's1', respondent: 'ana', answers: rated(2) },
 *   { id: 's2', respondent: 'ben', answers: rated(3) },
 * ]);
 * const spec = chartPrinciples(start);
 * const [row] = (spec['data'] as { values: { principle: string; mean: number; lower: number; upper: number; band: string }[] }).values;
 * // Two members: the t interval (R: t.test(c(2, 3))) runs off the scale, and the axis clamps it.
 * [row?.principle, row?.mean, row?.lower.toFixed(4), row?.upper.toFixed(4), row?.band];
 * // => ['Design for evolution', 2.5, '-3.8531', '8.8531', 'Weak']
 * ```
 */
export function chartPrinciples(
  assessments: CommunityAssessment | readonly LabelledAssessment[],
  options: ChartPrinciplesOptions = {},
): VegaLiteSpec {
  parseWith(Arguments, { assessments, options }, { fn: 'chartPrinciples' });
  const [low, high] = options.scale ?? [1, 5];
  const labelled: readonly LabelledAssessment[] = Array.isArray(assessments)
    ? (assessments as readonly LabelledAssessment[])
    : [{ label: 'Assessment', assessment: assessments as CommunityAssessment }];
  const values: JsonValue[] = [];
  for (const { label, assessment } of labelled)
    assessment.principles.forEach((principle, order) => {
      if (principle.mean === null) return;
      values.push({
        assessment: label,
        principle: principle.name,
        order,
        mean: principle.mean,
        lower: principle.interval?.lower ?? principle.mean,
        upper: principle.interval?.upper ?? principle.mean,
        band: principle.band?.label ?? null,
        members: principle.answered,
      });
    });
  const y = {
    field: 'principle',
    type: 'nominal',
    title: null,
    sort: { field: 'order' },
    axis: { labelLimit: 360 },
  } as const;
  const color = { field: 'assessment', type: 'nominal', title: null, sort: null } as const;
  const offset = labelled.length > 1 ? { yOffset: { field: 'assessment', sort: null } } : {};
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: {
      text: options.title ?? 'The seven design principles',
      subtitle: "Members' mean score per principle; bars are t intervals",
    },
    width: 420,
    data: { values },
    encoding: { y, color, ...offset },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 2, opacity: 0.5 },
        encoding: {
          x: {
            field: 'lower',
            type: 'quantitative',
            title: `Mean score (${String(low)} to ${String(high)})`,
            scale: { domain: [low, high], clamp: true },
          },
          x2: { field: 'upper' },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 80, tooltip: true },
        encoding: {
          x: { field: 'mean', type: 'quantitative' },
          tooltip: [
            { field: 'assessment', type: 'nominal', title: 'Assessment' },
            { field: 'principle', type: 'nominal', title: 'Principle' },
            { field: 'mean', type: 'quantitative', title: 'Mean', format: '.2f' },
            { field: 'lower', type: 'quantitative', title: 'Interval from', format: '.2f' },
            { field: 'upper', type: 'quantitative', title: 'Interval to', format: '.2f' },
            { field: 'band', type: 'nominal', title: 'Band' },
            { field: 'members', type: 'quantitative', title: 'Members' },
          ],
        },
      },
    ],
  };
}
