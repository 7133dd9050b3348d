/**
 * cronbachAlpha against R's psych 2.2.9: the shared fixtures in test/fixtures/psych/ (see
 * its README) and the extra cases in test/fixtures/r/reliability.json, written by
 * test/fixtures/r/reliability.R. Every expected number below comes from those files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import {
  cronbachAlpha,
  isPeerLearnError,
  type AlphaCoefficients,
  type CronbachAlphaOptions,
  type CronbachAlphaResult,
} from '../../src/index.js';

/** Agreement demanded with psych: 1e-12, relative for numbers above 1 (S/N reaches 30). */
const TOLERANCE = 1e-12;

function readText(path: string): string {
  return readFileSync(new URL(path, import.meta.url), 'utf8');
}

/** A JSON fixture; each caller states the shape it expects. */
function readJson(path: string): unknown {
  return JSON.parse(readText(path));
}

/** A fixture CSV (first column `id`, empty cell = missing) as item names and rows. */
function readItems(name: string): { items: string[]; rows: (number | null)[][] } {
  const lines = readText(`../fixtures/psych/${name}`).trim().split('\n');
  const cells = (line: string): string[] =>
    line.split(',').map((cell) => cell.replace(/^"|"$/gu, ''));
  return {
    items: cells(lines[0] ?? '').slice(1),
    rows: lines.slice(1).map((line) =>
      cells(line)
        .slice(1)
        .map((cell) => (cell === '' ? null : Number(cell))),
    ),
  };
}

/** The columns of `items` named in `wanted`, in that order. */
function columns(
  data: { items: string[]; rows: (number | null)[][] },
  wanted: readonly string[],
): (number | null)[][] {
  const at = wanted.map((name) => data.items.indexOf(name));
  return data.rows.map((row) => at.map((index) => row[index] ?? null));
}

let largestDifference = 0;

function expectNear(
  actual: number | null | undefined,
  expected: number | null,
  label: string,
): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).toBeTypeOf('number');
  const difference = Math.abs((actual ?? Number.NaN) - expected);
  largestDifference = Math.max(largestDifference, difference);
  expect(
    difference,
    `${label}: ${String(actual)} vs psych ${String(expected)}`,
  ).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(expected)));
}

// ---- The shapes of psych's output in the fixture files. ----

interface PsychTotal {
  raw_alpha: number;
  std_alpha: number;
  G6_smc: number;
  average_r: number;
  S_N: number;
  ase: number;
  mean: number;
  sd: number;
  median_r: number;
  var_r?: number | null;
}
interface PsychDrop {
  raw_alpha: number;
  std_alpha: number;
  G6_smc: number;
  average_r: number;
  S_N: number;
  alpha_se: number | null;
  var_r: number | null;
  med_r: number;
}
interface PsychItem {
  item: string;
  n: number;
  raw_r: number;
  std_r: number;
  r_cor: number;
  r_drop: number;
  mean: number;
  sd: number;
  alpha_if_dropped: PsychDrop;
}
type PsychFrequencies = Record<string, number | string>;
interface PsychAlpha {
  total: PsychTotal;
  feldt_95: { lower: number; alpha: number; upper: number; r_bar?: number };
  items: PsychItem[];
  response_freq: PsychFrequencies[] | null;
}
interface ScaleScores {
  alpha: number;
  average_r: number;
  G6: number;
  signal_noise: number;
  n_items: number;
  ase: number;
  med_r: number;
  item_cor: Record<string, number>;
  item_corrected: Record<string, number>;
  scores_first_rows: (number | null)[];
  missing_count_first_rows: number[];
}
type Imputation = 'impute_none' | 'impute_median' | 'impute_mean';
interface DomainFixture extends Record<`scoreItems_${Imputation}`, ScaleScores> {
  items: string[];
  reverse_keyed: string[];
  alpha: PsychAlpha & { person_scores_first200: number[] };
}

function expectCoefficients(
  actual: AlphaCoefficients,
  expected: PsychTotal | PsychDrop,
  label: string,
): void {
  expectNear(actual.rawAlpha, expected.raw_alpha, `${label} raw_alpha`);
  expectNear(actual.standardisedAlpha, expected.std_alpha, `${label} std.alpha`);
  expectNear(actual.lambda6, expected.G6_smc, `${label} G6(smc)`);
  expectNear(actual.averageR, expected.average_r, `${label} average_r`);
  expectNear(actual.signalToNoise, expected.S_N, `${label} S/N`);
  if ('median_r' in expected) {
    expectNear(actual.ase, expected.ase, `${label} ase`);
    expectNear(actual.medianR, expected.median_r, `${label} median_r`);
    if (expected.var_r !== undefined)
      expectNear(actual.varianceR, expected.var_r, `${label} var.r`);
  } else {
    expectNear(actual.ase, expected.alpha_se, `${label} alpha se`);
    expectNear(actual.medianR, expected.med_r, `${label} med.r`);
    expectNear(actual.varianceR, expected.var_r, `${label} var.r`);
  }
}

