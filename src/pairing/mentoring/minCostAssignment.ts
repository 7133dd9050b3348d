import type { MentoringProblem } from './compileMentoring.js';

/**
 * The optimal assignment of mentees to mentors as a min-cost flow, solved by successive
 * shortest augmenting paths with Dijkstra on reduced costs (the primal-dual method; Ahuja,
 * Magnanti & Orlin 1993, ch. 9), one mentee at a time with the early exit and potential
 * update of Jonker & Volgenant (1987).
 *
 * The network: each mentee sends one unit either to a mentor it may have (cost −score) or
 * to the waitlist (cost P); each mentor passes up to their spare capacity on to the sink,
 * the first unit at cost −1 when `balance` is on (a bonus for a mentor in use; the costs
 * per extra mentee only rise, so the flow stays convex) and the rest at 0. Costs are pairs
 * compared lexicographically, (structure, −score), so no "big M" can swamp the scores:
 * with P = k + 1 the flow of least cost places as many mentees as possible, then (with
 * `balance`) keeps as many mentors in use as possible, then maximises the total score.
 * Scores are whole numbers of millionths, so the arithmetic is exact.
 *
 * Mentees are added in id order; each adds one shortest path from that mentee to the sink,
 * which may move others between mentors or onto the waitlist. Reduced costs stay
 * non-negative, so each search is a Dijkstra, stopped as soon as the sink is settled;
 * potentials then move by min(d, D) − D, which keeps them feasible. A placed mentee's arc
 * to their mentor is always tight, so a mentee's potential is their mentor's plus their
 * score, and the search runs over mentors only: from mentor a to mentor b the cheapest
 * move is min over a's mentees j of w(j, a) − w(j, b) plus a potential difference, and
 * that minimum is kept in a k × k table, rebuilt for a mentor only when their mentees
 * change. Each search costs O(k²) at worst (O(k log k) heap work plus a row of k per
 * settled mentor), each augmentation O(c·k) per mentor it changes (c their load): O(n·k²)
 * in all for n mentees and k mentors, and far less in practice, as a search settles a
 * handful of mentors.
 *
 * Why not several augmenting paths per phase: with scores that rarely tie, shortest paths
 * of equal length are rare, so a phase would mostly carry one path anyway; the early exit
 * and the mentor-level search are what make it fast (about 0.3 s for 1,000 × 200).
 *
 * @returns each mentee's mentor index, or −1 for the waitlist.
 */
