/**
 * A checker for "plain data" (DESIGN.md, rule 2): a value an app can write with
 * `JSON.stringify`, read back with `JSON.parse` and get exactly the same thing.
 *
 * `firstNonJson` walks a value and names the first place where a JSON round trip would lose
 * or change something, with why: a key whose value is `undefined` (JSON drops the key), a
 * function, symbol or bigint, `NaN`, `±Infinity` or `-0` (JSON writes `null` or `0`), a hole
 * in an array, a `Date`, `Map`, `Set` or other class instance, a getter, a symbol key, a key
 * that is not enumerable, or a cycle. Used by test/serialisation and test/determinism.
 */

/** Where a value stops being plain JSON, and why. */
export interface NonJson {
  /** The path from the root, such as `$.groups[2].members`. */
  readonly path: string;
  /** What is there, in a few words. */
  readonly reason: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

function keyPath(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function describeObject(value: object): string {
  const proto: unknown = Object.getPrototypeOf(value);
  const name =
    typeof proto === 'object' && proto !== null
      ? (proto as { constructor?: { name?: unknown } }).constructor?.name
      : undefined;
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object of another kind';
}

/** What {@link firstNonJson} lets pass. */
export interface NonJsonOptions {
  /**
   * Let `-0` pass (default `false`): JSON writes it as `0`, so the text is the same but a
   * strict deep comparison after a round trip is not.
   */
  readonly negativeZero?: boolean;
}

/**
 * The first place in `value` that is not plain JSON, or `null` when all of it is.
 *
 * @param value - the value to walk.
 * @param path - the name of the root in messages (`$` by default).
 * @param options - what to let pass.
 */
export function firstNonJson(
  value: unknown,
  path = '$',
  options: NonJsonOptions = {},
): NonJson | null {
  return walk(value, path, new Set(), options.negativeZero === true);
}

function walk(
  value: unknown,
  path: string,
  ancestors: Set<object>,
  negativeZero: boolean,
): NonJson | null {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      if (!Number.isFinite(value)) return { path, reason: `${String(value)} (JSON writes null)` };
      if (Object.is(value, -0) && !negativeZero) return { path, reason: '-0 (JSON writes 0)' };
      return null;
    case 'undefined':
      return { path, reason: 'undefined (JSON drops the key, or writes null in an array)' };
    case 'function':
    case 'symbol':
    case 'bigint':
      return { path, reason: `a ${typeof value}` };
    default:
      break;
  }
  if (value === null) return null;
  const object = value as object;
  if (ancestors.has(object)) return { path, reason: 'a cycle (JSON cannot write it)' };
  const proto: unknown = Object.getPrototypeOf(object);
  const isArray = Array.isArray(object);
  if (!isArray && proto !== Object.prototype && proto !== null) {
    return { path, reason: `${describeObject(object)}, not a plain object` };
  }
  if (isArray && proto !== Array.prototype) {
    return { path, reason: `${describeObject(object)}, not a plain array` };
  }
  ancestors.add(object);
  try {
    const keys = Reflect.ownKeys(object);
    for (const key of keys) {
      if (typeof key === 'symbol') return { path, reason: `a symbol key ${String(key)}` };
      if (isArray && key === 'length') continue;
      const descriptor = Object.getOwnPropertyDescriptor(object, key);
      if (descriptor === undefined) continue;
      const at = isArray && /^\d+$/u.test(key) ? `${path}[${key}]` : keyPath(path, key);
      if (isArray && !/^\d+$/u.test(key)) {
        return { path: at, reason: 'a named key on an array (JSON drops it)' };
      }
      if (!('value' in descriptor)) return { path: at, reason: 'a getter or setter' };
      if (descriptor.enumerable !== true) {
        return { path: at, reason: 'a key that is not enumerable (JSON drops it)' };
      }
      const found = walk(descriptor.value, at, ancestors, negativeZero);
      if (found !== null) return found;
    }
    if (isArray) {
      const list = object as readonly unknown[];
      for (let index = 0; index < list.length; index += 1) {
        if (!Object.hasOwn(list, index)) {
          return { path: `${path}[${String(index)}]`, reason: 'a hole (JSON writes null)' };
        }
      }
    }
    return null;
  } finally {
    ancestors.delete(object);
  }
}

/** `firstNonJson` as one line of text for a failure message, or `null`. */
export function nonJsonText(
  value: unknown,
  path = '$',
  options: NonJsonOptions = {},
): string | null {
  const found = firstNonJson(value, path, options);
  return found === null ? null : `${found.path}: ${found.reason}`;
}

/** The value after a JSON round trip. */
export function jsonRoundTrip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
