import type { Band, BandClosure, BandPlacement } from '../../survey/index.js';

const includesMin = (closed: BandClosure): boolean => closed === 'left' || closed === 'both';
const includesMax = (closed: BandClosure): boolean => closed === 'right' || closed === 'both';
const round = (value: number): string => String(Number(value.toFixed(4)));

/**
 * The band a principle's mean falls in, with the rule that placed it, read as scoring reads
 * a member's domain score (the instrument's bands have their closure settled when defined).
 */
export function placeMean(
  mean: number | null,
  bands: readonly Band[],
): { readonly placement: BandPlacement | null; readonly index: number } {
  if (mean === null) return { placement: null, index: -1 };
  const index = bands.findIndex((band) => {
    const closed = band.closed ?? 'right';
    const aboveMin = includesMin(closed) ? mean >= band.min : mean > band.min;
    const belowMax = includesMax(closed) ? mean <= band.max : mean < band.max;
    return aboveMin && belowMax;
  });
  const band = bands[index];
  if (band === undefined) return { placement: null, index: -1 };
  const closed = band.closed ?? 'right';
  const lower = includesMin(closed) ? '≤' : '<';
  const upper = includesMax(closed) ? '≤' : '<';
  return {
    index,
    placement: {
      label: band.label,
      min: band.min,
      max: band.max,
      closed,
      rule: `${round(band.min)} ${lower} mean ${upper} ${round(band.max)}`,
      ...(band.interpretation === undefined ? {} : { interpretation: band.interpretation }),
    },
  };
}
