/**
 * The latest entry for each key of a log, in the order each key first appeared: a later bid
 * by the same member replaces the earlier one, in the earlier one's place.
 *
 * @param log - entries, oldest first.
 * @param key - the field that identifies what an entry is about.
 * @returns one entry per key.
 */
export function latest<Entry>(log: readonly Entry[], key: keyof Entry): Entry[] {
  return [...new Map(log.map((entry) => [entry[key], entry])).values()];
}
