import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  scoreResponses,
  SESSION_EVALUATION_FORM,
  SOCIAL_CLIMATE_SURVEY,
  summariseScores,
} from '../../src/index.js';

const climateResponse = fc.record({
  answers: fc.record(
    {
      G1: fc.option(fc.integer({ min: 1, max: 5 })),
      G2: fc.option(fc.integer({ min: 1, max: 5 })),
      W1: fc.option(fc.integer({ min: 1, max: 5 })),
      W2: fc.option(fc.integer({ min: 1, max: 5 })),
    },
    { requiredKeys: [] },
  ),
  fields: fc.record(
    {
      cluster: fc.constantFrom('housing', 'legacy', 'youth'),
      session: fc.option(fc.integer({ min: 1, max: 4 })),
    },
    { requiredKeys: [] },
  ),
});

describe('summariseScores properties', () => {
  it('group sizes add up to the total, however responses are grouped', () => {
    fc.assert(
      fc.property(
        fc.array(climateResponse, { maxLength: 40 }),
        fc.constantFrom<string[]>(['cluster'], ['session'], ['cluster', 'session']),
        fc.integer({ min: 1, max: 8 }),
        (responses, by, minGroupSize) => {
          const scored = scoreResponses(
            SOCIAL_CLIMATE_SURVEY,
            responses.map((r, i) => ({ id: String(i), ...r })),
          );
          const summary = summariseScores(scored, { by, minGroupSize });
          expect(summary.groups.reduce((sum, group) => sum + group.n, 0)).toBe(
            scored.scored.length,
          );
          expect(summary.overall.n).toBe(scored.scored.length);
          for (const group of [summary.overall, ...summary.groups]) {
            expect(group.suppressed).toBe(group.n < minGroupSize);
            expect(group.domains === undefined).toBe(group.suppressed);
            for (const domain of Object.values(group.domains ?? {})) {
              expect(domain.n + domain.missing).toBe(group.n);
              expect(domain.bands.reduce((sum, band) => sum + band.count, 0)).toBe(domain.n);
            }
          }
        },
      ),
    );
  });

  it('every interval contains its estimate, and shares lie in [0, 1]', () => {
    const evaluation = fc.record(
      {
        overall: fc.option(fc.constantFrom('excellent', 'good', 'fair', 'poor')),
        mostUseful: fc.option(
          fc.subarray(['networking', 'speakers', 'challenges', 'topic', 'buddying']),
        ),
        gotWhatWanted: fc.option(fc.constantFrom('yes', 'partly', 'no')),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(evaluation, { maxLength: 40 }),
        fc.array(climateResponse, { maxLength: 30 }),
        (forms, climate) => {
          const evaluationSummary = summariseScores(
            scoreResponses(
              SESSION_EVALUATION_FORM,
              forms.map((answers, i) => ({ id: String(i), answers })),
            ),
            { minGroupSize: 1 },
          );
          for (const item of Object.values(evaluationSummary.overall.items ?? {})) {
            const shares = [
              ...item.options.flatMap((o) => [o.ofAnswered, o.ofRespondents]),
              ...(item.topBox ? [item.topBox] : []),
              ...(item.bottomBox ? [item.bottomBox] : []),
            ];
            for (const share of shares) {
              expect(share.share >= 0 && share.share <= 1).toBe(true);
              if (share.interval !== null) {
                expect(share.interval.lower).toBeLessThanOrEqual(share.share + 1e-12);
                expect(share.interval.upper).toBeGreaterThanOrEqual(share.share - 1e-12);
              }
            }
          }
          const climateSummary = summariseScores(
            scoreResponses(
              SOCIAL_CLIMATE_SURVEY,
              climate.map((r, i) => ({ id: String(i), ...r })),
            ),
            { minGroupSize: 1 },
          );
          for (const domain of Object.values(climateSummary.overall.domains ?? {})) {
            if (domain.interval === null || domain.mean === null) continue;
            expect(domain.interval.lower).toBeLessThanOrEqual(domain.mean + 1e-12);
            expect(domain.interval.upper).toBeGreaterThanOrEqual(domain.mean - 1e-12);
          }
        },
      ),
    );
  });
});
