import { z } from 'zod';

const RESERVED_KEYS = /* @__PURE__ */ (() => new Set(['__proto__', 'constructor', 'prototype']))();

/**
 * An identifier for an item, domain or option: non-empty text that is safe to use as an
 * object key (not `__proto__`, `constructor` or `prototype`).
 *
 * @example
 * ```ts
 * Identifier.parse('  belonging ');
 * // => 'belonging'
 * Identifier.safeParse('__proto__').success;
 * // => false
 * ```
 */
export const Identifier = /* @__PURE__ */ (() =>
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((id) => !RESERVED_KEYS.has(id), 'must not be __proto__, constructor or prototype'))();

const Text = /* @__PURE__ */ (() => z.string().trim().min(1).max(2000))();

const itemBase = /* @__PURE__ */ (() => ({
  /** A stable identifier, unique within the instrument; answers are keyed by it. */
  id: Identifier,
  /** The question or statement as respondents see it. */
  wording: Text,
  /** Extra guidance shown with the item. */
  description: Text.optional(),
}))();

/**
 * An answer option of a choice or ordinal item.
 *
 * @example
 * ```ts
 * ChoiceOption.parse({ value: 'networking', label: 'Meeting other members' }).label;
 * // => 'Meeting other members'
 * ChoiceOption.safeParse({ value: 'networking', score: 1 }).success; // scores are for ScoredOption
 * // => false
 * ```
 */
export const ChoiceOption = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The value stored in a response, such as `'networking'`. */
    value: Identifier,
    /** The text shown to respondents; defaults to the value. */
    label: Text.optional(),
  }))();
/** An answer option of a choice item. */
export type ChoiceOption = z.infer<typeof ChoiceOption>;

/**
 * An ordered answer option that carries a score, such as `excellent` = 4.
 *
 * @example
 * ```ts
 * ScoredOption.parse({ value: 'excellent', label: 'Excellent', score: 4 }).score;
 * // => 4
 * ScoredOption.safeParse({ value: 'excellent' }).success; // the score is required
 * // => false
 * ```
 */
export const ScoredOption = /* @__PURE__ */ (() =>
  ChoiceOption.extend({
    /** The number this option counts as when scoring (at most 1e100 either way). */
    score: z
      .number()
      .refine(Number.isFinite, 'must be a finite number')
      // Larger scores would overflow the sums of squares behind every spread and interval.
      .refine((score) => Math.abs(score) <= 1e100, 'must be at most 1e100 either way'),
  }))();
/** An ordered answer option that carries a score. */
export type ScoredOption = z.infer<typeof ScoredOption>;

/**
 * A numeric rating scale with whole-number points from `min` to `max`, such as 1 (strongly
 * disagree) to 5 (strongly agree). Answers are numbers.
 *
 * @example
 * ```ts
 * const heard = LikertItem.parse({
 *   id: 'heard',
 *   type: 'likert',
 *   min: 1,
 *   max: 5,
 *   wording: 'I feel heard in my learning set.',
 *   labels: { '1': 'Strongly disagree', '5': 'Strongly agree' },
 * });
 * heard.labels?.['5'];
 * // => 'Strongly agree'
 * LikertItem.safeParse({ ...heard, max: 5.5 }).success; // points are whole numbers
 * // => false
 * ```
 */
export const LikertItem = /* @__PURE__ */ (() =>
  z.strictObject({
    ...itemBase,
    /** The kind of item. */
    type: z.literal('likert'),
    /** The lowest point of the scale. */
    min: z.int(),
    /** The highest point of the scale. */
    max: z.int(),
    /** Words for some or all points, keyed by the point (`{ "1": "Strongly disagree" }`). */
    labels: z.record(z.string(), Text).optional(),
    /** How many of the highest points count as the "top box" (default 2 on scales of 5 or more points, else 1). */
    topBox: z.int().min(1).optional(),
  }))();
/** A numeric rating scale item. */
export type LikertItem = z.infer<typeof LikertItem>;

/**
 * Ordered categories that map to scores, such as excellent (4), good (3), fair (2), poor (1).
 * Answers are the option values; scoring uses the option scores.
 *
 * @example
 * ```ts
 * const overall = OrdinalItem.parse({
 *   id: 'overall',
 *   type: 'ordinal',
 *   wording: 'How would you rate the session overall?',
 *   options: [
 *     { value: 'excellent', score: 4 },
 *     { value: 'good', score: 3 },
 *     { value: 'fair', score: 2 },
 *     { value: 'poor', score: 1 },
 *   ],
 * });
 * overall.options.map((option) => option.score);
 * // => [4, 3, 2, 1]
 * OrdinalItem.safeParse({ ...overall, options: [{ value: 'good', score: 3 }] }).success;
 * // => false
 * ```
 */
export const OrdinalItem = /* @__PURE__ */ (() =>
  z.strictObject({
    ...itemBase,
    /** The kind of item. */
    type: z.literal('ordinal'),
    /** The categories with their scores; listed in any order. */
    options: z.array(ScoredOption).min(2),
    /** How many of the highest-scoring options count as the "top box" (default 1). */
    topBox: z.int().min(1).optional(),
  }))();
/** An ordered-categories item. */
export type OrdinalItem = z.infer<typeof OrdinalItem>;

