import { z } from 'zod';
import { RecordKey } from '../internal/recordKey.js';
import { InvalidInputError, formatPath, isPeerLearnError, type InputIssue } from '../core/index.js';
import { parseWith } from '../core/validation.js';
import {
  scoreResponses,
  ScoreResponsesOptions,
  type ExcludedResponse,
  type Instrument,
  type InstrumentInput,
} from '../survey/index.js';
import {
  EvaluationMeasure,
  matchAnswer,
  resolveMeasures,
  type ResolvedMeasure,
} from './evaluation/measures.js';
import { shareOf, type GroupShare } from './evaluation/share.js';
import { pointOf, trendOf, type MeasureTrend, type SeriesPoint } from './evaluation/trend.js';

const Id = RecordKey;

/**
 * One session of a programme with its attendance and the evaluation forms handed back.
 *
 * @example
 * ```ts
 * EvaluatedSession.parse({ id: 's1', registered: 32, attended: 30, responses: [] }).attended;
 * // => 30
 * EvaluatedSession.safeParse({ id: 's1', registered: 20, attended: 30, responses: [] }).success;
 * // => false
 * ```
 */
export const EvaluatedSession = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The session's identifier, unique among the sessions. */
      id: Id,
      /** A name to show, such as `'Session 1: housing'`. */
      label: z.string().optional(),
      /** The learning cluster it belongs to, for the per-cluster results. */
      cluster: Id.optional(),
      /** The session's place on the ordering for the trend test (default 1, 2, 3, … within its series). */
      score: z.number().refine(Number.isFinite, 'must be a finite number').optional(),
      /** How many people were registered (booked) for the session. */
      registered: z.int().min(0),
      /** How many came; walk-ins count as registered too. */
      attended: z.int().min(0),
      /** The evaluation responses, as {@link scoreResponses} takes them. */
      responses: z.array(z.unknown()),
    })
    .refine((session) => session.attended <= session.registered, {
      path: ['attended'],
      message: 'must not be more than registered; count walk-ins as registered too',
    }))();
/** One session with its attendance and evaluation responses. */
export type EvaluatedSession = z.input<typeof EvaluatedSession>;

/**
 * Options of {@link evaluationTrend}.
 *
 * @example
 * ```ts
 * EvaluationTrendOptions.parse({});
 * // => { minGroupSize: 5, confidence: 0.95 }
 * EvaluationTrendOptions.safeParse({ minGroupSize: 0 }).success;
 * // => false
 * ```
 */
export const EvaluationTrendOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /**
     * The shares to follow. Default: every ordinal, rating-scale and yes/no item of the
     * instrument with its top box; for {@link SESSION_EVALUATION_FORM} that is `overall`
     * rated excellent and `gotWhatWanted` answered yes. The first measure is the headline.
     */
    measures: z.array(EvaluationMeasure).min(1).optional(),
    /** The smallest number of answers for which a share is shown (default 5). */
    minGroupSize: z.int().min(1).default(5),
    /** The confidence level of the intervals, strictly between 0 and 1 (default 0.95). */
    confidence: z.number().gt(0).lt(1).default(0.95),
    /** Options passed to {@link scoreResponses} for each session's responses. */
    scoring: ScoreResponsesOptions.optional(),
  }))();
/** Options of {@link evaluationTrend}. */
export type EvaluationTrendOptions = z.input<typeof EvaluationTrendOptions>;

/** A rate with its numerator and denominator named, such as responded ÷ attended. */
export interface NamedRate {
  /** What is counted on top, such as `'responded'`. */
  readonly numerator: 'responded' | 'attended';
  /** What it is divided by, such as `'attended'`. */
  readonly denominator: 'attended' | 'registered';
  /** The numerator's count. */
  readonly count: number;
  /** The denominator's count. */
  readonly of: number;
  /** count ÷ of; `null` when the denominator is 0. */
  readonly value: number | null;
}

/** Head counts of a session or a cluster. */
export interface EvaluationCounts {
  /** How many were registered. */
  readonly registered: number;
  /** How many attended. */
  readonly attended: number;
  /** How many forms came back. */
  readonly received: number;
  /** How many forms were scored (the respondents). */
  readonly responded: number;
  /** How many forms were excluded, each with reasons. */
  readonly excluded: number;
}

