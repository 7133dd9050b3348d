"""The networkx side of test/bench/matching.sh: networkx.max_weight_matching on one graph file.

    python3 test/bench/matching/networkx_matching.py FILE [--runs N] [--maxcardinality]

Reads the text format of generate.ts ("n m", then m lines "u v w"), builds an nx.Graph
(not timed), times max_weight_matching alone with time.perf_counter, and prints one JSON
object: median seconds, total weight, cardinality. The runner uses one run (the default):
networkx is pure Python and takes about a minute on a 500-vertex complete graph on these
machines, so matching.sh runs it at 100, 250 and 500 vertices only.
"""

import json
import platform
import statistics
import sys
import time

import networkx as nx


def read_graph(path):
    with open(path, encoding="utf-8") as f:
        tokens = f.read().split()
    n, m = int(tokens[0]), int(tokens[1])
    if len(tokens) != 2 + 3 * m:
        raise SystemExit(f"{path}: expected 'n m' and m lines 'u v w'")
    number = float if any("." in t or "e" in t for t in tokens[4::3]) else int
    edges = [
        (int(tokens[2 + 3 * i]), int(tokens[3 + 3 * i]), number(tokens[4 + 3 * i]))
        for i in range(m)
    ]
    return n, edges


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("--"):
        raise SystemExit("usage: networkx_matching.py FILE [--runs N] [--maxcardinality]")
    path = args[0]
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 1
    maxcardinality = "--maxcardinality" in args
    n, edges = read_graph(path)
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from(edges)
    seconds = []
    matching = set()
    for _ in range(runs):
        start = time.perf_counter()
        matching = nx.max_weight_matching(graph, maxcardinality=maxcardinality)
        seconds.append(time.perf_counter() - start)
    weight = sum(graph[u][v]["weight"] for u, v in matching)
    print(
        json.dumps(
            {
                "tool": "networkx",
                "version": nx.__version__,
                "python": platform.python_version(),
                "file": path,
                "n": n,
                "m": len(edges),
                "runs": runs,
                "medianSeconds": statistics.median(seconds),
                "weight": weight,
                "cardinality": len(matching),
                "matchedVertices": 2 * len(matching),
                "runsSeconds": seconds,
            }
        )
    )


if __name__ == "__main__":
    main()