export function minCostAssignment(problem: MentoringProblem, balance: boolean): Int32Array {
  const { n, k, weight, acceptable, capacity, forced, forcedLoad } = problem;
  const assigned = new Int32Array(n).fill(-1);
  const load = Int32Array.from(forcedLoad);
  const members: number[][] = Array.from({ length: k }, () => []);
  const slotInMentor = new Int32Array(n);
  const P = balance ? k + 1 : 1;
  const sink = k;

  // Potentials of mentors and the sink, as (structure, score) pairs. A placed mentee's
  // potential is its mentor's plus (0, its score), as its arc is tight; so only the
  // mentee being added needs one of its own.
  const pot1 = new Float64Array(k + 1);
  const pot2 = new Float64Array(k + 1);
  pot1[sink] = balance ? -1 : 0;

  // For each mentor a and other mentor b: the cheapest move of one of a's mentees to b,
  // w(j, a) − w(j, b) (it does not depend on the potentials), and who; and the cheapest
  // of a's mentees to waitlist. Rebuilt for a mentor whenever their mentees change.
  const moveCost = new Float64Array(k * k).fill(Number.POSITIVE_INFINITY);
  const moveWho = new Int32Array(k * k).fill(-1);
  const waitCost = new Float64Array(k).fill(Number.POSITIVE_INFINITY);
  const waitWho = new Int32Array(k).fill(-1);
  const rebuild = (a: number): void => {
    const row = a * k;
    moveCost.fill(Number.POSITIVE_INFINITY, row, row + k);
    moveWho.fill(-1, row, row + k);
    waitCost[a] = Number.POSITIVE_INFINITY;
    waitWho[a] = -1;
    for (const j of members[a] as number[]) {
      const base = j * k;
      const own = weight[base + a] as number;
      if (own < waitCost[a] || (own === waitCost[a] && j < waitWho[a])) {
        waitCost[a] = own;
        waitWho[a] = j;
      }
      for (let b = 0; b < k; b += 1) {
        if (b === a || acceptable[base + b] !== 1) continue;
        const cost = own - (weight[base + b] as number);
        const old = moveCost[row + b] as number;
        if (cost < old || (cost === old && j < (moveWho[row + b] as number))) {
          moveCost[row + b] = cost;
          moveWho[row + b] = j;
        }
      }
    }
  };

  // Dijkstra state over mentors and the sink.
  const dist1 = new Float64Array(k + 1).fill(Number.POSITIVE_INFINITY);
  const dist2 = new Float64Array(k + 1).fill(Number.POSITIVE_INFINITY);
  const settled = new Uint8Array(k + 1);
  // The mentee whose move reached each node; for the sink, −(j + 1) marks j's waitlist arc
  // and a mentor index m ≥ 0 marks m's arc to the sink.
  const reachedBy = new Int32Array(k + 1);
  const touched: number[] = [];
  const settledMentors: number[] = [];
  const changed: number[] = [];
  const heap = new IndexedHeap(k + 1, dist1, dist2);

  const relax = (node: number, d1: number, d2: number, from: number): void => {
    if (settled[node] === 1) return;
    const o1 = dist1[node] as number;
    if (d1 > o1 || (d1 === o1 && d2 >= (dist2[node] as number))) return;
    if (o1 === Number.POSITIVE_INFINITY) touched.push(node);
    dist1[node] = d1;
    dist2[node] = d2;
    reachedBy[node] = from;
    heap.update(node);
  };

  for (let source = 0; source < n; source += 1) {
    if ((forced[source] as number) >= 0) continue;
    const base = source * k;
    // The newcomer's potential: high enough that every arc out of it has reduced cost ≥ 0.
    let s1 = pot1[sink] - P;
    let s2 = pot2[sink] as number;
    for (let m = 0; m < k; m += 1) {
      if (acceptable[base + m] !== 1) continue;
      const v1 = pot1[m] as number;
      const v2 = (pot2[m] as number) + (weight[base + m] as number);
      if (v1 > s1 || (v1 === s1 && v2 > s2)) {
        s1 = v1;
        s2 = v2;
      }
    }
    for (let m = 0; m < k; m += 1) {
      if (acceptable[base + m] !== 1) continue;
      relax(
        m,
        s1 - (pot1[m] as number),
        s2 - (weight[base + m] as number) - (pot2[m] as number),
        source,
      );
    }
    relax(sink, P + s1 - pot1[sink], s2 - (pot2[sink] as number), -(source + 1));

    for (;;) {
      const a = heap.pop();
      if (a === -1 || a === sink) break;
      settled[a] = 1;
      settledMentors.push(a);
      const d1 = dist1[a] as number;
      const d2 = dist2[a] as number;
      const a1 = d1 + (pot1[a] as number);
      const a2 = d2 + (pot2[a] as number);
      if ((load[a] as number) < (capacity[a] as number)) {
        const slot = balance && load[a] === 0 ? -1 : 0;
        relax(sink, a1 + slot - pot1[sink], a2 - (pot2[sink] as number), a);
      }
      const who = waitWho[a] as number;
      if (who >= 0)
        relax(
          sink,
          a1 + P - pot1[sink],
          a2 + (waitCost[a] as number) - (pot2[sink] as number),
          -(who + 1),
        );
      const row = a * k;
      for (let b = 0; b < k; b += 1) {
        const j = moveWho[row + b] as number;
        if (j < 0 || settled[b] === 1) continue;
        relax(
          b,
          a1 - (pot1[b] as number),
          a2 + (moveCost[row + b] as number) - (pot2[b] as number),
          j,
        );
      }
    }

    // Potentials move by min(d, D) − D: settled mentors by d − D, the rest not at all.
    const D1 = dist1[sink] as number;
    const D2 = dist2[sink] as number;
    for (const m of settledMentors) {
      pot1[m] = (pot1[m] as number) + (dist1[m] as number) - D1;
      pot2[m] = (pot2[m] as number) + (dist2[m] as number) - D2;
    }

    // Augment along the path, from the sink back to the source.
    const last = reachedBy[sink] as number;
    let mentor: number;
    if (last < 0) {
      const j = -(last + 1);
      mentor = assigned[j] as number;
      if (mentor !== -1) {
        leave(members, slotInMentor, mentor, j);
        changed.push(mentor);
      }
      assigned[j] = -1;
    } else {
      mentor = last;
      load[mentor] = (load[mentor] as number) + 1;
    }
    while (mentor !== -1) {
      const j = reachedBy[mentor] as number;
      const previous = assigned[j] as number;
      if (previous !== -1) leave(members, slotInMentor, previous, j);
      assigned[j] = mentor;
      slotInMentor[j] = (members[mentor] as number[]).length;
      (members[mentor] as number[]).push(j);
      changed.push(mentor);
      mentor = previous;
    }
    for (const m of changed) rebuild(m);

    for (const node of touched) {
      dist1[node] = Number.POSITIVE_INFINITY;
      dist2[node] = Number.POSITIVE_INFINITY;
      settled[node] = 0;
    }
    touched.length = 0;
    settledMentors.length = 0;
    changed.length = 0;
    heap.clear();
  }

  for (let i = 0; i < n; i += 1) if ((forced[i] as number) >= 0) assigned[i] = forced[i] as number;
  return assigned;
}