/** Every number of psych::alpha's output, item by item (psych marks reversed items `G3-`). */
function expectPsychAlpha(
  result: CronbachAlphaResult,
  psych: PsychAlpha,
  label: string,
  options: { frequencies?: boolean; alphaIfDropped?: boolean; markedReversed?: boolean } = {},
): void {
  expectCoefficients(result, psych.total, label);
  expectNear(result.mean, psych.total.mean, `${label} mean`);
  expectNear(result.sd, psych.total.sd, `${label} sd`);
  expectNear(result.interval.lower, psych.feldt_95.lower, `${label} Feldt lower`);
  expectNear(result.interval.upper, psych.feldt_95.upper, `${label} Feldt upper`);
  if (psych.feldt_95.r_bar !== undefined) {
    expectNear(result.impliedAverageR, psych.feldt_95.r_bar, `${label} alpha.ci r.bar`);
  }
  expect(result.counts.analysedItems).toBe(psych.items.length);
  for (const expected of psych.items) {
    const name = expected.item.replace(/-$/u, '');
    const item = result.items.find((candidate) => candidate.name === name);
    expect(item, `${label} item ${name}`).toBeDefined();
    if (item === undefined) continue;
    const at = `${label} ${name}`;
    if (options.markedReversed !== false) {
      expect(item.reversed, `${at} reversed`).toBe(expected.item.endsWith('-'));
    }
    expect(item.n, `${at} n`).toBe(expected.n);
    expectNear(item.rawR, expected.raw_r, `${at} raw.r`);
    expectNear(item.standardisedR, expected.std_r, `${at} std.r`);
    expectNear(item.correctedR, expected.r_cor, `${at} r.cor`);
    expectNear(item.dropR, expected.r_drop, `${at} r.drop`);
    expectNear(item.mean, expected.mean, `${at} mean`);
    expectNear(item.sd, expected.sd, `${at} sd`);
    if (options.alphaIfDropped !== false) {
      expect(item.alphaIfDropped, `${at} alpha if dropped`).not.toBeNull();
      if (item.alphaIfDropped !== null) {
        expectCoefficients(item.alphaIfDropped, expected.alpha_if_dropped, `${at} dropped`);
      }
    }
  }
  if (options.frequencies !== false && psych.response_freq !== null) {
    for (const expected of psych.response_freq) {
      const item = result.items.find((candidate) => candidate.name === expected['item']);
      expect(item?.responses, `${label} ${String(expected['item'])} responses`).toBeTruthy();
      for (const response of item?.responses ?? []) {
        const share = expected[String(response.value)];
        expectNear(response.share, typeof share === 'number' ? share : null, `${label} freq`);
      }
      const miss = expected['miss'];
      expectNear(item?.missingShare, typeof miss === 'number' ? miss : null, `${label} miss`);
    }
  }
}

function expectScores(
  actual: readonly (number | null)[],
  expected: readonly (number | null)[],
  label: string,
): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, row) => {
    expectNear(actual[row], value, `${label} score of row ${String(row)}`);
  });
}

// ---- The shared fixtures. ----

const synthetic = readItems('synthetic_items.csv');
const DOMAINS = {
  growth: readJson('../fixtures/psych/synthetic_growth.json') as DomainFixture,
  systems: readJson('../fixtures/psych/synthetic_systems.json') as DomainFixture,
  wellbeing: readJson('../fixtures/psych/synthetic_wellbeing.json') as DomainFixture,
};
const IMPUTATIONS = {
  impute_none: 'none',
  impute_median: 'median',
  impute_mean: 'mean',
} as const;

