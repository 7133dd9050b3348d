// The LEMON side of test/bench/matching.sh: maximum weight matching (not perfect matching)
// with lemon::MaxWeightedMatching from LEMON 1.3.1 (Debian's liblemon-dev).
//
//   g++ -O2 -std=c++17 -o lemon_matching lemon_matching.cpp
//   ./lemon_matching GRAPH_FILE [--runs N] [--graph smart|list]
//
// GRAPH_FILE is the text format written by generate.ts: "n m" on the first line, then m
// lines "u v w" with vertices 0..n-1 and integer weights.
//
// Graph type: SmartGraph by default. It stores nodes and arcs in contiguous vectors and
// cannot delete them, which the algorithm never needs; on these graphs it ran the
// algorithm faster than ListGraph (see test/bench/README.md), so the comparison is with
// LEMON at its best. `--graph list` runs the same on ListGraph.
//
// Weights are `int`, LEMON's default weight type, which ran 6-9% faster here than
// `long long` (LEMON scales integer duals by 4, and slacks add two duals, so weights are
// limited to |w| <= 10^8 to stay clear of overflow; the benchmark's are at most 10^6).
// The total weight is added up here in `long long` from the edges LEMON marks as matched.
//
// Timing: only the algorithm (constructing MaxWeightedMatching and run(), which is
// fractionalInit() + start()), with std::chrono::steady_clock, over N runs after one
// warm-up run; reading the file and building the graph are measured apart (buildSeconds)
// and not in the median. Prints one JSON object on stdout.
#include <lemon/config.h>
#include <lemon/list_graph.h>
#include <lemon/matching.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr long long kMaxWeight = 100000000;

struct EdgeList {
  int n = 0;
  std::vector<int> u, v;
  std::vector<int> w;
};

[[noreturn]] void fail(const std::string& message) {
  std::cerr << "lemon_matching: " << message << "\n";
  std::exit(2);
}

EdgeList readGraph(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot open " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const char* p = text.c_str();
  char* end = nullptr;
  EdgeList g;
  g.n = static_cast<int>(std::strtol(p, &end, 10));
  p = end;
  const long m = std::strtol(p, &end, 10);
  if (end == p || g.n < 0 || m < 0) fail("bad header in " + path);
  p = end;
  g.u.resize(m);
  g.v.resize(m);
  g.w.resize(m);
  for (long i = 0; i < m; ++i) {
    g.u[i] = static_cast<int>(std::strtol(p, &end, 10));
    p = end;
    g.v[i] = static_cast<int>(std::strtol(p, &end, 10));
    p = end;
    const long long w = std::strtoll(p, &end, 10);
    if (end == p) fail("file ends before edge " + std::to_string(i) + " in " + path);
    if (w > kMaxWeight || w < -kMaxWeight) fail("weight beyond 10^8 in " + path);
    g.w[i] = static_cast<int>(w);
    p = end;
    if (g.u[i] < 0 || g.u[i] >= g.n || g.v[i] < 0 || g.v[i] >= g.n || g.u[i] == g.v[i]) {
      fail("bad edge " + std::to_string(i) + " in " + path);
    }
  }
  return g;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t k = values.size();
  return k % 2 == 1 ? values[k / 2] : (values[k / 2 - 1] + values[k / 2]) / 2;
}

template <typename Graph>
int bench(const EdgeList& input, int runs, const char* graphName, const std::string& file) {
  using Clock = std::chrono::steady_clock;
  const auto buildStart = Clock::now();
  Graph graph;
  graph.reserveNode(input.n);
  graph.reserveEdge(static_cast<int>(input.u.size()));
  std::vector<typename Graph::Node> nodes;
  nodes.reserve(input.n);
  for (int i = 0; i < input.n; ++i) nodes.push_back(graph.addNode());
  typename Graph::template EdgeMap<int> weight(graph);
  std::vector<typename Graph::Edge> edges;
  edges.reserve(input.u.size());
  for (size_t i = 0; i < input.u.size(); ++i) {
    const auto e = graph.addEdge(nodes[input.u[i]], nodes[input.v[i]]);
    weight[e] = input.w[i];
    edges.push_back(e);
  }
  const double buildSeconds = std::chrono::duration<double>(Clock::now() - buildStart).count();

  using Matching = lemon::MaxWeightedMatching<Graph, typename Graph::template EdgeMap<int>>;
  std::vector<double> times;
  long long weightSum = 0;
  int cardinality = 0;
  for (int run = 0; run <= runs; ++run) {  // run 0 is the warm-up
    const auto start = Clock::now();
    Matching matching(graph, weight);
    matching.run();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (run > 0) times.push_back(seconds);
    if (run == runs) {
      // Check the answer independently of LEMON's own totals: every vertex's mate points
      // back, and the weight is summed over the input edges marked as matched.
      for (size_t i = 0; i < edges.size(); ++i) {
        if (matching.matching(edges[i])) {
          weightSum += input.w[i];
          ++cardinality;
        }
      }
      for (int i = 0; i < input.n; ++i) {
        const auto mate = matching.mate(nodes[i]);
        if (mate != lemon::INVALID && matching.mate(mate) != nodes[i]) fail("mate not mutual");
      }
      // (matchingWeight() adds in `int`, each edge twice, so it is not used for the total.)
      if (matching.matchingSize() != cardinality) fail("LEMON's size disagrees with its edges");
    }
  }
  std::printf(
      "{\"tool\":\"LEMON\",\"version\":\"%s\",\"graph\":\"%s\",\"file\":\"%s\",\"n\":%d,"
      "\"m\":%zu,\"runs\":%d,\"medianSeconds\":%.9g,\"minSeconds\":%.9g,\"buildSeconds\":%.9g,"
      "\"weight\":%lld,\"cardinality\":%d,\"matchedVertices\":%d,\"runsSeconds\":[",
      LEMON_VERSION, graphName, file.c_str(), input.n, input.u.size(), runs, median(times),
      *std::min_element(times.begin(), times.end()), buildSeconds, weightSum, cardinality,
      2 * cardinality);
  for (size_t i = 0; i < times.size(); ++i) std::printf("%s%.9g", i == 0 ? "" : ",", times[i]);
  std::printf("]}\n");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string file;
  int runs = 5;
  std::string graphType = "smart";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::atoi(argv[++i]);
    } else if (arg == "--graph" && i + 1 < argc) {
      graphType = argv[++i];
    } else if (file.empty() && arg.rfind("--", 0) != 0) {
      file = arg;
    } else {
      fail("usage: lemon_matching GRAPH_FILE [--runs N] [--graph smart|list]");
    }
  }
  if (file.empty() || runs < 1) fail("usage: lemon_matching GRAPH_FILE [--runs N] [--graph smart|list]");
  const EdgeList input = readGraph(file);
  if (graphType == "smart") return bench<lemon::SmartGraph>(input, runs, "SmartGraph", file);
  if (graphType == "list") return bench<lemon::ListGraph>(input, runs, "ListGraph", file);
  fail("--graph must be smart or list");
}
