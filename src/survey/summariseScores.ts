import { z } from 'zod';
import { parseWith } from '../core/validation.js';
import type { Instrument } from './instrument/instrument.js';
import { isScoredItem, itemBounds, type Item, type ScoredItem } from './instrument/items.js';
import { tQuantile } from './math/distributions.js';
import type { FieldValue } from './response.js';
import type { ScoredResponse, ScoringResult } from './scoreResponses.js';
import { mean, quantileSorted, sortedCopy, standardDeviation } from './stats/descriptive.js';
import { checkScoringResult } from './scoring/checkScoringResult.js';
import { scoreOfAnswer } from './scoring/readAnswer.js';
import { wilsonInterval } from './wilsonInterval.js';

/**
 * Options of {@link summariseScores}.
 *
 * @example
 * ```ts
 * SummariseScoresOptions.parse({});
 * // => { minGroupSize: 5, confidence: 0.95 }
 * SummariseScoresOptions.parse({ by: ['cluster', 'session'], minGroupSize: 1 });
 * // => { by: ['cluster', 'session'], minGroupSize: 1, confidence: 0.95 }
 * SummariseScoresOptions.safeParse({ minGroupSize: 0 }).success;
 * // => false
 * ```
 */
export const SummariseScoresOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Response fields to group by, such as `'cluster'` or `['cluster', 'session']`; none for one overall summary. */
    by: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
    /**
     * Groups with fewer responses than this are suppressed: their size is shown, their
     * results are not, so nobody can be picked out (default 5; 1 turns suppression off).
     */
    minGroupSize: z.int().min(1).default(5),
    /** The confidence level of the intervals (default 0.95). */
    confidence: z.number().gt(0).lt(1).default(0.95),
  }))();
/** Options of {@link summariseScores}. */
export type SummariseScoresOptions = z.input<typeof SummariseScoresOptions>;

/** The two ends of an interval. */
export interface Bounds {
  /** The lower end. */
  readonly lower: number;
  /** The upper end. */
  readonly upper: number;
}

/** A share with its Wilson interval. */
export interface Share {
  /** How many. */
  readonly count: number;
  /** The share of the named denominator, 0 to 1. */
  readonly share: number;
  /** The Wilson score interval of the share; `null` when the denominator is 0. */
  readonly interval: Bounds | null;
}

/** Summary statistics of a set of numbers, as R computes them. */
export interface Distribution {
  /** How many values. */
  readonly n: number;
  /** The mean (R's `mean`). */
  readonly mean: number | null;
  /** The standard deviation with denominator n − 1 (R's `sd`); `null` below two values. */
  readonly sd: number | null;
  /** The median. */
  readonly median: number | null;
  /** The first and third quartiles, R's default (type 7). */
  readonly quartiles: readonly [number, number] | null;
  /** The smallest and largest value. */
  readonly range: readonly [number, number] | null;
}

/** One domain summarised over a group. */
export interface DomainSummary extends Distribution {
  /** Responses in the group whose domain score is missing (too few answers). */
  readonly missing: number;
  /** The t-based interval of the mean (mean ± t·sd/√n); `null` below two scores. */
  readonly interval: MeanInterval | null;
  /** How many scores fell in each band, as a share of the scored responses. */
  readonly bands: readonly BandShare[];
}

/** The t-based interval of a mean. */
export interface MeanInterval extends Bounds {
  /** Always `'t'`: Student's t with n − 1 degrees of freedom. */
  readonly method: 't';
}

/** How many scores fell in one band. */
export interface BandShare extends Share {
  /** The band's label. */
  readonly label: string;
}

/** The answer points in a top or bottom box, with their share. */
export interface BoxShare extends Share {
  /** The values counted in the box (scale points or option values). */
  readonly values: readonly (string | number)[];
}

/** The two denominators of an item summary, named. */
export interface Denominators {
  /** Everyone in the group, answered or not. */
  readonly respondents: number;
  /** Those who answered this item. */
  readonly answered: number;
}

/** One answer option counted over a group, with both denominators. */
export interface OptionCount {
  /** The value recorded in responses (a scale point, an option value, `yes`/`no`). */
  readonly value: string | number;
  /** The label shown to respondents. */
  readonly label: string;
  /** How many chose it. */
  readonly count: number;
  /** Its share of those who answered the item, with a Wilson interval. */
  readonly ofAnswered: Share;
  /** Its share of everyone in the group, answered or not. */
  readonly ofRespondents: Share;
}

