import { z } from 'zod';
import { deepFreeze } from '../core/deepFreeze.js';

/** The cycle ids in chain order (internal; the public list is {@link VALUE_CYCLES}). */
export const CYCLE_IDS = [
  'immediate',
  'potential',
  'applied',
  'realised',
  'transformative',
] as const;

/**
 * The id of one of the five cycles of value creation, in their usual order: `'immediate'`,
 * `'potential'`, `'applied'`, `'realised'` and `'transformative'`.
 *
 * The ids are stable: stories, indicators and results name cycles by them.
 *
 * @example
 * ```ts
 * ValueCycleId.parse('applied');
 * // => 'applied'
 * ValueCycleId.safeParse('impact').success;
 * // => false
 * ```
 */
export const ValueCycleId = /* @__PURE__ */ (() => z.literal([...CYCLE_IDS]))();
/** The id of one of the five cycles of value creation. */
export type ValueCycleId = z.infer<typeof ValueCycleId>;

/** One cycle of value creation, as {@link VALUE_CYCLES} describes it. */
export interface ValueCycle {
  /** The stable id. */
  readonly id: ValueCycleId;
  /** The cycle's place in the chain, 1 (immediate) to 5 (transformative). */
  readonly order: number;
  /** The cycle's name, such as `'Applied value'`. */
  readonly name: string;
  /** The question an organiser asks to find this kind of value. */
  readonly question: string;
  /** What the cycle means for a community of practice, in a sentence or two. */
  readonly description: string;
  /** Things an organiser can count or collect as signs of this value. */
  readonly indicators: readonly string[];
}

/**
 * The five cycles of value creation in a community of practice or network, after Wenger,
 * Trayner and de Laat (2011).
 *
 * A community creates value in steps that build on each other: taking part is worth
 * something at once (immediate value); it leaves members with knowledge capital they may
 * use later (potential value); some of it is put to use (applied value); the use makes a
 * difference to results (realised value); and sometimes the difference makes people
 * rethink what counts as success (transformative value, which the paper calls reframing).
 * The cycles are not a ladder every story must climb, but tracing a story through them shows
 * where the value came from and where evidence is thin. Each cycle comes with example
 * indicators an organiser can collect.
 *
 * Reference: E. Wenger, B. Trayner and M. de Laat (2011), *Promoting and assessing value
 * creation in communities and networks: a conceptual framework*, Rapport 18, Ruud de Moor
 * Centrum, Open Universiteit, Heerlen. The descriptions here are peerlearn's own words.
 *
 * The list is frozen and in chain order. Cost: none (a constant).
 *
 * @example
 * ```ts
 * VALUE_CYCLES.map((cycle) => cycle.id);
 * // => ['immediate', 'potential', 'applied', 'realised', 'transformative']
 * VALUE_CYCLES[3]?.name;
 * // => 'Realised value'
 * Object.isFrozen(VALUE_CYCLES[0]?.indicators);
 * // => true
 * ```
 */
export const VALUE_CYCLES: readonly ValueCycle[] = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'immediate',
      order: 1,
      name: 'Immediate value',
      question: 'What happened, and was taking part worthwhile in itself?',
      description:
        'The worth of the activities and interactions themselves: a meeting that was lively, a ' +
        'question that got a useful answer, a member who felt less alone with a problem.',
      indicators: [
        'attendance and how often members take part',
        'how many members contribute (present, host, ask, post)',
        'members rating a session as useful or excellent',
        'new contacts made at a session',
        'how much members help each other between meetings',
      ],
    },
    {
      id: 'potential',
      order: 2,
      name: 'Potential value',
      question: 'What did members take away that they could use later?',
      description:
        'Knowledge capital that may or may not be used: new skills and confidence (human ' +
        'capital), relationships and trust (social capital), documents, tools and methods ' +
        '(tangible capital), the standing and voice of the community (reputational capital), ' +
        'and changed ways of seeing and learning (learning capital).',
      indicators: [
        'skills or confidence members say they gained',
        'people members now know they can call on',
        'guides, templates or case notes the community produced',
        'invitations, recognition or influence the community earned',
        'members describing a problem in a new way',
      ],
    },
    {
      id: 'applied',
      order: 3,
      name: 'Applied value',
      question: 'What did members do differently because of it?',
      description:
        'Changes in practice: knowledge capital put to work, such as a method tried with a ' +
        'client group, a tool adopted by a team, or a contact used to solve a problem.',
      indicators: [
        'ideas or tools members report having tried',
        'reuse of the resources the community produced',
        'changes to a service, a procedure or a way of working',
        'pilots started after a session',
        'collaborations between members’ organisations',
      ],
    },
    {
      id: 'realised',
      order: 4,
      name: 'Realised value',
      question: 'What difference did the change make to results?',
      description:
        'Improved performance that can be traced to a change in practice: better outcomes for ' +
        'the people a service supports, time or money saved, a target met, an organisation ' +
        'doing its work better.',
      indicators: [
        'outcomes for the people a service supports',
        'waiting times, costs or time saved',
        'targets met by members or their organisations',
        'quality ratings of a service',
        'feedback from the people served',
      ],
    },
    {
      id: 'transformative',
      order: 5,
      name: 'Transformative value',
      question: 'Has it changed what we count as success?',
      description:
        'Reframing: the community’s learning leads members, organisations or funders to ' +
        'redefine what success is, and to change strategies, criteria or policies to match.',
      indicators: [
        'new or changed success criteria or outcome measures',
        'changes to strategy, policy or funding priorities',
        'new partnerships or structures that the community led to',
        'the people served given a say in what counts as success',
      ],
    },
  ]))();
