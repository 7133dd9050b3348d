import { z } from 'zod';
import { deepFreeze } from '../core/deepFreeze.js';
import { parseWith } from '../core/validation.js';
import { compileCues, findCues, type Family, type Found } from './questions/matchCues.js';
import { readSentences, type Sentence } from './questions/readSentences.js';

/**
 * What a question does for the presenter in an action learning set.
 *
 * - `open`: invites the presenter to explore in their own words ("What matters most here?").
 * - `closed`: can be answered with yes, no or a single fact ("When does the grant end?").
 * - `leading`: steers towards the asker's own view ("Don't you think the chair is wrong?").
 * - `advice`: a suggestion, whether or not it is dressed as a question ("Have you tried…?").
 */
export type QuestionKind = 'open' | 'closed' | 'leading' | 'advice';

/** The result of {@link classifyQuestion}. */
export interface QuestionClassification {
  /** What the question does: `open`, `closed`, `leading` or `advice`. */
  readonly kind: QuestionKind;
  /**
   * The words that decided the kind, quoted exactly as written, in the order they appear;
   * empty when no cue was found and the kind is the default (`closed`).
   */
  readonly cues: readonly string[];
  /** `high` when a cue decided the kind; `low` when none was found and `closed` is a default. */
  readonly confidence: 'high' | 'low';
  /** Why, in a sentence a set member could read. */
  readonly explanation: string;
}

/**
 * The longest text {@link classifyQuestion} accepts: 2,000 characters (UTF-16 code units),
 * about 300 words.
 *
 * A question in an action learning set is a sentence or two; the limit leaves room for a
 * long, rambling turn while refusing whole transcripts, which should be split into turns
 * first. It also bounds the work done per call.
 *
 * @example
 * ```ts
 * QUESTION_MAX_LENGTH;
 * // => 2000
 * ```
 */
export const QUESTION_MAX_LENGTH = 2000;

/** The shape of {@link QUESTION_CUES}: phrases by kind and family. */
export interface QuestionCues {
  /** Cues that mark a suggestion. */
  readonly advice: {
    /** Count at the start of a clause or after a lead-in ("have you tried", "you should"). */
    readonly start: readonly string[];
    /** Count wherever they appear ("if I were you"). */
    readonly anywhere: readonly string[];
  };
  /** Cues that steer the presenter towards the asker's view. */
  readonly leading: {
    /** Count at the start of a clause or after a lead-in ("don't you think", "isn't it"). */
    readonly start: readonly string[];
    /** Count wherever they appear ("surely"). */
    readonly anywhere: readonly string[];
    /** Count as the whole last clause after a comma ("…, right?"). */
    readonly tags: readonly string[];
    /** The asker's view stated ("I think", "in my view"); count only as a last resort. */
    readonly opinions: readonly string[];
  };
  /** Cues that ask for a yes, a no or a single fact. */
  readonly closed: {
    /** Count at the start of a clause or after a lead-in ("is", "when", "how many"). */
    readonly start: readonly string[];
  };
  /** Cues that invite the presenter to explore. */
  readonly open: {
    /** Count at the start of a clause or after a lead-in ("what", "how", "tell me"). */
    readonly start: readonly string[];
    /** Requests to say more, which outrank a closed opening ("say more"). */
    readonly invitations: readonly string[];
  };
  /** Words skipped before a clause's real start ("so", "I wonder if", "do you think"). */
  readonly leadIns: readonly string[];
}

