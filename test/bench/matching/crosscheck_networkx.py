"""The networkx side of test/bench/matching-vs-networkx.sh.

    python3 test/bench/matching/crosscheck_networkx.py GRAPHS.json

Reads the graphs and peerlearn's answers written by crosscheck.ts, solves each graph with
networkx.max_weight_matching (maxcardinality False, then True), and compares:
- peerlearn's mate must be a matching of the graph (length n, mutual, each pair an edge);
- its total weight must equal networkx's, and with maxcardinality its cardinality too.
Prints each mismatch and a final summary line; exits 1 on any mismatch.

Totals are computed here for both sides from the matched edges' weights, exactly: Python
integers for integer weights, math.fsum (correctly rounded) for floats, so adding up
cannot make two equal matchings differ.

Integer weights are compared exactly. Float weights are compared with the tolerance
    tol = n² · 2⁻⁵² · W,   W = the largest |weight| in the graph.
Why: both algorithms keep dual variables in floating point. Each dual is built from at
most O(n) updates of size at most about 2W, so it carries a rounding error of about
n·2⁻⁵²·W; a slack judged zero (an edge judged tight) may be off by that much, and a matching
of at most n/2 edges built on such judgements can fall short of the optimum by at most
about n·(n·2⁻⁵²·W) = n²·2⁻⁵²·W. That is 2.2e-14·W at n = 10 and 5.5e-11·W at n = 500,
far below the gap between two different matchings of random doubles (typically 1e-6·W or
more), so a wrong matching still shows. The summary prints the largest float difference
that passed as a share of its tolerance, so a reader can see how much of it was used.
"""

import json
import math
import platform
import sys
import time

import networkx as nx


def total(weights):
    weights = list(weights)
    if all(isinstance(w, int) for w in weights):
        return sum(weights)
    return math.fsum(weights)


def check_mate(n, weight_of, answer):
    """Returns (weight, cardinality) of peerlearn's answer, or raises ValueError."""
    if "error" in answer:
        raise ValueError(f"threw: {answer['error']}")
    mate = answer["mate"]
    if len(mate) != n:
        raise ValueError(f"mate has length {len(mate)}, not {n}")
    weights = []
    for u, v in enumerate(mate):
        if v == -1:
            continue
        if not isinstance(v, int) or not 0 <= v < n or v == u or mate[v] != u:
            raise ValueError(f"mate[{u}] = {v} is not a mutual partner")
        key = (min(u, v), max(u, v))
        if key not in weight_of:
            raise ValueError(f"{u}-{v} matched but not an edge")
        if u < v:
            weights.append(weight_of[key])
    return total(weights), len(weights)


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: crosscheck_networkx.py GRAPHS.json")
    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
    started = time.perf_counter()
    mismatches = 0
    checks = 0
    worst_share = 0.0  # largest |float difference| / tolerance
    kinds = {}
    for g in data["graphs"]:
        n = g["n"]
        weight_of = {}
        graph = nx.Graph()
        graph.add_nodes_from(range(n))
        for u, v, w in g["edges"]:
            weight_of[(min(u, v), max(u, v))] = w
            graph.add_edge(u, v, weight=w)
        largest = max((abs(w) for w in weight_of.values()), default=0)
        is_int = all(isinstance(w, int) for w in weight_of.values())
        tolerance = 0 if is_int else n * n * 2.0**-52 * largest
        label = f"graph {g['id']} (n={n}, m={len(g['edges'])}, density {g['density']}, {g['kind']})"
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        for maxcard, key in ((False, "peerlearn"), (True, "peerlearnMaxCardinality")):
            checks += 1
            mode = "maxCardinality" if maxcard else "default"
            expected = nx.max_weight_matching(graph, maxcardinality=maxcard)
            nx_weight = total(graph[u][v]["weight"] for u, v in expected)
            nx_card = len(expected)
            try:
                pl_weight, pl_card = check_mate(n, weight_of, g[key])
            except ValueError as problem:
                mismatches += 1
                print(f"MISMATCH {label} {mode}: peerlearn's answer is not a matching: {problem}")
                continue
            difference = abs(pl_weight - nx_weight)
            wrong_weight = difference > tolerance
            if not is_int and tolerance > 0 and not wrong_weight:
                worst_share = max(worst_share, difference / tolerance)
            wrong_card = maxcard and pl_card != nx_card
            if wrong_weight or wrong_card:
                mismatches += 1
                print(
                    f"MISMATCH {label} {mode}: peerlearn weight {pl_weight!r} "
                    f"cardinality {pl_card}, networkx weight {nx_weight!r} cardinality {nx_card}"
                    + (f" (tolerance {tolerance:.3g})" if not is_int else "")
                )
    elapsed = time.perf_counter() - started
    sizes = [g["n"] for g in data["graphs"]]
    print(
        f"networkx {nx.__version__} (Python {platform.python_version()}), seed {data['seed']}: "
        f"{len(sizes)} graphs of {min(sizes)}–{max(sizes)} vertices "
        f"({', '.join(f'{k} {c}' for k, c in sorted(kinds.items()))}), {checks} checks in {elapsed:.0f} s; "
        f"largest float difference within tolerance: {worst_share:.2g} of it"
    )
    print(f"matching-vs-networkx: {checks - mismatches} passed, {mismatches} failed")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