/** One session's evaluation. */
export interface SessionEvaluation {
  /** Its position in the input. */
  readonly index: number;
  /** Its id. */
  readonly id: string;
  /** Its label, or its id when none was given. */
  readonly label: string;
  /** Its cluster, or `null`. */
  readonly cluster: string | null;
  /** The head counts. */
  readonly counts: EvaluationCounts;
  /** responded ÷ attended. */
  readonly responseRate: NamedRate;
  /** attended ÷ registered. */
  readonly attendanceRate: NamedRate;
  /** Each measure's share, keyed by measure id. */
  readonly shares: Readonly<Record<string, GroupShare>>;
  /** The forms not scored, with every reason (from {@link scoreResponses}). */
  readonly excluded: readonly ExcludedResponse[];
}

/** One cluster's sessions pooled, with the trend within the cluster. */
export interface ClusterEvaluation {
  /** The cluster's id. */
  readonly cluster: string;
  /** Its sessions' ids, in order. */
  readonly sessions: readonly string[];
  /** The head counts summed over its sessions. */
  readonly counts: EvaluationCounts;
  /** responded ÷ attended over its sessions. */
  readonly responseRate: NamedRate;
  /** attended ÷ registered over its sessions. */
  readonly attendanceRate: NamedRate;
  /**
   * Each measure's share over all its sessions' answers (summed counts, not averaged
   * shares); withheld, with the reason, while any of its sessions' shares is hidden.
   */
  readonly shares: Readonly<Record<string, GroupShare>>;
  /** Each measure's trend across its sessions whose shares are shown. */
  readonly trends: Readonly<Record<string, MeasureTrend>>;
}

/** A cluster and its share, at one end of the spread. */
export interface ClusterShareEnd {
  /** The cluster's id. */
  readonly cluster: string;
  /** Its pooled share. */
  readonly estimate: number;
}

/** How one measure's share varies from cluster to cluster. */
export interface ClusterSpread {
  /** The measure's id. */
  readonly measure: string;
  /** The clusters whose share is shown and counted here. */
  readonly clusters: readonly string[];
  /** The clusters left out because their share is hidden or nobody answered. */
  readonly leftOut: readonly string[];
  /** The unweighted mean of the clusters' shares (each cluster counts once); `null` without clusters. */
  readonly mean: number | null;
  /** The cluster with the lowest share (ties by id); `null` without clusters. */
  readonly min: ClusterShareEnd | null;
  /** The cluster with the highest share (ties by id); `null` without clusters. */
  readonly max: ClusterShareEnd | null;
}

/** Everything {@link evaluationTrend} found. */
export interface EvaluationTrendResult {
  /** The measures followed, with their target answers. */
  readonly measures: readonly ResolvedMeasure[];
  /** Each session, in input order. */
  readonly sessions: readonly SessionEvaluation[];
  /**
   * Each measure's trend across all sessions whose shares are shown, in input order; its
   * `change` only when the sessions form one series (one cluster, or none given).
   */
  readonly trends: Readonly<Record<string, MeasureTrend>>;
  /** Each cluster, in order of first appearance. */
  readonly clusters: readonly ClusterEvaluation[];
  /** Each measure's spread across clusters. */
  readonly acrossClusters: Readonly<Record<string, ClusterSpread>>;
  /** The smallest group whose shares are shown. */
  readonly minGroupSize: number;
}

const Arguments = /* @__PURE__ */ (() =>
  z.object({
    sessions: z
      .array(EvaluatedSession)
      .min(1, 'must have at least 1 session')
      .superRefine((sessions, context) => {
        const seen = new Map<string, number>();
        sessions.forEach((session, index) => {
          const earlier = seen.get(session.id);
          if (earlier !== undefined) {
            context.addIssue({
              code: 'custom',
              path: [index, 'id'],
              message: `repeats the id of session ${String(earlier)}; give every session its own id`,
            });
          } else seen.set(session.id, index);
        });
      }),
    options: EvaluationTrendOptions.default({ minGroupSize: 5, confidence: 0.95 }),
  }))();

interface Tally {
  readonly successes: number;
  readonly n: number;
}

