import { z } from 'zod';
import { parseWith } from './validation.js';

/**
 * A seed for the generator: a safe integer (negative ones too) or any text, such as
 * `'cluster-7/round-3'`. The same seed gives the same numbers on every platform.
 *
 * @example
 * ```ts
 * Seed.safeParse('cluster-7/round-3').success;
 * // => true
 * Seed.safeParse(-42).success;
 * // => true
 * Seed.safeParse(2 ** 53).success; // beyond Number.MAX_SAFE_INTEGER
 * // => false
 * ```
 */
export const Seed = /* @__PURE__ */ (() => z.union([z.int(), z.string()]))();
/** A seed for the generator: a safe integer or any text. */
export type Seed = z.infer<typeof Seed>;

/**
 * The generator's whole state: four unsigned 32-bit words, not all zero. It is plain JSON,
 * so an app can store it and carry on the same sequence later.
 *
 * @example
 * ```ts
 * RandomState.safeParse(createRandom('round-1').state()).success;
 * // => true
 * RandomState.safeParse([0, 0, 0, 0]).success; // an all-zero state would never move
 * // => false
 * RandomState.safeParse([1, 2, 3]).success;
 * // => false
 * ```
 */
export const RandomState = /* @__PURE__ */ (() =>
  z
    .tuple([
      z.int().min(0).max(0xffffffff),
      z.int().min(0).max(0xffffffff),
      z.int().min(0).max(0xffffffff),
      z.int().min(0).max(0xffffffff),
    ])
    .refine((words) => words.some((word) => word !== 0), 'must not be all zeros'))();
/** The generator's whole state: four unsigned 32-bit words, not all zero. */
export type RandomState = z.infer<typeof RandomState>;

/**
 * A deterministic source of random numbers, created by {@link createRandom}.
 *
 * It is the one place peerlearn's seeded algorithms draw from, so that a pairing, a group
 * plan or a shuffle can be reproduced exactly from its seed.
 */
export interface SeededRandom {
  /** The next float in [0, 1), with 53 random bits (two 32-bit draws). */
  next(): number;
  /** The next unsigned 32-bit integer, in [0, 2³²). */
  uint32(): number;
  /**
   * A uniform integer in [0, `bound`), without modulo bias (rejection sampling).
   * `bound` must be an integer from 1 to 2³²; otherwise it throws `invalid_input`.
   */
  int(bound: number): number;
  /** A copy of the current state, to store and later pass to {@link restoreRandom}. */
  state(): RandomState;
}

const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;
const MASK_64 = (1n << 64n) - 1n;

/**
 * Creates a seeded random number generator (xoshiro128**, seeded through SplitMix64).
 *
 * Programmes need randomness that can be replayed: a coordinator reruns last month's
 * buddy rotation and must get the same pairs. The generator is xoshiro128** 1.1 by
 * Blackman and Vigna ("Scrambled linear pseudorandom number generators", ACM TOMS 47,
 * 2021), whose 128-bit state is filled from the seed by their SplitMix64. A number seed
 * is taken modulo 2⁶⁴ (two's complement for negative ones); a text seed is hashed with
 * 64-bit FNV-1a over its UTF-16 code units, low byte first. Only 32-bit integer
 * operations are used after seeding, so results agree byte for byte across JavaScript
 * engines. Each draw costs O(1). Not for cryptography.
 *
 * @param seed - a safe integer or a text.
 * @returns a generator; its `state()` can be stored as JSON.
 * @throws {@link InvalidInputError} (`invalid_input`) when the seed is not a safe integer or a text.
 *
 * @example
 * ```ts
 * const random = createRandom(42);
 * const roll = 1 + random.int(6);
 * roll >= 1 && roll <= 6;
 * // => true
 * createRandom('round-1').uint32() === createRandom('round-1').uint32();
 * // => true
 * ```
 */
export function createRandom(seed: Seed): SeededRandom {
  const checked = parseWith(Seed, seed, { fn: 'createRandom', root: 'seed' });
  const x = typeof checked === 'number' ? BigInt.asUintN(64, BigInt(checked)) : hashText(checked);
  const [first, afterFirst] = splitMix64(x);
  const [second] = splitMix64(afterFirst);
  return generatorFrom(
    Number(first & 0xffffffffn),
    Number(first >> 32n),
    Number(second & 0xffffffffn),
    Number(second >> 32n),
  );
}

/** One step of SplitMix64: the output and the advanced counter. */
function splitMix64(counter: bigint): [output: bigint, next: bigint] {
  const next = (counter + 0x9e3779b97f4a7c15n) & MASK_64;
  let z = next;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
  return [z ^ (z >> 31n), next];
}

/**
 * Recreates a generator from a state saved with `state()`, to continue its sequence.
 *
 * Cost: O(1).
 *
 * @param state - four unsigned 32-bit words, not all zero.
 * @returns a generator that continues where the saved one stood.
 * @throws {@link InvalidInputError} (`invalid_input`) when the state is not four such words.
 *
 * @example
 * ```ts
 * const random = createRandom(7);
 * random.uint32();
 * const saved = random.state();
 * const expected = random.uint32();
 * restoreRandom(saved).uint32() === expected;
 * // => true
 * ```
 */
export function restoreRandom(state: RandomState): SeededRandom {
  const [a, b, c, d] = parseWith(RandomState, state, { fn: 'restoreRandom', root: 'state' });
  return generatorFrom(a, b, c, d);
}

function generatorFrom(a: number, b: number, c: number, d: number): SeededRandom {
  let s0 = a | 0;
  let s1 = b | 0;
  let s2 = c | 0;
  let s3 = d | 0;

  const uint32 = (): number => {
    const scrambled = Math.imul(s1, 5);
    const result = Math.imul((scrambled << 7) | (scrambled >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };

  return {
    uint32,
    next: () => ((uint32() >>> 5) * 67108864 + (uint32() >>> 6)) / TWO_53,
    int: (bound: number) => {
      if (!Number.isInteger(bound) || bound < 1 || bound > TWO_32) {
        parseWith(z.int().min(1).max(TWO_32), bound, { fn: 'SeededRandom.int', root: 'bound' });
      }
      const limit = TWO_32 - (TWO_32 % bound);
      let value = uint32();
      while (value >= limit) value = uint32();
      return value % bound;
    },
    state: () => [s0 >>> 0, s1 >>> 0, s2 >>> 0, s3 >>> 0],
  };
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;

/** 64-bit FNV-1a over the text's UTF-16 code units, low byte first. */
function hashText(text: string): bigint {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    hash = ((hash ^ BigInt(unit & 0xff)) * FNV_PRIME) & MASK_64;
    hash = ((hash ^ BigInt(unit >>> 8)) * FNV_PRIME) & MASK_64;
  }
  return hash;
}
