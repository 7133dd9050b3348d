import { z } from 'zod';
import { IsoDate } from '../../core/index.js';
import { parseWith, safeParseWith, type SafeParseResult } from '../../core/validation.js';

const Text = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();

/**
 * One learning exchange: who learned what from whom, when, and through which activity.
 *
 * Peer learning lives in such moments: a carer shows the team how she settles a resident,
 * a newcomer shadows a peer supporter, a buddy from another area explains how their
 * cluster runs its evaluations. Recording them as data lets a programme see who gives,
 * who receives, and whether learning flows both ways and across areas. The `activity` is
 * the id of an activity in the programme's catalogue (such as `'shadowing'`); any
 * non-empty text is accepted. Unknown fields are refused so a misspelt field is reported.
 *
 * @example
 * ```ts
 * LearningExchange.parse({
 *   id: 'x1',
 *   learner: 'ama',
 *   teacher: 'ben',
 *   topic: 'safeguarding',
 *   date: '2026-03-05',
 *   activity: 'shadowing',
 * }).teacher;
 * // => 'ben'
 * LearningExchange.safeParse({
 *   id: 'x2', learner: 'ama', teacher: 'ben', topic: 'rotas', date: '05/03/2026', activity: 'buddy',
 * }).success;
 * // => false
 * ```
 */
export const LearningExchange = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A stable identifier for the exchange, unique among the exchanges reported on. */
    id: Text,
    /** The id of the member who learned. */
    learner: Text,
    /** The id of the member who taught (shared, showed, explained); never the learner. */
    teacher: Text,
    /** What was learned, in the programme's own words (`'safeguarding'`, `'rotas'`). */
    topic: Text,
    /** The calendar date of the exchange, written `YYYY-MM-DD`. */
    date: IsoDate,
    /** The id of the activity it happened through (`'shadowing'`, `'buddy-meeting'`, …). */
    activity: Text,
  }))();
/** One learning exchange: who learned what from whom, when, and through which activity. */
export type LearningExchange = z.infer<typeof LearningExchange>;

/**
 * A person who may take part in learning exchanges, with the area and organisation that
 * bridging is measured across.
 *
 * A `Member` record fits as it is: fields other than `id`, `area` and
 * `organisation` are ignored. People listed but in no exchange are reported as isolated,
 * which is often the most useful line of the report: who has not yet been drawn in.
 *
 * @example
 * ```ts
 * ExchangePerson.parse({ id: 'ama', displayName: 'Ama', area: 'North' });
 * // => { id: 'ama', area: 'North' }
 * ```
 */
export const ExchangePerson = /* @__PURE__ */ (() =>
  z.object({
    /** The member's id, as used in `learner` and `teacher`. */
    id: Text,
    /** The member's area (locality, region or team), if known. */
    area: Text.optional(),
    /** The member's organisation, if known. */
    organisation: Text.optional(),
  }))();
/** A person who may take part in learning exchanges, with their area and organisation. */
export type ExchangePerson = z.infer<typeof ExchangePerson>;

/**
 * A log of learning exchanges: each valid, ids all different, and nobody their own teacher.
 *
 * @example
 * ```ts
 * LearningExchanges.safeParse([
 *   { id: 'x1', learner: 'ama', teacher: 'ama', topic: 'rotas', date: '2026-03-05', activity: 'buddy' },
 * ]).success;
 * // => false
 * ```
 */
export const LearningExchanges = /* @__PURE__ */ (() =>
  z.array(LearningExchange).superRefine((exchanges, context) => {
    const seen = new Map<string, number>();
    exchanges.forEach((exchange, i) => {
      const earlier = seen.get(exchange.id);
      if (earlier === undefined) seen.set(exchange.id, i);
      else
        context.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `repeats the id ${JSON.stringify(exchange.id)} of exchange ${String(earlier)}; every exchange needs a different id`,
        });
      if (exchange.learner === exchange.teacher)
        context.addIssue({
          code: 'custom',
          path: [i, 'teacher'],
          message: `is the learner too (${JSON.stringify(exchange.learner)}); a person cannot learn from themselves`,
        });
    });
  }))();
/** A log of learning exchanges: each valid, ids all different, nobody their own teacher. */
export type LearningExchanges = z.infer<typeof LearningExchanges>;

/**
 * Validates an untrusted log of learning exchanges, such as rows imported from a sheet.
 *
 * Cost: O(size of the log).
 *
 * @param input - the log.
 * @returns the exchanges, in the same order.
 * @throws {@link InvalidInputError} (`invalid_input`) listing every problem with its path:
 *   a malformed field, a repeated id, or a learner who is also the teacher.
 *
 * @example
 * ```ts
 * parseLearningExchanges([
 *   { id: 'x1', learner: 'ama', teacher: 'ben', topic: 'rotas', date: '2026-03-05', activity: 'buddy' },
 * ]).length;
 * // => 1
 * ```
 */
export function parseLearningExchanges(input: unknown): LearningExchanges {
  return parseWith(LearningExchanges, input, { fn: 'parseLearningExchanges', root: 'exchanges' });
}

/**
 * Validates an untrusted log of learning exchanges without throwing. Cost: O(size of the log).
 *
 * @param input - the log.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every problem.
 *
 * @example
 * ```ts
 * const result = safeParseLearningExchanges([
 *   { id: 'x1', learner: 'ama', teacher: 'ben', topic: 'rotas', date: '2026-3-5', activity: 'buddy' },
 * ]);
 * result.success ? [] : result.error.issues.map((issue) => issue.pathText);
 * // => ['exchanges[0].date']
 * ```
 */
export function safeParseLearningExchanges(input: unknown): SafeParseResult<LearningExchanges> {
  return safeParseWith(LearningExchanges, input, {
    fn: 'safeParseLearningExchanges',
    root: 'exchanges',
  });
}
