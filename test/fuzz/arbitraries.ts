/**
 * Hostile values for the fuzz suite, and "near-valid" inputs: a valid argument list with
 * one thing broken. Pure random input mostly fails the first type check; breaking one
 * field of a realistic input reaches the code behind it.
 */
import fc from 'fast-check';
import { deepClone, defineKey } from './clone.js';

/** Keys that try to reach a prototype, or that shadow the methods every object has. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
] as const;

/** An object with an own `__proto__` key holding `{ polluted }`, as `JSON.parse` makes it. */
export function protoBomb(): Record<string, unknown> {
  return JSON.parse('{"__proto__":{"polluted":"yes"},"id":"__proto__"}') as Record<string, unknown>;
}

/** Objects that try to pollute a prototype when a function copies or merges them. */
export const protoObject: fc.Arbitrary<unknown> = fc
  .constantFrom('bomb', 'constructor', 'prototype', 'null', 'shadow')
  .map((kind) => {
    switch (kind) {
      case 'bomb':
        return protoBomb();
      case 'constructor':
        return { constructor: { prototype: { polluted: 'yes' } } };
      case 'prototype':
        return { prototype: { polluted: 'yes' }, __proto__: null };
      case 'null':
        return Object.create(null) as unknown;
      default:
        return { toString: 'not a function', valueOf: 42, hasOwnProperty: null };
    }
  });

/** Numbers that break arithmetic: NaN, the infinities, -0, extremes and non-integers. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    -1,
    0.5,
    1e-320,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_SAFE_INTEGER - 2,
    2 ** 31,
    2 ** 32,
    2 ** 53,
    1e21,
    1e308,
  ),
  fc.double(),
  fc.integer(),
);

/** Calendar dates and instants that do not exist, or are written in a form that is not ISO. */
export const impossibleDate: fc.Arbitrary<string> = fc.constantFrom(
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '2025-02-29',
  '2026-02-29',
  '0000-00-00',
  '9999-99-99',
  '+275760-09-13',
  '-000001-01-01',
  '2026-3-5',
  '05/03/2026',
  ' 2026-03-05',
  '2026-03-05 ',
  '2026-03-05T25:00:00Z',
  '2026-02-30T10:00:00Z',
  '2026-03-05T10:00:00+25:00',
  '2026-03-05T10:60:00Z',
  '2026-03-05T10:00:00',
  '2026-W10-4',
);

/** Strings that break text handling: lone surrogates, direction marks, joiners, combining marks. */
export const oddString: fc.Arbitrary<string> = fc.constantFrom(
  '',
  ' ',
  '\t\n',
  '\u0000',
  '\uD800',
  'a\uDC00b',
  '\u202Eevil\u202C',
  '\u200F\u200E',
  'x\u200Dy',
  '\u200B',
  '\uFEFF',
  'e\u0301\u0301\u0301\u0301',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357',
  '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}',
  '\u{1F1EC}\u{1F1E7}',
  '\u0130\u0131',
  'ß',
  '\u0645\u0631\u062D\u0628\u0627',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'undefined',
  '"',
  "'",
  '\\',
  ',',
  '\r\n',
  '"a,b"\r\n',
  '%s%d',
  '${x}',
  '<script>',
  '-->',
  '|',
  ';',
  '\u2028\u2029',
);

/** Very long strings (100,000 UTF-16 code units): emoji, combining marks, quotes, words. */
export const LONG_STRINGS: readonly string[] = [
  '\u{1F600}'.repeat(50_000),
  'e\u0301'.repeat(50_000),
  'why don\u2019t you '.repeat(6_250),
  '"'.repeat(100_000),
];

/** Any string worth trying (long ones are tried apart, see {@link extremeArguments}). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: oddString },
  { weight: 4, arbitrary: impossibleDate },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

/** How many items a huge array has. */
export const HUGE = 10_000;

/** Anything at all, with objects whose keys include `__proto__`, `constructor` and `prototype`. */
export const anything: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS, 'id', 'polluted') },
  ),
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});

/** Values of the wrong kind for almost any field. */
export const wrongType: fc.Arbitrary<unknown> = fc.constantFrom(
  undefined,
  null,
  true,
  0,
  '',
  [],
  {},
  10n,
  Symbol('s'),
  () => 1,
  new Date(Number.NaN),
  new Date(0),
  new Map([['a', 1]]),
  new Set([1]),
  /x/u,
  new Error('x'),
  Object('boxed') as unknown,
  [[[[[[[[[[[]]]]]]]]]]],
);

/** The plainest wrong values, which every argument meets first in real code. */
export const plainWrong: fc.Arbitrary<unknown> = fc.constantFrom(
  undefined,
  null,
  0,
  Number.NaN,
  '',
  true,
  [],
  {},
);

/**
 * Every kind of hostile value but the huge ones, which are slow to build and to refuse and
 * so are tried a few times per function rather than at random (see {@link extremeArguments}).
 */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: plainWrong },
  { weight: 6, arbitrary: anything },
  { weight: 4, arbitrary: wrongType },
  { weight: 4, arbitrary: hostileNumber },
  { weight: 5, arbitrary: hostileString },
  { weight: 3, arbitrary: protoObject },
);

