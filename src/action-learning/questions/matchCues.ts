/**
 * Compiles cue phrases and finds them in the sentences that readSentences makes.
 *
 * Phrase syntax: words separated by spaces; `a|b|c` is one word out of several; `…` is one
 * or more further words (at the end: "followed by something"; inside: up to eight words);
 * `…ing` is one word ending in -ing (a gerund, such as "asking"), not a noun such as
 * "funding". Plain words go through the same reader as the text, so `don't you think`
 * also matches "do you not think" and `I'd` matches "I would".
 */
import type { QuestionKind as Kind } from '../classifyQuestion.js';
import { readSentences, type Sentence, type Word } from './readSentences.js';

/** Where a cue counts: at a clause's start (after lead-ins), anywhere, or as a whole tag. */
export type Family = 'start' | 'anywhere' | 'tag' | 'opinion' | 'invitation' | 'leadIn';

const GAP = 0;
const ING = 1;
type Step = readonly string[] | typeof GAP | typeof ING;

interface Cue {
  readonly kind: Kind;
  readonly family: Family;
  readonly steps: readonly Step[];
}

/** A cue found in the text. */
export interface Found {
  /** The kind the cue points to. */
  readonly kind: Kind;
  /** How the cue counts. */
  readonly family: Family;
  /** The sentence's index. */
  readonly sentence: number;
  /** The clause's index within the sentence. */
  readonly clause: number;
  /** Where the cue's words start and end in the original text. */
  readonly start: number;
  readonly end: number;
}

/** Compiled cues, indexed by family and by the words they can start with. */
export type CueIndex = ReadonlyMap<Family, ReadonlyMap<string, readonly Cue[]>>;

const RANK: Readonly<Record<Kind, number>> = { advice: 0, leading: 1, closed: 2, open: 3 };
const NOT_GERUNDS = /* @__PURE__ */ (() =>
  new Set([
    'during',
    'nothing',
    'something',
    'anything',
    'everything',
    'funding',
    'training',
    'housing',
    'morning',
    'evening',
    'wellbeing',
    'safeguarding',
  ]))();
const MAX_GAP = 8;

function compilePhrase(phrase: string): Step[] {
  const steps: Step[] = [];
  let plain: string[] = [];
  const flush = (): void => {
    for (const sentence of readSentences(plain.join(' ')))
      for (const clause of sentence.clauses) for (const word of clause) steps.push([word.w]);
    plain = [];
  };
  for (const chunk of phrase.split(' ')) {
    if (chunk === '…' || chunk === '…ing' || chunk.includes('|')) {
      flush();
      steps.push(
        chunk === '…'
          ? GAP
          : chunk === '…ing'
            ? ING
            : chunk.split('|').map((alternative) => alternative.toLowerCase()),
      );
    } else {
      plain.push(chunk);
    }
  }
  flush();
  return steps;
}

/**
 * Compiles lists of phrases into an index. Costs O(total length of the phrases).
 *
 * @param lists - each family's phrases for each kind.
 * @returns the index the matcher uses.
 */
export function compileCues(
  lists: readonly (readonly [Kind, Family, readonly string[]])[],
): CueIndex {
  const index = new Map<Family, Map<string, Cue[]>>();
  for (const [kind, family, phrases] of lists) {
    const byWord = index.get(family) ?? new Map<string, Cue[]>();
    index.set(family, byWord);
    for (const phrase of phrases) {
      const steps = compilePhrase(phrase);
      const first = steps[0];
      if (typeof first !== 'object') continue;
      for (const word of first)
        byWord.set(word, [...(byWord.get(word) ?? []), { kind, family, steps }]);
    }
  }
  return index;
}

function isGerund(word: string): boolean {
  return word.length > 4 && word.endsWith('ing') && !NOT_GERUNDS.has(word);
}

/** Where a match of `steps` (from step `k`) starting at word `at` ends, or -1. */
function matchAt(steps: readonly Step[], k: number, words: readonly Word[], at: number): number {
  let i = at;
  for (let s = k; s < steps.length; s++) {
    const step = steps[s] as Step;
    if (step === GAP) {
      if (s === steps.length - 1) return i < words.length ? i : -1;
      for (let next = i + 1; next <= Math.min(i + MAX_GAP, words.length); next++) {
        const end = matchAt(steps, s + 1, words, next);
        if (end >= 0) return end;
      }
      return -1;
    }
    const word = words[i]?.w;
    if (word === undefined) return -1;
    if (step === ING ? !isGerund(word) : !step.includes(word)) return -1;
    i++;
  }
  return i;
}

function cuesAt(index: CueIndex, family: Family, word: string): readonly Cue[] {
  return index.get(family)?.get(word) ?? [];
}

/**
 * Finds the cues in one clause. At each word it keeps the longest cue that matches there
 * (a tie goes to the stronger kind). Start cues count only at the clause's start or just
 * after a lead-in ("so", "I wonder if", "do you think"); a lead-in longer than every cue at
 * a start hides them ("can I ask" is not the closed "can"). Costs O(words × cues there).
 */
function findInClause(
  index: CueIndex,
  words: readonly Word[],
  sentence: number,
  clause: number,
  isLast: boolean,
): Found[] {
  const found: Found[] = [];
  const starts = new Set([0]);
  for (let p = 0; p < words.length; p++) {
    const here = words[p] as Word;
    const word = here.w;
    let best: { cue: Cue; to: number } | undefined;
    const consider = (family: Family): void => {
      for (const cue of cuesAt(index, family, word)) {
        const to = matchAt(cue.steps, 0, words, p);
        if (to < 0 || (cue.family === 'tag' && (p > 0 || to < words.length))) continue;
        if (
          best === undefined ||
          to > best.to ||
          (to === best.to && RANK[cue.kind] < RANK[best.cue.kind])
        )
          best = { cue, to };
      }
    };
    consider('anywhere');
    consider('invitation');
    if (clause > 0 && isLast) consider('tag');
    if (starts.has(p)) {
      consider('start');
      consider('opinion');
      let lead = p;
      for (const cue of cuesAt(index, 'leadIn', word)) {
        const to = matchAt(cue.steps, 0, words, p);
        if (to < 0) continue;
        starts.add(to);
        lead = Math.max(lead, to);
      }
      if (best !== undefined && lead > best.to) best = undefined;
    }
    if (best !== undefined) {
      found.push({
        kind: best.cue.kind,
        family: best.cue.family,
        sentence,
        clause,
        start: here.start,
        end: (words[best.to - 1] ?? here).end,
      });
    }
  }
  return found;
}

/**
 * Finds every cue in the sentences, in text order.
 *
 * @param index - the compiled cues.
 * @param sentences - the text, as readSentences gives it.
 * @returns the cues found.
 */
export function findCues(index: CueIndex, sentences: readonly Sentence[]): Found[] {
  return sentences.flatMap((sentence, s) =>
    sentence.clauses.flatMap((words, c) =>
      findInClause(index, words, s, c, c === sentence.clauses.length - 1),
    ),
  );
}
