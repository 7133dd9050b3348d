#!/usr/bin/env bash
# Cross-check of maxWeightMatching's totals against networkx.max_weight_matching on 523
# seeded random graphs of 5 to 500 vertices (many small, a few large), varied density
# and six kinds of weights (integers, floats, some negative). Each graph is solved both
# ways (default, and maxCardinality / maxcardinality=True); peerlearn's answer must be a
# matching, its total weight must equal networkx's (integers exactly, floats within
# n²·2⁻⁵²·max|w|, justified in matching/crosscheck_networkx.py), and with maxCardinality
# so must its cardinality. Prints each mismatch and a summary; exits 1 on any mismatch.
# Not part of `npm test`. Takes a minute or two, most of it networkx.
#
#   bash test/bench/matching-vs-networkx.sh [--seed S] [--scale K] [--module SPECIFIER]
#        [--time-limit S] [--no-build] [--keep]
#   --seed S          another seed draws other graphs (default 1)
#   --scale K         K times as many graphs in every size class (default 1; 0.1 is quick)
#   --time-limit S    seconds one peerlearn call may take (default 60); a call that takes
#                     longer counts as a mismatch, and its input is kept to reproduce it
#   --module SPEC     import maxWeightMatching from SPEC instead of peerlearn's dist/
#   --no-build        use a copy of dist/ as it is, instead of building a fresh copy
#   --keep            keep the JSON file with the graphs and peerlearn's answers
# Needs: python3 with networkx (apt-get install python3-networkx, or pip).
set -euo pipefail
cd "$(dirname "$0")/../.."

seed=1
scale=1
time_limit=60
module=
build=1
keep=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seed) seed=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --time-limit) time_limit=$2; shift 2 ;;
    --module) module=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "matching-vs-networkx.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

if ! python3 -c 'import networkx' 2> /dev/null; then
  echo "matching-vs-networkx.sh: python3 has no networkx; apt-get install python3-networkx" >&2
  exit 2
fi
folder=$(mktemp -d /tmp/peerlearn-matching-crosscheck.XXXXXX)
trap '[[ $keep == 1 ]] || rm -rf "$folder"' EXIT

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
node_modules/.bin/tsx --tsconfig examples/tsconfig.json test/bench/matching/crosscheck.ts \
  "$folder/graphs.json" --seed "$seed" --scale "$scale" --time-limit "$time_limit" --peerlearn "$peerlearn_js" --module "$module"
# Inputs on which peerlearn gave no answer in time are kept, whatever --keep says.
if compgen -G "$folder/graphs.json.timeout-*" > /dev/null; then keep=1; fi
status=0
python3 test/bench/matching/crosscheck_networkx.py "$folder/graphs.json" || status=$?
if [[ $keep == 1 ]]; then echo "graphs and peerlearn's answers kept in $folder"; fi
exit "$status"
