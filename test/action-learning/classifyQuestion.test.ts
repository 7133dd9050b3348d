import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import {
  classifyQuestion,
  isPeerLearnError,
  QUESTION_CUES,
  QUESTION_MAX_LENGTH,
  type QuestionKind,
} from '../../src/action-learning/index.js';
import labelled from '../fixtures/questions/labelled.json' with { type: 'json' };
import { thrown } from '../helpers/expectClose.js';

const KINDS: readonly QuestionKind[] = ['open', 'closed', 'leading', 'advice'];

interface Labelled {
  readonly text: string;
  readonly label: QuestionKind;
  readonly note?: string;
  readonly batch: number;
}
const questions = labelled.questions as readonly Labelled[];

/** The confusion matrix (rows: label, columns: predicted) and the misses, for a set. */
function evaluate(set: readonly Labelled[]) {
  const matrix = Object.fromEntries(
    KINDS.map((label) => [label, Object.fromEntries(KINDS.map((kind) => [kind, 0]))]),
  ) as Record<QuestionKind, Record<QuestionKind, number>>;
  const misses: string[] = [];
  for (const question of set) {
    const { kind, cues } = classifyQuestion(question.text);
    matrix[question.label][kind] += 1;
    if (kind !== question.label)
      misses.push(`${question.label} read as ${kind}: ${question.text} [${cues.join(', ')}]`);
  }
  const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
  const correct = sum(KINDS.map((kind) => matrix[kind][kind]));
  const per = Object.fromEntries(
    KINDS.map((kind) => {
      const predicted = sum(KINDS.map((label) => matrix[label][kind]));
      const actual = sum(KINDS.map((other) => matrix[kind][other]));
      return [
        kind,
        {
          precision: predicted === 0 ? 1 : matrix[kind][kind] / predicted,
          recall: matrix[kind][kind] / actual,
          n: actual,
        },
      ];
    }),
  ) as Record<QuestionKind, { precision: number; recall: number; n: number }>;
  const table = [
    `label \\ read as  ${KINDS.map((kind) => kind.padStart(8)).join('')}   recall precision`,
    ...KINDS.map(
      (label) =>
        `${label.padEnd(16)} ${KINDS.map((kind) => String(matrix[label][kind]).padStart(8)).join('')}` +
        `   ${per[label].recall.toFixed(3)}   ${per[label].precision.toFixed(3)}`,
    ),
    `accuracy ${(correct / set.length).toFixed(3)} (${String(correct)}/${String(set.length)})`,
    ...misses,
  ].join('\n');
  return { matrix, per, accuracy: correct / set.length, table };
}

describe('classifyQuestion on the labelled set (test/fixtures/questions/labelled.json)', () => {
  const all = evaluate(questions);

  it('has at least 150 questions, at least 30 of each kind', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
    for (const kind of KINDS) expect(all.per[kind].n, kind).toBeGreaterThanOrEqual(30);
  });

  it('never calls a genuine question advice (advice precision 1)', () => {
    // Precision on advice matters most: telling a set member they gave advice when they
    // asked a real question teaches them to stop asking. Not one false alarm is allowed.
    expect(all.per.advice.precision, all.table).toBe(1);
  });

  it('is at least 95% accurate overall (measured 97%)', () => {
    // Rule-based, so a few reasonable readings of hard cases will always differ; 95% leaves
    // room for a handful of new hard cases without letting a real regression through.
    expect(all.accuracy, all.table).toBeGreaterThanOrEqual(0.95);
  });

  it('finds at least 90% of each kind, and is right at least 90% of the time it names one', () => {
    // Advice recall is the lowest (suggestions dressed as closed questions, "what if you…"),
    // and closed precision too, because closed is where unrecognised text lands; 90% keeps
    // both honest without asking the rules to guess.
    for (const kind of KINDS) {
      expect(all.per[kind].recall, `${kind} recall\n${all.table}`).toBeGreaterThanOrEqual(0.9);
      expect(all.per[kind].precision, `${kind} precision\n${all.table}`).toBeGreaterThanOrEqual(
        0.9,
      );
    }
  });

  it('holds up on the batch written without looking at the cue lists (measured 94%)', () => {
    const heldOut = evaluate(questions.filter((question) => question.batch === 3));
    expect(heldOut.per.advice.precision, heldOut.table).toBe(1);
    expect(heldOut.accuracy, heldOut.table).toBeGreaterThanOrEqual(0.9);
  });

  it('gets every near miss right', () => {
    // The near misses are the cases the rules were built around: "What have you tried?",
    // "How could you find out?", "Why don't you want to…?", "Is there anyone you trust?".
    const nearMisses = questions.filter((question) => question.note?.startsWith('near miss'));
    expect(nearMisses.length).toBeGreaterThanOrEqual(15);
    const wrong = nearMisses.filter(
      (question) => classifyQuestion(question.text).kind !== question.label,
    );
    expect(wrong.map((question) => question.text)).toEqual([]);
  });
});

