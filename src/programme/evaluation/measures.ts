import { z } from 'zod';
import { RecordKey } from '../../internal/recordKey.js';
import { InvalidInputError, formatPath, type InputIssue } from '../../core/index.js';
import type { Answer, Instrument } from '../../survey/index.js';

/**
 * One share to follow across sessions: the item, and which answers count as the target
 * (such as `overall` rated `excellent`, or `mostUseful` including `networking`).
 *
 * @example
 * ```ts
 * EvaluationMeasure.parse({ item: 'overall', values: ['excellent'] });
 * // => { item: 'overall', values: ['excellent'] }
 * EvaluationMeasure.safeParse({ item: 'overall', values: [] }).success;
 * // => false
 * ```
 */
export const EvaluationMeasure = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The measure's key in the results; defaults to the item's id. */
    id: RecordKey.optional(),
    /** The item whose answers are counted. */
    item: z.string().min(1),
    /**
     * The answers that count as the target; defaults to the item's top box (the
     * highest-scoring options of an ordinal item, the top points of a rating scale, or yes).
     */
    values: z
      .array(z.union([z.string(), z.number(), z.boolean()]))
      .min(1)
      .optional(),
  }))();
/** One share to follow across sessions. */
export type EvaluationMeasure = z.input<typeof EvaluationMeasure>;

/** A measure with its defaults settled against the instrument. */
export interface ResolvedMeasure {
  /** The measure's key in the results. */
  readonly id: string;
  /** The item whose answers are counted. */
  readonly item: string;
  /** The answers that count as the target. */
  readonly values: readonly (string | number | boolean)[];
  /** Where the values came from: given in the options, or the item's top box. */
  readonly source: 'options' | 'top-box';
}

/**
 * Settles each measure against the instrument, or picks the default measures: every
 * ordinal, rating-scale and yes/no item with its top box.
 *
 * @param instrument - the checked instrument.
 * @param measures - the measures given, if any.
 * @param fn - the public function, for messages.
 * @returns the measures with ids and values settled.
 * @throws {@link InvalidInputError} for an unknown or unscorable item, or repeated ids.
 */
export function resolveMeasures(
  instrument: Instrument,
  measures: readonly z.output<typeof EvaluationMeasure>[] | undefined,
  fn: string,
): ResolvedMeasure[] {
  const issues: InputIssue[] = [];
  const issue = (path: (string | number)[], message: string): void => {
    issues.push({ path, pathText: formatPath(path, 'options'), code: 'custom', message });
  };
  const chosen =
    measures ??
    instrument.items
      .filter((item) => item.type === 'ordinal' || item.type === 'likert' || item.type === 'yes-no')
      .map((item) => ({ item: item.id }));
  if (chosen.length === 0) {
    issue(
      ['measures'],
      `the instrument ${JSON.stringify(instrument.id)} has no ordinal, rating-scale or yes/no item to take a share from; name the item and values in options.measures`,
    );
  }
  const resolved: ResolvedMeasure[] = [];
  const seen = new Set<string>();
  chosen.forEach((measure, index) => {
    const item = instrument.items.find((candidate) => candidate.id === measure.item);
    const id = 'id' in measure && measure.id !== undefined ? measure.id : measure.item;
    if (seen.has(id))
      issue(
        ['measures', index, 'id'],
        `repeats the measure id ${JSON.stringify(id)}; give each measure its own id`,
      );
    seen.add(id);
    if (item === undefined) {
      issue(
        ['measures', index, 'item'],
        `is not an item of the instrument ${JSON.stringify(instrument.id)}; use one of ${instrument.items.map((i) => i.id).join(', ')}`,
      );
      return;
    }
    const given = 'values' in measure ? measure.values : undefined;
    if (given !== undefined) {
      resolved.push({ id, item: item.id, values: [...given], source: 'options' });
      return;
    }
    const top = topBox(item);
    if (top === null) {
      issue(
        ['measures', index, 'values'],
        `is needed: the item ${JSON.stringify(item.id)} (${item.type}) has no top box, so say which answers count`,
      );
      return;
    }
    resolved.push({ id, item: item.id, values: top, source: 'top-box' });
  });
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  return resolved;
}

function topBox(item: Instrument['items'][number]): (string | number | boolean)[] | null {
  if (item.type === 'ordinal') {
    const sorted = [...item.options].sort((a, b) => b.score - a.score);
    return sorted.slice(0, item.topBox ?? 1).map((option) => option.value);
  }
  if (item.type === 'likert') {
    const points = item.max - item.min + 1;
    const size = Math.min(item.topBox ?? (points >= 5 ? 2 : 1), points);
    return Array.from({ length: size }, (_, k) => item.max - k);
  }
  if (item.type === 'yes-no') return ['yes'];
  return null;
}

/**
 * Whether an answer was given, and whether it is one of the target values. A yes/no answer
 * `true` matches `'yes'` and `true`; a list of choices matches when it includes a value.
 *
 * @param answer - the answer as the response gave it.
 * @param values - the target values.
 * @returns `null` when unanswered, else whether the answer hits the target.
 */
export function matchAnswer(
  answer: Answer | undefined,
  values: readonly (string | number | boolean)[],
): boolean | null {
  if (answer === undefined || answer === null) return null;
  if (Array.isArray(answer)) {
    if (answer.length === 0) return null;
    return answer.some((choice) => values.includes(choice));
  }
  if (typeof answer === 'boolean') {
    return values.includes(answer) || values.includes(answer ? 'yes' : 'no');
  }
  if (answer === 'yes' || answer === 'no') {
    return values.includes(answer) || values.includes(answer === 'yes');
  }
  return values.includes(answer);
}
