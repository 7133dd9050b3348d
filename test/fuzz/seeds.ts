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
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as actionLearning from '../../src/action-learning/index.js';
import * as root from '../../src/index.js';
import * as pairing from '../../src/pairing/index.js';
import * as practice from '../../src/practice/index.js';
import * as programme from '../../src/programme/index.js';
import * as survey from '../../src/survey/index.js';
import { jsDocExamples, markdownExamples, runExample } from '../docs/docExamples.js';
import { deepClone } from './clone.js';
import { isMachine, MACHINE_METHODS } from './machines.js';

/** The argument lists recorded for each function, by name (`meetingMachine.transition`). */
export type SeedBook = ReadonlyMap<string, readonly (readonly unknown[])[]>;

const top = fileURLToPath(new URL('../..', import.meta.url));

function filesEndingWith(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return path === join(top, 'docs', 'api') ? [] : filesEndingWith(path, ending);
    return entry.name.endsWith(ending) ? [path] : [];
  });
}

/** At most this many argument lists are kept per function. */
const KEEP = 12;

/** Which examples to run: JSDoc examples under `dir`, and Markdown ones naming a function. */
export interface SeedScope {
  /** A folder under src/, such as `'survey'`. */
  readonly dir: string;
  /** Function names; a README or guide example is run when it mentions one of them. */
  readonly names: readonly string[];
}

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
  const record = (name: string, args: readonly unknown[], copy: unknown[]): void => {
    const list = book.get(name) ?? [];
    const seen = keys.get(name) ?? new Set<string>();
    let key: string;
    try {
      key = JSON.stringify(args) ?? '';
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

  const wrapped = new Map<unknown, unknown>();
  const wrap = (name: string, value: unknown): unknown => {
    if (wrapped.has(value)) return wrapped.get(value);
    let result: unknown = value;
    if (typeof value === 'function') {
      result = new Proxy(value, {
        apply(target, self, args: unknown[]) {
          const copy = deepClone([...args]);
          const returned = Reflect.apply(target, self, args) as unknown;
          record(name, args, copy);
          return returned;
        },
        construct(target, args: unknown[], newTarget) {
          const copy = deepClone([...args]);
          const made = Reflect.construct(target, args, newTarget) as object;
          record(name, args, copy);
          return made;
        },
      });
    } else if (isMachine(value)) {
      // A frozen machine cannot be proxied with other methods, so the stand-in is a copy.
      result = {
        ...value,
        ...Object.fromEntries(
          MACHINE_METHODS.map((method) => [method, wrap(`${name}.${method}`, value[method])]),
        ),
      };
    }
    wrapped.set(value, result);
    return result;
  };
  const wrapModule = (module: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(module).map(([name, value]) => [name, wrap(name, value)]));

  const modules = {
    peerlearn: wrapModule(root),
    'peerlearn/survey': wrapModule(survey),
    'peerlearn/pairing': wrapModule(pairing),
    'peerlearn/action-learning': wrapModule(actionLearning),
    'peerlearn/practice': wrapModule(practice),
    'peerlearn/programme': wrapModule(programme),
  };
  const mentions = (code: string): boolean =>
    scope === undefined || scope.names.some((name) => new RegExp(`\\b${name}\\b`, 'u').test(code));
  const examples = [
    ...markdownExamples(readFileSync(join(top, 'README.md'), 'utf8'), 'README.md'),
    ...filesEndingWith(join(top, 'docs'), '.md').flatMap((file) =>
      markdownExamples(readFileSync(file, 'utf8'), file),
    ),
  ].filter((example) => mentions(example.code));
  examples.push(
    ...filesEndingWith(join(top, 'src', scope?.dir ?? ''), '.ts').flatMap((file) =>
      jsDocExamples(readFileSync(file, 'utf8'), file),
    ),
  );
  for (const example of examples) {
    try {
      runExample(example, modules, () => undefined);
    } catch {
      // An example that throws on purpose, or a check that never ran: the calls made so far
      // are recorded all the same.
    }
  }
  cached.set(cacheKey, book);
  return book;
}
