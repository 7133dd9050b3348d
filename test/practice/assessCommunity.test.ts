import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import { InvalidInputError, isPeerLearnError } from '../../src/core/index.js';
import {
  assessCommunity,
  compareAssessments,
  COP_SELF_ASSESSMENT,
} from '../../src/practice/index.js';
import { tQuantile, tSurvival } from '../../src/survey/index.js';
import { expectClose, thrown } from '../helpers/expectClose.js';

/** Raw answers; EV3 and PA3 are worded the other way round and reversed when scored (6 − x). */
const ev = (a: number, b: number, c: number) => ({ EV1: a, EV2: b, EV3: c });
const pa = (a: number, b: number, c: number) => ({ PA1: a, PA2: b, PA3: c });
const di = (x: number) => ({ DI1: x, DI2: x, DI3: x });

// Keyed EV scores 11/3, 14/3, 7/3, 3, 13/3, 5/3; PA scores 4/3, 2, 1, 8/3, 5/3, 5/3; DI all 4.
const START = [
  { id: 's1', respondent: 'm1', answers: { ...ev(4, 3, 2), ...pa(1, 2, 5), ...di(4) } },
  { id: 's2', respondent: 'm2', answers: { ...ev(5, 4, 1), ...pa(2, 2, 4), ...di(4) } },
  { id: 's3', respondent: 'm3', answers: { ...ev(2, 3, 4), ...pa(1, 1, 5), ...di(4) } },
  { id: 's4', respondent: 'm4', answers: { ...ev(3, 3, 3), ...pa(3, 2, 3), ...di(4) } },
  { id: 's5', respondent: 'm5', answers: { ...ev(4, 5, 2), ...pa(2, 1, 4), ...di(4) } },
  { id: 's6', respondent: 'm6', answers: { ...ev(2, 2, 5), ...pa(1, 2, 4), ...di(4) } },
  { id: 's7', respondent: 'm7', answers: di(4) },
];

// Keyed EV scores m1..m5 14/3, 5, 3, 11/3, 4 and m8 2; PA m1 3, m8 4, m9 8/3; no DI.
const END = [
  { id: 'e1', respondent: 'm1', answers: { ...ev(5, 4, 1), ...pa(3, 3, 3) } },
  { id: 'e2', respondent: 'm2', answers: ev(5, 5, 1) },
  { id: 'e3', respondent: 'm3', answers: ev(3, 3, 3) },
  { id: 'e4', respondent: 'm4', answers: ev(4, 3, 2) },
  { id: 'e5', respondent: 'm5', answers: ev(4, 4, 2) },
  { id: 'e8', respondent: 'm8', answers: { ...ev(2, 2, 4), ...pa(4, 4, 2) } },
  { id: 'e9', respondent: 'm9', answers: pa(2, 3, 3) },
];