/**
 * The cue phrases {@link classifyQuestion} looks for, by kind, so that an app can show a set
 * what it listens for.
 *
 * Each kind's phrases come in families:
 * - `start`: counts at the start of a sentence or clause (after a comma, a dash and so on),
 *   or straight after lead-ins (`leadIns`: "so", "I wonder if", "do you think", …), so
 *   "Have you tried…?" is advice but "What have you tried?" is not;
 * - `anywhere`: counts wherever it appears ("if I were you", "surely");
 * - `tags` (leading): a whole last clause after a comma ("…, right?", "…, are you?");
 *   negative tags ("…, isn't it?") are leading `start` cues, because they start a clause;
 * - `opinions` (leading): the asker's view stated; they count only in the question being
 *   asked, and only when it has no question word;
 * - `invitations` (open): a request to say more, which outranks a closed opening
 *   ("Can you say more about…?").
 *
 * Phrase syntax: `a|b` is one word of several; `…` stands for further words; `…ing` is a
 * word ending in -ing ("asking", not "funding"). Matching ignores case, treats curly
 * apostrophes as straight ones, and reads contractions both ways (`don't you think` also
 * matches "do you not think"; `I'd` matches "I would"). Where two cues start at the same
 * word, the longer wins, which is how the exceptions work: `why don't you feel` (open)
 * beats `why don't you` (advice).
 *
 * @example
 * ```ts
 * QUESTION_CUES.advice.start.slice(0, 2);
 * // => ['have|had you tried', 'have|had you ever tried']
 * QUESTION_CUES.closed.start.includes('who|whom|whose|when|where|which');
 * // => true
 * QUESTION_CUES.leading.anywhere.includes('surely');
 * // => true
 * ```
 */