/** One item summarised over a group. */
export interface ItemSummary {
  /** The item's type. */
  readonly type: Item['type'];
  /** The denominators: everyone in the group, and those who answered this item. */
  readonly denominators: Denominators;
  /** Respondents who left the item unanswered. */
  readonly missing: number;
  /**
   * Counts per option (per scale point for a scale). For multiple choice a respondent may
   * count under several options, so the shares need not add up to one.
   */
  readonly options: readonly OptionCount[];
  /** For scored items: the top box (the highest points or options), as a share of those who answered. */
  readonly topBox?: BoxShare;
  /** For scored items: the bottom box, the same number of points or options from the bottom. */
  readonly bottomBox?: BoxShare;
  /** For scored items: top-box share minus bottom-box share. */
  readonly net?: number;
  /** For scored items: the distribution of the scores. */
  readonly scores?: Distribution;
}

/** The results for one group of responses. */
export interface GroupSummary {
  /** The group's values of the grouping fields (`{}` for everyone). */
  readonly key: Readonly<Record<string, FieldValue>>;
  /** The key written out, such as `cluster = housing, session = 2`. */
  readonly label: string;
  /** How many scored responses the group has. */
  readonly n: number;
  /** Whether the results are hidden because the group is small. */
  readonly suppressed: boolean;
  /** Why the results are hidden, when they are. */
  readonly suppressedReason?: string;
  /** Each domain summarised (absent when suppressed). */
  readonly domains?: Readonly<Record<string, DomainSummary>>;
  /** Each item summarised (absent when suppressed). */
  readonly items?: Readonly<Record<string, ItemSummary>>;
}

/** Which instrument a summary is of, with what a chart needs to know of its domains. */
export interface SummarisedInstrument {
  /** The instrument's id. */
  readonly id: string;
  /** Its version. */
  readonly version: string;
  /** Its domains, in order. */
  readonly domains: readonly {
    /** The domain's id. */
    readonly id: string;
    /** Its label. */
    readonly label: string;
    /** Its bands' labels, lowest first. */
    readonly bands: readonly string[];
  }[];
}

/** What {@link summariseScores} returns. */
export interface ScoreSummary {
  /** The instrument summarised, with its domains' ids, labels and band labels. */
  readonly instrument: SummarisedInstrument;
  /** The fields grouped by. */
  readonly groupedBy: readonly string[];
  /** The smallest group whose results are shown. */
  readonly minGroupSize: number;
  /** The confidence level of every interval. */
  readonly confidence: number;
  /** Everyone together. */
  readonly overall: GroupSummary;
  /** One entry per group, in order of their keys; empty without `by`. */
  readonly groups: readonly GroupSummary[];
}

/**
 * Summarises scored responses, overall and by any response field: per domain and per item,
 * with intervals, both denominators named, and small groups suppressed.
 *
 * Reports from peer-learning programmes quote shares ("84% found networking most useful")
 * and averages by cluster, session or role. Each domain gets n, missing, mean, sd, median
 * and quartiles (R's type 7) with a t-based interval of the mean, and its band counts.
 * Each item gets counts per option with two denominators, named: the share of those who
 * answered the item and the share of everyone in the group (for multiple choice, the share
 * choosing each option), with Wilson intervals; scored items also get the top box, bottom
 * box and net. Groups smaller than `minGroupSize` show only their size, to protect
 * anonymity. Cost: O(responses × items + groups × options).
 *
 * @param result - what {@link scoreResponses} returned.
 * @param options - fields to group by, the suppression threshold and the confidence level.
 * @returns the overall summary and one per group.
 * @throws {@link InvalidInputError} (`invalid_input`) for bad options, or a result that is not
 *   shaped like one from {@link scoreResponses}.
 *
 * @example
 * ```ts
 * const scored = scoreResponses(SESSION_EVALUATION_FORM, [
 *   { id: 'a', answers: { overall: 'excellent', mostUseful: ['networking', 'topic'] } },
 *   { id: 'b', answers: { overall: 'good', mostUseful: ['networking'] } },
 *   { id: 'c', answers: { overall: 'excellent', mostUseful: [] } },
 *   { id: 'd', answers: { overall: 'fair' } },
 *   { id: 'e', answers: { overall: 'excellent', mostUseful: ['speakers', 'networking'] } },
 * ]);
 * const summary = summariseScores(scored);
 * const networking = summary.overall.items?.['mostUseful']?.options.find((o) => o.value === 'networking');
 * [networking?.count, networking?.ofAnswered.share, networking?.ofRespondents.share];
 * // => [3, 0.75, 0.6]
 * summary.overall.items?.['overall']?.topBox?.share;
 * // => 0.6
 * ```
 */