describe('classifyQuestion: the examples in the brief', () => {
  const cases: [string, QuestionKind][] = [
    ['What have you tried so far?', 'open'],
    ['How could you find out?', 'open'],
    ['What would you do if you were not afraid?', 'open'],
    ['You should talk to your manager.', 'advice'],
    ["Don't you think the chair is wrong?", 'leading'],
    ['Have you tried a rota?', 'advice'],
    ["Why don't you ask them?", 'advice'],
  ];
  for (const [text, kind] of cases) {
    it(`${text} → ${kind}`, () => {
      expect(classifyQuestion(text).kind).toBe(kind);
    });
  }
});

describe('classifyQuestion: cue families', () => {
  const cases: [family: string, text: string, kind: QuestionKind, cues: string[]][] = [
    ['advice: have you tried', 'Have you tried a volunteer rota?', 'advice', ['Have you tried']],
    [
      'advice: have you thought of',
      'Have you thought of merging?',
      'advice',
      ['Have you thought of'],
    ],
    ['advice: why not', 'Why not ask the council?', 'advice', ['Why not']],
    ['advice: you could', 'You could always ask the council.', 'advice', ['You could']],
    ['advice: you might want to', 'You might want to wait.', 'advice', ['You might want to']],
    [
      'advice: if I were you',
      'I would wait, if I were you.',
      'advice',
      ['I would', 'if I were you'],
    ],
    ['advice: what about …ing', 'What about asking them?', 'advice', ['What about asking']],
    ['advice: how about', 'How about a rota?', 'advice', ['How about']],
    [
      "advice: wouldn't it be better",
      "Wouldn't it be better to wait?",
      'advice',
      ["Wouldn't it be better"],
    ],
    ['advice: try …', 'Try asking the volunteers.', 'advice', ['Try']],
    ['advice: make sure …', 'Make sure the board knows.', 'advice', ['Make sure']],
    ['advice: after a lead-in', 'So maybe you should step back?', 'advice', ['you should']],
    ['advice: after a comma', 'If it fails, you could reapply.', 'advice', ['you could']],
    ['leading: negative question', "Isn't that the real issue?", 'leading', ["Isn't that"]],
    ['leading: surely', 'Surely they knew?', 'leading', ['Surely']],
    [
      "leading: wouldn't you agree",
      "Wouldn't you agree it failed?",
      'leading',
      ["Wouldn't you agree"],
    ],
    ["leading: tag isn't it", "It's about trust, isn't it?", 'leading', ["isn't it"]],
    ['leading: tag right', 'The funder said no, right?', 'leading', ['right']],
    ['leading: is it because', 'Is it because you are tired?', 'leading', ['Is it because']],
    ['leading: an opinion stated', 'In my view the board is wrong.', 'leading', ['In my view']],
    ['closed: auxiliary', 'Is the grant ring-fenced?', 'closed', ['Is']],
    ['closed: a fact', 'When does the grant end?', 'closed', ['When']],
    ['closed: how many', 'How many volunteers are there?', 'closed', ['How many']],
    ['closed: a what-fact', "What's the deadline?", 'closed', ["What's the deadline"]],
    [
      'closed: auxiliary beats a later what',
      'Do you think what happened was fair?',
      'closed',
      ['Do you think'],
    ],
    ['open: what', 'What matters most to you?', 'open', ['What matters']],
    ['open: how do you feel', 'How do you feel about it?', 'open', ['How do you feel']],
    ['open: tell me more', 'Tell me more about the team.', 'open', ['Tell me more']],
    ['open: invitation beats an auxiliary', 'Can you say more about that?', 'open', ['say more']],
    [
      'open: what would … look like',
      'What would a good year look like?',
      'open',
      ['What would a good year look like'],
    ],
    ['open: in what way', 'In what way did it help?', 'open', ['In what way']],
    ["open: why (but not why don't you)", 'Why did it stall?', 'open', ['Why']],
  ];
  for (const [family, text, kind, cues] of cases) {
    it(`${family}: ${text}`, () => {
      const result = classifyQuestion(text);
      expect(result).toMatchObject({ kind, cues, confidence: 'high' });
      expect(result.explanation).toContain(`"${cues[0] ?? ''}"`);
    });
  }
});

