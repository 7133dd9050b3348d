import { z } from 'zod';
import { describeZodIssue } from '../core/describeZodIssue.js';
import { InvalidInputError, type InputIssue } from '../core/InvalidInputError.js';
import { formatPath } from '../core/formatPath.js';
import { compareIsoDateTimes } from '../core/isoDate.js';
import type { ErrorPath } from '../core/PeerLearnError.js';
import { parseWith } from '../core/validation.js';
import type { Instrument, InstrumentInput } from './instrument/instrument.js';
import { isScoredItem, type ScoredItem } from './instrument/items.js';
import { hasResponseShape, SurveyResponse, type Answer, type FieldValue } from './response.js';
import { compileDomain, type DomainScore } from './scoring/domainScorer.js';
import { answerReader, type AnswerProblemCode, type AnswerReader } from './scoring/readAnswer.js';
import { resolveInstrument } from './scoring/resolveInstrument.js';
import { mean, median } from './stats/descriptive.js';

export type { DomainScore } from './scoring/domainScorer.js';

/**
 * Options of {@link scoreResponses}.
 *
 * @example
 * ```ts
 * ScoreResponsesOptions.parse({});
 * // => { impute: 'none', duplicates: 'latest', strict: false }
 * ScoreResponsesOptions.parse({ impute: 'median', strict: true });
 * // => { impute: 'median', duplicates: 'latest', strict: true }
 * ScoreResponsesOptions.safeParse({ duplicates: 'all' }).success;
 * // => false
 * ```
 */
export const ScoreResponsesOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /**
     * How to fill missing answers before scoring: `none` (default; a domain is the mean of
     * the items answered), or each item's `median` or `mean` over the scored responses,
     * filled in before reverse keying, as `psych::scoreItems(impute = …)` does.
     */
    impute: z.literal(['none', 'median', 'mean']).default('none'),
    /**
     * What to do when one respondent submitted more than once: keep the `first` or the
     * `latest` (default), both by `submittedAt` when every copy has one, else by input
     * order; or raise an `error`. Dropped copies are listed in `duplicates` and `excluded`.
     */
    duplicates: z.literal(['first', 'latest', 'error']).default('latest'),
    /** Throw an `invalid_input` error listing every problem instead of excluding responses. */
    strict: z.boolean().default(false),
  }))();
/** Options of {@link scoreResponses}. */
export type ScoreResponsesOptions = z.input<typeof ScoreResponsesOptions>;

/** Why a response was excluded from scoring. */
export type ExclusionCode = 'invalid_shape' | 'repeated_id' | 'duplicate' | AnswerProblemCode;

/** One reason a response was excluded, with the path inside the response. */
export interface ExclusionReason {
  /** The kind of problem. */
  readonly code: ExclusionCode;
  /** Where in the response, such as `['answers', 'G3']`. */
  readonly path: ErrorPath;
  /** What is wrong, in plain words. */
  readonly message: string;
}

/** A response that was not scored, and every reason why. */
export interface ExcludedResponse {
  /** Its position in the input. */
  readonly index: number;
  /** Its id, when it had a usable one. */
  readonly id: string | null;
  /** Every reason, each with its path. */
  readonly reasons: readonly ExclusionReason[];
}

/** A scored response: its context, its item scores and its domain scores. */
export interface ScoredResponse {
  /** Its position in the input. */
  readonly index: number;
  /** Its id. */
  readonly id: string;
  /** Who submitted it, when known. */
  readonly respondent?: string;
  /** When it was submitted, when known. */
  readonly submittedAt?: string;
  /** Its context fields, for grouping (a copy: changing it leaves the response as it was). */
  readonly fields: Readonly<Record<string, FieldValue>>;
  /**
   * Its answers, free text included, as the response gave them (a copy, lists included, so
   * changing it leaves the response as it was; an unanswered item is absent or `null`).
   */
  readonly answers: Readonly<Record<string, Answer>>;
  /** The score of each domain, keyed by domain id. */
  readonly domains: Readonly<Record<string, DomainScore>>;
}

/** One submission, by its place in the input and its id. */
export interface SubmissionRef {
  /** Its position in the input. */
  readonly index: number;
  /** Its id. */
  readonly id: string;
}

/** Respondents who submitted more than once, and which submission was kept. */
export interface DuplicateSubmissions {
  /** The respondent. */
  readonly respondent: string;
  /** The policy applied. */
  readonly policy: 'first' | 'latest';
  /** The submission kept. */
  readonly kept: SubmissionRef;
  /** The submissions dropped (also listed in `excluded`). */
  readonly dropped: readonly SubmissionRef[];
}

/** The values imputation filled missing answers with. */
export interface Imputation {
  /** Each item's median or mean of the answers given. */
  readonly method: 'median' | 'mean';
  /** The value per item id; `null` where nobody answered the item. */
  readonly values: Readonly<Record<string, number | null>>;
}

