import { describe, expect, it } from 'vitest';
import {
  COP_SELF_ASSESSMENT,
  DESIGN_PRINCIPLES,
  DesignPrinciple,
  PrincipleId,
} from '../../src/practice/index.js';

describe('DESIGN_PRINCIPLES', () => {
  it('lists the seven principles of Wenger, McDermott & Snyder (2002) with stable ids', () => {
    expect(DESIGN_PRINCIPLES.map((principle) => principle.id)).toEqual([...PrincipleId.values]);
    expect(DESIGN_PRINCIPLES).toHaveLength(7);
    for (const principle of DESIGN_PRINCIPLES) {
      expect(principle.id).toMatch(/^[a-z]+(-[a-z]+)*$/u);
      expect(DesignPrinciple.parse(principle)).toEqual(principle);
      expect(principle.indicators.every((indicator) => indicator.endsWith('?'))).toBe(true);
      expect(principle.actions.length).toBeGreaterThan(0);
    }
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(DESIGN_PRINCIPLES)).toBe(true);
    for (const principle of DESIGN_PRINCIPLES) {
      expect(Object.isFrozen(principle)).toBe(true);
      expect(Object.isFrozen(principle.indicators)).toBe(true);
    }
  });

  it('refuses unknown principle ids', () => {
    expect(PrincipleId.safeParse('be-nice').success).toBe(false);
  });
});

describe('COP_SELF_ASSESSMENT', () => {
  it('has one domain per principle, three 1–5 items each, and bands tiling 1–5', () => {
    expect(COP_SELF_ASSESSMENT.domains.map((domain) => domain.id)).toEqual([...PrincipleId.values]);
    const items = new Map(COP_SELF_ASSESSMENT.items.map((item) => [item.id, item]));
    expect(items.size).toBe(21);
    for (const domain of COP_SELF_ASSESSMENT.domains) {
      expect(domain.items).toHaveLength(3);
      for (const id of domain.items)
        expect(items.get(id)).toMatchObject({ type: 'likert', min: 1, max: 5 });
      expect(domain.bands.map((band) => [band.label, band.min, band.max, band.closed])).toEqual([
        ['Weak', 1, 2.5, 'both'],
        ['Developing', 2.5, 3.5, 'right'],
        ['Strong', 3.5, 5, 'right'],
      ]);
    }
    expect(COP_SELF_ASSESSMENT.domains.flatMap((domain) => domain.reverse)).toEqual([
      'EV3',
      'PA3',
      'RH3',
    ]);
    expect(Object.isFrozen(COP_SELF_ASSESSMENT.domains[0]?.bands)).toBe(true);
  });
});
