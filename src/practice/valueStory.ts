import { z } from 'zod';
import { IsoDate } from '../core/isoDate.js';
import { parseWith, safeParseWith, type SafeParseResult } from '../core/validation.js';
import { CYCLE_IDS, ValueCycleId } from './valueCycles.js';

const Label = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();
const Text = /* @__PURE__ */ (() => z.string().trim().min(1).max(10_000))();
const CYCLE_LIST = 'immediate, potential, applied, realised or transformative';

/**
 * A form of knowledge capital, the potential value a community builds up (Wenger, Trayner
 * and de Laat, 2011): `'human'` (skills, knowledge, confidence), `'social'` (relationships
 * and trust), `'tangible'` (documents, tools, resources), `'reputational'` (the collective
 * standing and voice of the community) and `'learning'` (changed perspectives and ways of
 * learning).
 *
 * @example
 * ```ts
 * KnowledgeCapital.parse('social');
 * // => 'social'
 * KnowledgeCapital.safeParse('money').success;
 * // => false
 * ```
 */
export const KnowledgeCapital = /* @__PURE__ */ (() =>
  z.literal(['human', 'social', 'tangible', 'reputational', 'learning']))();
/** A form of knowledge capital: human, social, tangible, reputational or learning. */
export type KnowledgeCapital = z.infer<typeof KnowledgeCapital>;

/**
 * A measured value quoted as evidence inside a story, such as "12 families now referred
 * each month". It takes the story's date when indicators are summarised.
 *
 * @example
 * ```ts
 * EvidenceIndicator.parse({ name: 'referrals per month', value: 12, unit: 'families' }).value;
 * // => 12
 * EvidenceIndicator.safeParse({ name: 'referrals', value: Infinity }).success;
 * // => false
 * ```
 */
export const EvidenceIndicator = /* @__PURE__ */ (() =>
  z.strictObject({
    /** What was measured, in the app's words; values of the same name and unit are summarised together. */
    name: Label,
    /** The measured value (a finite number). */
    value: z.number(),
    /** The unit, such as `'people'`, `'%'` or `'hours'`; leave it out for a plain count. */
    unit: Label.optional(),
  }))();
/** A measured value quoted as evidence inside a story. */
export type EvidenceIndicator = z.output<typeof EvidenceIndicator>;

/**
 * The evidence a story gives for one cycle of value: what happened, in words, and any
 * measured values that back it up.
 *
 * @example
 * ```ts
 * ValueEvidence.parse({ text: 'Tried the shared referral form with two families.' }).indicators;
 * // => []
 * ```
 */
export const ValueEvidence = /* @__PURE__ */ (() =>
  z.strictObject({
    /** What happened, in the member's or organiser's words. */
    text: Text,
    /** Measured values that back the text up (default none). */
    indicators: z.array(EvidenceIndicator).default([]),
  }))();
/** The evidence a story gives for one cycle of value. */
export type ValueEvidence = z.output<typeof ValueEvidence>;

/**
 * The evidence a story gives for potential value: as {@link ValueEvidence}, plus the forms of
 * knowledge capital it names.
 *
 * @example
 * ```ts
 * PotentialValueEvidence.parse({
 *   text: 'Met the housing officer and got her template.',
 *   capital: ['social', 'tangible'],
 * }).capital;
 * // => ['social', 'tangible']
 * ```
 */
export const PotentialValueEvidence = /* @__PURE__ */ (() =>
  z.strictObject({
    /** What was gained, in the member's or organiser's words. */
    text: Text,
    /** Measured values that back the text up (default none). */
    indicators: z.array(EvidenceIndicator).default([]),
    /** The forms of knowledge capital gained (default none named). */
    capital: z.array(KnowledgeCapital).default([]),
  }))();
/** The evidence a story gives for potential value, with the forms of knowledge capital. */
export type PotentialValueEvidence = z.output<typeof PotentialValueEvidence>;

/**
 * A value-creation story recorded as data: who, when, what, and the evidence for each cycle
 * of value the story reaches.
 *
 * Wenger, Trayner and de Laat (2011) suggest collecting value as stories that follow one
 * thread from an activity to what it achieved: a member went to a session (immediate
 * value), came away with a contact and a template (potential value), used them to change how
 * their team refers families (applied value), and referrals then rose (realised value).
 * Recording each link separately lets {@link analyseValueCreation} see where chains break.
 * A story needs evidence for at least one cycle; unknown cycle ids are refused.
 *
 * @example
 * ```ts
 * const story = ValueStory.parse({
 *   id: 's1',
 *   members: ['m-014'],
 *   date: '2026-03-05',
 *   title: 'A shared referral form',
 *   evidence: {
 *     immediate: { text: 'Asked the cluster how others handle referrals.' },
 *     applied: { text: 'Our team now uses the form.' },
 *   },
 * });
 * Object.keys(story.evidence);
 * // => ['immediate', 'applied']
 * ValueStory.safeParse({ ...story, evidence: { impact: { text: 'x' } } }).success;
 * // => false
 * ```
 */
