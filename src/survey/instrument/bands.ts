import type { Band, BandClosure } from './domain.js';

/** A band with its closure settled, as an instrument carries it once defined. */
export type SettledBand = Band & { readonly closed: BandClosure };

/** The band a score fell in, with the thresholds that placed it there. */
export interface BandPlacement {
  /** The band's label. */
  readonly label: string;
  /** The band's lower boundary. */
  readonly min: number;
  /** The band's upper boundary. */
  readonly max: number;
  /** Which boundaries belong to the band. */
  readonly closed: BandClosure;
  /** The rule the score met, such as `2.3333 < score ≤ 3.6667`. */
  readonly rule: string;
  /** What a score in this band suggests, when the instrument says. */
  readonly interpretation?: string;
}

/** Fills in each band's closure from the domain's rule, as R's `cut(include.lowest = TRUE)`. */
export function settleBands(bands: readonly Band[], rule: 'right' | 'left'): SettledBand[] {
  const last = bands.length - 1;
  return bands.map((band, index) => {
    if (band.closed !== undefined) return { ...band, closed: band.closed };
    if (rule === 'right') return { ...band, closed: index === 0 ? 'both' : 'right' };
    return { ...band, closed: index === last ? 'both' : 'left' };
  });
}

const includesMin = (closed: BandClosure): boolean => closed === 'left' || closed === 'both';
const includesMax = (closed: BandClosure): boolean => closed === 'right' || closed === 'both';

/** Whether a score lies in a band, boundaries included as its closure says. */
export function inBand(score: number, band: SettledBand): boolean {
  const aboveMin = includesMin(band.closed) ? score >= band.min : score > band.min;
  const belowMax = includesMax(band.closed) ? score <= band.max : score < band.max;
  return aboveMin && belowMax;
}

/** The rule a band applies, written out: `1 ≤ score ≤ 2.3333`. */
export function describeBandRule(band: SettledBand): string {
  const round = (value: number): string => String(Number(value.toFixed(4)));
  const lower = includesMin(band.closed) ? '≤' : '<';
  const upper = includesMax(band.closed) ? '≤' : '<';
  return `${round(band.min)} ${lower} score ${upper} ${round(band.max)}`;
}

/** The band a score falls in, or `null` for a missing score or a domain without bands. */
export function placeInBand(
  score: number | null,
  bands: readonly SettledBand[],
): BandPlacement | null {
  if (score === null) return null;
  const band = bands.find((candidate) => inBand(score, candidate));
  if (band === undefined) return null;
  return {
    label: band.label,
    min: band.min,
    max: band.max,
    closed: band.closed,
    rule: describeBandRule(band),
    ...(band.interpretation === undefined ? {} : { interpretation: band.interpretation }),
  };
}

/**
 * Problems with how bands tile the range [lo, hi]: gaps, overlaps, boundaries in no band or
 * in two, ends left out. Each problem names the band index it concerns.
 */
export function checkBandTiling(
  bands: readonly SettledBand[],
  lo: number,
  hi: number,
): {
  readonly index: number;
  readonly field: 'min' | 'max' | 'closed';
  readonly message: string;
}[] {
  const problems: { index: number; field: 'min' | 'max' | 'closed'; message: string }[] = [];
  if (bands.length === 0) return problems;
  const near = (a: number, b: number): boolean =>
    Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  bands.forEach((band, index) => {
    if (!(band.min < band.max)) {
      problems.push({
        index,
        field: 'max',
        message: `must be greater than min (${String(band.min)})`,
      });
    }
  });
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first !== undefined && !near(first.min, lo)) {
    problems.push({
      index: 0,
      field: 'min',
      message: `must be ${String(lo)}, the lowest score the domain can take, so the bands cover the whole range`,
    });
  } else if (first !== undefined && !includesMin(first.closed)) {
    problems.push({
      index: 0,
      field: 'closed',
      message: `must include its min (${String(lo)}), the lowest possible score`,
    });
  }
  if (last !== undefined && !near(last.max, hi)) {
    problems.push({
      index: bands.length - 1,
      field: 'max',
      message: `must be ${String(hi)}, the highest score the domain can take, so the bands cover the whole range`,
    });
  } else if (last !== undefined && !includesMax(last.closed)) {
    problems.push({
      index: bands.length - 1,
      field: 'closed',
      message: `must include its max (${String(hi)}), the highest possible score`,
    });
  }
  for (let index = 1; index < bands.length; index += 1) {
    const previous = bands[index - 1];
    const band = bands[index];
    if (previous === undefined || band === undefined) continue;
    if (band.min !== previous.max) {
      const kind = band.min > previous.max ? 'a gap' : 'an overlap';
      problems.push({
        index,
        field: 'min',
        message: `must equal the previous band's max (${String(previous.max)}); there is ${kind}`,
      });
      continue;
    }
    const inPrevious = includesMax(previous.closed);
    const inThis = includesMin(band.closed);
    if (inPrevious === inThis) {
      problems.push({
        index,
        field: 'closed',
        message: inThis
          ? `the boundary ${String(band.min)} would be in two bands; close only one side of it`
          : `the boundary ${String(band.min)} would be in no band; close one side of it`,
      });
    }
  }
  return problems;
}
