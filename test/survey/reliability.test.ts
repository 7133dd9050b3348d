import { describe, expect, it } from 'vitest';
import {
  defineInstrument,
  reliability,
  scoreResponses,
  type CronbachAlphaWarningCode,
} from '../../src/index.js';
import { asResponses, readJson } from './helpers/psychFixtures.js';

interface AlphaFixture {
  alpha: {
    total: { raw_alpha: number; std_alpha: number; G6_smc: number };
    feldt_95: { lower: number; upper: number };
  };
}

const likert = (id: string) => ({ id, type: 'likert' as const, min: 1, max: 5, wording: id });
const instrument = defineInstrument({
  id: 'synthetic',
  title: 'psych fixture',
  version: '1',
  items: ['G1', 'G2', 'G3', 'G4', 'S1', 'S2', 'S3', 'S4', 'W1', 'W2', 'W3', 'W4', 'X'].map(likert),
  domains: [
    { id: 'growth', label: 'Growth', items: ['G1', 'G2', 'G3', 'G4'], reverse: ['G3'] },
    { id: 'systems', label: 'Systems', items: ['S1', 'S2', 'S3', 'S4'] },
    { id: 'wellbeing', label: 'Well-being', items: ['W1', 'W2', 'W3', 'W4'], reverse: ['W2'] },
    { id: 'single', label: 'Single', items: ['X'] },
  ],
});
const scored = scoreResponses(instrument, asResponses('synthetic_items.csv'));

describe('reliability per domain, against psych::alpha (psych 2.2.9)', () => {
  for (const domain of ['growth', 'systems', 'wellbeing']) {
    it(`${domain}: raw and standardised alpha, G6(smc) and the Feldt interval`, () => {
      const expected = readJson<AlphaFixture>(`synthetic_${domain}.json`).alpha;
      const result = reliability(scored).domains[domain];
      if (result?.available !== true) throw new Error(`${domain} was not analysed`);
      expect(result.alpha.rawAlpha).toBeCloseTo(expected.total.raw_alpha, 12);
      expect(result.alpha.standardisedAlpha).toBeCloseTo(expected.total.std_alpha, 12);
      expect(result.alpha.lambda6).toBeCloseTo(expected.total.G6_smc, 12);
      expect(result.alpha.interval.lower).toBeCloseTo(expected.feldt_95.lower, 12);
      expect(result.alpha.interval.upper).toBeCloseTo(expected.feldt_95.upper, 12);
      // The instrument already reverses G3 and W2, so no item should look reversed. The
      // `satisfies` makes a misspelt code a type error rather than a check that cannot fail.
      expect(result.alpha.warnings.map((w) => w.code)).not.toContain(
        'observed_range_reversal' satisfies CronbachAlphaWarningCode,
      );
    });
  }

  it('says why a domain cannot be analysed instead of stopping the others', () => {
    const result = reliability(scored);
    expect(result.respondents).toBe(60);
    expect(result.domains['single']).toEqual({
      available: false,
      label: 'Single',
      reason: 'the domain has one item; alpha needs at least two',
    });
    expect(Object.keys(result.domains)).toEqual(['growth', 'systems', 'wellbeing', 'single']);
  });

  it('analyses only the domains asked for, and refuses unknown ones', () => {
    expect(Object.keys(reliability(scored, { domains: ['systems'] }).domains)).toEqual(['systems']);
    expect(() => reliability(scored, { domains: ['growht'] })).toThrow(
      /options\.domains\[0\]: is not a domain of synthetic; its domains are growth, systems, wellbeing, single/u,
    );
  });
});
