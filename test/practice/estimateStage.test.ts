import { describe, expect, it } from 'vitest';
import {
  COMMUNITY_STAGES,
  CommunityStageId,
  estimateStage,
  InvalidInputError,
} from '../../src/practice/index.js';
import { thrown } from '../helpers/expectClose.js';

describe('COMMUNITY_STAGES', () => {
  it('lists the five stages in order, each with signs, a challenge and a focus', () => {
    expect(COMMUNITY_STAGES.map((stage) => [stage.order, stage.id])).toEqual([
      [1, 'potential'],
      [2, 'coalescing'],
      [3, 'maturing'],
      [4, 'stewardship'],
      [5, 'transformation'],
    ]);
    expect(COMMUNITY_STAGES.map((stage) => stage.id)).toEqual([...CommunityStageId.values]);
    for (const stage of COMMUNITY_STAGES) {
      expect(stage.signs.length).toBeGreaterThanOrEqual(4);
      expect(stage.signs.every((sign) => sign.id.startsWith(`${stage.id}.`))).toBe(true);
      expect(stage.challenge.length).toBeGreaterThan(40);
      expect(stage.focus.length).toBeGreaterThanOrEqual(3);
    }
    const ids = COMMUNITY_STAGES.flatMap((stage) => stage.signs.map((sign) => sign.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(COMMUNITY_STAGES)).toBe(true);
    expect(Object.isFrozen(COMMUNITY_STAGES[2]?.signs[0])).toBe(true);
    expect(Object.isFrozen(COMMUNITY_STAGES[2]?.focus)).toBe(true);
  });
});

describe('estimateStage: worked examples', () => {
  it('picks the stage with the largest share of its signs observed', () => {
    const estimate = estimateStage([
      'coalescing.launch-held',
      'coalescing.meetings-begun',
      'coalescing.coordinator-named',
      'coalescing.early-value',
      'maturing.membership-growing',
    ]);
    // coalescing 4/5 = 0.8, maturing 1/5 = 0.2: margin 0.6 ≥ 0.4, so high confidence.
    expect(estimate.stage).toBe('coalescing');
    expect(estimate.name).toBe('Coalescing');
    expect(estimate.score).toBe(0.8);
    expect(estimate.runnerUp).toBe('maturing');
    expect(estimate.margin).toBe(0.6);
    expect(estimate.confidence).toBe('high');
    expect(estimate.tiedWith).toEqual([]);
    expect(estimate.challenge).toBe(COMMUNITY_STAGES[1]?.challenge);
    expect(estimate.focus).toEqual(COMMUNITY_STAGES[1]?.focus);
    expect(estimate.evidence.map((item) => [item.stage, item.score])).toEqual([
      ['potential', 0],
      ['coalescing', 0.8],
      ['maturing', 0.2],
      ['stewardship', 0],
      ['transformation', 0],
    ]);
    expect(estimate.evidence[1]?.unassessed).toEqual(['coalescing.trust-forming']);
    expect(estimate.reason).toBe(
      '4 of 5 signs of coalescing were observed (ahead of maturing (1 signs) by 0.6); confidence high.',
    );
  });

  it('rates a lead of exactly 0.4 as high and of 0.2 as medium (no rounding slip)', () => {
    const high = estimateStage([
      'maturing.membership-growing',
      'maturing.gaps-named',
      'maturing.newcomer-routine',
      'stewardship.recognised',
    ]);
    // 0.6 − 0.2 in floating point is 0.39999999999999997; the margin is rounded.
    expect([high.stage, high.margin, high.confidence]).toEqual(['maturing', 0.4, 'high']);
    const medium = estimateStage([
      'maturing.membership-growing',
      'maturing.gaps-named',
      'stewardship.recognised',
    ]);
    // 0.4 − 0.2 = 0.2 lead with a 0.4 score: medium.
    expect([medium.stage, medium.margin, medium.confidence]).toEqual(['maturing', 0.2, 'medium']);
  });

  it('breaks ties towards the earlier stage and says so', () => {
    const estimate = estimateStage([
      'stewardship.recognised',
      'stewardship.fresh-input',
      'transformation.attendance-falling',
      'transformation.members-moving-on',
    ]);
    expect(estimate.stage).toBe('stewardship');
    expect(estimate.tiedWith).toEqual(['transformation']);
    expect(estimate.runnerUp).toBe('transformation');
    expect(estimate.margin).toBe(0);
    expect(estimate.confidence).toBe('low');
    expect(estimate.reason).toContain(
      'a tie with transformation, broken towards the earlier stage',
    );
  });

  it('reads a record of booleans, keeping signs looked for and not seen apart', () => {
    const estimate = estimateStage({
      'potential.shared-problems': true,
      'potential.informal-contacts': true,
      'potential.no-meetings-yet': false,
      'coalescing.launch-held': false,
    });
    expect(estimate.stage).toBe('potential');
    // potential 2/5 = 0.4 and no runner-up: lead 0.4, but a score under 0.6 caps it at medium.
    expect([estimate.score, estimate.runnerUp, estimate.margin]).toEqual([0.4, null, 0.4]);
    expect(estimate.confidence).toBe('medium');
    expect(estimate.evidence[0]?.notObserved).toEqual(['potential.no-meetings-yet']);
    expect(estimate.evidence[1]?.notObserved).toEqual(['coalescing.launch-held']);
    expect(estimate.reason).toContain('no other stage showed any sign');
    // A single sign is weak evidence.
    expect(estimateStage(['maturing.gaps-named']).confidence).toBe('low');
  });

  it('counts a repeated id once and estimates nothing from an empty checklist', () => {
    expect(estimateStage(['maturing.gaps-named', 'maturing.gaps-named']).score).toBe(0.2);
    const none = estimateStage({ 'maturing.gaps-named': false });
    expect(none).toMatchObject({ stage: null, confidence: 'none', focus: [], runnerUp: null });
    expect(none.evidence[2]?.notObserved).toEqual(['maturing.gaps-named']);
  });

  it('finds each stage from all its own signs, with high confidence', () => {
    for (const stage of COMMUNITY_STAGES) {
      const estimate = estimateStage(stage.signs.map((sign) => sign.id));
      expect([estimate.stage, estimate.score, estimate.confidence]).toEqual([stage.id, 1, 'high']);
    }
  });
});

describe('estimateStage: bad input and purity', () => {
  it('refuses unknown sign ids with their paths', () => {
    const error = thrown(() =>
      estimateStage(['coalescing.launch-held', 'launched', 'maturing.gaps']),
    ) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((issue) => issue.pathText)).toEqual(['signs[1]', 'signs[2]']);
    expect(error.issues[0]?.message).toMatch(/is not a known sign id \("launched"\)/u);
    const inRecord = thrown(() => estimateStage({ 'new members': true })) as InvalidInputError;
    expect(inRecord.issues.map((issue) => issue.pathText)).toEqual(['signs["new members"]']);
  });

  it('refuses input of another shape', () => {
    const error = thrown(() =>
      estimateStage('coalescing.launch-held' as never),
    ) as InvalidInputError;
    expect(error.issues.map((issue) => issue.pathText)).toEqual(['signs']);
    const notBoolean = thrown(() =>
      estimateStage({ 'coalescing.launch-held': 'yes' } as never),
    ) as InvalidInputError;
    expect(notBoolean).toBeInstanceOf(InvalidInputError);
  });

  it('leaves its input as it was', () => {
    const signs = Object.freeze(['maturing.gaps-named', 'coalescing.launch-held']);
    const record = Object.freeze({ 'maturing.gaps-named': true });
    estimateStage(signs);
    estimateStage(record);
    expect(signs).toEqual(['maturing.gaps-named', 'coalescing.launch-held']);
    expect(record).toEqual({ 'maturing.gaps-named': true });
  });
});