function leave(members: number[][], slotInMentor: Int32Array, mentor: number, j: number): void {
  const list = members[mentor] as number[];
  const at = slotInMentor[j] as number;
  const moved = list[list.length - 1] as number;
  list[at] = moved;
  slotInMentor[moved] = at;
  list.pop();
}

/**
 * A binary min-heap of node indexes keyed by (key1, key2, index), with decrease-key: the
 * lexicographic order the cost pairs need, and ties broken by index for determinism.
 */
class IndexedHeap {
  private readonly items: Int32Array;
  private readonly at: Int32Array;
  private size = 0;

  constructor(
    capacity: number,
    private readonly key1: Float64Array,
    private readonly key2: Float64Array,
  ) {
    this.items = new Int32Array(capacity);
    this.at = new Int32Array(capacity).fill(-1);
  }

  private less(a: number, b: number): boolean {
    const a1 = this.key1[a] as number;
    const b1 = this.key1[b] as number;
    if (a1 !== b1) return a1 < b1;
    const a2 = this.key2[a] as number;
    const b2 = this.key2[b] as number;
    return a2 !== b2 ? a2 < b2 : a < b;
  }

  private place(node: number, slot: number): void {
    this.items[slot] = node;
    this.at[node] = slot;
  }

  /** Inserts the node, or moves it up after its key went down. */
  update(node: number): void {
    let slot = this.at[node] as number;
    if (slot === -1) {
      slot = this.size;
      this.size += 1;
    }
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      const above = this.items[parent] as number;
      if (!this.less(node, above)) break;
      this.place(above, slot);
      slot = parent;
    }
    this.place(node, slot);
  }

  /** Removes and returns the least node, or −1 when empty. */
  pop(): number {
    if (this.size === 0) return -1;
    const top = this.items[0] as number;
    this.at[top] = -1;
    this.size -= 1;
    if (this.size > 0) {
      const node = this.items[this.size] as number;
      let slot = 0;
      for (;;) {
        const left = 2 * slot + 1;
        if (left >= this.size) break;
        const right = left + 1;
        let child = left;
        if (right < this.size && this.less(this.items[right] as number, this.items[left] as number))
          child = right;
        const below = this.items[child] as number;
        if (!this.less(below, node)) break;
        this.place(below, slot);
        slot = child;
      }
      this.place(node, slot);
    }
    return top;
  }

  /** Empties the heap. */
  clear(): void {
    for (let s = 0; s < this.size; s += 1) this.at[this.items[s] as number] = -1;
    this.size = 0;
  }
}