// -- near-valid inputs ------------------------------------------------------------------

/** One step from the argument list down to a value: an object key or an array index. */
type Step = string | number;

/** The paths of every array and plain object and every field inside an argument list. */
export function pathsOf(args: readonly unknown[], limit = 4_000): Step[][] {
  const paths: Step[][] = [];
  const walk = (value: unknown, path: Step[], depth: number): void => {
    if (paths.length >= limit) return;
    paths.push(path);
    if (depth > 10 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      // Long lists: their first few items stand for the rest.
      value.slice(0, 6).forEach((item, index) => {
        walk(item, [...path, index], depth + 1);
      });
      return;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return;
    for (const key of Object.keys(value)) {
      walk((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    }
  };
  args.forEach((arg, index) => {
    walk(arg, [index], 0);
  });
  return paths;
}

/** How one field of a valid input is broken. */
export type Corruption =
  | { readonly kind: 'replace'; readonly value: unknown }
  | { readonly kind: 'delete' }
  | { readonly kind: 'extra'; readonly key: string; readonly value: unknown }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'sameKind'; readonly number: number; readonly string: string }
  | { readonly kind: 'dropArgument' }
  | { readonly kind: 'extraArgument'; readonly value: unknown };

export const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  { weight: 6, arbitrary: hostile.map((value) => ({ kind: 'replace' as const, value })) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(hostileNumber, fc.oneof(hostileString, impossibleDate))
      .map(([number, string]) => ({ kind: 'sameKind' as const, number, string })),
  },
  { weight: 4, arbitrary: fc.constant({ kind: 'delete' as const }) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, 'extra', 'polluted', 'id'), fc.string()),
        fc.oneof(hostile, protoObject),
      )
      .map(([key, value]) => ({ kind: 'extra' as const, key, value })),
  },
  { weight: 4, arbitrary: fc.constant({ kind: 'duplicate' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'empty' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'dropArgument' as const }) },
  {
    weight: 1,
    arbitrary: hostile.map((value) => ({ kind: 'extraArgument' as const, value })),
  },
);

/**
 * Corruptions that keep every value's type (odd strings for strings, odd numbers for
 * numbers, extra keys, repeated items): for the error classes, whose constructors take
 * typed arguments from the library itself and must never fail while building an error.
 */
export const typedCorruption: fc.Arbitrary<Corruption> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(hostileNumber, hostileString)
      .map(([number, string]) => ({ kind: 'sameKind' as const, number, string })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, 'polluted'), fc.string()), hostileString)
      .map(([key, value]) => ({ kind: 'extra' as const, key, value })),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'duplicate' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
);

/** A short label for a corruption, for failure messages. */
export function describeCorruption(path: readonly Step[], broken: Corruption): string {
  return `${broken.kind} at args[${path.map(String).join('][')}]`;
}

/**
 * Applies a corruption at a path of a copy of the argument list. Where the corruption does
 * not fit the value there (duplicating a number, say), it replaces the value instead.
 */
export function corrupt(
  args: readonly unknown[],
  path: readonly Step[],
  broken: Corruption,
  keepTypes = false,
): unknown[] {
  const copy = deepClone([...args]);
  if (broken.kind === 'dropArgument') return copy.slice(0, Math.max(0, copy.length - 1));
  if (broken.kind === 'extraArgument') return [...copy, broken.value];
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  if (key === undefined) return copy;
  let parent: unknown = copy;
  for (const step of parentPath) parent = (parent as Record<Step, unknown>)[step];
  const holder = parent as Record<Step, unknown>;
  const current = holder[key];
  const set = (value: unknown): void => {
    // Typed corruption keeps each value's type, and an error's `code` (one of three words).
    if (keepTypes && (typeof value !== typeof current || key === 'code')) return;
    if (keepTypes && Array.isArray(value) !== Array.isArray(current)) return;
    defineKey(holder, key, value);
  };
  switch (broken.kind) {
    case 'replace':
      set(broken.value);
      break;
    case 'delete':
      if (Array.isArray(holder) && typeof key === 'number') holder.splice(key, 1);
      else Reflect.deleteProperty(holder, key);
      break;
    case 'extra':
      if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
        defineKey(current, broken.key, broken.value);
      } else if (keepTypes) {
        return copy;
      } else if (Array.isArray(current)) {
        current.push(broken.value);
      } else {
        set(broken.value);
      }
      break;
    case 'duplicate':
      if (Array.isArray(current) && current.length > 0) {
        current.push(deepClone(current[0]));
      } else if (Array.isArray(holder) && typeof key === 'number') {
        if (keepTypes && parentPath.length === 0) break;
        holder.splice(key, 0, deepClone(current));
      } else {
        set([current, current]);
      }
      break;
    case 'empty':
      if (keepTypes && !Array.isArray(current) && typeof current !== 'string') break;
      set(Array.isArray(current) ? [] : typeof current === 'string' ? '' : {});
      break;
    case 'sameKind':
      if (typeof current === 'number') set(broken.number);
      else if (typeof current === 'string') set(broken.string);
      else if (typeof current === 'boolean') set(current ? 'true' : 0);
      else set(broken.number);
      break;
  }
  return copy;
}