export function summariseScores(
  result: ScoringResult,
  options: SummariseScoresOptions = {},
): ScoreSummary {
  const fn = 'summariseScores';
  const settings = parseWith(SummariseScoresOptions, options, { fn, root: 'options' });
  const instrument = checkScoringResult(result, fn);
  const by =
    settings.by === undefined ? [] : typeof settings.by === 'string' ? [settings.by] : settings.by;
  const context: Context = {
    instrument,
    minGroupSize: settings.minGroupSize,
    confidence: settings.confidence,
  };

  const groups = new Map<string, { key: Record<string, FieldValue>; members: ScoredResponse[] }>();
  if (by.length > 0) {
    for (const response of result.scored) {
      // Own fields only: grouping by "__proto__" must not read Object.prototype.
      const key = Object.fromEntries(
        by.map((field) => [
          field,
          Object.hasOwn(response.fields, field) ? (response.fields[field] ?? null) : null,
        ]),
      );
      const id = JSON.stringify(by.map((field) => key[field]));
      const group = groups.get(id);
      if (group === undefined) groups.set(id, { key, members: [response] });
      else group.members.push(response);
    }
  }
  const ordered = [...groups.values()].sort((a, b) => compareKeys(by, a.key, b.key));
  return {
    instrument: {
      id: instrument.id,
      version: instrument.version,
      domains: instrument.domains.map((domain) => ({
        id: domain.id,
        label: domain.label,
        bands: domain.bands.map((band) => band.label),
      })),
    },
    groupedBy: by,
    minGroupSize: settings.minGroupSize,
    confidence: settings.confidence,
    overall: summariseGroup({}, result.scored, context),
    groups: ordered.map((group) => summariseGroup(group.key, group.members, context)),
  };
}

interface Context {
  readonly instrument: Instrument;
  readonly minGroupSize: number;
  readonly confidence: number;
}

function summariseGroup(
  key: Record<string, FieldValue>,
  members: readonly ScoredResponse[],
  context: Context,
): GroupSummary {
  const label =
    Object.keys(key).length === 0
      ? 'everyone'
      : Object.entries(key)
          .map(([field, value]) => `${field} = ${String(value)}`)
          .join(', ');
  const n = members.length;
  if (n < context.minGroupSize) {
    return {
      key,
      label,
      n,
      suppressed: true,
      suppressedReason: `fewer than ${String(context.minGroupSize)} responses; results are hidden so that nobody can be identified`,
    };
  }
  return {
    key,
    label,
    n,
    suppressed: false,
    domains: Object.fromEntries(
      context.instrument.domains.map((domain) => [
        domain.id,
        summariseDomain(domain, members, context),
      ]),
    ),
    items: Object.fromEntries(
      context.instrument.items.map((item) => [item.id, summariseItem(item, members, context)]),
    ),
  };
}

function summariseDomain(
  domain: Instrument['domains'][number],
  members: readonly ScoredResponse[],
  context: Context,
): DomainSummary {
  const scores: number[] = [];
  const bandCounts = new Map(domain.bands.map((band) => [band.label, 0]));
  for (const response of members) {
    const score = response.domains[domain.id];
    if (score?.score === null || score === undefined) continue;
    scores.push(score.score);
    if (score.band !== null)
      bandCounts.set(score.band.label, (bandCounts.get(score.band.label) ?? 0) + 1);
  }
  const distribution = describe(scores);
  const interval =
    distribution.n >= 2 && distribution.mean !== null && distribution.sd !== null
      ? (() => {
          const half =
            tQuantile(1 - (1 - context.confidence) / 2, distribution.n - 1) *
            (distribution.sd / Math.sqrt(distribution.n));
          return {
            lower: distribution.mean - half,
            upper: distribution.mean + half,
            method: 't' as const,
          };
        })()
      : null;
  return {
    ...distribution,
    missing: members.length - scores.length,
    interval,
    bands: [...bandCounts.entries()].map(([label, count]) => ({
      label,
      ...share(count, scores.length, context.confidence),
    })),
  };
}