export const QUESTION_CUES: QuestionCues = /* @__PURE__ */ (() =>
  deepFreeze<QuestionCues>({
    advice: {
      start: [
        'have|had you tried',
        'have|had you ever tried',
        "haven't|hadn't you tried",
        'have|had you thought about|of',
        'have|had you ever thought about|of',
        "haven't|hadn't you thought about|of",
        'have|had you considered',
        "haven't|hadn't you considered",
        'have you asked|approached|contacted|consulted|checked|phoned|rung|emailed',
        'have you spoken|talked|chatted to|with',
        'have you looked at|into',
        'have you got in touch',
        'have a think|word|chat|go|look|conversation',
        'one idea|option|thing|suggestion might|could|would be',
        'something that worked for me|us',
        'what worked for me|us',
        'any chance you could',
        "is there any reason you can't|couldn't|shouldn't",
        "why don't you|we",
        "why don't you have a word|chat|go|look|conversation",
        'why not …',
        'how about …',
        'what about …ing',
        'what if you just',
        'what you need|want is',
        'the answer|solution|trick is',
        "you should|shouldn't",
        'you could',
        'you can always|just',
        'you ought to',
        'you need to',
        'you might|may want|like|need to',
        'you might|may try|consider|find it',
        "you'd better",
        "you'd be better",
        "I would|wouldn't",
        'I suggest|recommend|advise',
        'can|could|may I suggest|recommend',
        'my advice|suggestion',
        'what I would do',
        'what I did was',
        'try …',
        'make sure …',
        'remember to',
        'consider …',
        "don't worry|forget|be|let|rush|panic|feel|take|give|wait|assume|underestimate",
        'just ask|tell|say|go|do|try|get|let|leave|stop|accept|call|phone|email',
        'ask the|your|them|her|him|for|around',
        'speak|talk to|with',
        'get in touch',
        'reach out',
        'contact the|your|them|her|him',
        'go to|and|back',
        'look into|at',
        'focus on',
        'think about …ing',
        'stop …ing',
        'start by|with',
        "shouldn't you",
        "couldn't you",
        "can't|couldn't you just",
        'can|could you just',
        'would you consider',
        'is it worth …ing',
        'would|might|could it be worth|better|easier|best|wise|wiser|sensible',
        "wouldn't it be better|easier|best|wise|wiser|simpler|worth|sensible",
        'would|might|could it help to|if',
        'would|might it make sense',
        "wouldn't it make sense",
        'it might|would|could|may be worth|better|best|wise|sensible',
        'it might|could|may help to|if',
        'it is worth …ing',
      ],
      anywhere: [
        'if I were|was you',
        'if it were|was me',
        'if I were|was in your shoes',
        'I would suggest|recommend|advise',
        'my advice|suggestion would|is',
      ],
    },
    leading: {
      start: [
        "don't you think|agree|feel",
        "isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|haven't|hasn't|hadn't|shouldn't it|you|that|this|there|they|we|he|she|I|the|your|their|our|a|an|any|some|most|all|everyone|anyone|someone|nobody|people|those|these",
        "can't|couldn't you see",
        'would you agree',
        'would it be fair to say',
        'is it fair to say',
        'could|might it be that|because',
        'is|was it because',
        'is|was that because',
        'are you sure',
        'do|are|did you really',
        'is|was it|that really',
        'I would say|think',
        "I'd have thought",
        'what I am hearing|sensing',
        'what I hear|sense is',
        'you would|will agree',
      ],
      anywhere: ['surely', 'presumably', "wouldn't you agree|say", 'you would agree'],
      tags: [
        'right|yes|yeah|no|correct|true|surely|agreed|ok|okay|eh|innit',
        'is|are|was|were|do|does|did|have|has|will|would|can|could it|you|that|they|we|he|she|there|I',
      ],
      opinions: [
        'I think|feel|believe|reckon|suspect',
        'in my view|opinion|experience',
        'it seems|sounds|looks like|as',
        'it seems to me',
        'to me',
        'my sense|feeling|view|impression is',
        'the way I see it',
        'it is clear|obvious',
      ],
    },
    closed: {
      start: [
        'do|does|did|is|are|was|were|am|have|has|had|can|could|will|would|should|shall|may|might|must',
        'do|did|does you think|feel|know|believe',
        'who|whom|whose|when|where|which',
        'how many|much|long|often|old|far|soon|big',
        'what time|date|day|year|month|percentage|proportion|number|amount',
        'what is|was|are|were the|your|their|its deadline|deadlines|budget|date|cost|costs|name|total|figure|amount|size|turnover|salary|price|rate',
        'have you thought about|of what|how|why|who|where|when',
        'have you considered what|how|why|who',
      ],
    },
    open: {
      start: [
        'what|how|why',
        'in what way|ways',
        'to what extent|degree',
        'what would … look like',
        'how do|did|does you feel',
        'what matters',
        'what else',
        'tell me|us',
        'describe',
        'explain',
        'imagine',
        'picture',
        'think back',
        'think about a|the time',
        'help me|us understand',
        'talk|walk me|us through',
        'say more|a',
        'expand on',
        'can|could|would|will you tell|give me|us',
        'can|could|would|will you say|describe|explain|expand|unpack|share',
        'can|could|would|will you talk|walk me|us through',
        'do|would you want|like to say|tell|talk|share',
        'you could|can|might tell|give me|us',
        'you could|can|might say more|a',
        'you could|can|might talk|walk me|us through',
        'you could|can|might describe|explain|expand|unpack',
        'would you mind telling|saying|explaining|describing',
        'I am curious|interested',
        'any thoughts on|about',
        'I would be curious|interested',
        'I would like|love to know|hear|understand',
        "why don't you feel|want|think|believe|trust|like|know|see|agree|care|enjoy|understand|remember|have",
      ],
      invitations: [
        'tell me|us more|about',
        'say more',
        'say a bit|little more',
        'talk|walk me|us through',
        'in what way|ways',
        'to what extent|degree',
        'give me|us an example',
        'help me|us understand',
      ],
    },
    leadIns: [
      'so|and|but|or|well|ok|okay|then|now|also|anyway|just|please',
      'maybe|perhaps|possibly|honestly|personally|really|surely',
      'I think|feel|guess|suppose|reckon|believe|wonder|suspect',
      'I wonder if|whether',
      'I am|was wondering',
      'I am wondering if|whether',
      'just wondering|checking',
      'just to check|clarify',
      'out of interest|curiosity',
      'can|could|may I ask',
      'if I may ask',
      'let me ask',
      'I would like to ask|know',
      'do|did you think|feel',
      "don't you think|feel",
      'in that case',
      'if so|not',
    ],
  }))();

