import { describe, expect, it } from 'vitest';
import {
  analyseRhythm,
  InvalidInputError,
  isPeerLearnError,
  type AnalyseRhythmOptions,
} from '../../src/practice/index.js';
import { expectClose, thrown } from '../helpers/expectClose.js';

/** The paths of the problems an InvalidInputError lists. */
function pathsOf(run: () => unknown): string[] {
  const error = thrown(run);
  expect(error).toBeInstanceOf(InvalidInputError);
  expect(isPeerLearnError(error) && error.code).toBe('invalid_input');
  return (error as InvalidInputError).issues.map((issue) => issue.pathText);
}

describe('analyseRhythm: worked examples', () => {
  it('finds a steady four-weekly rhythm, counting a repeated date once', () => {
    const rhythm = analyseRhythm(
      ['2026-03-05', '2026-01-08', '2026-02-05', '2026-04-02', '2026-05-07', '2026-03-05'],
      { target: { every: 4, unit: 'weeks' }, asOf: '2026-05-20' },
    );
    expect(rhythm.meetings).toEqual([
      '2026-01-08',
      '2026-02-05',
      '2026-03-05',
      '2026-04-02',
      '2026-05-07',
    ]);
    expect(rhythm.duplicates).toEqual([{ date: '2026-03-05', indexes: [0, 5] }]);
    // By hand: 8 Jan → 5 Feb 28, → 5 Mar 28, → 2 Apr 28, → 7 May 35.
    expect(rhythm.intervals.map((interval) => interval.days)).toEqual([28, 28, 28, 35]);
    expect(rhythm.spanDays).toBe(119);
    expect(rhythm.medianInterval).toBe(28);
    expect(rhythm.regularity.mean).toBe(29.75);
    expectClose(rhythm.regularity.sd, 3.5, 'sd'); // R 4.2.2: sd(c(28,28,28,35))
    expectClose(rhythm.regularity.cv, 0.11764705882352941, 'cv'); // R 4.2.2: sd(x)/mean(x)
    expect(rhythm.regularity.method).toBe('sample');
    expect(rhythm.longestGap).toEqual({ from: '2026-04-02', to: '2026-05-07', days: 35 });
    expect(rhythm.lastMeeting).toBe('2026-05-07');
    expect(rhythm.daysSinceLast).toBe(13);
    expect(rhythm.target).toEqual({ every: 4, unit: 'weeks', days: 28, preset: null });
    expect(rhythm.thresholds).toEqual({
      minMeetings: 3,
      tolerance: 0.25,
      maxCv: 0.3,
      lapseFactor: 2,
      frequentBelowDays: 21,
      sparseAboveDays: 35,
      lapsedAfterDays: 56,
    });
    expect(rhythm.verdict).toBe('steady');
    expect(rhythm.checks.map((check) => [check.rule, check.fired])).toEqual([
      ['lapsed', false],
      ['too-few-meetings', false],
      ['irregular', false],
      ['too-sparse', false],
      ['too-frequent', false],
    ]);
    expect(rhythm.reason).toContain('21–35 days');
    expect(rhythm.next).toEqual({
      date: '2026-06-04',
      basis: 'after-last-meeting',
      overdueDays: 0,
    });
  });

  it('calls widely varying gaps irregular, before looking at the median', () => {
    // Gaps 7, 21, 14, 42 days.
    const rhythm = analyseRhythm(
      ['2026-01-05', '2026-01-12', '2026-02-02', '2026-02-16', '2026-03-30'],
      {
        target: 'fortnightly',
        asOf: '2026-04-01',
      },
    );
    expect(rhythm.intervals.map((interval) => interval.days)).toEqual([7, 21, 14, 42]);
    expect(rhythm.medianInterval).toBe(17.5); // R 4.2.2: median(c(7,21,14,42))
    expectClose(rhythm.regularity.sd, 15.121728296285006, 'sd'); // R 4.2.2: sd(c(7,21,14,42))
    expectClose(rhythm.regularity.cv, 0.72008229982309557, 'cv'); // R 4.2.2: sd(y)/mean(y)
    expect(rhythm.longestGap).toEqual({ from: '2026-02-16', to: '2026-03-30', days: 42 });
    expect(rhythm.verdict).toBe('irregular');
    expect(rhythm.checks[2]).toEqual({
      rule: 'irregular',
      value: rhythm.regularity.cv,
      threshold: 0.3,
      fired: true,
    });
    expect(rhythm.target).toEqual({ every: 2, unit: 'weeks', days: 14, preset: 'fortnightly' });
  });

  it('calls six-weekly meetings too sparse for a monthly target', () => {
    const rhythm = analyseRhythm(['2026-01-06', '2026-02-17', '2026-03-31', '2026-05-12'], {
      target: 'monthly',
      asOf: '2026-05-20',
    });
    expect(rhythm.intervals.map((interval) => interval.days)).toEqual([42, 42, 42]);
    expect(rhythm.regularity.cv).toBe(0);
    // A month counts 365.2425 / 12 = 30.436875 days; 1.25 × that is 38.04609375.
    expect(rhythm.target.days).toBe(30.436875);
    expectClose(rhythm.thresholds.sparseAboveDays, 38.04609375, 'sparse above');
    expect(rhythm.verdict).toBe('too-sparse');
    expect(rhythm.reason).toBe(
      'The median interval of 42 days is longer than 38.05 days (the target of 1 month (30.44 days) plus 25%).',
    );
    // 12 May plus one calendar month.
    expect(rhythm.next.date).toBe('2026-06-12');
  });

  it('calls weekly meetings too frequent for a monthly target', () => {
    const rhythm = analyseRhythm(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'], {
      target: 'monthly',
      asOf: '2026-03-24',
    });
    expect(rhythm.medianInterval).toBe(7);
    expectClose(rhythm.thresholds.frequentBelowDays, 22.82765625, 'frequent below'); // 0.75 × 30.436875
    expect(rhythm.verdict).toBe('too-frequent');
  });

  it('reports a lapse before anything else, and suggests meeting at once', () => {
    const rhythm = analyseRhythm(['2026-01-08', '2026-02-05', '2026-03-05'], {
      target: { every: 4, unit: 'weeks' },
      asOf: '2026-05-01',
    });
    // 5 March to 1 May is 57 days, beyond 2 × 28 = 56.
    expect(rhythm.daysSinceLast).toBe(57);
    expect(rhythm.verdict).toBe('lapsed');
    // Due on 2 April, so 29 days late at asOf.
    expect(rhythm.next).toEqual({ date: '2026-05-01', basis: 'overdue', overdueDays: 29 });
  });

  it('puts the limits on the steady side: equal to a threshold does not fire', () => {
    const options: AnalyseRhythmOptions = {
      target: { every: 4, unit: 'weeks' },
      asOf: '2026-05-10',
    };
    // Gaps of 35 days each (the sparse limit) and 56 days since the last (the lapse limit).
    const dates = ['2026-01-01', '2026-02-05', '2026-03-12'];
    const edge = analyseRhythm(dates, { ...options, asOf: '2026-05-07' });
    expect([edge.medianInterval, edge.daysSinceLast, edge.verdict]).toEqual([35, 56, 'steady']);
    expect(analyseRhythm(dates, { ...options, asOf: '2026-05-08' }).verdict).toBe('lapsed');
  });

  it('needs three distinct dates, and still reports what it can', () => {
    const two = analyseRhythm(['2026-03-05', '2026-04-02', '2026-04-02'], {
      target: 'monthly',
      asOf: '2026-04-10',
    });
    expect(two.verdict).toBe('too-few-meetings');
    expect(two.intervals).toEqual([{ from: '2026-03-05', to: '2026-04-02', days: 28 }]);
    expect(two.regularity).toEqual({ cv: null, mean: 28, sd: null, method: 'sample' });
    expect(two.checks[1]).toEqual({
      rule: 'too-few-meetings',
      value: 2,
      threshold: 3,
      fired: true,
    });
    expect(two.checks[3]?.value).toBeNull();
    expect(two.next.date).toBe('2026-05-02');

    const none = analyseRhythm([], { target: 'weekly', asOf: '2026-04-10' });
    expect(none).toMatchObject({
      meetings: [],
      intervals: [],
      spanDays: 0,
      medianInterval: null,
      longestGap: null,
      lastMeeting: null,
      daysSinceLast: null,
      verdict: 'too-few-meetings',
      next: { date: '2026-04-10', basis: 'no-meetings', overdueDays: 0 },
    });
    expect(none.reason).toBe(
      'Only 0 distinct meeting dates; at least 3 are needed to judge a rhythm.',
    );
  });

  it('finds the next monthly date on the calendar, clamping to the month end', () => {
    const rhythm = analyseRhythm(['2025-11-30', '2025-12-31', '2026-01-31'], {
      target: 'monthly',
      asOf: '2026-02-01',
    });
    expect(rhythm.next.date).toBe('2026-02-28');
    expect(rhythm.target.preset).toBe('monthly');
  });

  it('takes its limits from the options', () => {
    const dates = ['2026-01-05', '2026-01-12', '2026-02-02', '2026-02-16', '2026-03-30'];
    const loose = analyseRhythm(dates, {
      target: { every: 18, unit: 'days' },
      asOf: '2026-04-01',
      maxCv: 0.8,
      tolerance: 0.1,
    });
    expect(loose.thresholds.maxCv).toBe(0.8);
    expect(loose.verdict).toBe('steady'); // median 17.5 within 16.2–19.8 days
  });
});