function summariseItem(
  item: Item,
  members: readonly ScoredResponse[],
  context: Context,
): ItemSummary {
  const respondents = members.length;
  const answers = members.map((response) => response.answers[item.id] ?? null);
  const answered = answers.filter((answer) => answer !== null).length;
  const base = {
    type: item.type,
    denominators: { respondents, answered },
    missing: respondents - answered,
  };
  const count = (value: string | number, label: string, hits: number): OptionCount => ({
    value,
    label,
    count: hits,
    ofAnswered: share(hits, answered, context.confidence),
    ofRespondents: share(hits, respondents, context.confidence),
  });

  if (!isScoredItem(item)) {
    if (item.type === 'text') return { ...base, options: [] };
    const tally = new Map(item.options.map((option) => [option.value, 0]));
    for (const answer of answers) {
      const chosen = Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [];
      for (const value of chosen) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
    return {
      ...base,
      options: item.options.map((option) =>
        count(option.value, option.label ?? option.value, tally.get(option.value) ?? 0),
      ),
    };
  }

  const scoreOf = scoreOfAnswer(item);
  const scores: number[] = [];
  for (const answer of answers) {
    const score = scoreOf(answer);
    if (score !== null) scores.push(score);
  }
  const points = scoredPoints(item);
  const tally = new Map(points.map((point) => [point.score, 0]));
  for (const score of scores) tally.set(score, (tally.get(score) ?? 0) + 1);
  const options = points.map((point) =>
    count(point.value, point.label, tally.get(point.score) ?? 0),
  );
  const size = boxSize(item);
  const byScore = [...points].sort((a, b) => a.score - b.score);
  const box = (chosen: typeof points) => {
    const hits = chosen.reduce((sum, point) => sum + (tally.get(point.score) ?? 0), 0);
    return {
      values: chosen.map((point) => point.value),
      ...share(hits, answered, context.confidence),
    };
  };
  const topBox = box(byScore.slice(-size));
  const bottomBox = box(byScore.slice(0, size));
  return {
    ...base,
    options,
    topBox,
    bottomBox,
    net: topBox.share - bottomBox.share,
    scores: describe(scores),
  };
}

/** The answer points of a scored item, each with the value responses record and its score. */
function scoredPoints(
  item: ScoredItem,
): { value: string | number; label: string; score: number }[] {
  switch (item.type) {
    case 'likert': {
      const { min, max } = itemBounds(item);
      return Array.from({ length: max - min + 1 }, (_, i) => ({
        value: min + i,
        label: item.labels?.[String(min + i)] ?? String(min + i),
        score: min + i,
      }));
    }
    case 'ordinal':
      return item.options.map((option) => ({
        value: option.value,
        label: option.label ?? option.value,
        score: option.score,
      }));
    case 'yes-no':
      return [
        { value: 'yes', label: 'Yes', score: 1 },
        { value: 'no', label: 'No', score: 0 },
      ];
  }
}

function boxSize(item: ScoredItem): number {
  if (item.type === 'likert') return item.topBox ?? (item.max - item.min + 1 >= 5 ? 2 : 1);
  if (item.type === 'ordinal') return item.topBox ?? 1;
  return 1;
}

function share(count: number, of: number, confidence: number): Share {
  if (of === 0) return { count, share: 0, interval: null };
  const interval = wilsonInterval(count, of, { confidence });
  return { count, share: count / of, interval: { lower: interval.lower, upper: interval.upper } };
}

function describe(values: readonly number[]): Distribution {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null, median: null, quartiles: null, range: null };
  const sorted = sortedCopy(values);
  // Summed in sorted order, so the same scores in any order give the same bits.
  return {
    n,
    mean: mean(sorted),
    sd: n >= 2 ? standardDeviation(sorted) : null,
    median: quantileSorted(sorted, 0.5),
    quartiles: [quantileSorted(sorted, 0.25), quantileSorted(sorted, 0.75)],
    range: [sorted[0] as number, sorted[n - 1] as number],
  };
}

/** Orders group keys field by field: numbers numerically, then text, then booleans, then missing. */
function compareKeys(
  by: readonly string[],
  a: Record<string, FieldValue>,
  b: Record<string, FieldValue>,
): number {
  for (const field of by) {
    const difference = compareValues(a[field] ?? null, b[field] ?? null);
    if (difference !== 0) return difference;
  }
  return 0;
}

function compareValues(a: FieldValue, b: FieldValue): number {
  const rank = (value: FieldValue): number =>
    typeof value === 'number'
      ? 0
      : typeof value === 'string'
        ? 1
        : typeof value === 'boolean'
          ? 2
          : 3;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return 0;
}
