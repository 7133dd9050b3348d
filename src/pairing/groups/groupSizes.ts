import { InfeasibleRequestError } from '../../core/InfeasibleRequestError.js';

/** How many groups to make and the sizes they may have (balanced: `lo` or `hi`, hi − lo ≤ 1). */
export interface GroupSizing {
  readonly groups: number;
  readonly lo: number;
  readonly hi: number;
}

/** The size request, as validated. */
export type SizeRequest =
  | { readonly size: number }
  | { readonly minSize: number; readonly maxSize: number; readonly groups?: number | undefined };

const plural = (count: number, noun: 'person' | 'group'): string =>
  `${String(count)} ${count === 1 ? noun : noun === 'person' ? 'people' : 'groups'}`;

/** At most this many numbers of groups are tried, best first. */
const ATTEMPTS = 4;

/**
 * Chooses the number of groups for n people and the balanced sizes, best first. With
 * `size`, n must be a multiple of it; with `groups`, that number must fit the range. With
 * `minSize`–`maxSize` alone, the counts that fit, up to ATTEMPTS of them: first those the
 * rules allow (`limits`: enough facilitators, enough groups to keep never-together lists
 * apart, room for the largest must-together block), then by how near their balanced size
 * lies to the middle of the range (ties: fewer, larger groups).
 *
 * @throws {@link InfeasibleRequestError} when no number of groups fits, naming the numbers.
 */
export function chooseSizes(
  fn: string,
  n: number,
  request: SizeRequest,
  limits: GroupLimits,
): GroupSizing[] {
  if (n === 0) return [{ groups: 0, lo: 0, hi: 0 }];
  if ('size' in request) {
    const { size } = request;
    if (n % size !== 0) {
      const below = Math.floor(n / size) * size;
      const above = below + size;
      // The closest request that works: the same largest size, a smallest size that fits.
      const groups = Math.ceil(n / size);
      throw new InfeasibleRequestError({
        fn,
        message: `${plural(n, 'person')} cannot be split into groups of exactly ${String(size)} (${String(below)} or ${String(above)} people could be); add ${String(above - n)} or leave out ${String(n - below)}, or allow sizes ${String(Math.floor(n / groups))}–${String(size)} with { minSize: ${String(Math.floor(n / groups))}, maxSize: ${String(size)} }`,
        path: ['options', 'size'],
        facts: { people: n, size, remainder: n % size },
      });
    }
    return [{ groups: n / size, lo: size, hi: size }];
  }
  const { minSize, maxSize } = request;
  if (request.groups !== undefined) {
    const groups = request.groups;
    const lo = Math.floor(n / groups);
    const hi = Math.ceil(n / groups);
    if (lo < minSize || hi > maxSize)
      throw new InfeasibleRequestError({
        fn,
        message: `${plural(n, 'person')} in ${plural(groups, 'group')} makes groups of ${lo === hi ? String(lo) : `${String(lo)}–${String(hi)}`}, outside ${String(minSize)}–${String(maxSize)}; ${groups * minSize > n ? 'make fewer groups or lower options.minSize' : 'make more groups or raise options.maxSize'}`,
        path: ['options', 'groups'],
        facts: { people: n, groups, minSize, maxSize },
      });
    return [{ groups, lo, hi }];
  }
  const fewest = Math.ceil(n / maxSize);
  const most = Math.floor(n / minSize);
  if (fewest > most) {
    throw new InfeasibleRequestError({
      fn,
      message:
        n < minSize
          ? `${plural(n, 'person')} cannot make even one group of at least ${String(minSize)}; lower options.minSize to ${String(n)} or add ${String(minSize - n)}`
          : `${plural(n, 'person')} cannot be split into groups of ${minSize === maxSize ? `exactly ${String(minSize)}` : `${String(minSize)}–${String(maxSize)}`} (${plural(fewest - 1, 'group')} ${fewest - 1 === 1 ? 'holds' : 'hold'} at most ${String((fewest - 1) * maxSize)}, ${plural(fewest, 'group')} need at least ${String(fewest * minSize)}); widen the range`,
      path: ['options', 'minSize'],
      facts: { people: n, minSize, maxSize },
    });
  }
  const middle = (minSize + maxSize) / 2;
  const suits = (groups: number): boolean =>
    groups <= limits.mostGroups &&
    groups >= limits.fewestGroups &&
    Math.ceil(n / groups) >= limits.largestBlock;
  const counts: number[] = [];
  for (let groups = fewest; groups <= most; groups += 1) counts.push(groups);
  const distance = (groups: number): number => Math.abs(n / groups - middle);
  counts.sort(
    (a, b) =>
      Number(suits(b)) - Number(suits(a)) ||
      (Math.abs(distance(a) - distance(b)) > 1e-12 ? distance(a) - distance(b) : a - b),
  );
  return counts
    .slice(0, ATTEMPTS)
    .map((groups) => ({ groups, lo: Math.floor(n / groups), hi: Math.ceil(n / groups) }));
}

/** What the rules ask of the number of groups, for choosing it within a size range. */
export interface GroupLimits {
  /** At most this many groups (one facilitator each). */
  readonly mostGroups: number;
  /** At least this many (the longest never-together list). */
  readonly fewestGroups: number;
  /** Groups must hold the largest must-together block. */
  readonly largestBlock: number;
}
