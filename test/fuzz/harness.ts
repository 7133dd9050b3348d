/**
 * The checks every fuzzed call must pass (issue 10):
 * - it returns, or throws an error for which `isPeerLearnError` is true, with a snake_case
 *   `code`, a `path` of keys and indexes, and a message naming the function; never a
 *   TypeError, a RangeError or a stack overflow;
 * - it leaves its arguments exactly as they were (NaN and -0 included);
 * - it adds nothing to `Object.prototype` (or the other built-in prototypes);
 * - it finishes within {@link TIME_LIMIT_MS} (a slow call is timed once more, warm, so that
 *   a cold JIT or a busy machine does not fail the suite; a hang is slow both times);
 * - what it returns is plain JSON (a JSON round trip gives it back), unless the function
 *   is known to return something else (a machine, an error, the caller's own items).
 */
import fc from 'fast-check';
import { isPeerLearnError } from '../../src/index.js';
import { extremeArguments, hostileArguments, nearValid, typedCorruption } from './arbitraries.js';
import { deepClone, describeValue, firstDifference } from './clone.js';

/**
 * Scales every target's runs: `FUZZ_SCALE=10 FC_SEED=random npx vitest run test/fuzz`
 * digs deeper by hand; `npm test` runs the default, bounded to keep the suite quick.
 */
const RUNS_SCALE = Number(process.env['FUZZ_SCALE'] ?? 1) || 1;

/** A call slower than this fails the fuzz suite. */
export const TIME_LIMIT_MS = 2_000;

/** How a public function is called and what it returns. */
export interface FuzzTarget {
  /** The name, as exported (`scoreResponses`) or as `machine.method`. */
  readonly name: string;
  /** The function itself. */
  readonly fn: (...args: unknown[]) => unknown;
  /** Valid argument lists (from the documentation examples and the entry's own). */
  readonly seeds: readonly (readonly unknown[])[];
  /** Whether it is a class, called with `new`. */
  readonly construct?: boolean;
  /** Whether a result is plain JSON; `false` for machines, errors and pass-through items. */
  readonly json?: boolean;
  /**
   * What the messages of its errors may start with; by default its name, for
   * `safeParseX` also `parseX`, and for a machine's method also the machine's name.
   */
  readonly messagePrefixes?: readonly string[];
  /** What a result must be, beyond plain JSON: returns what is wrong, or `undefined`. */
  readonly result?: (result: unknown) => string | undefined;
  /** Runs for each of the two properties (hostile and near-valid). */
  readonly numRuns?: number;
}

const SNAKE_CASE = /^[a-z]+(?:_[a-z]+)*$/u;

const PROTOTYPES: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
];

function prototypeKeys(): string[] {
  return PROTOTYPES.map(
    ([name, proto]) => `${name}: ${Reflect.ownKeys(proto).map(String).sort().join(',')}`,
  );
}

const cleanPrototypes = prototypeKeys();
const cleanKeys = PROTOTYPES.map(([, proto]) => new Set(Reflect.ownKeys(proto)));

/** Removes keys added to a built-in prototype, so one failure does not fail every later call. */
function restorePrototypes(): void {
  PROTOTYPES.forEach(([, proto], index) => {
    for (const key of Reflect.ownKeys(proto)) {
      if (!cleanKeys[index]?.has(key)) Reflect.deleteProperty(proto, key);
    }
  });
}

/** Why a thrown value is not an acceptable error, or `undefined` when it is. */
function badError(error: unknown, target: FuzzTarget, ownMessage = true): string | undefined {
  if (!isPeerLearnError(error)) {
    const text =
      error instanceof Error
        ? `${error.name}: ${error.message}\n${error.stack ?? ''}`
        : String(error);
    return `threw something that is not a PeerLearnError: ${text.slice(0, 2_000)}`;
  }
  if (!SNAKE_CASE.test(error.code))
    return `error code ${JSON.stringify(error.code)} is not snake_case`;
  if (!Array.isArray(error.path)) return 'error path is not an array';
  if (!error.path.every((step) => typeof step === 'string' || typeof step === 'number')) {
    return `error path ${JSON.stringify(error.path)} holds something other than keys and indexes`;
  }
  // A machine's refusals (InvalidTransitionError) name the machine: `meetingMachine: …`.
  const prefixes = target.messagePrefixes ?? [
    target.name,
    parseNameOf(target.name),
    ...(target.name.includes('.') ? [target.name.split('.')[0] ?? ''] : []),
  ];
  if (typeof error.message !== 'string') return 'error message is not a string';
  if (
    ownMessage &&
    !prefixes.some(
      (prefix) => error.message.startsWith(`${prefix}:`) || error.message.startsWith(`${prefix} `),
    )
  ) {
    return `error message does not start with ${prefixes.join(' or ')}: ${error.message.slice(0, 300)}`;
  }
  try {
    JSON.stringify(error.toJSON());
  } catch (cause) {
    return `error.toJSON() is not JSON: ${String(cause)}`;
  }
  return undefined;
}