/**
 * Follows session evaluations across a programme: response rates, the share rating a
 * session "excellent" with its interval, the trend across sessions, and the same per
 * cluster and across clusters, with small groups hidden.
 *
 * A learning cluster hands out an evaluation form after every session; one programme saw
 * the share rating its sessions "excellent" rise from 43% to 89% over four sessions. This
 * function scores each session's forms with {@link scoreResponses} and reports, per
 * session, the response rate (responded ÷ attended) and the attendance rate (attended ÷
 * registered) with their denominators named, and each measure's share with its Wilson
 * interval ({@link wilsonInterval}, as R's `prop.test(x, n, correct = FALSE)$conf.int`).
 * Across the sessions it gives the Cochran–Armitage trend test ({@link proportionTrend},
 * as R's `prop.trend.test`) and the change from the first session to the last with
 * Newcombe's interval ({@link compareProportions}); the same within each cluster; and,
 * across clusters, the mean of the clusters' shares with the lowest and highest ("45% on
 * average, from 25% to 60%"). The change compares the first and last sessions of one
 * series in input order: each cluster's sessions, or all sessions when they name one
 * cluster or none; across several clusters the programme-wide `change` is `null` with a
 * reason, as first and last would come from different clusters.
 *
 * A share from fewer than `minGroupSize` answers is hidden (the count answering stays)
 * with a reason, and nothing else in the result gives it away: every figure is worked out
 * from shown shares only. A cluster's pooled share is withheld while any of its sessions
 * is hidden (otherwise its count less the other sessions' counts would be the hidden
 * count), trend tests leave hidden sessions out (listed in `omitted`), a change whose
 * first or last session is hidden is withheld, and the spread across clusters uses shown
 * cluster shares only. So the result is the same whatever a hidden session's answers to
 * that measure's item were. Cost: O(responses + sessions × measures).
 *
 * Reference: W. G. Cochran, Biometrics 10 (1954) 417–451; R. G. Newcombe, Statistics in
 * Medicine 17 (1998) 873–890; R's `prop.trend.test` and `prop.test`.
 *
 * @param sessions - the sessions in order, each with its id, counts and responses.
 * @param instrument - the evaluation form, such as {@link SESSION_EVALUATION_FORM}.
 * @param options - the measures, `minGroupSize` (default 5), `confidence` (default 0.95)
 *   and `scoring` options for {@link scoreResponses}.
 * @returns the sessions, trends, clusters and the spread across clusters, with a reason
 *   beside every figure withheld.
 * @throws {@link InvalidInputError} (`invalid_input`) for a bad session or option (with
 *   its path), an unknown measure item, repeated session ids, or more scored forms than
 *   people who attended.
 *
 * @example
 * ```ts
 * const forms = (excellent: number, total: number) =>
 *   Array.from({ length: total }, (_, i) => ({
 *     id: `r${String(i)}`,
 *     answers: { overall: i < excellent ? 'excellent' : 'good' },
 *   }));
 * const result = evaluationTrend(
 *   [
 *     { id: 's1', registered: 40, attended: 32, responses: forms(13, 30) },
 *     { id: 's2', registered: 36, attended: 30, responses: forms(17, 28) },
 *     { id: 's3', registered: 35, attended: 31, responses: forms(22, 29) },
 *     { id: 's4', registered: 30, attended: 28, responses: forms(24, 27) },
 *   ],
 *   SESSION_EVALUATION_FORM,
 *   { measures: [{ id: 'excellent', item: 'overall' }] },
 * );
 * result.sessions.map((s) => Math.round((s.shares['excellent']?.estimate ?? 0) * 100));
 * // => [43, 61, 76, 89]
 * result.sessions[0]?.responseRate;
 * // => { numerator: 'responded', denominator: 'attended', count: 30, of: 32, value: 0.9375 }
 * Number(result.trends['excellent']?.trend?.pValue?.toFixed(5));
 * // => 0.00012
 * ```
 */