export const ValueStory = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A stable identifier, unique among the stories analysed together. */
    id: Label,
    /** The members the story is about (at least one; member ids, no repeats). */
    members: z
      .array(Label)
      .min(1)
      .superRefine((members, context) => {
        const seen = new Set<string>();
        members.forEach((member, index) => {
          if (seen.has(member))
            context.addIssue({
              code: 'custom',
              path: [index],
              message: `repeats the member ${JSON.stringify(member)}; name each member once`,
            });
          seen.add(member);
        });
      }),
    /** The date the story was recorded (`YYYY-MM-DD`). */
    date: IsoDate,
    /** A short title. */
    title: Label,
    /** The evidence for each cycle the story reaches, keyed by cycle id; at least one. */
    evidence: z
      .strictObject(
        {
          /** Evidence of immediate value: the activity or interaction and what it was worth. */
          immediate: ValueEvidence.optional(),
          /** Evidence of potential value: the knowledge capital gained. */
          potential: PotentialValueEvidence.optional(),
          /** Evidence of applied value: what changed in practice. */
          applied: ValueEvidence.optional(),
          /** Evidence of realised value: what the change did for performance. */
          realised: ValueEvidence.optional(),
          /** Evidence of transformative value: how success was redefined. */
          transformative: ValueEvidence.optional(),
        },
        {
          error: (issue) =>
            issue.code === 'unrecognized_keys'
              ? `has unknown cycle ids ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}; use ${CYCLE_LIST}`
              : undefined,
        },
      )
      .refine((evidence) => CYCLE_IDS.some((cycle) => evidence[cycle] !== undefined), {
        message: `must hold evidence for at least one cycle (${CYCLE_LIST})`,
        // An unknown cycle id is reported already; do not report the emptiness too.
        when: (payload) => payload.issues.length === 0,
      }),
  }))();
/** A value-creation story (the parsed form: every `indicators` list present). */
export type ValueStory = z.output<typeof ValueStory>;
/** A value-creation story as an app may write one: `indicators` and `capital` may be left out. */
export type ValueStoryInput = z.input<typeof ValueStory>;

/**
 * A list of value stories whose ids are all different.
 *
 * @example
 * ```ts
 * const story = { members: ['m1'], date: '2026-03-05', title: 'T', evidence: { immediate: { text: 'Came' } } };
 * ValueStories.safeParse([{ ...story, id: 'a' }, { ...story, id: 'a' }]).success;
 * // => false
 * ```
 */
export const ValueStories = /* @__PURE__ */ (() =>
  z.array(ValueStory).superRefine((stories, context) => {
    const firstIndex = new Map<string, number>();
    stories.forEach((story, index) => {
      const earlier = firstIndex.get(story.id);
      if (earlier === undefined) firstIndex.set(story.id, index);
      else
        context.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `repeats the id ${JSON.stringify(story.id)} of story ${String(earlier)}; every story needs a different id`,
        });
    });
  }))();
/** A list of value stories whose ids are all different. */
export type ValueStories = z.output<typeof ValueStories>;

/**
 * A measured value of one cycle of value creation, taken on a date, such as the attendance
 * at a session (immediate) or the number of teams using a shared tool (applied).
 *
 * Indicators complement stories: stories show how value travels from one cycle to the next,
 * indicators show how much of it there is (Wenger, Trayner and de Laat, 2011).
 *
 * @example
 * ```ts
 * ValueIndicator.parse({ cycle: 'applied', name: 'teams using the form', value: 4, date: '2026-06-30' }).cycle;
 * // => 'applied'
 * ValueIndicator.safeParse({ cycle: 'impact', name: 'x', value: 1, date: '2026-06-30' }).success;
 * // => false
 * ```
 */
export const ValueIndicator = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The cycle of value it measures. */
    cycle: ValueCycleId,
    /** What was measured; values of the same cycle, name and unit are summarised together. */
    name: Label,
    /** The measured value (a finite number). */
    value: z.number(),
    /** The unit, such as `'people'`, `'%'` or `'hours'`; leave it out for a plain count. */
    unit: Label.optional(),
    /** The date it was measured (`YYYY-MM-DD`). */
    date: IsoDate,
  }))();
/** A measured value of one cycle of value creation. */
export type ValueIndicator = z.output<typeof ValueIndicator>;

/**
 * Validates an untrusted list of value stories: each story, and that no id repeats.
 *
 * Cost: O(size of the list).
 *
 * @param input - the list, such as rows from a form.
 * @returns the stories, in the same order, with empty `indicators` and `capital` filled in.
 * @throws {@link InvalidInputError} (`invalid_input`) listing every problem with its path.
 *
 * @example
 * ```ts
 * parseValueStories([
 *   { id: 's1', members: ['m1'], date: '2026-03-05', title: 'T', evidence: { potential: { text: 'A contact' } } },
 * ])[0]?.evidence.potential?.capital;
 * // => []
 * ```
 */
export function parseValueStories(input: unknown): ValueStories {
  return parseWith(ValueStories, input, { fn: 'parseValueStories', root: 'stories' });
}

/**
 * Validates an untrusted list of value stories without throwing. Cost: O(size of the list).
 *
 * @param input - the list.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every problem.
 *
 * @example
 * ```ts
 * const result = safeParseValueStories([
 *   { id: 's1', members: ['m1'], date: '2026-02-30', title: 'T', evidence: { impact: { text: 'x' } } },
 * ]);
 * result.success ? [] : result.error.issues.map((issue) => issue.pathText);
 * // => ['stories[0].date', 'stories[0].evidence']
 * ```
 */
export function safeParseValueStories(input: unknown): SafeParseResult<ValueStories> {
  return safeParseWith(ValueStories, input, { fn: 'safeParseValueStories', root: 'stories' });
}
