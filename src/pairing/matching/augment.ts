/**
 * Augmenting the matching along a path between two free vertices, through any blossoms.
 */
import type { BlossomState } from './blossomState.js';

/**
 * Flips the matching along the augmenting path through edge k, whose two ends lie in
 * different alternating trees; both roots become matched.
 *
 * @param s - the state.
 * @param k - the S–S edge joining the two trees.
 */
export function augmentMatching(s: BlossomState, k: number): void {
  const { endpoint, inBlossom, labelEnd, mate, n } = s;
  for (let side = 0; side < 2; side += 1) {
    let x = endpoint[2 * k + side] as number;
    let p = 2 * k + 1 - side;
    for (;;) {
      const bs = inBlossom[x] as number;
      if (bs >= n) augmentBlossom(s, bs, x);
      mate[x] = p;
      const through = labelEnd[bs] as number;
      if (through === -1) break; // reached the tree's root
      const bt = inBlossom[endpoint[through] as number] as number;
      const tEnd = labelEnd[bt] as number;
      x = endpoint[tEnd] as number;
      const j = endpoint[tEnd ^ 1] as number;
      if (bt >= n) augmentBlossom(s, bt, j);
      mate[j] = tEnd;
      p = tEnd ^ 1;
    }
  }
}

/**
 * Swaps matched and unmatched edges inside blossom b along the even path from vertex v to
 * the base, so that v becomes the base, and likewise inside every sub-blossom on the way.
 *
 * Nested blossoms are handled with an explicit stack, not recursion, so that deep nesting
 * cannot overflow the call stack. The order of the work does not matter: each sub-blossom
 * is rearranged on its own.
 *
 * @param s - the state.
 * @param b - a non-trivial blossom.
 * @param v - the vertex of b that becomes its base.
 */
export function augmentBlossom(s: BlossomState, b: number, v: number): void {
  const { endpoint, blossomParent, mate, n } = s;
  const taskBlossom = s.path;
  const taskVertex = s.pathEndpoints;
  let tasks = 0;
  taskBlossom[tasks] = b;
  taskVertex[tasks] = v;
  tasks += 1;
  while (tasks > 0) {
    tasks -= 1;
    const blossom = taskBlossom[tasks] as number;
    const vertex = taskVertex[tasks] as number;
    let t = vertex;
    while ((blossomParent[t] as number) !== blossom) t = blossomParent[t] as number;
    if (t >= n) {
      taskBlossom[tasks] = t;
      taskVertex[tasks] = vertex;
      tasks += 1;
    }
    const children = s.blossomChildren[blossom] as Int32Array;
    const links = s.blossomEndpoints[blossom] as Int32Array;
    const size = children.length;
    const i = children.indexOf(t);
    // Go round the cycle the way that reaches the base along an even number of edges.
    let j = i;
    let step: number;
    let trick: number;
    if (i & 1) {
      j -= size;
      step = 1;
      trick = 0;
    } else {
      step = -1;
      trick = 1;
    }
    while (j !== 0) {
      j += step;
      let child = children[(j + size) % size] as number;
      const p = (links[(j - trick + size) % size] as number) ^ trick;
      if (child >= n) {
        taskBlossom[tasks] = child;
        taskVertex[tasks] = endpoint[p] as number;
        tasks += 1;
      }
      j += step;
      child = children[(j + size) % size] as number;
      if (child >= n) {
        taskBlossom[tasks] = child;
        taskVertex[tasks] = endpoint[p ^ 1] as number;
        tasks += 1;
      }
      mate[endpoint[p] as number] = p ^ 1;
      mate[endpoint[p ^ 1] as number] = p;
    }
    // Rotate the cycle so that the sub-blossom holding v comes first.
    const oldChildren = children.slice();
    const oldLinks = links.slice();
    for (let c = 0; c < size; c += 1) {
      children[c] = oldChildren[(c + i) % size] as number;
      links[c] = oldLinks[(c + i) % size] as number;
    }
    s.blossomBase[blossom] = vertex;
  }
}