/** Why a result is not plain JSON, or `undefined` when it is. */
export function notPlainJson(value: unknown): string | undefined {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (cause) {
    return `the result cannot be written as JSON: ${String(cause)}`;
  }
  if (text === undefined) return `the result is ${describeValue(value)}, not JSON`;
  // JSON has no -0 (it writes 0), and writes no key whose value is undefined (zod keeps
  // one given as undefined): neither is a fault, as the JSON text says the same.
  const difference = firstDifference(JSON.parse(text), value, [], 'json');
  return difference === undefined ? undefined : `the result is not plain JSON: ${difference}`;
}

/** The error of a `{ success: false, error }` result, if the result is one. */
function safeParseError(result: unknown): unknown {
  if (typeof result !== 'object' || result === null) return undefined;
  const { success, error } = result as { success?: unknown; error?: unknown };
  return success === false ? error : undefined;
}

/** `safeParseMember` reports as `parseMember`, `m.safeParseState` as `m.parseState`. */
function parseNameOf(name: string): string {
  return name.replace(/safeParse/u, 'parse');
}

/** Runs one call and returns what is wrong with it, or `undefined` when all is well. */
export function checkCall(target: FuzzTarget, args: readonly unknown[]): string | undefined {
  const before = deepClone([...args]);
  let result: unknown;
  let error: unknown;
  let threw = false;
  const started = performance.now();
  try {
    result = target.construct
      ? Reflect.construct(target.fn, args)
      : Reflect.apply(target.fn, undefined, args);
  } catch (caught) {
    threw = true;
    error = caught;
  }
  const took = performance.now() - started;
  const polluted = (Object.prototype as Record<string, unknown>)['polluted'];
  const protoNow = prototypeKeys();
  if (polluted !== undefined || protoNow.join('\n') !== cleanPrototypes.join('\n')) {
    restorePrototypes();
    return `a built-in prototype was changed (Object.prototype.polluted = ${describeValue(polluted)})`;
  }
  const changed = firstDifference(before, args);
  if (changed !== undefined) return `the input was mutated: args.${changed}`;
  if (took > TIME_LIMIT_MS) {
    // Once more, warm: a cold JIT, a garbage collection or a busy machine can slow one call,
    // but a hang or a blow-up in the algorithm is slow every time.
    const again = performance.now();
    try {
      if (target.construct) Reflect.construct(target.fn, args);
      else Reflect.apply(target.fn, undefined, args);
    } catch {
      // The outcome was checked above; only the time matters here.
    }
    const retook = performance.now() - again;
    if (retook > TIME_LIMIT_MS) {
      return `took ${took.toFixed(0)} ms, then ${retook.toFixed(0)} ms (limit ${String(TIME_LIMIT_MS)} ms)`;
    }
  }
  if (threw) return badError(error, target);
  const refused = safeParseError(result);
  if (refused !== undefined) {
    const problem = badError(refused, target);
    if (problem !== undefined) return `in its { success: false } result: ${problem}`;
    return undefined;
  }
  if (target.construct === true) return badError(result, target, false);
  const wrong = target.result?.(result);
  if (wrong !== undefined) return wrong;
  if (target.json !== false) return notPlainJson(result);
  return undefined;
}

/** Fails with a readable message when a call breaks a rule. */
export function assertCall(target: FuzzTarget, args: readonly unknown[], label: string): void {
  const problem = checkCall(target, args);
  if (problem !== undefined) throw new Error(`${target.name} (${label}): ${problem}`);
}

/** The fuzz runs for one target: valid seeds, hostile arguments, near-valid arguments. */
export function fuzzTarget(target: FuzzTarget): void {
  const numRuns = Math.max(1, Math.round((target.numRuns ?? 60) * RUNS_SCALE));
  for (const [index, seed] of target.seeds.entries()) {
    assertCall(target, seed, `valid seed ${String(index)}`);
  }
  if (target.construct === true) {
    // An error class builds an error from the library's own typed arguments: it must never
    // throw, whatever odd text, numbers or keys those hold, and must make a PeerLearnError.
    for (const { args, label } of extremeArguments(target.seeds)) {
      if (label.startsWith('long string')) assertCall(target, args, label);
    }
    fc.assert(
      fc.property(nearValid(target.seeds, typedCorruption, true), ({ args, label }) => {
        assertCall(target, args, label);
      }),
      { numRuns: numRuns * 2 },
    );
    return;
  }
  for (const { args, label } of extremeArguments(target.seeds)) assertCall(target, args, label);
  const seeds = target.seeds.length > 0 ? target.seeds : [[]];
  fc.assert(
    fc.property(hostileArguments(seeds, target.fn.length), ({ args, label }) => {
      assertCall(target, args, label);
    }),
    { numRuns },
  );
  if (target.seeds.length === 0) return;
  fc.assert(
    fc.property(nearValid(target.seeds), ({ args, label }) => {
      assertCall(target, args, label);
    }),
    { numRuns: numRuns * 2 },
  );
}
