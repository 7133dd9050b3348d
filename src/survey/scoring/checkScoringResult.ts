import { z } from 'zod';
import { formatPath } from '../../core/formatPath.js';
import { InvalidInputError, type InputIssue } from '../../core/InvalidInputError.js';
import type { ErrorPath } from '../../core/PeerLearnError.js';
import { parseWith, type ValidationContext } from '../../core/validation.js';
import { isSettledInstrument, settleInstrument } from '../instrument/defineInstrument.js';
import { Instrument } from '../instrument/instrument.js';
import { isScoredItem, itemBounds, type ScoredItem } from '../instrument/items.js';
import { Answer, FieldValue } from '../response.js';
import { answerReader } from './readAnswer.js';

/**
 * The parts of a `ScoringResult` that the functions reading one use: each scored
 * response's answers, fields and domain scores. Other fields are allowed and ignored, so a
 * result stored as JSON and loaded again is read as it was written.
 */
const ScoringResultShape = /* @__PURE__ */ (() =>
  z.object({
    instrument: z.unknown(),
    scored: z.array(
      z.object({
        answers: z.record(z.string(), Answer),
        fields: z.record(z.string(), FieldValue),
        domains: z.record(
          z.string(),
          z.object({
            score: z.number().nullable(),
            band: z.object({ label: z.string() }).nullable(),
          }),
        ),
      }),
    ),
  }))();

/** `parseWith` after zod's fast path, which valid input (the usual case) takes. */
function checkWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context: ValidationContext,
): z.output<S> {
  const quick = schema.safeParse(input);
  return quick.success ? quick.data : parseWith(schema, input, context);
}

/**
 * Checks a scoring result passed to a function that reads one (`summariseScores`,
 * `reliability`) and returns its instrument, settled. The result itself is left as it is.
 *
 * @param result - what `scoreResponses` returned, perhaps stored and loaded again.
 * @param fn - the function's name, for the messages.
 * @returns the result's instrument, checked.
 * @throws `InvalidInputError` (`invalid_input`) when the result is not shaped like one, an
 *   answer is not one its item accepts, or a domain score lies outside the domain's range.
 */
export function checkScoringResult(result: unknown, fn: string): Instrument {
  const shape = checkWith(ScoringResultShape, result, { fn, root: 'result' });
  const instrument = isSettledInstrument(shape.instrument)
    ? shape.instrument
    : settleInstrument(checkWith(Instrument, shape.instrument, { fn, root: 'result.instrument' }));
  const issues = [
    ...answerIssues(shape.scored, instrument),
    ...scoreIssues(shape.scored, instrument),
  ];
  if (issues.length > 0) throw new InvalidInputError(fn, issues.slice(0, MAX_ISSUES));
  return instrument;
}

/** A tampered result can be wrong everywhere; the first problems are enough to act on. */
const MAX_ISSUES = 20;

type ScoredShape = z.output<typeof ScoringResultShape>['scored'];

function issueAt(path: ErrorPath, code: string, message: string): InputIssue {
  return { path, pathText: formatPath(path, 'result'), code, message };
}

/** Each kept answer must be one its item accepts, as `scoreResponses` checked it. */
function answerIssues(scored: ScoredShape, instrument: Instrument): InputIssue[] {
  const readers = new Map(instrument.items.map((item) => [item.id, answerReader(item)]));
  const scratch = new Float64Array(1);
  const issues: InputIssue[] = [];
  scored.forEach((response, index) => {
    for (const [id, answer] of Object.entries(response.answers)) {
      const path = ['scored', index, 'answers', id];
      const reader = readers.get(id);
      const problem =
        reader === undefined
          ? {
              code: 'unknown_item',
              message: `${JSON.stringify(id)} is not an item of the instrument`,
            }
          : reader(answer, scratch, 0);
      if (problem !== undefined && issues.length < MAX_ISSUES) {
        issues.push(issueAt(path, problem.code, problem.message));
      }
    }
  });
  return issues;
}

/** Each domain score must lie within what the domain's items can give. */
function scoreIssues(scored: ScoredShape, instrument: Instrument): InputIssue[] {
  const items = new Map(instrument.items.filter(isScoredItem).map((item) => [item.id, item]));
  const ranges = new Map(
    instrument.domains.map((domain) => [domain.id, domainRange(domain, items)] as const),
  );
  const issues: InputIssue[] = [];
  scored.forEach((response, index) => {
    for (const [id, { score }] of Object.entries(response.domains)) {
      const range = ranges.get(id);
      const path = ['scored', index, 'domains', id];
      if (range === undefined) {
        issues.push(issueAt(path, 'unknown_domain', 'is not a domain of the instrument'));
      } else if (score !== null && !(score >= range.min - 1e-9 && score <= range.max + 1e-9)) {
        issues.push(
          issueAt(
            [...path, 'score'],
            'out_of_scale',
            `must lie from ${String(range.min)} to ${String(range.max)}, got ${String(score)}`,
          ),
        );
      }
      if (issues.length >= MAX_ISSUES) return;
    }
  });
  return issues;
}

/** The lowest and highest score a domain can give, by its method. */
function domainRange(
  domain: Instrument['domains'][number],
  items: ReadonlyMap<string, ScoredItem>,
): { readonly min: number; readonly max: number } {
  if (domain.method === 'percent') return { min: 0, max: 100 };
  let min = Infinity;
  let max = -Infinity;
  let totalWeight = 0;
  for (const id of domain.items) {
    const item = items.get(id);
    if (item === undefined) continue;
    const bounds = itemBounds(item);
    min = Math.min(min, bounds.min);
    max = Math.max(max, bounds.max);
    totalWeight += domain.weights?.[id] ?? 1;
  }
  return domain.method === 'sum'
    ? { min: min * totalWeight, max: max * totalWeight }
    : { min, max };
}
