/**
 * Least-slack records: for each free vertex (and each vertex inside a T-blossom), its
 * least-slack edge to an S-vertex; for each top-level S-blossom, its least-slack edge to
 * another S-blossom. The dual step reads them through heaps.
 *
 * When two trees are taken apart after an augmentation, records that named one of their
 * S-vertices go stale. They are not hunted down: a stale record still bounds the true least
 * slack from below (the edges it beat are still there, and its key has only fallen faster
 * than theirs since), so it is enough to check the record at the top of a heap before using
 * it, and to rebuild it there if it is stale. A record is stale when its far vertex is no
 * longer an S-vertex, or has stopped being one since (its `outerEpoch` moved on).
 */
import {
  collectLeaves,
  farEnd,
  FREE,
  OUTER,
  recordRate,
  slackOf,
  type BlossomState,
} from './blossomState.js';

/**
 * Whether the record owned by `owner` still leads to an S-vertex outside blossom b.
 *
 * @param s - the state.
 * @param owner - a vertex or top-level S-blossom with a record.
 * @param b - the top-level blossom holding the owner.
 * @returns true when the record can be used as it is.
 */
export function isRecordCurrent(s: BlossomState, owner: number, b: number): boolean {
  const far = s.bestFar[owner] as number;
  const farBlossom = s.inBlossom[far] as number;
  return (
    farBlossom !== b &&
    (s.label[farBlossom] as number) === OUTER &&
    (s.outerEpoch[far] as number) === (s.bestEpoch[owner] as number)
  );
}

/**
 * Stores a record for `owner` (a vertex, or a top-level S-blossom) and updates its heap.
 *
 * @param s - the state.
 * @param owner - the record's owner.
 * @param ownerLabel - the label of the owner's top-level blossom.
 * @param k - the edge, or −1 for none.
 * @param far - the S-vertex at the far end.
 * @param slack - the edge's slack now.
 */
export function storeRecord(
  s: BlossomState,
  owner: number,
  ownerLabel: number,
  k: number,
  far: number,
  slack: number,
): void {
  const heap = ownerLabel === OUTER ? s.outerHeap : ownerLabel === FREE ? s.freeHeap : undefined;
  s.bestEdge[owner] = k;
  if (k === -1) {
    heap?.remove(owner);
    return;
  }
  const key = slack + (recordRate[ownerLabel] as number) * s.delta;
  s.bestFar[owner] = far;
  s.bestEpoch[owner] = s.outerEpoch[far] as number;
  s.bestKey[owner] = key;
  heap?.set(owner, key);
}

/**
 * The slack now of the record owned by `owner`.
 *
 * @param s - the state.
 * @param owner - a record owner.
 * @param ownerLabel - the label of the owner's top-level blossom.
 * @returns the slack.
 */
export function recordSlack(s: BlossomState, owner: number, ownerLabel: number): number {
  return (s.bestKey[owner] as number) - (recordRate[ownerLabel] as number) * s.delta;
}

/**
 * Rebuilds vertex x's record from all its edges: the least-slack edge to an S-vertex
 * outside x's top-level blossom. For a single S-vertex that is its record as a blossom.
 *
 * @param s - the state.
 * @param x - a vertex that is free, inside a T-blossom, or a single S-vertex.
 */
export function rescanRecord(s: BlossomState, x: number): void {
  const { inBlossom, label, dual, offset, adjacency, adjacencyVertex, adjacencyWeight } = s;
  const bx = inBlossom[x] as number;
  const lx = label[bx] as number;
  const dx = (dual[x] as number) + (offset[lx] as number);
  const outerOffset = offset[OUTER] as number;
  let best = -1;
  let bestSlack = Infinity;
  let far = -1;
  const stop = s.adjacencyStart[x + 1] as number;
  for (let a = s.adjacencyStart[x] as number; a < stop; a += 1) {
    const y = adjacencyVertex[a] as number;
    const by = inBlossom[y] as number;
    if (by === bx || (label[by] as number) !== OUTER) continue;
    const slack = dx + (dual[y] as number) + outerOffset - (adjacencyWeight[a] as number);
    if (slack < bestSlack) {
      bestSlack = slack;
      best = (adjacency[a] as number) >> 1;
      far = y;
    }
  }
  storeRecord(s, x, lx, best, far, bestSlack);
}

/**
 * Rebuilds the record of non-trivial S-blossom b: from its list (`blossomBestEdges`) when
 * it has one, dropping entries that no longer lead to another S-blossom, else from every
 * edge of its vertices. The list holds b's least-slack edge to every S-blossom older than
 * b; edges to younger S-blossoms are recorded on the younger side, which was scanned (or
 * merged its own list) after b formed.
 *
 * @param s - the state.
 * @param b - a top-level non-trivial S-blossom.
 */
export function rebuildBlossomRecord(s: BlossomState, b: number): void {
  const { inBlossom, label } = s;
  const list = s.blossomBestEdges[b];
  let best = -1;
  let bestSlack = Infinity;
  if (list === undefined) {
    const { dual, offset, adjacency, adjacencyVertex, adjacencyWeight } = s;
    const outerOffset = offset[OUTER] as number;
    const count = collectLeaves(s, b, s.leaves, 0);
    for (let i = 0; i < count; i += 1) {
      const x = s.leaves[i] as number;
      const dx = (dual[x] as number) + outerOffset;
      const stop = s.adjacencyStart[x + 1] as number;
      for (let a = s.adjacencyStart[x] as number; a < stop; a += 1) {
        const y = adjacencyVertex[a] as number;
        const by = inBlossom[y] as number;
        if (by === b || (label[by] as number) !== OUTER) continue;
        const slack = dx + (dual[y] as number) + outerOffset - (adjacencyWeight[a] as number);
        if (slack < bestSlack) {
          bestSlack = slack;
          best = (adjacency[a] as number) >> 1;
        }
      }
    }
  } else {
    const kept = new Int32Array(list.length);
    let length = 0;
    for (let i = 0; i < list.length; i += 1) {
      const k = list[i] as number;
      const other = inBlossom[farEnd(s, k, b)] as number;
      if (other === b || (label[other] as number) !== OUTER) continue;
      kept[length++] = k;
      const slack = slackOf(s, k);
      if (slack < bestSlack) {
        bestSlack = slack;
        best = k;
      }
    }
    s.blossomBestEdges[b] = kept.slice(0, length);
  }
  storeRecord(s, b, OUTER, best, best === -1 ? -1 : farEnd(s, best, b), bestSlack);
}

/**
 * Whether vertex w, inside a T-blossom, is marked as reached along a tight edge by a vertex
 * that is still the same S-vertex (see `reachedEnd`).
 *
 * @param s - the state.
 * @param w - a vertex inside a T-blossom.
 * @returns true when the mark can be used.
 */
export function isReached(s: BlossomState, w: number): boolean {
  const through = s.reachedEnd[w] as number;
  if (through === -1) return false;
  const from = s.endpoint[through] as number;
  return (
    (s.label[s.inBlossom[from] as number] as number) === OUTER &&
    (s.outerEpoch[from] as number) === (s.reachedEpoch[w] as number)
  );
}