describe('classifyQuestion: precedence', () => {
  it('advice beats leading', () => {
    expect(classifyQuestion("Don't you think you should resign?")).toMatchObject({
      kind: 'advice',
      cues: ['you should'],
    });
  });

  it('advice anywhere in the text counts', () => {
    expect(classifyQuestion('What have you tried? Have you tried the council?').kind).toBe(
      'advice',
    );
  });

  it('otherwise the question really asked decides: the last sentence with a cue', () => {
    expect(classifyQuestion('You mentioned the trustees. How did that feel?').kind).toBe('open');
    expect(classifyQuestion('What happened? I am not sure I followed.').kind).toBe('open');
    expect(classifyQuestion('How are things? Did the bid go in?').kind).toBe('closed');
  });

  it('the longer cue at the same word wins, which is how exceptions work', () => {
    expect(classifyQuestion("Why don't you want to apply?").kind).toBe('open');
    expect(classifyQuestion("Why don't you apply?").kind).toBe('advice');
    expect(classifyQuestion('Have you thought about what you want?').kind).toBe('closed');
    expect(classifyQuestion("I'd like to ask what happened.").kind).toBe('open');
    expect(classifyQuestion('Can I ask a question?')).toMatchObject({ kind: 'closed', cues: [] });
  });

  it('a cue inside a wh-question does not count as a start', () => {
    expect(classifyQuestion('What do you think you should do?').kind).toBe('open');
    expect(classifyQuestion('Is there anything you could do?').kind).toBe('closed');
    expect(classifyQuestion('What else could you try?').kind).toBe('open');
  });

  it('falls back to closed with low confidence and no cues', () => {
    expect(classifyQuestion('The grant ends in March?')).toEqual({
      kind: 'closed',
      cues: [],
      confidence: 'low',
      explanation:
        'No question word or other cue was found, so it reads as something to confirm or deny.',
    });
  });
});