describe('cronbachAlpha reproduces psych::alpha on the synthetic survey', () => {
  for (const [name, fixture] of Object.entries(DOMAINS)) {
    it(`${name}: every total, interval, item statistic, frequency and score`, () => {
      // psych::alpha 2.2.9, synthetic_<domain>.json
      const result = cronbachAlpha(columns(synthetic, fixture.items), {
        items: fixture.items,
        reverse: fixture.reverse_keyed,
      });
      expectPsychAlpha(result, fixture.alpha, name);
      expectScores(result.scores, fixture.alpha.person_scores_first200, name);
      expect(result.interval).toMatchObject({
        method: 'feldt',
        confidence: 0.95,
        df1: 59,
        df2: 177,
      });
      expect(result.counts).toEqual({
        rows: 60,
        respondents: 60,
        emptyRows: 0,
        completeRows: result.missingCounts.filter((count) => count === 0).length,
        items: 4,
        analysedItems: 4,
      });
    });

    for (const [key, impute] of Object.entries(IMPUTATIONS)) {
      it(`${name}: psych::scoreItems' one-scale statistics with impute = "${impute}"`, () => {
        // psych::scoreItems 2.2.9, synthetic_<domain>.json and synthetic_scoreItems_all.json
        const expected = fixture[`scoreItems_${key as Imputation}`];
        const result = cronbachAlpha(columns(synthetic, fixture.items), {
          items: fixture.items,
          reverse: fixture.reverse_keyed,
          bounds: { min: 1, max: 5 },
          impute,
        });
        expectNear(result.rawAlpha, expected.alpha, `${name} ${impute} alpha`);
        expectNear(result.impliedAverageR, expected.average_r, `${name} ${impute} average.r`);
        expectNear(
          result.rawAlpha / (1 - result.rawAlpha),
          expected.signal_noise,
          `${name} ${impute} Signal/Noise = α/(1 − α)`,
        );
        expectNear(result.medianR, expected.med_r, `${name} ${impute} med.r`);
        expect(result.counts.analysedItems).toBe(expected.n_items);
        expectScores(result.scores, expected.scores_first_rows, `${name} ${impute}`);
        expect(result.missingCounts).toEqual(expected.missing_count_first_rows);
        if (impute !== 'none') {
          // With the gaps filled, scoreItems' item_cor is the plain correlation of each item
          // (as given, so a reversed item's is negative) with the scale: psych's raw.r.
          for (const item of result.items) {
            const sign = item.reversed ? -1 : 1;
            expectNear(
              (item.rawR ?? Number.NaN) * sign,
              expected.item_cor[item.name] ?? null,
              `${name} ${impute} item_cor ${item.name}`,
            );
          }
        }
      });
    }
  }

  it('scores every domain the same way psych::scoreItems scores them together', () => {
    // psych::scoreItems 2.2.9, synthetic_scoreItems_all.json
    const all = readJson('../fixtures/psych/synthetic_scoreItems_all.json') as {
      keys: Record<string, string[]>;
      impute_none: { scales: Record<string, ScaleScores> };
    };
    for (const [scale, keys] of Object.entries(all.keys)) {
      const items = keys.map((key) => key.replace(/^-/u, ''));
      const result = cronbachAlpha(columns(synthetic, items), {
        items,
        reverse: keys.filter((key) => key.startsWith('-')).map((key) => key.slice(1)),
        bounds: { min: 1, max: 5 },
      });
      const expected = all.impute_none.scales[scale];
      expectNear(result.rawAlpha, expected?.alpha ?? null, `${scale} alpha`);
      expectScores(result.scores, expected?.scores_first_rows ?? [], scale);
    }
  });
});

