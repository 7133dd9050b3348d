/**
 * Worked examples of analyseValueCreation: four stories of a learning cluster, counted by
 * hand cycle by cycle, with the chain of each story and where it breaks.
 */
import { describe, expect, it } from 'vitest';
import {
  analyseValueCreation,
  isPeerLearnError,
  type ValueIndicator,
  type ValueStoryInput,
} from '../../src/practice/index.js';

const text = (words: string) => ({ text: words });

/*
 * a: immediate → potential → applied → realised → transformative (complete, reframed)
 * b: immediate → potential → applied (stops before realised)
 * c: immediate → potential → realised (gap: applied missing, realised claimed)
 * d: immediate (stops before potential)
 */
const storyD: ValueStoryInput = {
  id: 'd',
  members: ['m4'],
  date: '2026-05-10',
  title: 'First visit',
  evidence: { immediate: text('Came to the May session and enjoyed it.') },
};
const storyB: ValueStoryInput = {
  id: 'b',
  members: ['m2', 'm1'],
  date: '2026-03-20',
  title: 'Drop-in sessions',
  evidence: {
    immediate: text('Buddy calls with a member from another area.'),
    potential: { text: 'Learnt how they run a drop-in.', capital: ['human', 'social'] },
    applied: text('Ran our first drop-in.'),
  },
};
const storyA: ValueStoryInput = {
  id: 'a',
  members: ['m1'],
  date: '2026-02-14',
  title: 'Shared referral form',
  evidence: {
    immediate: text('Asked the cluster how others handle referrals.'),
    potential: { text: 'Got a template from another area.', capital: ['tangible'] },
    applied: text('Our team now uses the form.'),
    realised: {
      text: 'Referrals arrive complete, so families wait less.',
      indicators: [{ name: 'days waiting', value: 9, unit: 'days' }],
    },
    transformative: text('The commissioner now measures waiting time, not referral counts.'),
  },
};
const storyC: ValueStoryInput = {
  id: 'c',
  members: ['m3'],
  date: '2026-04-02',
  title: 'Volunteer retention',
  evidence: {
    immediate: text('Session on volunteer induction.'),
    potential: text('Ideas for shadowing shifts.'),
    realised: {
      text: 'Fewer volunteers leave in their first month.',
      indicators: [{ name: 'days waiting', value: 12, unit: 'days' }],
    },
  },
};
const stories: ValueStoryInput[] = [storyD, storyB, storyA, storyC];

/** Story a without its evidence of reframing. */
const storyAUpToRealised: ValueStoryInput = {
  ...storyA,
  evidence: {
    immediate: storyA.evidence.immediate,
    potential: storyA.evidence.potential,
    applied: storyA.evidence.applied,
    realised: storyA.evidence.realised,
  },
};

const attendanceFeb: ValueIndicator = {
  cycle: 'immediate',
  name: 'attendance',
  value: 14,
  unit: 'people',
  date: '2026-02-10',
};
const indicators: ValueIndicator[] = [
  attendanceFeb,
  { cycle: 'immediate', name: 'attendance', value: 20, unit: 'people', date: '2026-05-10' },
  { cycle: 'immediate', name: 'attendance', value: 17, unit: 'people', date: '2026-03-10' },
  { cycle: 'realised', name: 'days waiting', value: 15, unit: 'days', date: '2026-01-31' },
];

