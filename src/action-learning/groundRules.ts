import { z } from 'zod';
import { deepFreeze } from '../core/deepFreeze.js';
import { Id } from './model/id.js';

/**
 * One ground rule a set agrees at contracting: a short id and the rule in the set's words.
 *
 * @example
 * ```ts
 * GroundRule.parse({ id: 'phones', text: 'Phones stay off during the meeting.' }).id;
 * // => 'phones'
 * GroundRule.safeParse({ id: 'phones', text: '' }).success;
 * // => false
 * ```
 */
export const GroundRule = /* @__PURE__ */ (() =>
  z.strictObject({
    /** A short identifier, unique within the set's rules. */
    id: Id,
    /** The rule, in the set's own words. */
    text: z.string().trim().min(1).max(500),
  }))();
/** One ground rule a set agrees at contracting. */
export type GroundRule = z.output<typeof GroundRule>;

/**
 * The ground rules a set starts from at its first meeting: one for each of the six key
 * principles of action learning, and one for confidentiality.
 *
 * A set contracts before its first presentation: it agrees how it will work together, and
 * at the end of every meeting it reviews how well it kept to what it agreed. These defaults
 * put the principles (committing regular time, asking helpful questions, following the
 * action learning cycle, listening, not giving advice, giving individual airtime) into
 * working rules; a set adds, drops and rewords them in its own language.
 *
 * @example
 * ```ts
 * DEFAULT_GROUND_RULES.map((rule) => rule.id);
 * // => ['regular-time', 'helpful-questions', 'action-learning-cycle', 'listening', 'no-advice', 'airtime', 'confidentiality']
 * DEFAULT_GROUND_RULES[4]?.text;
 * // => 'We hold back advice and our own stories, unless the presenter asks for them.'
 * ```
 */
export const DEFAULT_GROUND_RULES: readonly GroundRule[] = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'regular-time',
      text: 'We come to every meeting and stay to the end; if we cannot, we tell the set beforehand.',
    },
    {
      id: 'helpful-questions',
      text: 'We ask short, open questions that help the presenter think for themselves.',
    },
    {
      id: 'action-learning-cycle',
      text: 'We each bring a real challenge, act on it between meetings and report back on what happened.',
    },
    {
      id: 'listening',
      text: 'We listen fully, without interrupting or rehearsing our own reply.',
    },
    {
      id: 'no-advice',
      text: 'We hold back advice and our own stories, unless the presenter asks for them.',
    },
    {
      id: 'airtime',
      text: "Each presenter's slot is theirs; we keep to the agreed times so everyone gets airtime.",
    },
    {
      id: 'confidentiality',
      text: 'What is said in the set stays in the set, unless we agree together what may be shared.',
    },
  ]))();
