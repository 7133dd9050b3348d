/**
 * A deep copy and a deep comparison for fuzz inputs, which may hold anything: NaN and -0,
 * objects with a null prototype or an own `__proto__` key, symbol keys, sparse arrays,
 * dates, maps, sets, typed arrays, boxed primitives and functions.
 *
 * `structuredClone` loses prototypes and refuses functions, so the fuzz suite uses these:
 * plain objects and arrays are copied key by key (with `defineProperty`, so a key named
 * `__proto__` stays an own key), the built-in containers are copied by content, and
 * anything else (functions, class instances such as zod schemas) is kept by reference and
 * compared by identity.
 */

type Plain = Record<PropertyKey, unknown>;

function isPlainObject(value: object): value is Plain {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Own enumerable keys, symbols included (`Object.keys` lists an own `__proto__` too). */
function ownKeys(value: object): PropertyKey[] {
  const symbols = Object.getOwnPropertySymbols(value);
  const keys: PropertyKey[] = Object.keys(value);
  if (symbols.length === 0) return keys;
  return [
    ...keys,
    ...symbols.filter((key) => Object.prototype.propertyIsEnumerable.call(value, key)),
  ];
}

/** Writes a key as an own data property, even `__proto__`. */
export function defineKey(target: object, key: PropertyKey, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    (target as Record<PropertyKey, unknown>)[key] = value;
  }
}

/** A deep copy that keeps prototypes, own `__proto__` keys, holes, NaN and -0. */
export function deepClone<T>(value: T): T {
  return cloneValue(value, new Map()) as T;
}

function cloneValue(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    // Index by index, keeping holes; other keys on an array are not copied.
    const copy: unknown[] = new Array<unknown>(value.length);
    seen.set(value, copy);
    for (let index = 0; index < value.length; index += 1) {
      if (Object.hasOwn(value, index)) copy[index] = cloneValue(value[index], seen);
    }
    return copy;
  }
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof Map) {
    const copy = new Map();
    seen.set(value, copy);
    for (const [k, v] of value) copy.set(cloneValue(k, seen), cloneValue(v, seen));
    return copy;
  }
  if (value instanceof Set) {
    const copy = new Set();
    seen.set(value, copy);
    for (const v of value) copy.add(cloneValue(v, seen));
    return copy;
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return (value as unknown as { slice: () => unknown }).slice();
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    return Object(value.valueOf()) as unknown;
  }
  if (!isPlainObject(value)) return value;
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Plain;
  seen.set(value, copy);
  for (const key of ownKeys(value)) defineKey(copy, key, cloneValue(value[key], seen));
  return copy;
}

/**
 * Whether two values are the same, deeply: `Object.is` for primitives (so NaN equals NaN
 * and -0 differs from 0), the same prototype and the same own keys for objects. In `'json'`
 * mode, as JSON sees them: -0 is 0, and a key whose value is `undefined` is no key.
 * Returns the path of the first difference, or `undefined` when they are equal.
 */
export function firstDifference(
  a: unknown,
  b: unknown,
  path: readonly PropertyKey[] = [],
  mode: 'exact' | 'json' = 'exact',
): string | undefined {
  const found = difference(a, b, mode === 'json', new WeakMap());
  if (found === undefined) return undefined;
  const steps = [...path, ...found.path.reverse()];
  return `${steps.length === 0 ? '(root)' : steps.map(String).join('.')}: ${found.what}`;
}

/** A difference: what differs, and the path to it written backwards (deepest key first). */
interface Difference {
  readonly path: PropertyKey[];
  readonly what: string;
}

/** Where two values first differ; the path is built only on the way out of a difference. */
function difference(
  a: unknown,
  b: unknown,
  json: boolean,
  compared: WeakMap<object, unknown>,
): Difference | undefined {
  if (Object.is(a, b) || (json && a === 0 && b === 0)) return undefined;
  const at = (what: string): Difference => ({ path: [], what });
  const inside = (key: PropertyKey, left: unknown, right: unknown): Difference | undefined => {
    const found = difference(left, right, json, compared);
    if (found !== undefined) found.path.push(key);
    return found;
  };
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return at(`${describeValue(a)} became ${describeValue(b)}`);
  }
  // A pair met before (a list of one item many times, or a cycle) is not walked again.
  if (compared.get(a) === b) return undefined;
  compared.set(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return at('prototype changed');
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) {
      return at(`length ${String(a.length)} became ${String(other.length)}`);
    }
    for (let index = 0; index < a.length; index += 1) {
      if (Object.hasOwn(a, index) !== Object.hasOwn(other, index)) {
        return at(`a hole at ${String(index)} was filled or made`);
      }
      const found = inside(index, a[index], other[index]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (a instanceof Date) {
    return Object.is(a.getTime(), (b as Date).getTime()) ? undefined : at('date changed');
  }
  if (a instanceof Map || a instanceof Set) {
    const left = [...(a as Map<unknown, unknown>).entries()];
    const right = [...(b as Map<unknown, unknown>).entries()];
    if (left.length !== right.length) return at('size changed');
    for (const [index, entry] of left.entries()) {
      const other = right[index];
      const found =
        inside(`<key ${String(index)}>`, entry[0], other?.[0]) ??
        inside(`<entry ${String(index)}>`, entry[1], other?.[1]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (ArrayBuffer.isView(a) && !(a instanceof DataView)) {
    const left = [...(a as unknown as Iterable<unknown>)];
    const right = [...(b as unknown as Iterable<unknown>)];
    return difference(left, right, json, compared);
  }
  if (a instanceof Number || a instanceof String || a instanceof Boolean) {
    return Object.is(a.valueOf(), (b as { valueOf: () => unknown }).valueOf())
      ? undefined
      : at('boxed value changed');
  }
  if (!isPlainObject(a)) return at('a different object');
  const present = (value: object) => (key: PropertyKey) =>
    !json || (value as Plain)[key] !== undefined;
  const leftKeys = ownKeys(a).filter(present(a));
  const rightKeys = ownKeys(b).filter(present(b));
  const leftSet = new Set(leftKeys);
  if (leftKeys.length !== rightKeys.length || rightKeys.some((key) => !leftSet.has(key))) {
    const rightSet = new Set(rightKeys);
    const added = rightKeys.filter((key) => !leftSet.has(key));
    const removed = leftKeys.filter((key) => !rightSet.has(key));
    return at(
      [
        added.length > 0 ? `keys added: ${added.map(String).join(', ')}` : '',
        removed.length > 0 ? `keys removed: ${removed.map(String).join(', ')}` : '',
      ]
        .filter((part) => part !== '')
        .join('; '),
    );
  }
  for (const key of leftKeys) {
    const found = inside(key, a[key], (b as Plain)[key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A short description of a value for messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > 60 ? `string of length ${String(value.length)}` : JSON.stringify(value);
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${String(value)}n`;
  if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
  if (value === undefined || value === null) return String(value);
  if (Array.isArray(value)) return `array of length ${String(value.length)}`;
  return Object.prototype.toString.call(value);
}
