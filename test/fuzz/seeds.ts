/**
 * Valid inputs for the near-valid fuzzing, taken from the documentation: every public
 * function has an `@example` (test/docs/everyExportHasExample.test.ts sees to that), so
 * running the README's and the JSDoc examples with each export wrapped in a recorder gives
 * realistic arguments for every function, and a new export brings its own.
 *
 * The recorder copies the arguments of each call (functions and class instances by
 * reference) before the call runs, and keeps them only if the call returns: a call an
 * example makes to show an error (a cohort over a size limit, say) is not valid input, and
 * corrupting it by one field could make it valid and huge. The examples' `// =>` checks
 * are not asserted here (test/docs does that); an example that throws is simply stopped.
 */
import { runDocumentedExamples, type ExampleScope } from '../helpers/documentedCalls.js';
import { deepClone } from './clone.js';

/** The argument lists recorded for each function, by name (`meetingMachine.transition`). */
export type SeedBook = ReadonlyMap<string, readonly (readonly unknown[])[]>;

/** At most this many argument lists are kept per function. */
const KEEP = 12;

/** Which examples to run: JSDoc examples under `dir`, and Markdown ones naming a function. */
export type SeedScope = ExampleScope;

const cached = new Map<string, SeedBook>();

/**
 * Runs the documentation examples once, recording the arguments of each public call: all
 * of them, or (cheaper, for one domain's fuzz file) those of one scope.
 */
export function collectSeeds(scope?: SeedScope): SeedBook {
  const cacheKey = scope === undefined ? '' : scope.dir;
  const hit = cached.get(cacheKey);
  if (hit !== undefined) return hit;
  const book = new Map<string, unknown[][]>();
  const keys = new Map<string, Set<string>>();
  const record = (name: string, copy: unknown[]): void => {
    const list = book.get(name) ?? [];
    const seen = keys.get(name) ?? new Set<string>();
    let key: string;
    try {
      key = JSON.stringify(copy) ?? '';
    } catch {
      key = String(list.length);
    }
    if (list.length < KEEP && !seen.has(key)) {
      seen.add(key);
      list.push(copy);
    }
    book.set(name, list);
    keys.set(name, seen);
  };

  runDocumentedExamples({
    onCall: (name, copy) => {
      record(name, copy);
    },
    copyArgs: (args) => deepClone([...args]),
    ...(scope === undefined ? {} : { scope }),
  });
  cached.set(cacheKey, book);
  return book;
}
