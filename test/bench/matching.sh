#!/usr/bin/env bash
# Side-by-side benchmark of maxWeightMatching against LEMON 1.3.1 (C++) and networkx (Python).
# Not part of `npm test`, not a timed test: it prints numbers for people to read.
#
#   bash test/bench/matching.sh [--sizes 100,250,500,1000,2000] [--no-networkx]
#        [--networkx-max 500] [--runs N] [--module SPECIFIER] [--no-build] [--keep]
#
# Builds the package (tsup, into the run's own folder: dist/ is left alone) and test/bench/matching/lemon_matching.cpp, writes seeded graphs
# (complete, and complete with 30% of pairs forbidden) to a temporary folder, runs each tool
# on each graph in turn (never in parallel, so they don't compete for the 2 cores), and
# prints one table per family: median times, the ratio peerlearn/LEMON, and whether the
# three total weights agree exactly (the weights are integers, so they must).
#   --sizes           vertex counts (default 100,250,500,1000,2000)
#   --no-networkx     skip networkx; --networkx-max N runs it up to N vertices (default 500:
#                     networkx takes about a minute at 500 vertices, and grows as n³)
#   --runs N          timed runs for peerlearn and LEMON (default 7 up to 500 vertices,
#                     5 at 1,000, 3 above), after warm-up runs
#   --module SPEC     import maxWeightMatching from SPEC instead of peerlearn's dist/
#   --no-build        use a copy of dist/ as it is, instead of building a fresh copy
#   --keep            keep the folder with the graphs and the raw JSON results
# Needs: g++ and Debian's liblemon-dev (apt-get install g++ liblemon-dev); python3 with
# networkx (apt-get install python3-networkx, or pip) unless --no-networkx.
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=100,250,500,1000,2000
networkx=1
networkx_max=500
runs=
module=
build=1
keep=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --no-networkx) networkx=0; shift ;;
    --networkx-max) networkx_max=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --module) module=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "matching.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

CXX=${CXX:-g++}
CXXFLAGS_BENCH=(-O2 -std=c++17)
tsx=(node_modules/.bin/tsx --tsconfig examples/tsconfig.json)

if [[ ! -f /usr/include/lemon/matching.h ]]; then
  echo "matching.sh: LEMON not found; install it with: apt-get install liblemon-dev" >&2
  exit 2
fi
if [[ $networkx == 1 ]] && ! python3 -c 'import networkx' 2> /dev/null; then
  echo "matching.sh: python3 has no networkx; apt-get install python3-networkx, or use --no-networkx" >&2
  exit 2
fi

folder=$(mktemp -d /tmp/peerlearn-matching-bench.XXXXXX)
if [[ $keep == 0 ]]; then trap 'rm -rf "$folder"' EXIT; fi

# The package is built into this run's own folder (tsup --out-dir), not into dist/, so that
# a colleague rebuilding dist/ meanwhile cannot pull it from under a long run, and this run
# leaves dist/ alone. With --no-build, the current dist/ is copied there instead. The copy
# gets package.json (for "type": "module") and a link to node_modules (for zod and co.).
package=$folder/peerlearn
mkdir -p "$package"
cp package.json "$package/"
ln -s "$PWD/node_modules" "$package/node_modules"
if [[ $build == 1 ]]; then
  node_modules/.bin/tsup --silent --out-dir "$package/dist" > /dev/null
else
  cp -r dist "$package/dist"
fi
peerlearn_js=$package/dist/index.js
module=${module:-$peerlearn_js}
"$CXX" "${CXXFLAGS_BENCH[@]}" -o "$folder/lemon_matching" test/bench/matching/lemon_matching.cpp
"${tsx[@]}" test/bench/matching/generate.ts "$folder" "$sizes" --peerlearn "$peerlearn_js" > /dev/null

lemon_version=$(sed -n 's/^#define LEMON_VERSION "\(.*\)"/\1/p' /usr/include/lemon/config.h)
echo "maxWeightMatching: peerlearn (Node $(node --version)) vs LEMON $lemon_version MaxWeightedMatching" \
  "(SmartGraph, $CXX ${CXXFLAGS_BENCH[*]}, $("$CXX" -dumpfullversion))$(
    [[ $networkx == 1 ]] && python3 -c 'import networkx, platform; print(f" vs networkx {networkx.__version__} max_weight_matching (Python {platform.python_version()})", end="")')"
echo "run $(date -u '+%Y-%m-%d %H:%M UTC') on $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ $networkx == 1 ]]; then
  echo "networkx: one run each, at sizes up to $networkx_max vertices"
else
  echo "networkx: skipped (--no-networkx)"
fi

results=$folder/results.jsonl
: > "$results"
for family in complete forbidden30; do
  IFS=, read -ra size_list <<< "$sizes"
  for n in "${size_list[@]}"; do
    graph=$folder/$family-$n.txt
    if [[ -n $runs ]]; then r=$runs; elif ((n <= 500)); then r=7; elif ((n <= 1000)); then r=5; else r=3; fi
    echo "  $family n=$n: peerlearn ($r runs)..." >&2
    "${tsx[@]}" test/bench/matching/peerlearn_matching.ts "$graph" --runs "$r" --module "$module" >> "$results"
    echo "  $family n=$n: LEMON ($r runs)..." >&2
    "$folder/lemon_matching" "$graph" --runs "$r" >> "$results"
    if [[ $networkx == 1 ]] && ((n <= networkx_max)); then
      echo "  $family n=$n: networkx (1 run)..." >&2
      python3 test/bench/matching/networkx_matching.py "$graph" >> "$results"
    fi
  done
done

status=0
"${tsx[@]}" test/bench/matching/report.ts "$results" || status=$?
if [[ $keep == 1 ]]; then echo "graphs and raw results kept in $folder"; fi
exit "$status"