describe('cronbachAlpha on the edge and pitfall fixtures', () => {
  const edge = readItems('edge_items.csv');
  const edgeScores = readJson('../fixtures/psych/edge_scoreItems.json') as Record<
    Imputation | 'impute_none_min1_max7',
    { scales: { scale: ScaleScores } }
  >;

  it('scores a row with nothing answered as null and one with a missing reversed item from the rest', () => {
    // psych::scoreItems 2.2.9, edge_scoreItems.json (impute = "none")
    const expected = edgeScores.impute_none.scales.scale;
    const result = cronbachAlpha(edge.rows, { items: edge.items, reverse: ['Q3'] });
    expectNear(result.rawAlpha, expected.alpha, 'edge alpha');
    expectNear(result.impliedAverageR, expected.average_r, 'edge average.r');
    expectNear(result.medianR, expected.med_r, 'edge med.r');
    expectScores(result.scores, expected.scores_first_rows, 'edge');
    expect(result.missingCounts).toEqual(expected.missing_count_first_rows);
    expect(result.counts).toMatchObject({ rows: 8, respondents: 7, emptyRows: 1 });
    expect(result.warnings.map((warning) => warning.code)).toEqual([
      'observed_range_reversal',
      'empty_rows',
      'not_positive_definite',
    ]);
  });

  it('reverses with explicit bounds as psych::scoreItems(min = 1, max = 7) does', () => {
    // psych::scoreItems 2.2.9, edge_scoreItems.json (impute_none_min1_max7)
    const expected = edgeScores.impute_none_min1_max7.scales.scale;
    const result = cronbachAlpha(edge.rows, {
      items: edge.items,
      reverse: [2],
      bounds: { min: 1, max: 7 },
    });
    expectNear(result.rawAlpha, expected.alpha, 'edge 1..7 alpha');
    expectScores(result.scores, expected.scores_first_rows, 'edge 1..7');
    expect(result.reversal).toEqual({ method: 'bounds', min: 1, max: 7 });
  });

  for (const impute of ['median', 'mean'] as const) {
    it(`fills gaps with the item ${impute} as psych::scoreItems does, empty row included when kept`, () => {
      // psych::scoreItems 2.2.9, edge_scoreItems.json (impute_median / impute_mean)
      const expected = edgeScores[`impute_${impute}`].scales.scale;
      const result = cronbachAlpha(edge.rows, {
        items: edge.items,
        reverse: ['Q3'],
        impute,
        emptyRows: 'keep',
      });
      expectNear(result.rawAlpha, expected.alpha, `edge ${impute} alpha`);
      expectNear(result.impliedAverageR, expected.average_r, `edge ${impute} average.r`);
      expectNear(result.medianR, expected.med_r, `edge ${impute} med.r`);
      expectScores(result.scores, expected.scores_first_rows, `edge ${impute}`);
      for (const item of result.items) {
        expectNear(
          (item.rawR ?? Number.NaN) * (item.reversed ? -1 : 1),
          expected.item_cor[item.name] ?? null,
          `edge ${impute} item_cor ${item.name}`,
        );
      }
      // By default the empty row is not invented as a respondent: its score stays null.
      const dropped = cronbachAlpha(edge.rows, { items: edge.items, reverse: ['Q3'], impute });
      expect(dropped.scores[5]).toBeNull();
      expect(dropped.counts.respondents).toBe(7);
    });
  }

  it('shows the observed-range trap of the pitfall file, and its fix with bounds', () => {
    // psych::scoreItems 2.2.9, pitfall_reverse_range.json
    const pitfall = readItems('pitfall_range_items.csv');
    const expected = readJson('../fixtures/psych/pitfall_reverse_range.json') as Record<
      'default_observed_range' | 'fixed_min1_max5',
      { scores: number[]; alpha: number }
    >;
    const observed = cronbachAlpha(pitfall.rows, { items: pitfall.items, reverse: ['c'] });
    const fixed = cronbachAlpha(pitfall.rows, {
      items: pitfall.items,
      reverse: ['c'],
      bounds: { min: 1, max: 5 },
    });
    expectScores(observed.scores, expected.default_observed_range.scores, 'observed range');
    expectScores(fixed.scores, expected.fixed_min1_max5.scores, 'bounds 1..5');
    expectNear(observed.rawAlpha, expected.default_observed_range.alpha, 'observed alpha');
    expectNear(fixed.rawAlpha, expected.fixed_min1_max5.alpha, 'fixed alpha');
    expect(observed.reversal).toEqual({ method: 'observed_range', min: 2, max: 5 });
    const trap = observed.warnings.find((warning) => warning.code === 'observed_range_reversal');
    expect(trap?.message).toContain('7 − x');
    expect(trap?.message).toContain('options.bounds');
    expect(fixed.warnings.map((warning) => warning.code)).not.toContain('observed_range_reversal');
  });
});

// ---- The extra reference cases of test/fixtures/r/reliability.json. ----

interface ReliabilityCase {
  description: string;
  call: string;
  items: string[];
  matrix: (number | null)[][];
  options: Omit<CronbachAlphaOptions, 'items'>;
  alpha: PsychAlpha & { scores: (number | null)[] };
}
const reliability = readJson('../fixtures/r/reliability.json') as {
  cases: Record<string, ReliabilityCase>;
  feldt_growth: {
    alpha: number;
    n_obs: number;
    n_var: number;
    intervals: { confidence: number; lower: number; upper: number }[];
  };
};

function runCase(name: string): { result: CronbachAlphaResult; fixture: ReliabilityCase } {
  const fixture = reliability.cases[name];
  if (fixture === undefined) throw new Error(`no case ${name} in reliability.json`);
  return {
    result: cronbachAlpha(fixture.matrix, { items: fixture.items, ...fixture.options }),
    fixture,
  };
}

