import type { MentoringProblem } from './compileMentoring.js';

/**
 * Mentee-proposing deferred acceptance with capacities (Gale & Shapley 1962, in the
 * hospitals/residents form of Roth 1984 and Roth & Peranson 1999): each free mentee
 * proposes to the best mentor they have not yet asked; a mentor holds the best proposals up
 * to their spare capacity and turns down the rest. The result is the mentee-optimal stable
 * assignment, the same whatever order mentees propose in.
 *
 * Must-paired mentees are placed first and never move; they take up their mentor's
 * capacity. Each mentor's held mentees sit in a binary max-heap keyed by the mentor's rank
 * of them, so the one to turn down is found in O(log c). Cost: O(L log c) for L acceptable
 * pairs and capacity c.
 *
 * @returns each mentee's mentor index, or −1.
 */
export function deferredAcceptance(problem: MentoringProblem): Int32Array {
  const { n, k, order, orderStart, mentorRank, forced, forcedLoad, capacity } = problem;
  const assigned = new Int32Array(n).fill(-1);
  const heaps: number[][] = Array.from({ length: k }, () => []);
  const next = Int32Array.from(orderStart.subarray(0, n));
  const free: number[] = [];
  for (let i = n - 1; i >= 0; i -= 1) {
    if ((forced[i] as number) >= 0) assigned[i] = forced[i] as number;
    else free.push(i);
  }
  const rankOf = (m: number, i: number): number => mentorRank[i * k + m] as number;

  for (let person = free.pop(); person !== undefined; person = free.pop()) {
    const i = person;
    const end = orderStart[i + 1] as number;
    while ((next[i] as number) < end) {
      const m = order[next[i] as number] as number;
      next[i] = (next[i] as number) + 1;
      const heap = heaps[m] as number[];
      const room = (capacity[m] as number) - (forcedLoad[m] as number);
      if (room <= 0) continue;
      if (heap.length < room) {
        pushHeap(heap, i, (x) => rankOf(m, x));
        assigned[i] = m;
        break;
      }
      const worst = heap[0] as number;
      if (rankOf(m, i) < rankOf(m, worst)) {
        replaceTop(heap, i, (x) => rankOf(m, x));
        assigned[i] = m;
        assigned[worst] = -1;
        free.push(worst);
        break;
      }
    }
  }
  return assigned;
}

/** Pushes onto a max-heap ordered by `key` (the worst-ranked mentee on top). */
function pushHeap(heap: number[], value: number, key: (x: number) => number): void {
  heap.push(value);
  let at = heap.length - 1;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (key(heap[parent] as number) >= key(heap[at] as number)) break;
    [heap[parent], heap[at]] = [heap[at] as number, heap[parent] as number];
    at = parent;
  }
}

/** Replaces the top of a max-heap and sifts the new value down. */
function replaceTop(heap: number[], value: number, key: (x: number) => number): void {
  heap[0] = value;
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let largest = at;
    if (left < heap.length && key(heap[left] as number) > key(heap[largest] as number))
      largest = left;
    if (right < heap.length && key(heap[right] as number) > key(heap[largest] as number))
      largest = right;
    if (largest === at) return;
    [heap[largest], heap[at]] = [heap[at] as number, heap[largest] as number];
    at = largest;
  }
}
