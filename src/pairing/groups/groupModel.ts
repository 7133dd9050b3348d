import type { Cohort } from '../candidates/compileCohort.js';
import type { PairScorer } from '../candidates/pairScorer.js';
import type { GroupingRules } from './groupingRules.js';

/**
 * The problem a grouping search solves, compiled into flat arrays indexed like the cohort
 * (participants sorted by id). Nothing here changes during a search.
 */
export interface GroupModel {
  /** People, sessions planned, groups per session, and the smallest and largest size. */
  readonly n: number;
  readonly sessions: number;
  readonly groups: number;
  readonly lo: number;
  readonly hi: number;
  /** Area codes (−1 unknown: different from everyone). */
  readonly area: Int32Array;
  /** Experience (0–1) minus the cohort's mean; 0 where unknown. */
  readonly deviation: Float64Array;
  /** 1 for people who can facilitate, when the facilitator rule is on. */
  readonly facilitator: Uint8Array;
  /** Whether each group needs a facilitator. */
  readonly facilitatorRule: boolean;
  /** Per person, the people they must never share a group with (null: nobody). */
  readonly never: readonly (ReadonlySet<number> | null)[];
  /** The must-together block of each person, and each block's members (ascending). */
  readonly block: Int32Array;
  readonly blocks: readonly Int32Array[];
  /** The topic part of a pair (0 to 1), or null when topics are ignored. */
  readonly topicCost: ((i: number, j: number) => number) | null;
  /** The same as an n × n table, up to `TOPIC_TABLE_LIMIT` people; otherwise null. */
  readonly topicTable: Float64Array | null;
  /** How often each pair met in the history (dense n × n, or a map above `DENSE_LIMIT`). */
  readonly history: PairCounts;
  /** Whether repeats can occur at all (history given, or more than one session). */
  readonly trackRepeats: boolean;
  /** The weights of the parts, and the penalty of one broken hard rule. */
  readonly weights: GroupingRules['weights'];
  readonly violationWeight: number;
}

/** Up to this many people, pair counts are a dense n × n array; above, a map. */
export const DENSE_LIMIT = 2048;
/** Up to this many people, topic costs are computed once into an n × n table. */
export const TOPIC_TABLE_LIMIT = 1024;

/** How often each pair has met: symmetric counts. */
export interface PairCounts {
  /** The n × n cells when dense (for fast loops), else null. */
  readonly cells: Uint16Array | null;
  get(i: number, j: number): number;
  add(i: number, j: number, by: number): void;
  /** A copy, for a search to count its own sessions on top. */
  copy(): PairCounts;
  /** Every pair with a count above 0, as [i, j, count] with i < j, in key order. */
  entries(): [number, number, number][];
}

/** Creates empty pair counts for n people. */
export function pairCounts(n: number): PairCounts {
  return n <= DENSE_LIMIT ? denseCounts(n, new Uint16Array(n * n)) : sparseCounts(n, new Map());
}

function denseCounts(n: number, cells: Uint16Array): PairCounts {
  return {
    cells,
    get: (i, j) => cells[i * n + j] as number,
    add: (i, j, by) => {
      const value = (cells[i * n + j] as number) + by;
      cells[i * n + j] = value;
      cells[j * n + i] = value;
    },
    copy: () => denseCounts(n, cells.slice()),
    entries: () => {
      const found: [number, number, number][] = [];
      for (let i = 0; i < n; i += 1)
        for (let j = i + 1; j < n; j += 1) {
          const count = cells[i * n + j] as number;
          if (count > 0) found.push([i, j, count]);
        }
      return found;
    },
  };
}

function sparseCounts(n: number, cells: Map<number, number>): PairCounts {
  const key = (i: number, j: number): number => (i < j ? i * n + j : j * n + i);
  return {
    cells: null,
    get: (i, j) => cells.get(key(i, j)) ?? 0,
    add: (i, j, by) => {
      const k = key(i, j);
      const value = (cells.get(k) ?? 0) + by;
      if (value === 0) cells.delete(k);
      else cells.set(k, value);
    },
    copy: () => sparseCounts(n, new Map(cells)),
    entries: () =>
      [...cells.entries()]
        .filter(([, count]) => count > 0)
        .sort(([a], [b]) => a - b)
        .map(([k, count]): [number, number, number] => [Math.floor(k / n), k % n, count]),
  };
}

/** What a model is built from. */
export interface GroupModelSource {
  readonly cohort: Cohort;
  readonly topicScorer: PairScorer;
  readonly rules: GroupingRules;
  readonly sessions: number;
  readonly groups: number;
  readonly lo: number;
  readonly hi: number;
  readonly facilitator: Uint8Array;
  readonly block: Int32Array;
  readonly blocks: readonly Int32Array[];
  readonly history: PairCounts;
  readonly historyGiven: boolean;
  /** The most times any pair met in the history. */
  readonly historyMost: number;
}

/** Compiles the search model. Cost: O(n + never-together pairs). */
export function groupModel(source: GroupModelSource): GroupModel {
  const { cohort, rules } = source;
  const { n } = cohort;
  let sum = 0;
  let known = 0;
  for (const value of cohort.experience) {
    if (Number.isNaN(value)) continue;
    sum += value;
    known += 1;
  }
  const mean = known === 0 ? 0 : sum / known;
  const deviation = Float64Array.from(cohort.experience, (value) =>
    Number.isNaN(value) ? 0 : value - mean,
  );
  const never: (Set<number> | null)[] = Array.from({ length: n }, () => null);
  for (const key of cohort.never) {
    const i = Math.floor(key / n);
    const j = key % n;
    (never[i] ??= new Set()).add(j);
    (never[j] ??= new Set()).add(i);
  }
  const { weights } = rules;
  const scorer = source.topicScorer;
  const topicCost =
    rules.topics === 'ignore' || weights.topics === 0
      ? null
      : rules.topics === 'mix'
        ? (i: number, j: number) => scorer.score(i, j)
        : (i: number, j: number) => 1 - scorer.score(i, j);
  let topicTable: Float64Array | null = null;
  if (topicCost !== null && n <= TOPIC_TABLE_LIMIT) {
    topicTable = new Float64Array(n * n);
    for (let i = 0; i < n; i += 1)
      for (let j = i + 1; j < n; j += 1) {
        const cost = topicCost(i, j);
        topicTable[i * n + j] = cost;
        topicTable[j * n + i] = cost;
      }
  }
  const biggest = Math.max(1, source.hi);
  const weightSum =
    weights.areas + weights.experience + weights.topics + weights.repeats + weights.facilitators;
  return {
    n,
    sessions: source.sessions,
    groups: source.groups,
    lo: source.lo,
    hi: source.hi,
    area: cohort.area,
    deviation,
    facilitator: source.facilitator,
    facilitatorRule: rules.facilitators !== undefined,
    never,
    block: source.block,
    blocks: source.blocks,
    topicCost,
    topicTable,
    history: source.history,
    trackRepeats: source.historyGiven || source.sessions > 1,
    weights,
    // Larger than any change the soft parts can make by moving a few people, so the search
    // always prefers fewer broken hard rules.
    violationWeight:
      1000 *
      (1 + weightSum) *
      biggest *
      biggest *
      (Math.max(1, source.sessions) + source.historyMost),
  };
}