/** How many responses came in, were scored and were excluded; scored + excluded = received. */
export interface ScoringCounts {
  /** Responses passed in. */
  readonly received: number;
  /** Responses scored. */
  readonly scored: number;
  /** Responses set aside, each with reasons. */
  readonly excluded: number;
}

/** Everything {@link scoreResponses} found: every response is in `scored` or in `excluded`. */
export interface ScoringResult {
  /** The instrument scored against (checked, bands settled). */
  readonly instrument: Instrument;
  /** The options in force. */
  readonly settings: z.output<typeof ScoreResponsesOptions>;
  /** The scored responses, in input order. */
  readonly scored: readonly ScoredResponse[];
  /** The responses not scored, in input order, with every reason. */
  readonly excluded: readonly ExcludedResponse[];
  /** Repeated submissions and how they were settled. */
  readonly duplicates: readonly DuplicateSubmissions[];
  /** The values used to fill missing answers; `null` without imputation. */
  readonly imputation: Imputation | null;
  /** How many responses came in, were scored and were excluded. */
  readonly counts: ScoringCounts;
}

/** Shared by every response without context fields. */
const NO_FIELDS: Readonly<Record<string, FieldValue>> = /* @__PURE__ */ (() => Object.freeze({}))();

/**
 * A copy of a response's answers, lists copied too, so a result never shares an object
 * with its input. One spread and one pass over the keys per response.
 *
 * @param answers - the response's answers.
 * @returns the copy.
 */
function copyAnswers(answers: Readonly<Record<string, Answer>>): Record<string, Answer> {
  const copy = { ...answers };
  for (const key of Object.keys(copy)) {
    const value = copy[key];
    if (Array.isArray(value)) copy[key] = [...(value as readonly string[])];
  }
  return copy;
}

interface Candidate {
  readonly index: number;
  readonly response: z.input<typeof SurveyResponse>;
}

/**
 * Scores survey responses against an instrument: every response is checked, scored by
 * domain and banded, or excluded with its reasons.
 *
 * This is the step between "the forms came back" and "what do they say". Each response is
 * checked against the instrument (unknown items, answers off the scale, wrong types);
 * an invalid one is set aside with every reason, not thrown, unless `strict`. Repeated
 * submissions by one respondent follow the `duplicates` policy and are reported. Reverse-keyed
 * items are turned round on the scale the instrument declares (psych's default of the
 * observed range silently shifts scores when nobody used an end of the scale). Missing
 * answers follow each domain's `minAnswered` rule, or are imputed with psych's semantics.
 * Each domain score carries its band and the thresholds that placed it. Matches
 * `psych::scoreItems` (2.2.9) given the scale's bounds. Cost: O(responses × answers).
 *
 * @param instrument - the instrument, as {@link defineInstrument} returns it (or a definition to check).
 * @param responses - the responses, as received; each is checked.
 * @param options - imputation, the duplicates policy, and `strict`.
 * @returns the scored responses, the excluded ones with reasons, duplicates and counts.
 * @throws {@link InvalidInputError} (`invalid_input`) for a bad instrument or options, when
 *   `responses` is not an array, and, with `strict` or `duplicates: 'error'`, for any bad or
 *   repeated response (listing them all).
 *
 * @example
 * ```ts
 * const result = scoreResponses(SOCIAL_CLIMATE_SURVEY, [
 *   { id: 'r1', answers: { G1: 5, G2: 4, G3: 2, G4: 4 } },
 *   { id: 'r2', answers: { G1: 6 } },
 * ]);
 * const growth = result.scored[0]?.domains['growth'];
 * [growth?.score, growth?.band?.label, growth?.band?.rule];
 * // => [4.25, 'High', '3.6667 < score ≤ 5']
 * result.excluded[0]?.reasons[0]?.message;
 * // => 'must be a whole number from 1 to 5, got the number 6'
 * ```
 */