/**
 * Near-valid argument lists built from valid ones: one field of one valid list broken.
 * The path is chosen by index among every path of the chosen list, so shrinking keeps it.
 */
export function nearValid(
  seeds: readonly (readonly unknown[])[],
  how: fc.Arbitrary<Corruption> = corruption,
  keepTypes = false,
): fc.Arbitrary<{ args: unknown[]; label: string }> {
  const paths = seeds.map((seed) => pathsOf(seed));
  return fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.nat(), how).map(([which, at, broken]) => {
    const seed = seeds[which] ?? [];
    const options = paths[which] ?? [];
    const path = options[at % Math.max(1, options.length)] ?? [];
    return {
      args: corrupt(seed, path, broken, keepTypes),
      label: `seed ${String(which)}: ${describeCorruption(path, broken)}`,
    };
  });
}

/** Hostile values in one argument position of a valid list, or the whole list hostile. */
export function hostileArguments(
  seeds: readonly (readonly unknown[])[],
  arity: number,
): fc.Arbitrary<{ args: unknown[]; label: string }> {
  const positions = Math.max(1, arity, ...seeds.map((seed) => seed.length));
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.nat({ max: Math.max(0, seeds.length - 1) }),
          fc.nat({ max: positions - 1 }),
          hostile,
        )
        .map(([which, position, value]) => {
          const args = deepClone([...(seeds[which] ?? [])]);
          while (args.length < position) args.push(undefined);
          args[position] = value;
          return { args, label: `hostile argument ${String(position)}` };
        }),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(hostile, { maxLength: positions + 1 })
        .map((args) => ({ args, label: 'every argument hostile' })),
    },
  );
}

/** The path of the first value in an argument list that passes a test, walking depth first. */
function firstPath(
  args: readonly unknown[],
  test: (value: unknown, path: readonly Step[]) => boolean,
): Step[] | undefined {
  return pathsOf(args).find((path) => {
    let value: unknown = args;
    for (const step of path) value = (value as Record<Step, unknown>)[step];
    return test(value, path);
  });
}

/**
 * A huge array made from an item: one copy of it, many times over (so its ids repeat). One
 * shared copy keeps the suite's own copying and comparing of the input cheap.
 */
function hugeOf(item: unknown): unknown[] {
  return new Array<unknown>(HUGE).fill(deepClone(item));
}

/**
 * The few slow inputs each function meets once, not at random: 10,000 items in the first
 * list argument and in the first list inside an argument (copies of their first item, so
 * with repeated ids); 10,000 distinct ids, and 10,000 holes, as the first argument; and a
 * 100,000-character string in place of the first string.
 */
export function extremeArguments(
  seeds: readonly (readonly unknown[])[],
  index = 0,
): { args: unknown[]; label: string }[] {
  const seed = seeds[0] ?? [];
  const cases: { args: unknown[]; label: string }[] = [];
  const replaceAt = (
    path: readonly Step[],
    make: (value: unknown) => unknown,
    label: string,
  ): void => {
    const args = deepClone([...seed]);
    let holder: unknown = args;
    for (const step of path.slice(0, -1)) holder = (holder as Record<Step, unknown>)[step];
    const key = path[path.length - 1];
    if (key === undefined) return;
    const target = holder as Record<Step, unknown>;
    defineKey(target, key, make(target[key]));
    cases.push({ args, label: `${label} at args[${path.map(String).join('][')}]` });
  };
  const topList = firstPath(seed, (value, path) => path.length === 1 && Array.isArray(value));
  if (topList !== undefined) {
    replaceAt(topList, (list) => hugeOf((list as unknown[])[0] ?? 0), 'huge list of copies');
  }
  const innerList = firstPath(seed, (value, path) => path.length > 1 && Array.isArray(value));
  if (innerList !== undefined) {
    replaceAt(
      innerList,
      (list) => hugeOf((list as unknown[])[0] ?? 'x'),
      'huge inner list of copies',
    );
  }
  // Not an error's `code`, which is one of three words by type.
  const text = firstPath(
    seed,
    (value, path) => typeof value === 'string' && path[path.length - 1] !== 'code',
  );
  if (text !== undefined) {
    replaceAt(text, () => LONG_STRINGS[index % LONG_STRINGS.length], 'long string');
  }
  const rest = deepClone(seed.slice(1));
  cases.push(
    {
      args: [Array.from({ length: HUGE }, (_, i) => ({ id: `p${String(i)}` })), ...rest],
      label: 'huge list of distinct ids as args[0]',
    },
    { args: [new Array<unknown>(HUGE), ...rest], label: 'huge list of holes as args[0]' },
  );
  return cases;
}
