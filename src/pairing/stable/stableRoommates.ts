import {
  readPreferences,
  type PreferenceTable,
  type RoommatePreferences,
} from './preferenceTable.js';

/** The outcome of {@link stableRoommates}. */
export type StableRoommatesResult =
  | {
      /** A stable matching exists; this is one. */
      readonly stable: true;
      /**
       * `mate[i]` is i's partner, or −1 when i is unmatched. Everyone left unmatched here
       * is unmatched in every stable matching of the instance.
       */
      readonly mate: readonly number[];
    }
  | {
      /** No stable matching exists. */
      readonly stable: false;
      /**
       * The odd party that proves it: people a₀, a₁, …, aₖ₋₁ (k odd, at least 3) in a
       * cycle where each aᵢ ranks aᵢ₊₁ above aᵢ₋₁ (indices mod k). See
       * {@link stableRoommates} for exactly what this means.
       */
      readonly oddParty: readonly number[];
    };

/**
 * Finds a stable matching among people who rank each other (the stable roommates
 * problem), or the odd party that shows there is none.
 *
 * In a buddy scheme where participants rank one another, a pairing is stable when no two
 * people would both rather be buddies with each other than stay as they are (no blocking
 * pair; see {@link blockingPairs}). Unlike mentees and mentors, a single pool may have no
 * stable pairing at all, so the answer is either a stable matching or a reason.
 *
 * The method is Irving's algorithm (R. W. Irving, "An efficient algorithm for the stable
 * roommates problem", J. Algorithms 6, 1985), in the form for incomplete lists of Gusfield &
 * Irving, *The Stable Marriage Problem: Structure and Algorithms* (MIT Press, 1989), chapter 4.
 * Phase 1 is a proposal sequence: everyone proposes down their list, and whoever holds a
 * proposal strikes out everyone they like less than the proposer. Phase 2 repeatedly
 * exposes a rotation by following second choices and eliminates it, until every list has
 * at most one entry (a stable matching) or an elimination empties a list (none exists).
 * Cost: O(n + L) time and memory for lists of total length L, so O(n²) for complete lists.
 *
 * - **Incomplete lists.** People may rank only some others. A pair is acceptable only
 *   when each lists the other; an entry naming someone who does not list back is ignored.
 *   A stable matching may then leave people unmatched, and the same people are unmatched in
 *   every stable matching (Gusfield & Irving 1989, ch. 4; Gale & Sotomayor 1985 for the
 *   two-sided case), so −1 in
 *   `mate` means no stable matching could pair that person.
 * - **Ties** are not supported: each list is a strict order. (With ties, deciding whether
 *   a stable matching exists is NP-complete: E. Ronn, J. Algorithms 11, 1990.)
 * - **The odd party.** When eliminating a rotation empties someone's list, the people of
 *   that rotation are returned as `oddParty`: a₀, a₁, …, aₖ₋₁ with k odd and at least 3,
 *   where, in the table at the moment the rotation was exposed, aᵢ₊₁ was aᵢ's favourite and
 *   aᵢ₋₁ their last remaining choice (indices mod k), so each ranks the next above the one
 *   before. This is an odd party in the sense of J. J. M. Tan ("A necessary and sufficient
 *   condition for the existence of a complete stable matching", J. Algorithms 12, 1991):
 *   an odd cycle of a stable partition. Tan proved that every stable partition has the same
 *   odd parties and that a stable matching exists exactly when there are none, so it
 *   certifies that no stable pairing exists; the tests check it against every stable
 *   partition, found by exhaustive search, on small pools. Phase 2 stops at the first such
 *   party, so others may exist elsewhere in the pool. For an organiser it names the people
 *   whose rankings chase each other round an odd circle: asking one of them to widen or
 *   change their list, or pairing them by hand, is where to start.
 *
 * @param preferences - `preferences[i]` lists the people i would accept as a partner, as
 *   indices `0 … n−1`, most preferred first (n = `preferences.length`).
 * @returns `{ stable: true, mate }`, with `mate[i]` i's partner or −1; or
 *   `{ stable: false, oddParty }` as described above.
 * @throws {@link InvalidInputError} (`invalid_input`) listing every problem with its path
 *   (`preferences[2][1]`): `invalid_type`, `out_of_range`, `self_ranking`,
 *   `duplicate_entry`.
 *
 * @example
 * ```ts internal
 * // 0 and 1 like each other best, and so do 2 and 3.
 * stableRoommates([[1, 2, 3], [0, 3, 2], [3, 0, 1], [2, 1, 0]]);
 * // => { stable: true, mate: [1, 0, 3, 2] }
 *
 * // 0, 1 and 2 each put the next first; everyone ranks 3 last.
 * stableRoommates([[1, 2, 3], [2, 0, 3], [0, 1, 3], [0, 1, 2]]);
 * // => { stable: false, oddParty: [0, 1, 2] }
 *
 * // 2 lists only 0, who lists only 1, who lists only 0: 2 stays unmatched.
 * stableRoommates([[1, 2], [0], [0]]);
 * // => { stable: true, mate: [1, 0, -1] }
 * ```
 */
