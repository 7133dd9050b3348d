/**
 * The fuzz targets: each entry (entries.ts) with its function and its valid inputs, from
 * the documentation's examples (seeds.ts) or the entry's own.
 */
import { ENTRIES, domainOf, resolve, type Domain, type Entry } from './entries.js';
import type { FuzzTarget } from './harness.js';
import { collectSeeds } from './seeds.js';

/**
 * Seeds for machine methods the examples do not call, derived from the calls they do
 * make: states passed to `transition` are valid states, and the events sent in order,
 * after the first setup, make a replay.
 */
function derivedSeeds(name: string, book: ReturnType<typeof collectSeeds>): unknown[][] {
  const [base, method] = name.split('.');
  if (base === undefined || method === undefined) return [];
  const transitions = book.get(`${base}.transition`) ?? [];
  const setups = book.get(`${base}.initial`) ?? [];
  switch (method) {
    case 'toMermaid':
      return [[]];
    case 'can':
      return transitions.map((args) => [...args]);
    case 'events':
    case 'parseState':
    case 'safeParseState':
      return transitions.map((args) => [args[0]]);
    case 'replay': {
      const setup = setups[0]?.[0];
      return setup === undefined ? [] : [[setup, transitions.map((args) => args[1])]];
    }
    default:
      return [];
  }
}

/** The valid inputs for one entry in a book of recorded calls, derived ones if none. */
function seedsIn(name: string, entry: Entry, book: ReturnType<typeof collectSeeds>): unknown[][] {
  const seeds = [...(book.get(name) ?? []), ...(entry.seeds ?? [])].map((args) => [...args]);
  return seeds.length > 0 ? seeds : derivedSeeds(name, book);
}

/**
 * The fuzz targets of one domain, with their seeds: from the domain's own examples (and
 * the guides' examples that mention its functions), or from all examples where those hold
 * no call of a function.
 */
export function targetsOf(domain: Domain): FuzzTarget[] {
  const entries = Object.entries(ENTRIES).filter(([name]) => domainOf(name) === domain);
  const names = [...new Set(entries.map(([name]) => name.split('.')[0] ?? name))];
  const book = collectSeeds({ dir: domain, names });
  return entries.map(([name, entry]) => {
    const fn = resolve(name);
    if (fn === undefined) throw new Error(`fuzz entry ${name} names no public function`);
    const local = seedsIn(name, entry, book);
    const all = local.length > 0 ? local : seedsIn(name, entry, collectSeeds());
    const target: FuzzTarget = {
      name,
      fn,
      seeds: all,
      ...(entry.construct === undefined ? {} : { construct: entry.construct }),
      ...(entry.json === undefined ? {} : { json: entry.json }),
      ...(entry.numRuns === undefined ? {} : { numRuns: entry.numRuns }),
      ...(entry.result === undefined ? {} : { result: entry.result }),
      ...(entry.messagePrefixes === undefined ? {} : { messagePrefixes: entry.messagePrefixes }),
    };
    return target;
  });
}
