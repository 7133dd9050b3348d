/**
 * Betweenness centrality of every vertex of an unweighted graph, by Brandes' algorithm
 * (Brandes 2001, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2)),
 * for the measure Freeman (1977) defined: the share of shortest paths between other
 * people that pass through a person.
 *
 * Normalised as networkx's `betweenness_centrality(G)` does by default: the sum over
 * ordered pairs (s, t) of σ(s, t | v) / σ(s, t) is scaled by 1 / ((n − 1)(n − 2)) for
 * both directed and undirected graphs (for an undirected graph each pair is counted in
 * both orders, so this is the usual 2 / ((n − 1)(n − 2))); graphs of two vertices or fewer
 * are left unscaled (their betweenness is 0). Cost: O(n·m) time, O(n + m) space.
 *
 * @param adjacency - for each vertex 0…n−1, its out-neighbours (for an undirected graph,
 *   every neighbour, each edge listed at both ends); no repeats, no self-loops.
 * @returns the betweenness of each vertex, in the same order.
 */
export function brandesBetweenness(adjacency: readonly (readonly number[])[]): number[] {
  const n = adjacency.length;
  const centrality = new Array<number>(n).fill(0);
  const sigma = new Array<number>(n);
  const distance = new Array<number>(n);
  const delta = new Array<number>(n);
  const predecessors: number[][] = Array.from({ length: n }, () => []);
  for (let source = 0; source < n; source += 1) {
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    for (const list of predecessors) list.length = 0;
    sigma[source] = 1;
    distance[source] = 0;
    const order: number[] = [];
    const queue: number[] = [source];
    for (let head = 0; head < queue.length; head += 1) {
      const v = queue[head] as number;
      order.push(v);
      const next = (distance[v] as number) + 1;
      for (const w of adjacency[v] ?? []) {
        if (distance[w] === -1) {
          distance[w] = next;
          queue.push(w);
        }
        if (distance[w] === next) {
          sigma[w] = (sigma[w] as number) + (sigma[v] as number);
          (predecessors[w] as number[]).push(v);
        }
      }
    }
    for (let i = order.length - 1; i >= 0; i -= 1) {
      const w = order[i] as number;
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (const v of predecessors[w] as number[]) {
        delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      }
      if (w !== source) centrality[w] = (centrality[w] as number) + (delta[w] as number);
    }
  }
  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v += 1) centrality[v] = (centrality[v] as number) * scale;
  }
  return centrality;
}

/**
 * The connected components of an undirected graph, each as a sorted list of vertices,
 * found by breadth-first search from the lowest unvisited vertex. Cost: O(n + m).
 *
 * @param adjacency - for each vertex 0…n−1, its neighbours (each edge at both ends).
 * @returns the components; each vertex in exactly one; ordered by their lowest vertex.
 */
export function connectedComponents(adjacency: readonly (readonly number[])[]): number[][] {
  const seen = new Array<boolean>(adjacency.length).fill(false);
  const components: number[][] = [];
  for (let start = 0; start < adjacency.length; start += 1) {
    if (seen[start] === true) continue;
    seen[start] = true;
    const component = [start];
    for (let head = 0; head < component.length; head += 1) {
      for (const w of adjacency[component[head] as number] ?? []) {
        if (seen[w] !== true) {
          seen[w] = true;
          component.push(w);
        }
      }
    }
    components.push(component.sort((a, b) => a - b));
  }
  return components;
}
