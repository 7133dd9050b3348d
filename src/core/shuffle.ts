import { z } from 'zod';
import { createRandom, Seed, type SeededRandom } from './random.js';
import { parseWith } from './validation.js';

/**
 * Returns a seeded random permutation of a list, leaving the list itself untouched.
 *
 * Use it where a programme needs a fair but reproducible order: who presents first in an
 * action learning set, the order of a waiting list, the starting point of a search. It is
 * the Fisher–Yates shuffle (Durstenfeld's in-place form, run on a copy) drawing from
 * {@link createRandom}, so every permutation is equally likely and the same seed always
 * gives the same order. Costs O(n).
 *
 * @param items - the list to shuffle; it is not changed.
 * @param seed - a seed, or a generator to draw from (which then advances).
 * @returns a new array with the same items in shuffled order.
 * @throws {@link InvalidInputError} (`invalid_input`) when `items` is not an array or the seed is invalid.
 *
 * @example
 * ```ts
 * const cohort = ['Ama', 'Bilal', 'Cerys', 'Dev'];
 * const order = shuffle(cohort, 'set-1/meeting-4');
 * order.length;
 * // => 4
 * [...order].sort();
 * // => ['Ama', 'Bilal', 'Cerys', 'Dev']
 * ```
 */
export function shuffle<T>(items: readonly T[], seed: Seed | SeededRandom): T[] {
  if (!Array.isArray(items)) {
    parseWith(z.array(z.unknown()), items, { fn: 'shuffle', root: 'items' });
  }
  const random = isSeededRandom(seed)
    ? seed
    : createRandom(parseWith(Seed, seed, { fn: 'shuffle', root: 'seed' }));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    const held = result[i] as T;
    result[i] = result[j] as T;
    result[j] = held;
  }
  return result;
}

function isSeededRandom(value: unknown): value is SeededRandom {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<SeededRandom>).int === 'function'
  );
}
