/**
 * Freezes a plain-data value and everything inside it, and returns it.
 *
 * Models that peerlearn hands out to be shared (a defined instrument, a built-in catalogue)
 * are frozen so that no caller can change them under another. Only arrays and plain objects
 * are walked; a frozen branch is not walked again. Cost: O(size of the value).
 *
 * @param value - plain data (objects, arrays, strings, numbers, booleans, null).
 * @returns the same value, frozen all the way down.
 *
 * @example
 * ```ts
 * const plan = deepFreeze({ sessions: [{ date: '2026-03-05' }] });
 * Object.isFrozen(plan.sessions[0]);
 * // => true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  // A typed array with elements cannot be frozen (the engine refuses); it is not plain data.
  if (ArrayBuffer.isView(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
