import { z } from 'zod';

/**
 * An id that will be used as a key of a plain object (a record of shares, of counts): a
 * trimmed, non-empty string that is not `__proto__`, `constructor` or `prototype`, so no
 * input can reach an object's prototype through it.
 */
export const RecordKey = /* @__PURE__ */ (() =>
  z
    .string()
    .trim()
    .min(1)
    .refine(
      (id) => !['__proto__', 'constructor', 'prototype'].includes(id),
      'must not be __proto__, constructor or prototype',
    ))();