describe('analyseRhythm: bad input', () => {
  const asOf = '2026-06-01';

  it('refuses dates that are not real YYYY-MM-DD dates, with their paths', () => {
    expect(
      pathsOf(() =>
        analyseRhythm(['2026-03-05', '2026-02-30', '05/03/2026'], { target: 'monthly', asOf }),
      ),
    ).toEqual(['dates[1]', 'dates[2]']);
    expect(
      pathsOf(() => analyseRhythm('2026-03-05' as never, { target: 'monthly', asOf })),
    ).toEqual(['dates']);
  });

  it('refuses meetings after asOf, and a missing or bad asOf', () => {
    expect(
      pathsOf(() => analyseRhythm(['2026-03-05', '2026-07-01'], { target: 'monthly', asOf })),
    ).toEqual(['dates[1]']);
    expect(
      pathsOf(() =>
        analyseRhythm(['2026-03-05'], { target: 'monthly' } as unknown as AnalyseRhythmOptions),
      ),
    ).toEqual(['options.asOf']);
    expect(
      pathsOf(() => analyseRhythm(['2026-03-05'], { target: 'monthly', asOf: '2026-13-01' })),
    ).toEqual(['options.asOf']);
  });

  it('refuses bad targets and limits, with their paths and every problem at once', () => {
    const error = thrown(() =>
      analyseRhythm(['2026-02-30'], {
        target: { every: 0, unit: 'weeks' },
        asOf,
        tolerance: 25,
      }),
    ) as InvalidInputError;
    expect(error.issues.map((issue) => issue.pathText)).toEqual([
      'dates[0]',
      'options.tolerance',
      'options.target.every',
    ]);
    expect(error.message).toMatch(/^analyseRhythm: 3 problems/u);
    expect(error.issues[1]?.message).toBe('must be less than 1 (write 25% as 0.25)');
    expect(error.issues[2]?.message).toBe('must be at least 1');
    expect(pathsOf(() => analyseRhythm([], { target: 'yearly' as never, asOf }))).toEqual([
      'options.target',
    ]);
    expect(
      pathsOf(() => analyseRhythm([], { target: { every: 2, unit: 'fortnights' } as never, asOf })),
    ).toEqual(['options.target.unit']);
    expect(
      pathsOf(() => analyseRhythm([], { target: { every: 1.5, unit: 'weeks' }, asOf })),
    ).toEqual(['options.target.every']);
    expect(pathsOf(() => analyseRhythm([], { target: 'weekly', asOf, lapseFactor: 0.5 }))).toEqual([
      'options.lapseFactor',
    ]);
    expect(pathsOf(() => analyseRhythm([], { target: 'weekly', asOf, extra: 1 } as never))).toEqual(
      ['options'],
    );
  });
});

describe('analyseRhythm: purity', () => {
  it('leaves its input as it was, even when frozen', () => {
    const dates = Object.freeze(['2026-03-05', '2026-01-08', '2026-02-05', '2026-03-05']);
    const options = Object.freeze({
      target: Object.freeze({ every: 4, unit: 'weeks' as const }),
      asOf: '2026-04-01',
    });
    const before = JSON.stringify([dates, options]);
    const first = analyseRhythm(dates, options);
    expect(JSON.stringify([dates, options])).toBe(before);
    expect(JSON.stringify(analyseRhythm(dates, options))).toBe(JSON.stringify(first));
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });
});