export function scoreResponses(
  instrument: InstrumentInput,
  responses: readonly unknown[],
  options: ScoreResponsesOptions = {},
): ScoringResult {
  const fn = 'scoreResponses';
  const checked = resolveInstrument(instrument, fn);
  const settings = parseWith(ScoreResponsesOptions, options, { fn, root: 'options' });
  if (!Array.isArray(responses))
    parseWith(z.array(z.unknown()), responses, { fn, root: 'responses' });

  const scoredItems = checked.items.filter(isScoredItem);
  const positions = new Map<string, { item: ScoredItem; position: number }>(
    scoredItems.map((item, position) => [item.id, { item, position }]),
  );
  // One lookup per answer: the item's reader and, for scored items, its column.
  interface Slot {
    readonly id: string;
    readonly read: AnswerReader;
    readonly column: number;
  }
  const slotList: Slot[] = checked.items.map((item) => ({
    id: item.id,
    read: answerReader(item),
    column: positions.get(item.id)?.position ?? -1,
  }));
  const slots = new Map(slotList.map((slot) => [slot.id, slot]));
  let lastKeys: readonly string[] = [];
  let lastSlots: readonly (Slot | undefined)[] = [];
  const domains = checked.domains.map((domain) => compileDomain(domain, positions));

  const excluded: { index: number; id: string | null; reasons: ExclusionReason[] }[] = [];
  const candidates: Candidate[] = [];
  const seenIds = new Map<string, number>();
  // Every response's scored answers in one flat matrix: row = input index, NaN = no answer.
  const width = scoredItems.length;
  const matrix = new Float64Array(responses.length * width).fill(Number.NaN);

  for (let index = 0; index < responses.length; index += 1) {
    const response: unknown = responses[index];
    if (!hasResponseShape(response, { checkAnswers: false })) {
      excluded.push({ index, id: usableId(response), reasons: shapeReasons(response) });
      continue;
    }
    let reasons: ExclusionReason[] | undefined;
    const earlier = seenIds.get(response.id);
    if (earlier === undefined) seenIds.set(response.id, index);
    else {
      reasons = [
        {
          code: 'repeated_id',
          path: ['id'],
          message: `repeats the id ${JSON.stringify(response.id)} of response ${String(earlier)}; give every response its own id`,
        },
      ];
    }
    const answers = response.answers;
    const row = index * width;
    // Responses built the same way list the same keys in the same order, so the slots found
    // for one response's keys are reused for the next while the keys match.
    const keys = Object.keys(answers);
    if (!sameKeys(keys, lastKeys)) {
      lastKeys = keys;
      lastSlots = keys.map((key) => slots.get(key));
    }
    const values = Object.values(answers);
    for (let i = 0; i < values.length; i += 1) {
      const slot = lastSlots[i];
      if (slot === undefined) {
        const key = keys[i] ?? '';
        (reasons ??= []).push({
          code: 'unknown_item',
          path: ['answers', key],
          message: `answers ${JSON.stringify(key)}, which is not an item of ${checked.id} ${checked.version}`,
        });
        continue;
      }
      const problem = slot.read(values[i], matrix, row + slot.column);
      if (problem !== undefined) {
        (reasons ??= []).push({
          code: problem.code,
          path: ['answers', slot.id],
          message: problem.message,
        });
      }
    }
    if (reasons === undefined) candidates.push({ index, response });
    else excluded.push({ index, id: response.id, reasons });
  }

  if (settings.strict && excluded.length > 0) throw strictError(fn, excluded);

  const { kept, duplicates, dropped } = settleDuplicates(candidates, settings.duplicates, fn);
  for (const drop of dropped) {
    excluded.push({
      index: drop.index,
      id: drop.id,
      reasons: [{ code: 'duplicate', path: ['respondent'], message: drop.message }],
    });
  }
  excluded.sort((a, b) => a.index - b.index);

  const imputation =
    settings.impute === 'none' ? null : imputeValues(kept, matrix, scoredItems, settings.impute);
  const fill =
    imputation === null
      ? null
      : Float64Array.from(scoredItems, (item) => imputation.values[item.id] ?? Number.NaN);

  // The domain records share their keys, so each is cloned from one template.
  const domainTemplate: Record<string, DomainScore | null> = Object.fromEntries(
    domains.map((domain) => [domain.id, null]),
  );
  const scored = kept.map(({ response, index }): ScoredResponse => {
    const domainScores = { ...domainTemplate } as Record<string, DomainScore>;
    for (const domain of domains)
      domainScores[domain.id] = domain.score(matrix, index * width, fill);
    return {
      index,
      id: response.id,
      ...(response.respondent === undefined ? {} : { respondent: response.respondent }),
      ...(response.submittedAt === undefined ? {} : { submittedAt: response.submittedAt }),
      fields: response.fields === undefined ? NO_FIELDS : { ...response.fields },
      answers: copyAnswers(response.answers),
      domains: domainScores,
    };
  });

  return {
    instrument: checked,
    settings,
    scored,
    excluded,
    duplicates,
    imputation,
    counts: { received: responses.length, scored: scored.length, excluded: excluded.length },
  };
}

/** Whether two key lists are the same keys in the same order. */
function sameKeys(keys: readonly string[], previous: readonly string[]): boolean {
  if (keys.length !== previous.length) return false;
  for (let i = 0; i < keys.length; i += 1) if (keys[i] !== previous[i]) return false;
  return true;
}

function usableId(response: unknown): string | null {
  if (typeof response !== 'object' || response === null) return null;
  const { id } = response as { id?: unknown };
  return typeof id === 'string' && id.length > 0 ? id : null;
}