const principle = (result: ReturnType<typeof assessCommunity>, id: string) => {
  const found = result.principles.find((entry) => entry.principle === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
};

describe('assessCommunity: worked example', () => {
  const result = assessCommunity(START);

  it('accounts for every response and member', () => {
    expect(result.counts).toEqual({ received: 7, scored: 7, excluded: 0 });
    expect(result.members.map((entry) => entry.member)).toEqual([
      'm1',
      'm2',
      'm3',
      'm4',
      'm5',
      'm6',
      'm7',
    ]);
    expect(result.principles.map((entry) => entry.principle)).toEqual(
      COP_SELF_ASSESSMENT.domains.map((domain) => domain.id),
    );
  });

  it('scores design for evolution with R’s t interval', () => {
    const evolution = principle(result, 'design-for-evolution');
    expect(evolution.answered).toBe(6);
    expect(evolution.missing).toEqual(['m7']);
    expectClose(evolution.mean, 59 / 18, 'mean (hand)');
    // R 4.2.2 stats::sd and stats::t.test(c(11/3, 14/3, 7/3, 3, 13/3, 5/3))$conf.int
    expectClose(evolution.sd, 1.1626916409142416, 'R 4.2.2 stats::sd');
    expectClose(evolution.interval?.lower ?? null, 2.0576077315932286, 'R 4.2.2 stats::t.test');
    expectClose(evolution.interval?.upper ?? null, 4.4979478239623267, 'R 4.2.2 stats::t.test');
    expect(evolution.interval?.df).toBe(5);
    expect(evolution.band?.label).toBe('Developing');
    expect(evolution.band?.rule).toBe('2.5 < mean ≤ 3.5');
    expect(evolution.weak).toBe(false);
    expect(evolution.actions).toEqual([]);
    expect(evolution.items.map((item) => [item.item, item.reversed, item.answered])).toEqual([
      ['EV1', false, 6],
      ['EV2', false, 6],
      ['EV3', true, 6],
    ]);
    expectClose(evolution.items[2]?.mean ?? null, 19 / 6, 'EV3 keyed mean (hand)');
  });

  it('uses the confidence level asked for', () => {
    const evolution = principle(
      assessCommunity(START, { confidence: 0.9 }),
      'design-for-evolution',
    );
    // R 4.2.2 stats::t.test(c(11/3, 14/3, 7/3, 3, 13/3, 5/3), conf.level = 0.9)$conf.int
    expectClose(evolution.interval?.lower ?? null, 2.3213010639581473, 'R 4.2.2 stats::t.test');
    expectClose(evolution.interval?.upper ?? null, 4.2342544915974081, 'R 4.2.2 stats::t.test');
  });

  it('measures agreement as r_wg(J) (James, Demaree & Wolf 1984)', () => {
    const evolution = principle(result, 'design-for-evolution');
    // Item variances, R 4.2.2 stats::var: 22/15, 16/15, 13/6; s̄² = 47/30, σ²E = 2;
    // r_wg(3) = 3(1 − 47/60) / (3(1 − 47/60) + 47/60) = 0.45348837209302328 (evaluated in R 4.2.2)
    expectClose(evolution.agreement?.meanItemVariance ?? null, 47 / 30, 'mean item variance');
    expect(evolution.agreement?.expectedVariance).toBe(2);
    expectClose(evolution.agreement?.rwg ?? null, 0.45348837209302328, 'r_wg(J)');
    expect(evolution.agreement?.level).toBe('weak');
    // PA: item variances 2/3, 4/15, 17/30, s̄² = 1.5/3 = 0.5 → r_wg(3) = 0.9
    expectClose(
      principle(result, 'levels-of-participation').agreement?.rwg ?? null,
      0.9,
      'r_wg(J)',
    );
  });

  it('finds the weakest principle, the items that drove it, and actions', () => {
    const participation = principle(result, 'levels-of-participation');
    expectClose(participation.mean, 31 / 18, 'mean (hand)');
    // R 4.2.2 stats::t.test(c(4/3, 2, 1, 8/3, 5/3, 5/3))$conf.int
    expectClose(participation.interval?.lower ?? null, 1.1197057419089158, 'R 4.2.2 stats::t.test');
    expectClose(participation.interval?.upper ?? null, 2.3247387025355288, 'R 4.2.2 stats::t.test');
    expect(participation.band?.rule).toBe('1 ≤ mean ≤ 2.5');
    expect(participation.weak).toBe(true);
    expect(result.weakest?.principle).toBe('levels-of-participation');
    // PA1 and PA2 both average 10/6; PA3 (reversed) 11/6
    expect(result.weakest?.drivers.map((item) => item.item)).toEqual(['PA1', 'PA2']);
    expect(result.suggestions.map((entry) => entry.principle)).toEqual(['levels-of-participation']);
    expect(result.suggestions[0]?.actions.length).toBeGreaterThan(0);
    expect(participation.actions).toEqual(result.suggestions[0]?.actions);
  });

  it('finds the strongest principle; no interval without spread', () => {
    expect(result.strongest?.principle).toBe('inside-outside-dialogue');
    expect(result.strongest?.mean).toBe(4);
    expect(result.strongest?.drivers.map((item) => item.item)).toEqual(['DI1', 'DI2', 'DI3']);
    const dialogue = principle(result, 'inside-outside-dialogue');
    expect(dialogue.interval).toBeNull();
    expect(dialogue.intervalNote).toMatch(/same score/u);
    expect(dialogue.agreement?.rwg).toBe(1);
    const unanswered = principle(result, 'focus-on-value');
    expect([unanswered.mean, unanswered.band, unanswered.answered]).toEqual([null, null, 0]);
    expect(unanswered.missing).toHaveLength(7);
  });

  it('gives one member a score but no interval', () => {
    const single = assessCommunity([{ id: 'r', answers: ev(4, 4, 2) }]);
    const evolution = principle(single, 'design-for-evolution');
    expect([evolution.mean, evolution.sd, evolution.interval, evolution.agreement]).toEqual([
      4,
      null,
      null,
      null,
    ]);
    expect(evolution.intervalNote).toMatch(/at least two/u);
    expect(single.members[0]?.member).toBe('r');
  });

  it('excludes malformed responses with strict: false and reports them', () => {
    const lenient = assessCommunity([...START, { id: 'bad', answers: { EV1: 7 } }], {
      strict: false,
    });
    expect(lenient.counts).toEqual({ received: 8, scored: 7, excluded: 1 });
    expect(lenient.excluded[0]?.reasons[0]?.path).toEqual(['answers', 'EV1']);
  });

  it('keeps the latest of repeated answers and reports the duplicate', () => {
    const repeated = assessCommunity([
      { id: 'a', respondent: 'm1', answers: ev(1, 1, 5) },
      { id: 'b', respondent: 'm1', answers: ev(5, 5, 1) },
    ]);
    expect(repeated.members).toHaveLength(1);
    expect(principle(repeated, 'design-for-evolution').mean).toBe(5);
    expect(repeated.duplicates[0]?.kept.id).toBe('b');
    expect(repeated.counts.excluded).toBe(1);
  });
});

describe('assessCommunity: bad input', () => {
  it('refuses malformed responses with every path', () => {
    const error = thrown(() =>
      assessCommunity([{ id: 'r1', answers: { EV1: 9, XX: 2 } }, 'not a response']),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(isPeerLearnError(error)).toBe(true);
    const issues = (error as InvalidInputError).issues.map((issue) => issue.pathText);
    expect(issues).toEqual(['responses[0].answers.EV1', 'responses[0].answers.XX', 'responses[1]']);
    expect((error as Error).message).toMatch(/^assessCommunity: /u);
  });

  it('refuses an instrument whose domain is not a principle', () => {
    const error = thrown(() =>
      assessCommunity([], {
        instrument: {
          id: 'x',
          title: 'X',
          version: '1',
          items: [{ id: 'a', type: 'likert', min: 1, max: 5, wording: 'A statement.' }],
          domains: [{ id: 'openness', label: 'Openness', items: ['a'] }],
        },
      }),
    ) as InvalidInputError;
    expect(error.code).toBe('invalid_input');
    expect(error.issues[0]?.code).toBe('unknown_principle');
    expect(error.path).toEqual(['options', 'instrument', 'domains', 0, 'id']);
  });

  it('accepts a compatible instrument of its own', () => {
    const result = assessCommunity(
      [
        { id: 'r1', answers: { a: 2, b: 4 } },
        { id: 'r2', answers: { a: 6, b: 7 } },
      ],
      {
        instrument: {
          id: 'short',
          title: 'Short',
          version: '1',
          items: [
            { id: 'a', type: 'likert', min: 1, max: 7, wording: 'We meet at a steady pace.' },
            { id: 'b', type: 'likert', min: 1, max: 7, wording: 'The pace suits me.' },
          ],
          domains: [{ id: 'community-rhythm', label: 'Rhythm', items: ['a', 'b'] }],
        },
      },
    );
    expect(result.principles.map((entry) => [entry.principle, entry.mean])).toEqual([
      ['community-rhythm', 4.75],
    ]);
    // 7 points: σ²E = 48/12 = 4; item variances 8 and 4.5 → s̄² = 6.25 ≥ 4, truncated to 0
    expect(result.principles[0]?.agreement).toMatchObject({
      expectedVariance: 4,
      rwg: 0,
      truncated: true,
      level: 'lack',
    });
  });

  it('refuses instruments with non-scale items and bad options', () => {
    const error = thrown(() =>
      assessCommunity([], {
        instrument: {
          id: 'x',
          title: 'X',
          version: '1',
          items: [{ id: 'a', type: 'yes-no', wording: 'A statement.' }],
          domains: [{ id: 'focus-on-value', label: 'Value', items: ['a'], method: 'sum' }],
        },
      }),
    ) as InvalidInputError;
    expect(error.issues.map((issue) => issue.pathText)).toEqual([
      'options.instrument.domains[0].method',
      'options.instrument.domains[0].items[0]',
    ]);
    const options = thrown(() => assessCommunity([], { confidence: 2 })) as InvalidInputError;
    expect(options.issues[0]?.pathText).toBe('options.confidence');
    const notArray = thrown(() => assessCommunity('x' as never)) as InvalidInputError;
    expect(notArray.issues[0]?.pathText).toBe('responses');
  });

  it('refuses two responses that claim the same member', () => {
    const error = thrown(() =>
      assessCommunity([
        { id: 'ana', answers: ev(3, 3, 3) },
        { id: 'r2', respondent: 'ana', answers: ev(3, 3, 3) },
      ]),
    ) as InvalidInputError;
    expect(error.issues[0]?.pathText).toBe('responses[1]');
  });
});

describe('compareAssessments', () => {
  const comparison = compareAssessments(assessCommunity(START), assessCommunity(END));

  it('accounts for every member', () => {
    expect(comparison.members).toEqual({
      both: ['m1', 'm2', 'm3', 'm4', 'm5'],
      startOnly: ['m6', 'm7'],
      endOnly: ['m8', 'm9'],
    });
    expect(comparison.unmatched).toEqual([]);
    expect(comparison.principles).toHaveLength(7);
  });

  it('tests a change with the paired t-test when members answered both times', () => {
    const evolution = comparison.principles[0];
    expect(evolution?.principle).toBe('design-for-evolution');
    expect(evolution?.paired).toBe(5);
    expect(evolution?.startOnly).toEqual(['m6']);
    expect(evolution?.endOnly).toEqual(['m8']);
    // all members: end mean (14/3 + 5 + 3 + 11/3 + 4 + 2) / 6 = 67/18; start 59/18
    expectClose(evolution?.change ?? null, 8 / 18, 'change (hand)');
    const test = evolution?.test;
    expect(test?.method).toBe('paired-t-test');
    // R 4.2.2 stats::t.test(c(14/3, 5, 3, 11/3, 4), c(11/3, 14/3, 7/3, 3, 13/3), paired = TRUE)
    expectClose(test?.estimate ?? null, 0.46666666666666667, 'R 4.2.2 stats::t.test $estimate');
    expectClose(test?.statistic ?? null, 2.06418738616855979, 'R 4.2.2 stats::t.test $statistic');
    expect(test?.df).toBe(4);
    expectClose(test?.pValue ?? null, 0.10793882229227654, 'R 4.2.2 stats::t.test $p.value');
    expectClose(test?.lower ?? null, -0.1610255627828128, 'R 4.2.2 stats::t.test $conf.int');
    expectClose(test?.upper ?? null, 1.09435889611614612, 'R 4.2.2 stats::t.test $conf.int');
    expectClose(test?.standardError ?? null, 0.2260776661041756, 'R 4.2.2 stats::t.test $stderr');
    // R 4.2.2 stats::wilcox.test(…, paired = TRUE)$p.value (ties, so normal approximation)
    expectClose(test?.signedRankPValue ?? null, 0.13441657417036029, 'R 4.2.2 wilcox.test');
    expect(evolution?.note).toMatch(
      /^paired t-test on the 5 members.*2 members answered only once/u,
    );
  });

  it('falls back on Welch’s t-test when too few members answered both times', () => {
    const participation = comparison.principles.find(
      (entry) => entry.principle === 'levels-of-participation',
    );
    expect(participation?.paired).toBe(1);
    const test = participation?.test;
    expect(test?.method).toBe('welch-t-test');
    // R 4.2.2 stats::t.test(c(3, 4, 8/3), c(4/3, 2, 1, 8/3, 5/3, 5/3))
    expectClose(test?.estimate ?? null, 1.5, 'R 4.2.2 stats::t.test $estimate');
    expectClose(test?.statistic ?? null, 3.231737315206569594, 'R 4.2.2 stats::t.test $statistic');
    expectClose(test?.df ?? null, 3.442242582847712118, 'R 4.2.2 stats::t.test $parameter');
    expectClose(test?.pValue ?? null, 0.039601673032591038, 'R 4.2.2 stats::t.test $p.value');
    expectClose(test?.lower ?? null, 0.124643753181042177, 'R 4.2.2 stats::t.test $conf.int');
    expectClose(test?.upper ?? null, 2.875356246818957739, 'R 4.2.2 stats::t.test $conf.int');
    expectClose(test?.standardError ?? null, 0.464146634982342765, 'R 4.2.2 stats::t.test $stderr');
    expect(participation?.note).toMatch(/^Welch/u);
    const narrow = compareAssessments(assessCommunity(START), assessCommunity(END), {
      confidence: 0.8,
    }).principles.find((entry) => entry.principle === 'levels-of-participation')?.test;
    // R 4.2.2 stats::t.test(c(3, 4, 8/3), c(4/3, 2, 1, 8/3, 5/3, 5/3), conf.level = 0.8)
    expectClose(narrow?.lower ?? null, 0.76546075716368966, 'R 4.2.2 stats::t.test $conf.int');
    expectClose(narrow?.upper ?? null, 2.23453924283631045, 'R 4.2.2 stats::t.test $conf.int');
  });

  it('says why there is no test', () => {
    const dialogue = comparison.principles.find(
      (entry) => entry.principle === 'inside-outside-dialogue',
    );
    expect([dialogue?.start.answered, dialogue?.end.answered, dialogue?.change]).toEqual([
      7,
      0,
      null,
    ]);
    expect(dialogue?.test).toBeNull();
    expect(dialogue?.note).toMatch(/at least two scores at each time/u);
    const same = compareAssessments(
      assessCommunity([
        { id: 'a', answers: ev(2, 2, 4) },
        { id: 'b', answers: ev(3, 3, 3) },
      ]),
      assessCommunity([
        { id: 'a', answers: ev(3, 3, 3) },
        { id: 'b', answers: ev(4, 4, 2) },
      ]),
    ).principles[0];
    expect(same?.change).toBe(1);
    expect(same?.test).toBeNull();
    expect(same?.note).toMatch(/same amount/u);
  });

  it('refuses an assessment with an unknown principle id, with its path', () => {
    const start = assessCommunity(START);
    const broken = {
      ...start,
      principles: [{ ...start.principles[0], principle: 'be-nice' }],
    } as never;
    const error = thrown(() => compareAssessments(start, broken)) as InvalidInputError;
    expect(error.code).toBe('invalid_input');
    expect(error.issues[0]?.pathText).toBe('end.principles[0].principle');
  });
});

describe("survey's Student t distribution, as the Welch test uses it", () => {
  it('matches R 4.2.2 stats::pt and stats::qt', () => {
    // R 4.2.2: pt(c(2.1, 0.3, -1.5, 5, 0.01), c(3.7, 10, 2.2, 40.5, 1.5), lower.tail = FALSE)
    const upper = [
      [2.1, 3.7, 5.4632352541112351e-2],
      [0.3, 10, 3.8516030378289934e-1],
      [-1.5, 2.2, 8.6928789728564559e-1],
      [5, 40.5, 5.7605188555609574e-6],
      [0.01, 1.5, 4.9659274483145999e-1],
    ] as const;
    for (const [t, df, p] of upper)
      expectClose(tSurvival(t, df), p, `pt(${String(t)}, ${String(df)})`);
    // R 4.2.2: qt(c(0.025, 0.025, 0.005, 0.05, 0.1), c(3.7, 1, 12.3, 200, 2.5), lower.tail = FALSE)
    const quantiles = [
      [0.025, 3.7, 2.867520707191193],
      [0.025, 1, 12.7062047361747066],
      [0.005, 12.3, 3.0410295709435236],
      [0.05, 200, 1.6525081009108771],
      [0.1, 2.5, 1.7302509288071759],
    ] as const;
    for (const [p, df, q] of quantiles)
      expectClose(tQuantile(1 - p, df), q, `qt(${String(p)}, ${String(df)})`);
  });
});

describe('hostile input', () => {
  it('compareAssessments refuses a member score beyond any answer scale', () => {
    const assess = (score: number) =>
      assessCommunity([
        { id: 's1', respondent: 'ana', answers: { EV1: score, EV2: score, EV3: score } },
        { id: 's2', respondent: 'ben', answers: { EV1: 4, EV2: 4, EV3: 4 } },
      ]);
    const start = assess(2);
    const end = assess(3);
    const member = end.members[0];
    if (member === undefined) throw new Error('expected a member');
    const tampered = {
      ...end,
      members: [
        { ...member, scores: { ...member.scores, 'design-for-evolution': 1e300 } },
        ...end.members.slice(1),
      ],
    };
    expectRefusal(
      () => peerlearn.compareAssessments(start, tampered),
      'compareAssessments',
      'end.members[0].scores["design-for-evolution"]',
    );
  });
});
