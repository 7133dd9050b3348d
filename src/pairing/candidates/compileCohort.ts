import type { PairingParticipant, PairingRound } from '../participant.js';
import type { PairingRules } from '../pairingRules.js';

/**
 * A hard rule a candidate pair can break: the same area or organisation, a never-pair,
 * no shared availability, no shared language, or a recent repeat.
 */
export type HardRule =
  'area' | 'organisation' | 'neverPair' | 'availability' | 'language' | 'recentRepeat';

/** The hard rules a candidate pair can break, in the order they are reported. */
export const HARD_RULES: readonly HardRule[] = [
  'area',
  'organisation',
  'neverPair',
  'availability',
  'language',
  'recentRepeat',
];

/** A participant cohort compiled into flat arrays, for scoring many pairs quickly. */
export interface Cohort {
  readonly n: number;
  /** The participants, sorted by id; everything below is indexed the same way. */
  readonly people: readonly PairingParticipant[];
  readonly index: ReadonlyMap<string, number>;
  /** Area and organisation as codes; −1 where unknown (different from everyone). */
  readonly area: Int32Array;
  readonly organisation: Int32Array;
  /** Bit sets of topics, availability slots and languages: `words` 32-bit words a person. */
  readonly topicWords: number;
  readonly topics: Uint32Array;
  readonly slotWords: number;
  readonly slots: Uint32Array;
  readonly languageWords: number;
  readonly languages: Uint32Array;
  /** Experience on 0–1 (new = 0, experienced = 1, levels rescaled); NaN where unknown. */
  readonly experience: Float64Array;
  /** The round being planned. */
  readonly round: number;
  /** The last round each pair met in, keyed by `pairKey`. */
  readonly lastMet: ReadonlyMap<number, number>;
  /** The last round each person sat out in; −Infinity for never. */
  readonly lastSatOut: Float64Array;
  /** Pairs that must never be made, keyed by `pairKey`. */
  readonly never: ReadonlySet<number>;
}

/** The key of an unordered pair of indexes. */
export function pairKey(n: number, i: number, j: number): number {
  return i < j ? i * n + j : j * n + i;
}

function codes(values: readonly (string | undefined)[]): Int32Array {
  const seen = new Map<string, number>();
  return Int32Array.from(values, (value) => {
    if (value === undefined) return -1;
    const known = seen.get(value);
    if (known !== undefined) return known;
    seen.set(value, seen.size);
    return seen.size - 1;
  });
}

function bitSets(lists: readonly (readonly string[])[]): { words: number; bits: Uint32Array } {
  const seen = new Map<string, number>();
  for (const list of lists)
    for (const value of list) if (!seen.has(value)) seen.set(value, seen.size);
  const words = Math.max(1, Math.ceil(seen.size / 32));
  const bits = new Uint32Array(lists.length * words);
  lists.forEach((list, person) => {
    for (const value of list) {
      const code = seen.get(value) ?? 0;
      const at = person * words + (code >>> 5);
      bits[at] = (bits[at] as number) | (1 << (code & 31));
    }
  });
  return { words, bits };
}

/**
 * Compiles the cohort: ids sorted (so ties always break the same way), fields coded,
 * history indexed by pair. Cost: O(n + topics + history).
 */
export function compileCohort(
  participants: readonly PairingParticipant[],
  history: readonly PairingRound[],
  rules: PairingRules,
  round: number,
): Cohort {
  const people = [...participants].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = people.length;
  const index = new Map(people.map((person, i) => [person.id, i]));
  const topics = bitSets(people.map((person) => person.topics));
  const slots = bitSets(people.map((person) => person.availability));
  const languages = bitSets(people.map((person) => person.languages));

  const levels = people.map((person) =>
    typeof person.experience === 'number' ? person.experience : null,
  );
  const numeric = levels.filter((level): level is number => level !== null);
  const low = numeric.length > 0 ? Math.min(...numeric) : 0;
  const high = numeric.length > 0 ? Math.max(...numeric) : 1;
  const span = high - low;
  const experience = Float64Array.from(people, (person) => {
    if (person.experience === undefined) return Number.NaN;
    if (person.experience === 'new') return 0;
    if (person.experience === 'experienced') return 1;
    return span === 0 ? 0 : (person.experience - low) / span;
  });

  const lastMet = new Map<number, number>();
  const lastSatOut = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  for (const past of history) {
    for (const group of past.groups) {
      const members = group.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
      for (let a = 0; a < members.length; a += 1) {
        for (let b = a + 1; b < members.length; b += 1) {
          const key = pairKey(n, members[a] as number, members[b] as number);
          lastMet.set(key, Math.max(lastMet.get(key) ?? Number.NEGATIVE_INFINITY, past.round));
        }
      }
    }
    for (const id of past.satOut) {
      const i = index.get(id);
      if (i !== undefined) lastSatOut[i] = Math.max(lastSatOut[i] as number, past.round);
    }
  }
  const never = new Set<number>();
  for (const [a, b] of rules.neverPair) {
    const i = index.get(a);
    const j = index.get(b);
    if (i !== undefined && j !== undefined) never.add(pairKey(n, i, j));
  }

  return {
    n,
    people,
    index,
    area: codes(people.map((person) => person.area)),
    organisation: codes(people.map((person) => person.organisation)),
    topicWords: topics.words,
    topics: topics.bits,
    slotWords: slots.words,
    slots: slots.bits,
    languageWords: languages.words,
    languages: languages.bits,
    experience,
    round,
    lastMet,
    lastSatOut,
    never,
  };
}