describe('cronbachAlpha reproduces psych::alpha on the extra reference cases', () => {
  // psych counts imputed answers in its response frequencies; cronbachAlpha counts the
  // answers given (checked in the unimputed cases). In the zero-variance and pitfall cases
  // psych was given G3 and c already reversed, so its frequencies are of reversed answers.
  const reversedBeforehand = new Set(['zero_variance', 'pitfall_scale_bounds']);
  for (const name of Object.keys(reliability.cases)) {
    const fixture = reliability.cases[name];
    it(`${name}: ${fixture?.description ?? ''}`, () => {
      // psych::alpha 2.2.9, test/fixtures/r/reliability.json
      const { result, fixture: data } = runCase(name);
      expectPsychAlpha(result, data.alpha, name, {
        frequencies: data.options.impute === undefined && !reversedBeforehand.has(name),
        markedReversed: !reversedBeforehand.has(name),
        // psych fills alpha-if-dropped for a 2-item scale with placeholders; see below.
        alphaIfDropped: data.items.length > 2,
      });
      expectScores(result.scores, data.alpha.scores, name);
    });
  }

  it('a two-item scale has no alpha if an item is dropped, where psych shows placeholders', () => {
    // psych::alpha 2.2.9 reports C12/C22 as "raw_alpha" without G1: not an alpha.
    const { result } = runCase('two_items');
    expect(result.items.map((item) => item.alphaIfDropped)).toEqual([null, null]);
    expect(result.varianceR).toBeNull();
    expect(result.items[0]?.dropR).toBe(result.items[1]?.dropR);
  });

  it('leaves a zero-variance item out of the statistics but counts it in the scores', () => {
    const { result } = runCase('zero_variance');
    const constant = result.items.find((item) => item.name === 'K');
    expect(constant).toMatchObject({
      analysed: false,
      n: 60,
      mean: 3,
      sd: 0,
      rawR: null,
      standardisedR: null,
      correctedR: null,
      dropR: null,
      alphaIfDropped: null,
      responses: [
        { value: 1, count: 0, share: 0 },
        { value: 2, count: 0, share: 0 },
        { value: 3, count: 60, share: 1 },
        { value: 4, count: 0, share: 0 },
        { value: 5, count: 0, share: 0 },
      ],
    });
    expect(result.counts).toMatchObject({ items: 5, analysedItems: 4 });
    expect(result.interval.df2).toBe(59 * 3);
    expect(result.warnings).toEqual([
      {
        code: 'zero_variance',
        item: 'K',
        message:
          "K has no variance (everyone who answered it chose 3), so it cannot correlate with the other items and is left out of the reliability statistics, as psych does; it still counts in each person's score",
      },
    ]);
  });

  it('flags an item keyed the wrong way by its negative r.drop', () => {
    const { result } = runCase('wrong_key');
    expect(result.warnings).toEqual([
      {
        code: 'negative_item_rest_correlation',
        item: 'G3',
        message: expect.stringContaining('probably reverse-keyed and not marked so') as string,
      },
    ]);
    expect(result.items.find((item) => item.name === 'G3')?.dropR).toBeLessThan(0);
  });

  it('uses the pseudo-inverse for a duplicated item, and says so', () => {
    const { result } = runCase('duplicate_item');
    expect(result.warnings.map((warning) => warning.code)).toContain('singular_correlations');
  });

  it('warns when pairwise correlations contradict each other', () => {
    const { result } = runCase('not_positive_definite');
    expect(result.warnings.map((warning) => warning.code)).toEqual([
      'few_complete_rows',
      'not_positive_definite',
      'negative_item_rest_correlation',
      'negative_item_rest_correlation',
    ]);
    expect(result.counts.completeRows).toBe(1);
  });

  it('counts rows with no answers in N only when asked to, as psych does', () => {
    const kept = runCase('edge_keep_empty').result;
    const dropped = runCase('edge_drop_empty').result;
    const edge = reliability.cases['edge_keep_empty'];
    const withEmpty = cronbachAlpha(edge?.matrix ?? [], {
      items: edge?.items ?? [],
      reverse: ['Q3'],
    });
    expect(withEmpty.rawAlpha).toBe(kept.rawAlpha);
    expect(withEmpty.ase).toBeCloseTo(dropped.ase ?? Number.NaN, 15);
    expect(withEmpty.interval.lower).toBeCloseTo(dropped.interval.lower, 15);
    expect(kept.counts.respondents).toBe(8);
    expect(withEmpty.counts.respondents).toBe(7);
    expect(kept.warnings.find((warning) => warning.code === 'empty_rows')?.message).toContain(
      'counted in N',
    );
  });

  it('gives the Feldt interval at any confidence level, as psych::alpha.ci', () => {
    // psych::alpha.ci 2.2.9 with p.val = 1 − confidence
    const growth = DOMAINS.growth;
    for (const expected of reliability.feldt_growth.intervals) {
      const result = cronbachAlpha(columns(synthetic, growth.items), {
        items: growth.items,
        reverse: growth.reverse_keyed,
        confidence: expected.confidence,
      });
      expect(result.interval.confidence).toBe(expected.confidence);
      expectNear(
        result.interval.lower,
        expected.lower,
        `Feldt ${String(expected.confidence)} lower`,
      );
      expectNear(
        result.interval.upper,
        expected.upper,
        `Feldt ${String(expected.confidence)} upper`,
      );
    }
  });

  it('agrees with psych to within 1e-12 everywhere (largest difference recorded)', () => {
    expect(largestDifference).toBeLessThan(1e-12);
  });
});