export function evaluationTrend(
  sessions: readonly EvaluatedSession[],
  instrument: InstrumentInput,
  options: EvaluationTrendOptions = {},
): EvaluationTrendResult {
  const fn = 'evaluationTrend';
  const input = parseWith(Arguments, { sessions, options }, { fn });
  const { minGroupSize, confidence } = input.options;
  const checked = checkInstrument(instrument, fn);
  const measures = resolveMeasures(checked, input.options.measures, fn);

  const issues: InputIssue[] = [];
  const tallies: Record<string, Tally>[] = [];
  const evaluations = input.sessions.map((session, index): SessionEvaluation => {
    const scored = scoreResponses(checked, session.responses, input.options.scoring ?? {});
    const responded = scored.counts.scored;
    if (responded > session.attended) {
      const path = ['sessions', index, 'responses'];
      issues.push({
        path,
        pathText: formatPath(path),
        code: 'custom',
        message: `has ${String(responded)} scored forms but only ${String(session.attended)} people attended; check the attendance or remove the extra forms`,
      });
    }
    const tally: Record<string, Tally> = {};
    for (const measure of measures) {
      let successes = 0;
      let n = 0;
      for (const response of scored.scored) {
        const hit = matchAnswer(response.answers[measure.item], measure.values);
        if (hit === null) continue;
        n += 1;
        if (hit) successes += 1;
      }
      tally[measure.id] = { successes, n };
    }
    tallies.push(tally);
    const counts: EvaluationCounts = {
      registered: session.registered,
      attended: session.attended,
      received: scored.counts.received,
      responded,
      excluded: scored.counts.excluded,
    };
    return {
      index,
      id: session.id,
      label: session.label ?? session.id,
      cluster: session.cluster ?? null,
      counts,
      ...rates(counts),
      shares: sharesOf(measures, tally, minGroupSize, confidence),
      excluded: scored.excluded,
    };
  });
  if (issues.length > 0) throw new InvalidInputError(fn, issues);

  const seriesTrends = (
    members: readonly number[],
    changeWithheld: string | null = null,
  ): Record<string, MeasureTrend> =>
    Object.fromEntries(
      measures.map((measure) => {
        const points = members.map((sessionIndex, position): SeriesPoint => {
          const evaluation = evaluations[sessionIndex] as SessionEvaluation;
          const share = evaluation.shares[measure.id] as GroupShare;
          const tally = tallies[sessionIndex]?.[measure.id] ?? { successes: 0, n: 0 };
          const score = input.sessions[sessionIndex]?.score ?? position + 1;
          return pointOf(evaluation.id, score, share, tally.successes);
        });
        return [measure.id, trendOf(measure.id, points, confidence, changeWithheld)];
      }),
    );

  const clusterMembers = new Map<string, number[]>();
  evaluations.forEach((evaluation, index) => {
    if (evaluation.cluster === null) return;
    const list = clusterMembers.get(evaluation.cluster) ?? [];
    list.push(index);
    clusterMembers.set(evaluation.cluster, list);
  });
  const clusters = [...clusterMembers.entries()].map(([cluster, members]): ClusterEvaluation => {
    const counts = sumCounts(members.map((i) => (evaluations[i] as SessionEvaluation).counts));
    const pooled: Record<string, Tally> = {};
    for (const measure of measures) {
      let successes = 0;
      let n = 0;
      for (const i of members) {
        const tally = tallies[i]?.[measure.id];
        successes += tally?.successes ?? 0;
        n += tally?.n ?? 0;
      }
      pooled[measure.id] = { successes, n };
    }
    const shares = sharesOf(measures, pooled, minGroupSize, confidence);
    for (const measure of measures) {
      const share = shares[measure.id] as GroupShare;
      const hidden = members
        .map((i) => evaluations[i] as SessionEvaluation)
        .filter((evaluation) => evaluation.shares[measure.id]?.suppressed === true)
        .map((evaluation) => evaluation.id);
      if (share.suppressed || hidden.length === 0) continue;
      shares[measure.id] = {
        ...share,
        suppressed: true,
        reason: protectingReason(hidden, cluster),
        successes: null,
        estimate: null,
        lower: null,
        upper: null,
      };
    }
    return {
      cluster,
      sessions: members.map((i) => (evaluations[i] as SessionEvaluation).id),
      counts,
      ...rates(counts),
      shares,
      trends: seriesTrends(members),
    };
  });
  const series = new Set(evaluations.map((evaluation) => evaluation.cluster));

  return {
    measures,
    sessions: evaluations,
    trends: seriesTrends(
      evaluations.map((_, index) => index),
      series.size > 1
        ? `the sessions come from ${String(series.size)} ${series.has(null) ? 'groups (clusters, and sessions without one)' : 'clusters'}, so their first and last sessions would belong to different series; read each cluster's own change in clusters[].trends`
        : null,
    ),
    clusters,
    acrossClusters: Object.fromEntries(
      measures.map((measure) => [measure.id, spreadOf(measure.id, clusters)]),
    ),
    minGroupSize,
  };
}