function shapeReasons(response: unknown): ExclusionReason[] {
  const result = SurveyResponse.safeParse(response, { error: describeZodIssue });
  const issues = result.success ? [] : result.error.issues;
  if (issues.length === 0)
    return [{ code: 'invalid_shape', path: [], message: 'is not a survey response' }];
  return issues.map((issue) => ({
    code: 'invalid_shape',
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
  }));
}

function strictError(fn: string, excluded: readonly ExcludedResponse[]): InvalidInputError {
  const issues: InputIssue[] = excluded.flatMap((entry) =>
    entry.reasons.map((reason) => {
      const path = ['responses', entry.index, ...reason.path];
      return { path, pathText: formatPath(path), code: reason.code, message: reason.message };
    }),
  );
  return new InvalidInputError(fn, issues);
}

function settleDuplicates(
  candidates: readonly Candidate[],
  policy: 'first' | 'latest' | 'error',
  fn: string,
): {
  kept: Candidate[];
  duplicates: DuplicateSubmissions[];
  dropped: { index: number; id: string; message: string }[];
} {
  const byRespondent = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const { respondent } = candidate.response;
    if (respondent === undefined) continue;
    const group = byRespondent.get(respondent);
    if (group === undefined) byRespondent.set(respondent, [candidate]);
    else group.push(candidate);
  }
  const repeated = [...byRespondent.entries()].filter(([, group]) => group.length > 1);
  if (repeated.length === 0) return { kept: [...candidates], duplicates: [], dropped: [] };
  if (policy === 'error') {
    const issues = repeated.flatMap(([respondent, group]) =>
      group.slice(1).map((candidate): InputIssue => {
        const path = ['responses', candidate.index, 'respondent'];
        return {
          path,
          pathText: formatPath(path),
          code: 'duplicate',
          message: `repeats the respondent ${JSON.stringify(respondent)} of response ${String(group[0]?.index)}; with duplicates: 'error' every respondent may submit once`,
        };
      }),
    );
    throw new InvalidInputError(fn, issues);
  }
  const droppedIndexes = new Set<number>();
  const duplicates: DuplicateSubmissions[] = [];
  const dropped: { index: number; id: string; message: string }[] = [];
  for (const [respondent, group] of repeated) {
    const keep = policy === 'first' ? firstOf(group) : latestOf(group);
    if (keep === undefined) continue;
    const others = group.filter((candidate) => candidate !== keep);
    duplicates.push({
      respondent,
      policy,
      kept: { index: keep.index, id: keep.response.id },
      dropped: others.map((candidate) => ({ index: candidate.index, id: candidate.response.id })),
    });
    for (const other of others) {
      droppedIndexes.add(other.index);
      dropped.push({
        index: other.index,
        id: other.response.id,
        message: `repeats respondent ${JSON.stringify(respondent)}; the ${policy} submission (response ${keep.response.id}) was kept`,
      });
    }
  }
  return {
    kept: candidates.filter((candidate) => !droppedIndexes.has(candidate.index)),
    duplicates,
    dropped,
  };
}

/** The first of a respondent's submissions: by time when all have one, else the first given. */
function firstOf(group: readonly Candidate[]): Candidate | undefined {
  let first = group[0];
  if (group.some((candidate) => candidate.response.submittedAt === undefined)) return first;
  for (const candidate of group.slice(1)) {
    const at = candidate.response.submittedAt;
    const best = first?.response.submittedAt;
    if (at !== undefined && best !== undefined && compareIsoDateTimes(at, best) < 0)
      first = candidate;
  }
  return first;
}

/** The latest of a respondent's submissions: by time when all have one, else the last given. */
function latestOf(group: readonly Candidate[]): Candidate | undefined {
  const times = group.map((candidate) => candidate.response.submittedAt);
  if (times.every((time) => time !== undefined)) {
    let latest = group[0];
    for (const candidate of group.slice(1)) {
      const at = candidate.response.submittedAt;
      const best = latest?.response.submittedAt;
      if (at !== undefined && best !== undefined && compareIsoDateTimes(at, best) >= 0)
        latest = candidate;
    }
    return latest;
  }
  return group[group.length - 1];
}

function imputeValues(
  kept: readonly Candidate[],
  matrix: Float64Array,
  items: readonly ScoredItem[],
  method: 'median' | 'mean',
): { method: 'median' | 'mean'; values: Record<string, number | null> } {
  const width = items.length;
  const values = items.map((item, j) => {
    const answered: number[] = [];
    for (const candidate of kept) {
      const value = matrix[candidate.index * width + j] as number;
      if (!Number.isNaN(value)) answered.push(value);
    }
    const centre =
      answered.length === 0 ? null : method === 'median' ? median(answered) : mean(answered);
    return [item.id, centre] as const;
  });
  return { method, values: Object.fromEntries(values) };
}