const INDEX = /* @__PURE__ */ (() => {
  const c = QUESTION_CUES;
  const lists: [QuestionKind, Family, readonly string[]][] = [
    ['advice', 'start', c.advice.start],
    ['advice', 'anywhere', c.advice.anywhere],
    ['leading', 'start', c.leading.start],
    ['leading', 'anywhere', c.leading.anywhere],
    ['leading', 'tag', c.leading.tags],
    ['leading', 'opinion', c.leading.opinions],
    ['closed', 'start', c.closed.start],
    ['open', 'start', c.open.start],
    ['open', 'invitation', c.open.invitations],
    ['open', 'leadIn', c.leadIns], // lead-ins point to no kind; 'open' is a placeholder
  ];
  return compileCues(lists);
})();

const Arguments = /* @__PURE__ */ (() =>
  z.object({
    text: z
      .string()
      .max(
        QUESTION_MAX_LENGTH,
        `must have at most ${String(QUESTION_MAX_LENGTH)} characters; classify one question (or one turn) at a time`,
      )
      .refine((text) => /[\p{L}\p{N}]/u.test(text), {
        message: 'must contain at least one word (it is empty, blank or only punctuation)',
      }),
  }))();

const SAYS: Readonly<Record<QuestionKind, string>> = {
  advice:
    "offers the asker's own answer; a question that helps the presenter find theirs would serve them better.",
  leading: "steers the presenter towards the asker's view.",
  closed: 'asks for a yes or no, or a single fact.',
  open: 'invites the presenter to explore in their own words.',
};

/**
 * Classifies a question asked in an action learning set as open, closed, leading or advice,
 * and says which words decided it.
 *
 * In a set, one member brings a real problem and the others help by asking questions, not
 * by handing over solutions: the presenter learns by working out their own next step, and
 * the set learns to listen. Advice slips in easily, often dressed as a question ("Have you
 * tried…?", "Why don't you…?"), and so do leading questions that carry the asker's view.
 * This lets an app give a set, or a facilitator in training, quiet feedback on the questions
 * they ask. It follows Reg Revans' view that learning comes from fresh questions more than
 * from someone else's known answers (R. W. Revans, *ABC of Action Learning*, 1983), and the
 * set principles of asking helpful questions, listening and not giving advice.
 *
 * The rules are plain English cue phrases ({@link QUESTION_CUES}), checked in this order:
 * 1. **advice**: an advice cue in any sentence ("advice anywhere counts");
 * 2. **leading**: a leading cue or tag question in any sentence;
 * 3. then the question really being asked is chosen: the last sentence if it has a cue,
 *    else the last one that ends in "?" and has a cue, else the last with a cue;
 * 4. **open** if that sentence invites the presenter to say more ("say more", "talk me
 *    through"), which outranks an auxiliary opening ("Can you say more…?");
 * 5. otherwise its last clause with a question word decides: **closed** for an auxiliary
 *    ("is", "do", "have", …) or a fact word ("when", "how many", "which"), **open** for
 *    "what", "how" or "why" (closed wins if both, as in "Do you think what happened was
 *    fair?");
 * 6. **leading** if the sentence is the asker's opinion ("I think…", "In my view…");
 * 7. otherwise **closed**, with `confidence: 'low'` and no cues.
 *
 * Within a clause, the longer of two cues starting at the same word wins, so "What have you
 * tried?" is open while "Have you tried…?" is advice. The rules favour precision on advice:
 * when a sentence could be read either way, it is not called advice. Known limits: a
 * suggestion in the form of a plain closed question ("Could you ask the chair?") reads as
 * closed; "where" and "when" questions that invite reflection read as closed. Pure and
 * deterministic; costs O(n) in the length of the text (each word is checked against the few
 * cues that start with it), and the text is at most {@link QUESTION_MAX_LENGTH} characters.
 *
 * @param text - the question as the asker said or wrote it: one or more sentences, any case,
 *   straight or curly apostrophes, with or without a question mark.
 * @returns the kind, the cues that decided it (quoted from the text), a confidence and a
 *   plain explanation.
 * @throws {@link InvalidInputError} (`invalid_input`, path `text`) when the text is not a
 *   string, has no words, or is longer than {@link QUESTION_MAX_LENGTH}.
 *
 * @example
 * ```ts
 * classifyQuestion('Have you tried asking the volunteers what they want?');
 * // => {
 * //   kind: 'advice',
 * //   cues: ['Have you tried'],
 * //   confidence: 'high',
 * //   explanation: "\"Have you tried\" offers the asker's own answer; a question that helps the presenter find theirs would serve them better.",
 * // }
 * classifyQuestion('What have you tried so far?').kind;
 * // => 'open'
 * classifyQuestion('You should talk to your manager.').cues;
 * // => ['You should']
 * classifyQuestion('Don’t you think the trustees are being unfair?').kind;
 * // => 'leading'
 * classifyQuestion('How many volunteers do you have?').cues;
 * // => ['How many']
 * ```
 */