function rates(counts: EvaluationCounts): { responseRate: NamedRate; attendanceRate: NamedRate } {
  return {
    responseRate: {
      numerator: 'responded',
      denominator: 'attended',
      count: counts.responded,
      of: counts.attended,
      value: counts.attended === 0 ? null : counts.responded / counts.attended,
    },
    attendanceRate: {
      numerator: 'attended',
      denominator: 'registered',
      count: counts.attended,
      of: counts.registered,
      value: counts.registered === 0 ? null : counts.attended / counts.registered,
    },
  };
}

function sumCounts(list: readonly EvaluationCounts[]): EvaluationCounts {
  return list.reduce(
    (sum, counts) => ({
      registered: sum.registered + counts.registered,
      attended: sum.attended + counts.attended,
      received: sum.received + counts.received,
      responded: sum.responded + counts.responded,
      excluded: sum.excluded + counts.excluded,
    }),
    { registered: 0, attended: 0, received: 0, responded: 0, excluded: 0 },
  );
}

function sharesOf(
  measures: readonly ResolvedMeasure[],
  tally: Readonly<Record<string, Tally>>,
  minGroupSize: number,
  confidence: number,
): Record<string, GroupShare> {
  return Object.fromEntries(
    measures.map((measure) => {
      const count = tally[measure.id] ?? { successes: 0, n: 0 };
      return [measure.id, shareOf(count.successes, count.n, minGroupSize, confidence)];
    }),
  );
}

/**
 * Why a cluster's pooled share is withheld while some of its sessions are hidden.
 *
 * @param hidden - the ids of the cluster's hidden sessions.
 * @param cluster - the cluster's id.
 * @returns the reason, in plain words.
 */
function protectingReason(hidden: readonly string[], cluster: string): string {
  const names = hidden.map((id) => JSON.stringify(id));
  const from = `${JSON.stringify(cluster)}'s count less its other sessions' counts`;
  if (names.length === 1) {
    return `withheld because the share of session ${names[0] ?? ''} is hidden (too few answers): ${from} would give it away`;
  }
  const listed = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
  return `withheld because the shares of sessions ${listed} are hidden (too few answers): ${from} would give away their total`;
}

function spreadOf(measure: string, clusters: readonly ClusterEvaluation[]): ClusterSpread {
  const shown: ClusterShareEnd[] = [];
  const leftOut: string[] = [];
  for (const cluster of clusters) {
    const estimate = cluster.shares[measure]?.estimate ?? null;
    if (estimate === null) leftOut.push(cluster.cluster);
    else shown.push({ cluster: cluster.cluster, estimate });
  }
  if (shown.length === 0) {
    return { measure, clusters: [], leftOut, mean: null, min: null, max: null };
  }
  const byId = (a: ClusterShareEnd, b: ClusterShareEnd): number =>
    a.cluster < b.cluster ? -1 : a.cluster > b.cluster ? 1 : 0;
  const ascending = [...shown].sort((a, b) => a.estimate - b.estimate || byId(a, b));
  const descending = [...shown].sort((a, b) => b.estimate - a.estimate || byId(a, b));
  return {
    measure,
    clusters: shown.map((end) => end.cluster),
    leftOut,
    mean: shown.reduce((sum, end) => sum + end.estimate, 0) / shown.length,
    min: ascending[0] ?? null,
    max: descending[0] ?? null,
  };
}

/** The instrument, checked as {@link scoreResponses} checks it, with errors in this function's name. */
function checkInstrument(instrument: InstrumentInput, fn: string): Instrument {
  try {
    return scoreResponses(instrument, []).instrument;
  } catch (error) {
    if (isPeerLearnError(error, 'invalid_input')) {
      throw new InvalidInputError(fn, error.issues, { cause: error });
    }
    throw error;
  }
}
