import type { ValueCycleId } from '../valueCycles.js';

/** The cycle names as they sit inside a sentence. */
export const CYCLE_WORDS: Readonly<Record<ValueCycleId, string>> = {
  immediate: 'immediate value',
  potential: 'potential value',
  applied: 'applied value',
  realised: 'realised value',
  transformative: 'transformative value (reframing)',
};

/** What a story has once it reaches a cycle, as the start of a sentence. */
const REACHED: Readonly<Record<ValueCycleId, string>> = {
  immediate: 'took part',
  potential: 'gained knowledge capital',
  applied: 'applied',
  realised: 'realised',
  transformative: 'reframed',
};

/** What the missing link would have shown. */
const MISSING: Readonly<Record<ValueCycleId, string>> = {
  immediate: 'the activity or interaction where it started is not recorded',
  potential:
    'the story does not say what members took away (a skill, a contact, a resource, standing or a new view)',
  applied: 'the story does not show the knowledge being used in practice',
  realised: 'the story does not show what the change in practice achieved',
  transformative: 'nothing shows anyone redefining what success means',
};

/**
 * Explains a story's first missing link.
 *
 * @param missing - the first cycle of the chain without evidence.
 * @param after - the cycle before it that has evidence, or `null` when the chain has no start.
 * @param later - cycles after the missing one that do have evidence.
 * @returns one sentence.
 */
export function explainBreak(
  missing: ValueCycleId,
  after: ValueCycleId | null,
  later: readonly ValueCycleId[],
): string {
  const lead =
    after === null
      ? `no evidence of ${CYCLE_WORDS[missing]}`
      : `${REACHED[after]} but no evidence of ${CYCLE_WORDS[missing]}`;
  if (later.length === 0) return `${lead}: ${MISSING[missing]}.`;
  const claimed = later.map((cycle) => CYCLE_WORDS[cycle]).join(' and ');
  return `${lead}: ${claimed} is claimed, but ${MISSING[missing]}; record the missing link so the claim can be traced.`;
}

/** Why to focus on a cycle, and what to try. */
export const FOCUS: Readonly<
  Record<ValueCycleId, { readonly reason: string; readonly actions: readonly string[] }>
> = {
  immediate: {
    reason: 'stories most often lack a record of the activity or interaction they came from',
    actions: [
      'note after each session who came, who contributed and how useful members found it',
      'ask story writers to start with the meeting, conversation or exchange that began it',
    ],
  },
  potential: {
    reason: 'members take part, but what they take away is rarely captured',
    actions: [
      'close each session by asking members what they will take away: a skill, a contact, a resource, a new view',
      'keep the guides, templates and notes the community produces where members can find them',
    ],
  },
  applied: {
    reason: 'knowledge is gained, but it is seldom shown being put into practice',
    actions: [
      'ask at the next meeting what members tried since the last one',
      'pair members up between meetings to help each other try an idea',
      'support small pilots that put a shared idea into practice',
    ],
  },
  realised: {
    reason: 'practice changes, but what the changes achieve is seldom shown',
    actions: [
      'agree with members how a change in practice would show in results, before they try it',
      'collect outcome measures or feedback from the people served after a change',
    ],
  },
  transformative: {
    reason: 'results improve, but they have not yet led anyone to rethink what counts as success',
    actions: [
      'share realised value with funders and managers and ask what it means for their criteria',
      'invite the people served to say what success looks like to them',
    ],
  },
};
