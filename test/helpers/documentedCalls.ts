/**
 * Runs the documentation's examples (README.md, docs/ and every JSDoc `@example` in src/)
 * with each public export wrapped, so that every call an example makes is reported: the
 * fuzz suite collects valid arguments this way (test/fuzz/seeds.ts), the serialisation
 * tests collect results (test/serialisation/roundTrip.test.ts). Machine methods are
 * reported as `machine.method`. Only calls that return are reported; an example that
 * throws on purpose stops there, and the calls it made before count.
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
import { isMachine, MACHINE_METHODS } from './machines.js';

const top = fileURLToPath(new URL('../..', import.meta.url));

/** Files under `dir` whose names end with `ending`, leaving out typedoc's docs/api. */
export function filesEndingWith(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return path === join(top, 'docs', 'api') ? [] : filesEndingWith(path, ending);
    return entry.name.endsWith(ending) ? [path] : [];
  });
}

/** Which examples to run: JSDoc examples under `dir`, and Markdown ones naming a function. */
export interface ExampleScope {
  /** A folder under src/, such as `'survey'`. */
  readonly dir: string;
  /** Function names; a README or guide example is run when it mentions one of them. */
  readonly names: readonly string[];
}

/** What to do with each call, and which examples to run. */
export interface DocumentedCallOptions {
  /**
   * Called after each call that returns, with the export's name, the arguments as
   * `copyArgs` saw them before the call, and what the call returned.
   */
  readonly onCall: (name: string, args: unknown[], result: unknown) => void;
  /** Copies the arguments before the call (default: the array as passed). */
  readonly copyArgs?: (args: unknown[]) => unknown[];
  /** Exports to leave unwrapped (default: none). */
  readonly skip?: (value: unknown) => boolean;
  /** Run only the examples of one domain (default: all). */
  readonly scope?: ExampleScope;
}

/** The wrapped modules, by import specifier, as the examples import them. */
export type WrappedModules = Readonly<
  Record<
    | 'peerlearn'
    | 'peerlearn/survey'
    | 'peerlearn/pairing'
    | 'peerlearn/action-learning'
    | 'peerlearn/practice'
    | 'peerlearn/programme',
    Record<string, unknown>
  >
>;

/** Runs the examples with the exports wrapped; returns the wrapped modules for more calls. */
export function runDocumentedExamples(options: DocumentedCallOptions): WrappedModules {
  const { onCall, scope } = options;
  const copyArgs = options.copyArgs ?? ((args: unknown[]): unknown[] => args);
  const skip = options.skip ?? ((): boolean => false);
  const wrapped = new Map<unknown, unknown>();
  const wrap = (name: string, value: unknown): unknown => {
    if (wrapped.has(value)) return wrapped.get(value);
    let result: unknown = value;
    if (typeof value === 'function' && !skip(value)) {
      result = new Proxy(value, {
        apply(target, self, args: unknown[]) {
          const copy: unknown[] = copyArgs(args);
          const returned = Reflect.apply(target, self, args) as unknown;
          onCall(name, copy, returned);
          return returned;
        },
        construct(target, args: unknown[], newTarget) {
          const copy: unknown[] = copyArgs(args);
          const made = Reflect.construct(target, args, newTarget) as object;
          onCall(name, copy, made);
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
  const modules: WrappedModules = {
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
      // are reported all the same.
    }
  }
  return modules;
}
