/**
 * Whether instant `a` is strictly earlier than instant `b` (both ISO 8601 with an offset,
 * already checked). Two UTC times written alike (`…Z`, same length) compare as text, which
 * is exact and cheap; anything else compares as milliseconds since the epoch.
 *
 * @param a - an instant.
 * @param b - another instant.
 * @returns `true` when `a` comes before `b`.
 */
export function isEarlier(a: string, b: string): boolean {
  return a.length === b.length && a.endsWith('Z') && b.endsWith('Z')
    ? a < b
    : Date.parse(a) < Date.parse(b);
}

/**
 * The seconds from one instant to another (negative when `to` is earlier).
 *
 * @param from - the earlier instant, usually.
 * @param to - the later instant, usually.
 * @returns the difference in seconds, to the millisecond.
 */
export function secondsBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 1000;
}
