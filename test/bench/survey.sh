#!/usr/bin/env bash
# Side-by-side benchmark of survey scoring and reliability against R's psych.
# Needs R with psych (Debian: apt-get install r-base-core r-cran-psych). Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
folder=$(mktemp -d)
npm run --silent build > /dev/null
js=$(node_modules/.bin/tsx --tsconfig examples/tsconfig.json test/bench/survey.bench.ts "$folder")
r=$(Rscript test/bench/survey.bench.R "$folder")
node -e '
  const js = JSON.parse(process.argv[1]);
  const r = JSON.parse(process.argv[2]);
  const row = (what, a, b) => console.log(`${what.padEnd(44)} ${a.toFixed(1).padStart(9)} ms ${b.toFixed(1).padStart(9)} ms   ${(a / b).toFixed(2)}×`);
  console.log(`peerlearn on Node ${js.node} vs ${r.R}, psych ${r.psych} (medians)`);
  console.log(`${"workload".padEnd(44)} ${"peerlearn".padStart(12)} ${"R".padStart(12)}   ratio`);
  row("scoreResponses 100,000 × 40 (4 domains)", js.scoring.medianMs, r.scoring.medianMs);
  row("cronbachAlpha 2,800 × 25", js.reliability.medianMs, r.reliability.medianMs);
  const same = js.scoring.firstScores.every((s, i) => Math.abs(s - r.scoring.firstScores[i]) < 1e-9) && Math.abs(js.reliability.rawAlpha - r.reliability.rawAlpha) < 1e-9;
  console.log(`same answers as R (first scores, alpha): ${same}`);
  console.log(`runs (ms): peerlearn scoring ${js.scoring.runsMs.join(" ")}; R scoring ${r.scoring.runsMs.join(" ")}`);
' "$js" "$r"
rm -rf "$folder"
