import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluationTrend } from '../../src/programme/evaluationTrend.js';
import { SESSION_EVALUATION_FORM } from '../../src/survey/index.js';

const ratings = ['excellent', 'good', 'fair', 'poor', null] as const;
const session = fc
  .record({
    answers: fc.array(fc.constantFrom(...ratings), { maxLength: 25 }),
    extra: fc.nat(5),
    walkIns: fc.nat(5),
    cluster: fc.constantFrom('a', 'b', 'c'),
  })
  .map(({ answers, extra, walkIns, cluster }) => ({
    cluster,
    attended: answers.length + extra,
    registered: answers.length + extra + walkIns,
    responses: answers.map((overall, i) => ({ id: `r${String(i)}`, answers: { overall } })),
  }));
const sessions = fc
  .array(session, { minLength: 1, maxLength: 6 })
  .map((list) => list.map((s, i) => ({ ...s, id: `s${String(i)}` })));

describe('evaluationTrend properties', () => {
  it('keeps shares and rates in [0, 1] with intervals around the estimates', () => {
    fc.assert(
      fc.property(sessions, (list) => {
        const result = evaluationTrend(list, SESSION_EVALUATION_FORM);
        const shares = [
          ...result.sessions.flatMap((s) => Object.values(s.shares)),
          ...result.clusters.flatMap((c) => Object.values(c.shares)),
        ];
        for (const share of shares) {
          if (share.estimate === null) continue;
          expect(share.n).toBeGreaterThanOrEqual(result.minGroupSize);
          expect(share.lower).toBeGreaterThanOrEqual(0);
          expect(share.upper).toBeLessThanOrEqual(1);
          expect(share.lower ?? 2).toBeLessThanOrEqual(share.estimate);
          expect(share.upper ?? -1).toBeGreaterThanOrEqual(share.estimate);
        }
        for (const s of result.sessions) {
          for (const rate of [s.responseRate, s.attendanceRate]) {
            if (rate.value !== null) expect(rate.value).toBeGreaterThanOrEqual(0);
            if (rate.value !== null) expect(rate.value).toBeLessThanOrEqual(1);
          }
        }
        const change = result.trends['overall']?.change;
        if (change) {
          expect(change.difference.lower).toBeLessThanOrEqual(change.difference.estimate);
          expect(change.difference.upper).toBeGreaterThanOrEqual(change.difference.estimate);
        }
      }),
    );
  });

  it('accounts for every form and leaves its input as it was', () => {
    fc.assert(
      fc.property(sessions, (list) => {
        const before = structuredClone(list);
        const result = evaluationTrend(list, SESSION_EVALUATION_FORM);
        expect(list).toEqual(before);
        result.sessions.forEach((s, i) => {
          expect(s.counts.responded + s.counts.excluded).toBe(list[i]?.responses.length);
        });
        const clusterTotal = result.clusters.reduce((sum, c) => sum + c.counts.responded, 0);
        expect(clusterTotal).toBe(result.sessions.reduce((sum, s) => sum + s.counts.responded, 0));
        expect(evaluationTrend(list, SESSION_EVALUATION_FORM)).toEqual(result);
      }),
    );
  });
});

describe('evaluationTrend: a hidden share cannot be recovered from what is shown', () => {
  const rated = ['excellent', 'good', 'fair', 'poor'] as const;
  // Many small sessions, so that hidden ones are common, in two clusters or none.
  const smallSession = fc
    .record({
      answers: fc.oneof(
        fc.array(fc.constantFrom(...rated, null), { maxLength: 6 }),
        fc.array(fc.constantFrom(...rated, null), { maxLength: 20 }),
      ),
      cluster: fc.constantFrom('a', 'b', undefined),
    })
    .map(({ answers, cluster }) => ({
      ...(cluster === undefined ? {} : { cluster }),
      attended: answers.length,
      registered: answers.length,
      responses: answers.map((overall, i) => ({
        id: `r${String(i)}`,
        answers: { overall, gotWhatWanted: i % 3 === 0 ? 'yes' : 'no' },
      })),
    }));
  const programme = fc
    .array(smallSession, { minLength: 1, maxLength: 8 })
    .map((list) => list.map((s, i) => ({ ...s, id: `s${String(i)}` })));
  const retold = fc.array(fc.constantFrom(...rated), { minLength: 20, maxLength: 20 });
  const measures = ['overall', 'gotWhatWanted'];

  it("leaves nothing to subtract: a shown cluster total is the sum of its sessions' shown counts", () => {
    fc.assert(
      fc.property(programme, (list) => {
        const result = evaluationTrend(list, SESSION_EVALUATION_FORM);
        for (const measure of measures) {
          for (const cluster of result.clusters) {
            const pooled = cluster.shares[measure]?.successes ?? null;
            if (pooled === null) continue;
            const members = result.sessions.filter((s) => s.cluster === cluster.cluster);
            const visible = members.reduce(
              (sum, s) => sum + (s.shares[measure]?.successes ?? 0),
              0,
            );
            // pooled − visible is 0: no hidden session's count is left to be worked out
            expect(members.some((s) => s.shares[measure]?.suppressed)).toBe(false);
            expect(pooled - visible).toBe(0);
          }
        }
      }),
    );
  });

  it("publishes the same numbers whatever a hidden session's answers were", () => {
    fc.assert(
      fc.property(programme, retold, (list, answers) => {
        const result = evaluationTrend(list, SESSION_EVALUATION_FORM);
        result.sessions.forEach((session, index) => {
          if (session.shares['overall']?.suppressed !== true) return;
          // Re-answer the hidden session's rated forms: its count of excellent can be anything
          // from 0 to n, while n (which is shown) stays the same.
          const changed = list.map((s, k) =>
            k !== index
              ? s
              : {
                  ...s,
                  responses: s.responses.map((form, j) =>
                    form.answers.overall === null
                      ? form
                      : { ...form, answers: { ...form.answers, overall: answers[j] ?? 'good' } },
                  ),
                },
          );
          expect(evaluationTrend(changed, SESSION_EVALUATION_FORM)).toEqual(result);
        });
      }),
    );
  });
});
