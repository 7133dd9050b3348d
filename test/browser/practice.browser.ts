/**
 * Smoke checks of peerlearn/practice in Chromium: the seven design principles, a
 * self-assessment with R's t interval, participation levels, rhythm and a chart.
 */
import { describe, expect, it } from 'vitest';
import {
  analyseRhythm,
  assessCommunity,
  chartPrinciples,
  classifyParticipation,
  DESIGN_PRINCIPLES,
} from '../../src/practice/index.js';
import { expectClose } from '../helpers/expectClose.js';
import { firstNonJson } from './plainJson.js';

describe('practice in the browser', () => {
  it('lists the seven design principles, frozen', () => {
    expect(DESIGN_PRINCIPLES.map((principle) => principle.id)).toEqual([
      'design-for-evolution',
      'inside-outside-dialogue',
      'levels-of-participation',
      'public-and-private-spaces',
      'focus-on-value',
      'familiarity-and-excitement',
      'community-rhythm',
    ]);
    expect(Object.isFrozen(DESIGN_PRINCIPLES[0]?.actions)).toBe(true);
  });

  it('assesses a community with t intervals as R’s t.test gives them', () => {
    const answers = (ev: number, di: number) => ({
      EV1: ev,
      EV2: ev,
      EV3: 6 - ev,
      DI1: di,
      DI2: di,
      DI3: di,
    });
    const result = assessCommunity([
      { id: 'r1', respondent: 'ana', answers: answers(2, 4) },
      { id: 'r2', respondent: 'ben', answers: answers(3, 5) },
      { id: 'r3', respondent: 'cai', answers: answers(1, 4) },
    ]);
    const evolution = result.principles[0];
    expect([evolution?.principle, evolution?.mean, evolution?.band?.label]).toEqual([
      'design-for-evolution',
      2,
      'Weak',
    ]);
    // R 4.2.2: t.test(c(2, 3, 1))$conf.int
    expectClose(evolution?.interval?.lower, -0.48413771175032977, 't.test(c(2, 3, 1))$conf.int[1]');
    expectClose(evolution?.interval?.upper, 4.4841377117503294, 't.test(c(2, 3, 1))$conf.int[2]');
    expect([result.weakest?.principle, result.strongest?.principle]).toEqual([
      'design-for-evolution',
      'inside-outside-dialogue',
    ]);
    const spec = chartPrinciples(result);
    expect(firstNonJson(spec)).toBeNull();
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('places members on the levels of participation, with reasons', () => {
    const result = classifyParticipation(
      [
        { member: 'ama', kind: 'hosted', date: '2026-01-15' },
        { member: 'ama', kind: 'hosted', date: '2026-02-12' },
        { member: 'ama', kind: 'presented', date: '2026-03-12' },
        { member: 'ama', kind: 'attended', date: '2026-03-12' },
        { member: 'ben', kind: 'presented', date: '2026-02-12' },
        { member: 'ben', kind: 'attended', date: '2026-02-12' },
        { member: 'ben', kind: 'attended', date: '2026-03-12' },
        { member: 'ben', kind: 'asked', date: '2026-03-12' },
        { member: 'cy', kind: 'posted', date: '2026-03-01' },
        { member: 'cy', kind: 'attended', date: '2026-03-12' },
        { member: 'dee', kind: 'attended', date: '2025-11-20' },
        { member: 'dee', kind: 'attended', date: '2026-03-12' },
      ],
      { asOf: '2026-03-31', window: { months: 3 }, members: ['ama', 'ben', 'cy', 'dee', 'eve'] },
    );
    expect(result.members.map((m) => `${m.member}: ${m.level} (${String(m.score)})`)).toEqual([
      'ama: core (12)',
      'ben: active (6)',
      'cy: occasional (2)',
      'dee: peripheral (1)',
      'eve: outside (0)',
    ]);
  });

  it('reads a community’s rhythm from its meeting dates', () => {
    const rhythm = analyseRhythm(
      ['2026-03-05', '2026-01-08', '2026-02-05', '2026-04-02', '2026-05-07', '2026-03-05'],
      { target: { every: 4, unit: 'weeks' }, asOf: '2026-05-20' },
    );
    expect(rhythm.intervals.map((interval) => interval.days)).toEqual([28, 28, 28, 35]);
    // sd(c(28, 28, 28, 35)) = 3.5 in R; cv = 3.5 / 29.75
    expect(rhythm.regularity.sd).toBe(3.5);
    expectClose(rhythm.regularity.cv, 3.5 / 29.75, 'sd / mean');
    expect([rhythm.verdict, rhythm.daysSinceLast, rhythm.next.date]).toEqual([
      'steady',
      13,
      '2026-06-04',
    ]);
  });
});
