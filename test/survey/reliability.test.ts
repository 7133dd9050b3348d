import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
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

describe('reliability: reasons worded for a domain', () => {
  const small = defineInstrument({
    id: 'small',
    title: 'Small',
    version: '1',
    items: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map(likert),
    domains: [
      { id: 'a', label: 'A', items: ['A1', 'A2'] },
      { id: 'b', label: 'B', items: ['B1', 'B2'] },
      { id: 'c', label: 'C', items: ['C1', 'C2'] },
    ],
  });
  const result = scoreResponses(small, [
    { id: 'r1', answers: { A1: 1, A2: 2, B1: 3, B2: 3, C1: 4, C2: 4 } },
    { id: 'r2', answers: { A1: 2, A2: 3, C1: 4, C2: 4 } },
    { id: 'r3', answers: { A1: 3, A2: 5 } },
  ]);
  const domains = reliability(result).domains;

  it('counts respondents, not rows, when too few answered a domain', () => {
    // only r1 answered B
    expect(domains['b']).toEqual({
      available: false,
      label: 'B',
      reason:
        'only 1 of the 3 respondents answered any of its items; alpha needs answers from at least 2',
    });
  });

  it('drops the error message full stop, as its own reasons have none', () => {
    const reason = domains['c']?.available === false ? domains['c'].reason : '';
    expect(reason).not.toMatch(/\.$/u);
    expect(reason).not.toMatch(/^cronbachAlpha/u);
    expect(reason.length).toBeGreaterThan(0);
  });

  it('says "nobody answered any of its items" when nobody did', () => {
    const none = reliability(
      scoreResponses(small, [
        { id: 'r1', answers: { A1: 1, A2: 2 } },
        { id: 'r2', answers: { A1: 2, A2: 4 } },
      ]),
    ).domains['b'];
    expect(none).toEqual({
      available: false,
      label: 'B',
      reason: 'nobody answered any of its items; alpha needs answers from at least 2 respondents',
    });
  });
});

describe('hostile input', () => {
  it('refuses what is not a scoring result, with the path of the fault', () => {
    expectRefusal(() => peerlearn.reliability(null as never), 'reliability', 'result');
    const result = peerlearn.scoreResponses(peerlearn.SOCIAL_CLIMATE_SURVEY, [
      { id: 'r1', answers: { G1: 5, G2: 4 } },
      { id: 'r2', answers: { G1: 3, G2: 2 } },
    ]);
    expectRefusal(
      () => peerlearn.reliability({ ...result, instrument: { id: 'x' } } as never),
      'reliability',
    );
  });
});
