import { describe, expect, it } from 'vitest';
import { InvalidInputError, type MemberInput } from '../../src/core/index.js';
import {
  PEER_LEARNING_ACTIVITIES,
  planLearningRoutes,
  type PlanLearningRoutesOptions,
} from '../../src/programme/index.js';

const sam: MemberInput = { id: 'm-7', displayName: 'Sam', area: 'Clapton', joined: '2026-03-02' };

describe('planLearningRoutes', () => {
  it('plans a full route for a newcomer in a circle, with an area and a facilitator', () => {
    const plan = planLearningRoutes(sam, { inCircle: true });
    expect(plan.steps.map((step) => [step.activityId, step.week, step.route, step.mode])).toEqual([
      ['shadowing', 1, 'on-joining', 'face-to-face'],
      ['buddy-meetings', 1, 'on-joining', 'face-to-face'],
      ['one-to-ones', 2, 'on-joining', 'face-to-face'],
      ['team-meetings', 2, 'on-joining', 'face-to-face'],
      ['supported-people-teach-team', 2, 'on-joining', 'face-to-face'],
      ['carers-teach-team', 3, 'on-joining', 'face-to-face'],
      ['circle-meetings', 3, 'through-circles', 'face-to-face'],
      ['critical-thinking-buddies', 4, 'on-joining', 'face-to-face'],
      ['feedback', 4, 'through-circles', 'face-to-face'],
      ['action-learning-sets', 6, 'across-teams', 'face-to-face'],
    ]);
    expect(plan.omitted).toEqual([]);
    expect(plan.steps.at(-1)?.startsOn).toBe('2026-04-06');
    expect(plan.steps.at(-1)?.why).toMatch(/trained facilitator is available/u);
    expect(plan.steps.map((step) => step.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('explains every activity it leaves out', () => {
    const plan = planLearningRoutes(
      { id: 'm-8', displayName: 'Ade' },
      { facilitatorAvailable: false, exclude: ['carers-teach-team'], weeks: 3 },
    );
    expect(plan.steps.every((step) => step.startsOn === null)).toBe(true);
    expect(plan.omitted).toEqual([
      { activityId: 'carers-teach-team', reason: 'Excluded in the options.' },
      {
        activityId: 'circle-meetings',
        reason: 'The newcomer is not in a circle yet; add it once they join one.',
      },
      {
        activityId: 'critical-thinking-buddies',
        reason: 'It starts in week 4, after the 3 weeks planned.',
      },
      { activityId: 'feedback', reason: 'It starts in week 4, after the 3 weeks planned.' },
      {
        activityId: 'action-learning-sets',
        reason: 'It needs a trained facilitator, and none is available.',
      },
    ]);
  });

  it('leaves out activities met only across teams when there is no area', () => {
    const plan = planLearningRoutes({ id: 'm-9', displayName: 'Jo' });
    expect(plan.omitted.find((item) => item.activityId === 'action-learning-sets')?.reason).toMatch(
      /no area recorded/u,
    );
  });

  it('refuses bad input with paths', () => {
    const run = (member: unknown, options: unknown): InvalidInputError => {
      try {
        planLearningRoutes(member as MemberInput, options as object);
      } catch (error) {
        if (error instanceof InvalidInputError) return error;
        throw error;
      }
      throw new Error('expected an error');
    };
    expect(run(sam, { exclude: ['webinar'] }).issues[0]?.pathText).toBe('options.exclude[0]');
    expect(run({ ...sam, joined: '2026-13-01' }, {}).issues[0]?.pathText).toBe('member.joined');
    expect(run(sam, { weeks: 0 }).issues[0]?.pathText).toBe('options.weeks');
  });

  it('has a catalogue of ten activities with unique ids', () => {
    expect(new Set(PEER_LEARNING_ACTIVITIES.map((activity) => activity.id)).size).toBe(10);
  });
});

describe('planLearningRoutes: every problem at once', () => {
  it('reports a bad member and a bad option together, each with its path', () => {
    let error: unknown;
    try {
      const options = { exclude: ['webinar'], weeks: 0 } as unknown as PlanLearningRoutesOptions;
      planLearningRoutes({ ...sam, joined: '2026-13-01' }, options);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((issue) => issue.pathText)).toEqual([
      'member.joined',
      'options.weeks',
      'options.exclude[0]',
    ]);
    expect((error as InvalidInputError).message).toMatch(/^planLearningRoutes/u);
  });
});