describe('cronbachAlpha options and results', () => {
  const growth = DOMAINS.growth;
  const matrix = columns(synthetic, growth.items);

  it('accepts reverse-keyed items by name or by column index', () => {
    const byName = cronbachAlpha(matrix, { items: growth.items, reverse: ['G3'] });
    const byIndex = cronbachAlpha(matrix, { items: growth.items, reverse: [2] });
    expect(byIndex).toEqual(byName);
  });

  it('names items item1…itemk by default', () => {
    const result = cronbachAlpha(matrix);
    expect(result.items.map((item) => item.name)).toEqual(['item1', 'item2', 'item3', 'item4']);
  });

  it('returns plain JSON that survives a round trip', () => {
    const result = cronbachAlpha(matrix, { items: growth.items, reverse: ['G3'] });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('leaves its input as it was', () => {
    const copy = structuredClone(matrix);
    const options = { items: [...growth.items], reverse: ['G3'], impute: 'median' as const };
    const optionsCopy = structuredClone(options);
    cronbachAlpha(matrix, options);
    expect(matrix).toEqual(copy);
    expect(options).toEqual(optionsCopy);
  });

  it('lists response values beyond a rating scale as null', () => {
    const continuous = [
      [0.5, 1.5, 2.5],
      [1.25, 2.25, 3.25],
      [2.1, 3.1, 4.1],
      [3.7, 3.9, 4.4],
      [4.05, 5.5, 6.5],
      [5.2, 6.6, 7.1],
    ];
    const result = cronbachAlpha(continuous);
    expect(result.items.map((item) => item.responses)).toEqual([null, null, null]);
  });

  it('lists non-integer answers when there are few distinct values', () => {
    const halves = [
      [1.5, 2, 2.5],
      [2.5, 3, 3],
      [1, 1.5, 2],
      [3, 2.5, 3],
    ];
    const result = cronbachAlpha(halves);
    expect(result.items[0]?.responses?.map((response) => response.value)).toEqual([
      1, 1.5, 2, 2.5, 3,
    ]);
    expect(result.items[0]?.responses?.map((response) => response.count)).toEqual([1, 1, 0, 1, 1]);
  });

  it('explains each item without variance, and rows with no answers, under imputation too', () => {
    const data = [
      [1, 2, null, null],
      [2, 2, null, 4],
      [3, 4, null, null],
      [null, null, null, null],
      [4, 5, null, null],
      [null, null, null, null],
      [5, 4, null, null],
    ];
    const result = cronbachAlpha(data, { items: ['a', 'b', 'c', 'd'], impute: 'median' });
    expect(result.warnings.map((warning) => [warning.code, warning.item])).toEqual([
      ['empty_rows', undefined],
      ['few_complete_rows', undefined],
      ['zero_variance', 'c'],
      ['zero_variance', 'd'],
    ]);
    expect(result.warnings[0]?.message).toContain('2 rows answer no item');
    expect(result.warnings[2]?.message).toContain('nobody answered it');
    expect(result.warnings[3]?.message).toContain('only one person answered it');
    expect(
      result.items.map((item) => [item.n, item.mean, item.sd, item.responses === null]),
    ).toEqual([
      [5, 3, Math.sqrt(2.5), false],
      [5, 3.4, Math.sqrt(1.8), false],
      [0, null, null, true],
      [5, 4, 0, false],
    ]);
    expect(result.scores[3]).toBeNull();
    expect(result.counts).toMatchObject({
      rows: 7,
      respondents: 5,
      emptyRows: 2,
      analysedItems: 2,
    });
    const byMean = cronbachAlpha(data, { items: ['a', 'b', 'c', 'd'], impute: 'mean' });
    expect(byMean.items.map((item) => item.mean)).toEqual([3, 3.4, null, 4]);
  });

  it('names the first six reversed items in the observed-range warning, then counts the rest', () => {
    const data = [
      [1, 2, 1, 2, 1, 2, 1, 2],
      [2, 3, 2, 3, 2, 3, 3, 3],
      [4, 4, 5, 4, 4, 5, 4, 5],
      [5, 5, 4, 5, 5, 4, 5, 4],
    ];
    const result = cronbachAlpha(data, { reverse: [0, 1, 2, 3, 4, 5, 6] });
    expect(result.warnings[0]?.message).toContain(
      'reversed item1, item2, item3, item4, item5, item6 and 1 more as 6 − x',
    );
  });

  it('gives a negative alpha and says so when the items pull apart', () => {
    const result = cronbachAlpha([
      [1, 5, 3],
      [2, 4, 3],
      [3, 3, 2],
      [4, 2, 4],
      [5, 1, 2],
    ]);
    expect(result.rawAlpha).toBeLessThan(0);
    expect(result.warnings.map((warning) => warning.code)).toContain('negative_alpha');
  });
});

describe('cronbachAlpha refuses what it cannot use', () => {
  function problems(run: () => unknown): { code: string; paths: string[]; messages: string[] } {
    try {
      run();
    } catch (error) {
      if (!isPeerLearnError(error)) throw error;
      const issues = (error.details as { issues?: { pathText: string; message: string }[] }).issues;
      return {
        code: error.code,
        paths: issues?.map((issue) => issue.pathText) ?? [error.path.join('.')],
        messages: issues?.map((issue) => issue.message) ?? [error.message],
      };
    }
    throw new Error('expected an error');
  }

  it('fewer than two rows or items, ragged rows, non-finite cells', () => {
    expect(problems(() => cronbachAlpha([[1, 2]]))).toMatchObject({
      code: 'invalid_input',
      paths: ['matrix'],
    });
    expect(problems(() => cronbachAlpha([[1], [2]])).paths).toEqual(['matrix[0]']);
    expect(
      problems(() =>
        cronbachAlpha([
          [1, 2, 3],
          [1, 2],
          [1, 2, 3],
          [3, 2, Number.NaN],
        ]),
      ),
    ).toEqual({
      code: 'invalid_input',
      paths: ['matrix[3][2]'],
      messages: ['must be a finite number, or null for a missing answer; got NaN'],
    });
    expect(
      problems(() =>
        cronbachAlpha([
          [1, 2, 3],
          [1, 2],
          [1, 2, 3],
        ]),
      ),
    ).toEqual({
      code: 'invalid_input',
      paths: ['matrix[1]'],
      messages: [
        'has 2 answers but row 0 has 3; every row needs one entry per item (null for a missing answer)',
      ],
    });
    const infinite = [
      [1, 2],
      [Number.POSITIVE_INFINITY, 3],
    ];
    expect(problems(() => cronbachAlpha(infinite)).paths).toEqual(['matrix[1][0]']);
    const untyped = [[1, '2'], [3, undefined], 'row'] as unknown as number[][];
    expect(problems(() => cronbachAlpha(untyped)).paths).toEqual([
      'matrix[0][1]',
      'matrix[1][1]',
      'matrix[2]',
    ]);
  });

  it('an empty matrix, empty rows, a row that is not an array, options that are not an object', () => {
    expect(problems(() => cronbachAlpha([])).paths).toEqual(['matrix']);
    const notAMatrix = 'answers' as unknown as number[][];
    expect(problems(() => cronbachAlpha(notAMatrix)).messages).toEqual([
      'must be an array of rows (one per respondent); got the text "answers"',
    ]);
    expect(problems(() => cronbachAlpha([[], []]))).toMatchObject({
      paths: ['matrix[0]'],
      messages: ['has 0 answers; alpha needs at least 2 items (columns)'],
    });
    const notARow = [[1, 2], 'x'] as unknown as number[][];
    expect(problems(() => cronbachAlpha(notARow)).paths).toEqual(['matrix[1]']);
    const notOptions = null as unknown as CronbachAlphaOptions;
    expect(
      problems(() =>
        cronbachAlpha(
          [
            [1, 2],
            [2, 1],
          ],
          notOptions,
        ),
      ).paths,
    ).toEqual(['options']);
  });

  it('lists the first eight item names when a reverse-keyed item is unknown', () => {
    const row = [1, 2, 3, 4, 5, 1, 2, 3, 4];
    const result = problems(() => cronbachAlpha([row, [...row].reverse()], { reverse: ['q1'] }));
    expect(result.messages).toEqual([
      'names no item: "q1" is not among "item1", "item2", "item3", "item4", "item5", "item6", "item7", "item8", …',
    ]);
  });

  it('options that do not fit the matrix', () => {
    const data = [
      [1, 2, 3],
      [2, 3, 4],
      [3, 4, 9],
    ];
    expect(
      problems(() =>
        cronbachAlpha(data, {
          items: ['a', 'b', 'a'],
          reverse: ['z', 5, 'b', 1],
          bounds: { min: 1, max: 5 },
        }),
      ),
    ).toEqual({
      code: 'invalid_input',
      paths: [
        'options.items[2]',
        'options.reverse[0]',
        'options.reverse[1]',
        'options.reverse[3]',
        'matrix[2][2]',
      ],
      messages: [
        'repeats the name "a" of item 0; every item needs a different name',
        'names no item: "z" is not among "a", "b", "a"',
        'is column 5, but there are only 3 items (columns 0 to 2)',
        'reverses item "b" again (already at options.reverse[2]); list each reverse-keyed item once',
        'is 9, outside options.bounds (1 to 5); fix the answer or the bounds',
      ],
    });
    expect(problems(() => cronbachAlpha(data, { items: ['a', 'b'] })).paths).toEqual([
      'options.items',
    ]);
    const bad = { confidence: 1.2, bounds: { min: 5, max: 1 }, impute: 'mode', extra: 1 };
    expect(problems(() => cronbachAlpha(data, bad as CronbachAlphaOptions)).paths).toEqual([
      'options.bounds',
      'options.confidence',
      'options.impute',
      'options',
    ]);
  });

  it('lists at most ten answers outside the bounds, then counts the rest', () => {
    const data = Array.from({ length: 15 }, (_, row) => [row + 10, 1]);
    const result = problems(() => cronbachAlpha(data, { bounds: { min: 1, max: 5 } }));
    expect(result.paths).toHaveLength(11);
    expect(result.messages.at(-1)).toBe('has 5 more answers outside options.bounds (1 to 5)');
  });

  it('data that cannot give an alpha', () => {
    expect(
      problems(() =>
        cronbachAlpha([
          [1, 2],
          [null, null],
        ]),
      ),
    ).toMatchObject({ code: 'infeasible_request', paths: ['matrix'] });
    expect(
      problems(() =>
        cronbachAlpha([
          [1, 3, 3],
          [2, 3, 3],
          [3, 3, 3],
        ]),
      ).messages[0],
    ).toContain('only 1 of the 3 items varies (item1)');
    expect(
      problems(() =>
        cronbachAlpha([
          [3, 3],
          [3, 3],
        ]),
      ).messages[0],
    ).toContain('only 0 of the 2 items vary (none)');
    expect(
      problems(() =>
        cronbachAlpha([
          [1, null],
          [2, null],
          [null, 1],
          [null, 2],
        ]),
      ).messages[0],
    ).toContain('were answered together by 0 respondents');
    const cancelling = problems(() =>
      cronbachAlpha([
        [1, 5],
        [2, 4],
        [4, 2],
      ]),
    );
    expect(cancelling).toMatchObject({ code: 'infeasible_request', paths: ['options.reverse'] });
    expect(cancelling.messages[0]).toContain('the items cancel out');
  });

  it('safe errors name the function first', () => {
    try {
      cronbachAlpha([[1, 2]]);
    } catch (error) {
      expect((error as Error).message.startsWith('cronbachAlpha: ')).toBe(true);
    }
    expect.assertions(1);
  });
});

describe('hostile input', () => {
  it('refuses answers or bounds so large that sums of squares would overflow', () => {
    const matrix = [
      [1, 2, 5],
      [2, 2, 4],
      [3, 3, 3],
      [4, 5, 2],
    ];
    expectRefusal(
      () => peerlearn.cronbachAlpha(matrix, { reverse: [2], bounds: { min: -5.8e154, max: 5 } }),
      'cronbachAlpha',
      'options.bounds.min',
    );
    expectRefusal(
      () => peerlearn.cronbachAlpha([[1e200, 2, 5], ...matrix.slice(1)]),
      'cronbachAlpha',
      'matrix[0][0]',
    );
  });
});