describe('analyseValueCreation', () => {
  const result = analyseValueCreation(stories, indicators);

  it('counts each cycle three ways', () => {
    expect(result.storyCount).toBe(4);
    // evidenced: immediate a,b,c,d; potential a,b,c; applied a,b; realised a,c; transformative a
    expect(result.cycles.map((cycle) => cycle.evidenced)).toEqual([4, 3, 2, 2, 1]);
    // reached (furthest at or beyond): a→5, b→3, c→4, d→1
    expect(result.cycles.map((cycle) => cycle.reached)).toEqual([4, 3, 3, 2, 1]);
    // unbroken from immediate: c breaks at applied
    expect(result.cycles.map((cycle) => cycle.unbroken)).toEqual([4, 3, 2, 1, 1]);
    // first breaks: d at potential, c at applied, b at realised
    expect(result.cycles.map((cycle) => cycle.breaks)).toEqual([0, 1, 1, 1, 0]);
    expect(result.cycles[1]?.shares).toEqual({
      evidenced: 0.75,
      reached: 0.75,
      unbroken: 0.75,
      breaks: 0.25,
    });
    expect(result.complete).toBe(1);
  });

  it('traces each story, sorted by id, and explains the first missing link', () => {
    expect(result.stories.map((story) => story.id)).toEqual(['a', 'b', 'c', 'd']);
    const [a, b, c, d] = result.stories;
    expect(a).toMatchObject({
      complete: true,
      break: null,
      unbrokenTo: 'realised',
      reframed: true,
    });
    expect(a?.capital).toEqual(['tangible']);
    expect(b?.members).toEqual(['m1', 'm2']);
    expect(b?.break).toEqual({
      missing: 'realised',
      after: 'applied',
      kind: 'stop',
      explanation:
        'applied but no evidence of realised value: the story does not show what the change in practice achieved.',
    });
    expect(c?.break).toEqual({
      missing: 'applied',
      after: 'potential',
      kind: 'gap',
      explanation:
        'gained knowledge capital but no evidence of applied value: realised value is claimed, but the story does not show the knowledge being used in practice; record the missing link so the claim can be traced.',
    });
    expect(c).toMatchObject({
      furthest: 'realised',
      unbrokenTo: 'potential',
      missing: ['applied'],
    });
    expect(d).toMatchObject({
      furthest: 'immediate',
      missing: ['potential', 'applied', 'realised'],
    });
    expect(d?.break?.explanation).toMatch(/^took part but no evidence of potential value/u);
  });

  it('names the earliest of equally common breaks and suggests a focus there', () => {
    // one break each at potential, applied and realised: the earliest wins the tie
    expect(result.mostCommonBreak).toEqual({ cycle: 'potential', count: 1, share: 0.25 });
    expect(result.focus?.cycle).toBe('potential');
    expect(result.focus?.stories).toBe(1);
    expect(result.focus?.actions.length).toBeGreaterThan(0);
  });

  it('summarises indicators per cycle, with values quoted in stories dated by the story', () => {
    expect(result.cycles[0]?.indicators).toEqual([
      {
        name: 'attendance',
        unit: 'people',
        count: 3,
        fromStories: 0,
        min: 14,
        max: 20,
        mean: 17, // (14 + 17 + 20) / 3
        first: { date: '2026-02-10', value: 14 },
        latest: { date: '2026-05-10', value: 20 },
        change: 6,
      },
    ]);
    // 15 on 2026-01-31 (indicator), 9 on 2026-02-14 (story a), 12 on 2026-04-02 (story c)
    expect(result.cycles[3]?.indicators).toEqual([
      {
        name: 'days waiting',
        unit: 'days',
        count: 3,
        fromStories: 2,
        min: 9,
        max: 15,
        mean: 12,
        first: { date: '2026-01-31', value: 15 },
        latest: { date: '2026-04-02', value: 12 },
        change: -3,
      },
    ]);
    expect(result.cycles[2]?.indicators).toEqual([]);
  });

  it('leaves stories and indicators outside the period out, with reasons', () => {
    const spring = analyseValueCreation(stories, indicators, {
      from: '2026-03-01',
      to: '2026-04-30',
    });
    expect(spring.stories.map((story) => story.id)).toEqual(['b', 'c']);
    expect(spring.excluded).toEqual([
      {
        id: 'a',
        date: '2026-02-14',
        reason: 'dated before the period, which starts on 2026-03-01',
      },
      { id: 'd', date: '2026-05-10', reason: 'dated after the period, which ends on 2026-04-30' },
    ]);
    expect(spring.excludedIndicators).toBe(3);
    expect(spring.cycles[0]?.indicators[0]?.count).toBe(1);
  });

  it('asks for reframing too when the target is transformative', () => {
    const strict = analyseValueCreation([...stories, { ...storyAUpToRealised, id: 'e' }], [], {
      target: 'transformative',
    });
    // a is reframed, so still complete; e stops at realised value
    expect(strict.stories.map((story) => story.complete)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(strict.stories[4]?.break).toEqual({
      missing: 'transformative',
      after: 'realised',
      kind: 'stop',
      explanation:
        'realised but no evidence of transformative value (reframing): nothing shows anyone redefining what success means.',
    });
    expect(strict.cycles.map((cycle) => cycle.breaks)).toEqual([0, 1, 1, 1, 1]);
    expect(strict.stories[3]?.missing).toEqual([
      'potential',
      'applied',
      'realised',
      'transformative',
    ]);
  });

  it('suggests reframing when every chain reaches realised value', () => {
    const onlyA = analyseValueCreation([storyAUpToRealised]);
    expect(onlyA.mostCommonBreak).toBeNull();
    expect(onlyA.focus?.cycle).toBe('transformative');
    expect(onlyA.focus?.stories).toBe(1);
    expect(analyseValueCreation([storyA]).focus).toBeNull();
  });

  it('reports a story that starts without an activity as a gap at immediate value', () => {
    const result = analyseValueCreation([
      {
        id: 'x',
        members: ['m9'],
        date: '2026-01-05',
        title: 'X',
        evidence: { applied: text('Did it') },
      },
    ]);
    expect(result.stories[0]?.break).toMatchObject({
      missing: 'immediate',
      after: null,
      kind: 'gap',
    });
    expect(result.stories[0]?.unbrokenTo).toBeNull();
    expect(result.cycles.map((cycle) => cycle.reached)).toEqual([1, 1, 1, 0, 0]);
    expect(result.cycles.map((cycle) => cycle.unbroken)).toEqual([0, 0, 0, 0, 0]);
  });

  it('handles no stories with null shares', () => {
    const empty = analyseValueCreation([]);
    expect(empty.storyCount).toBe(0);
    expect(empty.cycles[0]?.shares.reached).toBeNull();
    expect(empty.mostCommonBreak).toBeNull();
    expect(empty.focus).toBeNull();
  });
});

describe('analyseValueCreation refuses bad input with paths', () => {
  const issuesOf = (call: () => unknown): string[] => {
    try {
      call();
    } catch (error) {
      if (isPeerLearnError(error, 'invalid_input'))
        return error.details.issues.map((issue) => issue.pathText);
      throw error;
    }
    throw new Error('expected an error');
  };

  it('for duplicate ids, unknown cycles and non-ISO dates', () => {
    const bad = [
      stories[0],
      { ...stories[1], id: 'd' },
      { ...stories[2], date: '14/02/2026' },
      { ...stories[3], evidence: { impact: text('x') } },
    ] as ValueStoryInput[];
    expect(
      issuesOf(() =>
        analyseValueCreation(bad, [
          { ...attendanceFeb, cycle: 'impact' as 'immediate', date: '2026-13-01' },
        ]),
      ),
    ).toEqual([
      'stories[2].date',
      'stories[3].evidence',
      'stories[1].id',
      'indicators[0].cycle',
      'indicators[0].date',
    ]);
  });

  it('names unknown cycle ids and the accepted ones', () => {
    try {
      analyseValueCreation([{ ...storyC, evidence: { impact: text('x') } } as ValueStoryInput]);
      expect.unreachable();
    } catch (error) {
      expect(isPeerLearnError(error) && error.code).toBe('invalid_input');
      expect((error as Error).message).toContain(
        'stories[0].evidence: has unknown cycle ids "impact"; use immediate, potential, applied, realised or transformative',
      );
    }
  });

  it('for a story without evidence, a reversed period or an unknown option', () => {
    expect(issuesOf(() => analyseValueCreation([{ ...storyD, evidence: {} }]))).toEqual([
      'stories[0].evidence',
    ]);
    expect(
      issuesOf(() => analyseValueCreation([], [], { from: '2026-05-01', to: '2026-04-01' })),
    ).toEqual(['options.to']);
    expect(
      issuesOf(() =>
        analyseValueCreation([], [], { target: 'applied' } as unknown as { target: 'realised' }),
      ),
    ).toEqual(['options.target']);
  });
});