export function classifyQuestion(text: string): QuestionClassification {
  const input = parseWith(Arguments, { text }, { fn: 'classifyQuestion' });
  const sentences = readSentences(input.text);
  const found = findCues(INDEX, sentences);
  const decide = (kind: QuestionKind, cues: readonly Found[]): QuestionClassification => {
    const quoted = [...new Set(cues.map((cue) => input.text.slice(cue.start, cue.end)))];
    return {
      kind,
      cues: quoted,
      confidence: 'high',
      explanation: `"${quoted[0] ?? ''}" ${SAYS[kind]}`,
    };
  };

  const advice = found.filter((cue) => cue.kind === 'advice');
  if (advice.length > 0) return decide('advice', advice);
  const leading = found.filter((cue) => cue.kind === 'leading' && cue.family !== 'opinion');
  if (leading.length > 0) return decide('leading', leading);

  const asked = mainSentence(sentences, found);
  const main = found.filter((cue) => cue.sentence === asked);
  const invitations = main.filter((cue) => cue.family === 'invitation');
  if (invitations.length > 0) return decide('open', invitations);
  const asking = main.filter((cue) => cue.family === 'start');
  const last = asking.at(-1);
  if (last !== undefined) {
    const clause = asking.filter((cue) => cue.clause === last.clause);
    const closed = clause.filter((cue) => cue.kind === 'closed');
    return closed.length > 0 ? decide('closed', closed) : decide('open', clause);
  }
  const opinions = main.filter((cue) => cue.family === 'opinion');
  if (opinions.length > 0) return decide('leading', opinions);
  return {
    kind: 'closed',
    cues: [],
    confidence: 'low',
    explanation:
      'No question word or other cue was found, so it reads as something to confirm or deny.',
  };
}

/**
 * The index of the sentence holding the question really being asked: the last sentence if
 * it has a cue of its own, else the last earlier one that ends in "?" and has a cue, else
 * the last with a cue, else the last. The last sentence's own end never matters, so adding
 * or dropping a final "?" does not change the choice.
 */
function mainSentence(sentences: readonly Sentence[], found: readonly Found[]): number {
  const cued = new Set(found.filter((cue) => cue.family !== 'anywhere').map((cue) => cue.sentence));
  const last = sentences.length - 1;
  if (cued.has(last)) return last;
  for (let s = last - 1; s >= 0; s--) if (sentences[s]?.asks === true && cued.has(s)) return s;
  for (let s = last; s >= 0; s--) if (cued.has(s)) return s;
  return last;
}