describe('classifyQuestion: spelling, case and punctuation', () => {
  it('reads curly apostrophes as straight ones, and quotes them as written', () => {
    expect(classifyQuestion('Don’t you think so?')).toMatchObject({
      kind: 'leading',
      cues: ['Don’t you think'],
    });
    expect(classifyQuestion('Why don’t you ask?').cues).toEqual(['Why don’t you']);
  });

  it('reads contractions both ways', () => {
    for (const text of [
      "Don't you think it failed?",
      'Do you not think it failed?',
      'Dont you think it failed?',
    ])
      expect(classifyQuestion(text).kind, text).toBe('leading');
    expect(classifyQuestion('Why do you not ask them?').cues).toEqual(['Why do you not']);
    expect(classifyQuestion("I'd wait.").kind).toBe('advice');
    expect(classifyQuestion('I would wait.').kind).toBe('advice');
    expect(classifyQuestion("You'd agree, surely?").kind).toBe('leading');
    expect(classifyQuestion('Have you not tried the council?').kind).toBe('advice');
  });

  it('ignores case', () => {
    expect(classifyQuestion('HAVE YOU TRIED THE COUNCIL?').cues).toEqual(['HAVE YOU TRIED']);
    expect(classifyQuestion('what matters to you').kind).toBe('open');
  });

  it('needs no question mark, and advice can be a statement', () => {
    expect(classifyQuestion('You should talk to your manager.').kind).toBe('advice');
    expect(classifyQuestion('you should talk to your manager').kind).toBe('advice');
    expect(classifyQuestion('is the grant ring-fenced').kind).toBe('closed');
  });

  it('treats line breaks and runs of spaces as spaces', () => {
    expect(classifyQuestion('have  you\n\ttried mediation').cues).toEqual(['have  you\n\ttried']);
  });

  it('splits clauses at commas and dashes, and sentences at full stops', () => {
    expect(classifyQuestion('It failed - right?').kind).toBe('leading');
    expect(classifyQuestion('When you say stuck, what do you mean?').kind).toBe('open');
    expect(classifyQuestion('I see. Why not?').kind).toBe('open');
  });

  it('leaves its input as it was and returns plain JSON', () => {
    const text = 'Have you tried asking them?';
    const result = classifyQuestion(text);
    expect(text).toBe('Have you tried asking them?');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('QUESTION_CUES', () => {
  /** One sentence made from a phrase, taking the `pick` alternative of each `a|b` word. */
  const instance = (phrase: string, pick: 'first' | 'last'): string =>
    phrase
      .split(' ')
      .map((chunk) => {
        if (chunk === '…') return 'something';
        if (chunk === '…ing') return 'asking';
        const options = chunk.split('|');
        return (pick === 'first' ? options[0] : options.at(-1)) ?? '';
      })
      .join(' ');
  const lists: [QuestionKind, string, readonly string[]][] = [
    ['advice', 'start', QUESTION_CUES.advice.start],
    ['advice', 'anywhere', QUESTION_CUES.advice.anywhere],
    ['leading', 'start', QUESTION_CUES.leading.start],
    ['leading', 'anywhere', QUESTION_CUES.leading.anywhere],
    ['leading', 'opinions', QUESTION_CUES.leading.opinions],
    ['closed', 'start', QUESTION_CUES.closed.start],
    ['open', 'start', QUESTION_CUES.open.start],
    ['open', 'invitations', QUESTION_CUES.open.invitations],
  ];

  for (const [kind, family, phrases] of lists) {
    it(`each ${kind} ${family} phrase, said on its own, reads as ${kind}`, () => {
      for (const phrase of phrases)
        for (const pick of ['first', 'last'] as const) {
          const text = `${instance(phrase, pick)} it`;
          expect(classifyQuestion(text).kind, `${phrase} → ${text}`).toBe(kind);
        }
    });
  }

  it('each tag, ending a statement, makes it leading', () => {
    for (const phrase of QUESTION_CUES.leading.tags)
      for (const pick of ['first', 'last'] as const) {
        const text = `The bid was late, ${instance(phrase, pick)}?`;
        expect(classifyQuestion(text).kind, text).toBe('leading');
      }
  });

  it('each lead-in lets the cue after it count', () => {
    for (const phrase of QUESTION_CUES.leadIns)
      for (const pick of ['first', 'last'] as const) {
        const text = `${instance(phrase, pick)} you should go`;
        expect(classifyQuestion(text).cues, text).toEqual(['you should']);
      }
  });

  it('is frozen, so no app can change it under another', () => {
    expect(Object.isFrozen(QUESTION_CUES)).toBe(true);
    expect(Object.isFrozen(QUESTION_CUES.advice.start)).toBe(true);
  });
});

describe('classifyQuestion refuses bad input', () => {
  const cases: [string, unknown][] = [
    ['an empty text', ''],
    ['only spaces', '  \n\t '],
    ['only punctuation', '?!…'],
    ['a text over the limit', 'Why? '.repeat(QUESTION_MAX_LENGTH)],
    ['a number', 42],
    ['nothing', undefined],
  ];
  for (const [what, text] of cases) {
    it(`with invalid_input at text for ${what}`, () => {
      const error = thrown(() => classifyQuestion(text as string));
      expect(isPeerLearnError(error, 'invalid_input')).toBe(true);
      if (isPeerLearnError(error, 'invalid_input')) {
        expect(error.path).toEqual(['text']);
        expect(error.message).toMatch(/^classifyQuestion: /u);
      }
    });
  }

  it('accepts a text of exactly the limit', () => {
    expect(classifyQuestion('a'.repeat(QUESTION_MAX_LENGTH)).kind).toBe('closed');
    expect(() => classifyQuestion('a'.repeat(QUESTION_MAX_LENGTH + 1))).toThrow(/at most 2000/u);
  });
});

describe('hostile input', () => {
  it('reads words that name methods of every object as words', () => {
    for (const text of ['constructor', 'constructor not you?', 'Why toString not valueOf?']) {
      expect(() => peerlearn.classifyQuestion(text)).not.toThrow();
    }
    expect(peerlearn.classifyQuestion('Why __proto__ not hasOwnProperty?').kind).toBe('open');
  });
});
