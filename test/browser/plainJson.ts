/**
 * Helpers for the browser smoke suite.
 */

/**
 * The path of the first value in `value` that is not plain JSON (a function, a class
 * instance, a `Date`, `Map`, `undefined`, a non-finite number…), or `null` if it all is.
 */
export function firstNonJson(value: unknown, path = '$'): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = firstNonJson(item, `${path}[${String(index)}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const found = firstNonJson(item, `${path}.${key}`);
      if (found !== null) return found;
    }
    return null;
  }
  return path;
}