export function stableRoommates(preferences: RoommatePreferences): StableRoommatesResult {
  const table = readPreferences('stableRoommates', preferences);
  return new RoommateSolver(table).solve();
}

/**
 * The working state of Irving's algorithm: which pairs are still in the table, and lazy
 * pointers to each person's first, second and last remaining entries. A deletion removes
 * the pair from both lists; pointers only ever move inwards, so all pointer work over a
 * run costs O(L).
 */
class RoommateSolver {
  private readonly n: number;
  private readonly start: Int32Array;
  private readonly target: Int32Array;
  private readonly owner: Int32Array;
  private readonly mirror: Int32Array;
  private readonly alive: Uint8Array;
  private readonly count: Int32Array;
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly next: Int32Array;
  /** A person whose list was emptied during phase 2, or −1. */
  private emptied = -1;

  constructor(table: PreferenceTable) {
    const { size: n, start, target, owner, mirror } = table;
    this.n = n;
    this.start = start;
    this.target = target;
    this.owner = owner;
    this.mirror = mirror;
    const total = start[n] as number;
    this.alive = new Uint8Array(total);
    this.count = new Int32Array(n);
    for (let e = 0; e < total; e += 1) {
      if ((mirror[e] as number) >= 0) {
        this.alive[e] = 1;
        const i = owner[e] as number;
        this.count[i] = (this.count[i] as number) + 1;
      }
    }
    this.head = start.slice(0, n);
    this.tail = new Int32Array(n);
    for (let i = 0; i < n; i += 1) this.tail[i] = (start[i + 1] as number) - 1;
    this.next = start.slice(0, n);
  }

  solve(): StableRoommatesResult {
    this.proposals();
    // Lists emptied in phase 1 only mean "unmatched"; phase 2 watches afresh.
    this.emptied = -1;
    const oddParty = this.eliminateRotations();
    if (oddParty !== undefined) return { stable: false, oddParty };
    const mate: number[] = [];
    for (let i = 0; i < this.n; i += 1) mate.push(this.count[i] === 0 ? -1 : this.first(i));
    return { stable: true, mate };
  }

  /**
   * Phase 1: everyone proposes down their list; whoever receives a proposal holds it and
   * deletes everyone they like less than the proposer (releasing the one they held, who
   * proposes again). Afterwards, for everyone with a non-empty list, y is first on x's
   * list exactly when x is last on y's; an empty list means unmatched in every stable
   * matching (Gusfield & Irving 1989, ch. 4).
   */
  private proposals(): void {
    const holds = new Int32Array(this.n).fill(-1);
    const free: number[] = [];
    for (let i = this.n - 1; i >= 0; i -= 1) free.push(i);
    for (let x = free.pop(); x !== undefined; x = free.pop()) {
      if (this.count[x] === 0) continue;
      const e = this.firstEntry(x);
      const y = this.target[e] as number;
      const held = holds[y] as number;
      holds[y] = x;
      this.truncateAfter(this.mirror[e] as number);
      if (held >= 0) free.push(held);
    }
  }

  /**
   * Phase 2: while someone has two or more entries left, find an exposed rotation by
   * following second choices and eliminate it; if an elimination empties a list there is
   * no stable matching, and the rotation is returned as the odd party.
   */
  private eliminateRotations(): number[] | undefined {
    const { n, count } = this;
    const onPath = new Int32Array(n).fill(-1);
    const path: number[] = [];
    let scan = 0;
    for (;;) {
      if (path.length === 0) {
        while (scan < n && (count[scan] as number) < 2) scan += 1;
        if (scan === n) return undefined;
        onPath[scan] = 0;
        path.push(scan);
      }
      const top = path[path.length - 1] as number;
      // top has two or more entries, and q's list holds top, so p is a person.
      const p = this.last(this.second(top));
      const at = onPath[p] as number;
      if (at < 0) {
        onPath[p] = path.length;
        path.push(p);
        continue;
      }
      const cycle = path.splice(at);
      for (const x of cycle) onPath[x] = -1;
      if (!this.isRotation(cycle)) {
        // Never seen (20,000 random pools): a walk kept from before an elimination closed
        // a cycle that is not a rotation. Start a fresh walk, which always finds one.
        this.clearPath(path, onPath);
        continue;
      }
      const favourites = cycle.map((x) => this.first(x));
      this.eliminate(cycle);
      if (this.emptied >= 0) return followFavourites(cycle, favourites);
      // As in Irving's O(n²) implementation, the rest of the path is kept as the start of
      // the next walk (its links are largely untouched by the elimination), and the walk
      // resumes from its last member; any cycle it closes is checked by isRotation first.
      while (path.length > 0 && (count[path[path.length - 1] as number] as number) < 2) {
        onPath[path.pop() as number] = -1;
      }
    }
  }