/**
 * A yes/no question; answers are `true`/`false` (or `'yes'`/`'no'`) and score 1/0.
 *
 * @example
 * ```ts
 * YesNoItem.parse({ id: 'again', type: 'yes-no', wording: 'Would you come again?' }).type;
 * // => 'yes-no'
 * YesNoItem.safeParse({ id: 'again', type: 'yes-no', wording: 'Again?', options: [] }).success;
 * // => false
 * ```
 */
export const YesNoItem = /* @__PURE__ */ (() =>
  z.strictObject({
    ...itemBase,
    /** The kind of item. */
    type: z.literal('yes-no'),
  }))();
/** A yes/no item. */
export type YesNoItem = z.infer<typeof YesNoItem>;

/**
 * Pick one of several unordered options; counted, never scored.
 *
 * @example
 * ```ts
 * const heardVia = SingleChoiceItem.parse({
 *   id: 'heardVia',
 *   type: 'single-choice',
 *   wording: 'How did you hear about the programme?',
 *   options: [
 *     { value: 'colleague' },
 *     { value: 'newsletter' },
 *     { value: 'other', label: 'Somewhere else' },
 *   ],
 * });
 * heardVia.options.map((option) => option.value);
 * // => ['colleague', 'newsletter', 'other']
 * SingleChoiceItem.safeParse({ ...heardVia, options: [{ value: 'colleague' }] }).success;
 * // => false
 * ```
 */
export const SingleChoiceItem = /* @__PURE__ */ (() =>
  z.strictObject({
    ...itemBase,
    /** The kind of item. */
    type: z.literal('single-choice'),
    /** The options. */
    options: z.array(ChoiceOption).min(2),
  }))();
/** A single-choice item. */
export type SingleChoiceItem = z.infer<typeof SingleChoiceItem>;

/**
 * Pick any number of options ("select all that apply"); counted, never scored.
 *
 * @example
 * ```ts
 * const mostUseful = MultipleChoiceItem.parse({
 *   id: 'mostUseful',
 *   type: 'multiple-choice',
 *   wording: 'Which parts helped you most? Pick up to two.',
 *   options: [{ value: 'networking' }, { value: 'buddying' }, { value: 'talks' }],
 *   maxSelected: 2,
 * });
 * mostUseful.maxSelected;
 * // => 2
 * MultipleChoiceItem.safeParse({ ...mostUseful, maxSelected: 0 }).success;
 * // => false
 * ```
 */
export const MultipleChoiceItem = /* @__PURE__ */ (() =>
  z.strictObject({
    ...itemBase,
    /** The kind of item. */
    type: z.literal('multiple-choice'),
    /** The options. */
    options: z.array(ChoiceOption).min(2),
    /** The most options one respondent may pick (default: all). */
    maxSelected: z.int().min(1).optional(),
  }))();
/** A multiple-choice item. */
export type MultipleChoiceItem = z.infer<typeof MultipleChoiceItem>;

/**
 * Free text; kept with the response, never scored.
 *
 * @example
 * ```ts
 * TextItem.parse({ id: 'comments', type: 'text', wording: 'Anything else?', maxLength: 500 })
 *   .maxLength;
 * // => 500
 * TextItem.safeParse({ id: 'comments', type: 'text', wording: '   ' }).success; // blank wording
 * // => false
 * ```
 */
export const TextItem = /* @__PURE__ */ (() =>
  z.strictObject({
    ...itemBase,
    /** The kind of item. */
    type: z.literal('text'),
    /** The longest answer accepted, in characters (default 5,000). */
    maxLength: z.int().min(1).max(100_000).optional(),
  }))();
/** A free-text item. */
export type TextItem = z.infer<typeof TextItem>;

/**
 * Any item of an instrument, told apart by its `type`.
 *
 * @example
 * ```ts
 * Item.parse({ id: 'again', type: 'yes-no', wording: 'Would you come again?' }).type;
 * // => 'yes-no'
 * Item.safeParse({ id: 'mood', type: 'slider', wording: 'How are you?' }).success; // no such type
 * // => false
 * ```
 */
export const Item = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', [
    LikertItem,
    OrdinalItem,
    YesNoItem,
    SingleChoiceItem,
    MultipleChoiceItem,
    TextItem,
  ]))();
/** Any item of an instrument. */
export type Item = z.infer<typeof Item>;

/** An item whose answers are numbers that can be scored: a scale, ordered categories or yes/no. */
export type ScoredItem = LikertItem | OrdinalItem | YesNoItem;

/** Tells whether an item's answers are scored (scale, ordinal, yes/no). */
export function isScoredItem(item: Item): item is ScoredItem {
  return item.type === 'likert' || item.type === 'ordinal' || item.type === 'yes-no';
}

/** The lowest and highest score an item's answers can take. */
export function itemBounds(item: ScoredItem): { readonly min: number; readonly max: number } {
  switch (item.type) {
    case 'likert':
      return { min: item.min, max: item.max };
    case 'ordinal': {
      const scores = item.options.map((option) => option.score);
      return { min: Math.min(...scores), max: Math.max(...scores) };
    }
    case 'yes-no':
      return { min: 0, max: 1 };
  }
}
