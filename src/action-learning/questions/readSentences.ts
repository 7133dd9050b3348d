/**
 * Splits a question into sentences, clauses and canonical words for the cue matcher.
 *
 * Words keep the span of the original text they came from, so a matched cue can be quoted
 * exactly as the asker wrote it. Canonical form: lower case, straight apostrophes,
 * `what's` → `what is`, `I'd` → `I would`, `cannot` → `can't`, and negatives written out
 * folded into their contracted form (`do you not think` → `don't you think`,
 * `is it not` → `isn't it`), so that one cue phrase covers every spelling.
 */

/** A word in canonical form, with the span of the original text it came from. */
export interface Word {
  /** The canonical word. */
  readonly w: string;
  /** Where it starts in the original text (UTF-16 index). */
  readonly start: number;
  /** Where it ends in the original text (exclusive). */
  readonly end: number;
}

/** A sentence: its clauses (split at commas, dashes and the like) and whether it asks. */
export interface Sentence {
  /** The clauses, in order, each a list of words; none is empty. */
  readonly clauses: readonly (readonly Word[])[];
  /** Whether the sentence ends with a question mark. */
  readonly asks: boolean;
}

// A word; an ellipsis (a clause break); a sentence end; any other clause break.
const TOKEN =
  /([\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*)|(\.{3}|…)|([.?!]+)|([,;:()[\]{}"“”«»–—]|\s-+\s)/gu;
const APOSTROPHES = /[’‘ʼ`´′]/gu;
const UPPER = /[\p{Lu}\p{Lt}]/gu;

const NEGATIVE: Readonly<Record<string, string>> = {
  do: "don't",
  does: "doesn't",
  did: "didn't",
  is: "isn't",
  are: "aren't",
  was: "wasn't",
  were: "weren't",
  have: "haven't",
  has: "hasn't",
  had: "hadn't",
  can: "can't",
  could: "couldn't",
  will: "won't",
  would: "wouldn't",
  should: "shouldn't",
  shall: "shan't",
  must: "mustn't",
  might: "mightn't",
  need: "needn't",
};
const SUBJECTS = /* @__PURE__ */ (() =>
  new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'this', 'there']))();
// Words whose `'s` means `is` rather than a possessive.
const IS_AFTER = /* @__PURE__ */ (() =>
  new Set([
    'it',
    'that',
    'this',
    'what',
    'where',
    'when',
    'who',
    'why',
    'how',
    'there',
    'here',
    'he',
    'she',
  ]))();
const SUFFIXES: Readonly<Record<string, string>> = {
  re: 'are',
  ve: 'have',
  ll: 'will',
  d: 'would',
  m: 'am',
};

/**
 * Lower-cases the text and straightens its apostrophes without changing its length, so an
 * index into the result is an index into the original.
 */
function fold(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(UPPER, (letter) => {
    const lower = letter.toLowerCase();
    // A few capitals lower-case to two units (İ → i̇); keep the first to keep the length.
    return lower.slice(0, letter.length);
  });
}

// Contractions typed without their apostrophe; ambiguous ones (its, were, well, id) are left.
const BARE: Readonly<Record<string, string>> = {
  cannot: "can't",
  cant: "can't",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  werent: "weren't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  wont: "won't",
  whats: "what's",
  thats: "that's",
  youre: "you're",
  youve: "you've",
  youd: "you'd",
  ive: "I've",
  im: "I'm",
};

/** The canonical words one written word stands for. */
function expand(written: string): string[] {
  // Own keys only: a word such as "constructor" must not find Object.prototype's.
  const raw = (Object.hasOwn(BARE, written) ? (BARE[written] ?? written) : written).toLowerCase();
  const match = /^(.+)'(s|re|ve|ll|d|m)$/u.exec(raw);
  if (match === null) return [raw];
  const base = match[1] ?? '';
  const suffix = match[2] ?? '';
  if (suffix !== 's') return [base, SUFFIXES[suffix] ?? suffix];
  if (base === 'let') return ['let', 'us'];
  return IS_AFTER.has(base) ? [base, 'is'] : [raw];
}

/** Folds `aux not` and `aux subject not` into the contracted negative. */
function foldNegatives(words: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const negative = Object.hasOwn(NEGATIVE, word.w) ? NEGATIVE[word.w] : undefined;
    const next = words[i + 1];
    if (negative !== undefined && next?.w === 'not') {
      out.push({ w: negative, start: word.start, end: next.end });
      i++;
    } else if (
      negative !== undefined &&
      next &&
      SUBJECTS.has(next.w) &&
      words[i + 2]?.w === 'not'
    ) {
      out.push({ ...word, w: negative }, { ...next, end: (words[i + 2] as Word).end });
      i += 2;
    } else {
      out.push(word);
    }
  }
  return out;
}

/**
 * Reads a text into sentences of clauses of canonical words. Line breaks count as spaces.
 * Costs O(length of the text).
 *
 * @param text - the question as written.
 * @returns the sentences that hold at least one word, in order.
 */
export function readSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let clauses: (readonly Word[])[] = [];
  let clause: Word[] = [];
  const endClause = (): void => {
    if (clause.length > 0) clauses.push(foldNegatives(clause));
    clause = [];
  };
  const endSentence = (asks: boolean): void => {
    endClause();
    if (clauses.length > 0) sentences.push({ clauses, asks });
    clauses = [];
  };
  for (const match of fold(text).matchAll(TOKEN)) {
    const [token, word, , end] = match;
    if (word !== undefined) {
      const at = { start: match.index, end: match.index + token.length };
      for (const w of expand(word)) clause.push({ w, ...at });
    } else if (end !== undefined) {
      endSentence(end.includes('?'));
    } else {
      endClause();
    }
  }
  endSentence(false);
  return sentences;
}