  /** Checks that `cycle` is an exposed rotation: second(xᵢ) = first(xᵢ₊₁) for all i. */
  private isRotation(cycle: readonly number[]): boolean {
    const r = cycle.length;
    for (let i = 0; i < r; i += 1) {
      const x = cycle[i] as number;
      const following = cycle[(i + 1) % r] as number;
      if ((this.count[x] as number) < 2 || this.second(x) !== this.first(following)) return false;
    }
    return true;
  }

  /**
   * Eliminates the rotation (x₀, y₀), …, (x₍ᵣ₋₁₎, y₍ᵣ₋₁₎), with yᵢ = first(xᵢ): each
   * yᵢ₊₁ = second(xᵢ) deletes everyone after xᵢ on its list.
   */
  private eliminate(cycle: readonly number[]): void {
    const r = cycle.length;
    // Where each yᵢ₊₁ ranks xᵢ, found before any deletion.
    const cut: number[] = [];
    for (let i = 0; i < r; i += 1)
      cut.push(this.mirror[this.secondEntry(cycle[i] as number)] as number);
    for (const entry of cut) this.truncateAfter(entry);
  }

  private clearPath(path: number[], onPath: Int32Array): void {
    for (const x of path) onPath[x] = -1;
    path.length = 0;
  }

  /** Deletes every pair after `entry` in its owner's list. */
  private truncateAfter(entry: number): void {
    const y = this.owner[entry] as number;
    const { alive, tail } = this;
    for (let e = tail[y] as number; e > entry; e -= 1) if (alive[e] === 1) this.remove(e);
    if ((tail[y] as number) > entry) tail[y] = entry;
  }

  /** Deletes the pair of `entry` from both lists. */
  private remove(entry: number): void {
    const back = this.mirror[entry] as number;
    this.alive[entry] = 0;
    this.alive[back] = 0;
    this.drop(this.owner[entry] as number);
    this.drop(this.owner[back] as number);
  }

  /** Counts one entry fewer on i's list, noting when it empties. */
  private drop(i: number): void {
    const left = (this.count[i] as number) - 1;
    this.count[i] = left;
    if (left === 0) this.emptied = i;
  }

  private firstEntry(i: number): number {
    const end = this.start[i + 1] as number;
    let e = this.head[i] as number;
    while (e < end && this.alive[e] === 0) e += 1;
    this.head[i] = e;
    return e;
  }

  private secondEntry(i: number): number {
    const end = this.start[i + 1] as number;
    const first = this.firstEntry(i);
    let e = Math.max(this.next[i] as number, first + 1);
    while (e < end && this.alive[e] === 0) e += 1;
    this.next[i] = e;
    return e;
  }

  private lastEntry(i: number): number {
    const begin = this.start[i] as number;
    let e = this.tail[i] as number;
    while (e >= begin && this.alive[e] === 0) e -= 1;
    this.tail[i] = e;
    return e;
  }

  /** i's favourite remaining partner, or −1. */
  private first(i: number): number {
    return this.count[i] === 0 ? -1 : (this.target[this.firstEntry(i)] as number);
  }

  /** i's second remaining partner, or −1. */
  private second(i: number): number {
    return (this.count[i] as number) < 2 ? -1 : (this.target[this.secondEntry(i)] as number);
  }

  /** i's least favourite remaining partner, or −1. */
  private last(i: number): number {
    return this.count[i] === 0 ? -1 : (this.target[this.lastEntry(i)] as number);
  }
}

/**
 * Orders the members of a rotation as a cycle of favourites: a₀ = x₀ and aᵢ₊₁ = the
 * favourite of aᵢ in the table the rotation was exposed in.
 */
function followFavourites(cycle: readonly number[], favourites: readonly number[]): number[] {
  const favouriteOf = new Map<number, number>();
  cycle.forEach((x, i) => favouriteOf.set(x, favourites[i] as number));
  const party: number[] = [];
  for (let a: number | undefined = cycle[0]; a !== undefined && party.length < cycle.length;) {
    party.push(a);
    a = favouriteOf.get(a);
    if (a === cycle[0]) break;
  }
  return party;
}
