#!/usr/bin/env bash
# Issue #11's component benchmark in one run: builds the calc component (samples/Calc/build-component.sh), transpiles
# it with jco and times it in Node (bench-jco-calc.mjs), then times it in one .NET process on WitSharp (generated
# bindings) and on Wasmtime.Components 50.0.1, and prints one table with the ratios and the goals.
#   bash bench/components/run.sh            # median of 9 batches per figure (about a minute)
#   RUNS=21 bash bench/components/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-9}
project=bench/WitSharp.Components.Benchmarks
export WITSHARP_ARTIFACTS=${WITSHARP_ARTIFACTS:-$PWD/artifacts/bench}
prefix=${WITSHARP_NPM_PREFIX:-$HOME/.cache/witsharp/npm}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bash samples/Calc/build-component.sh "$work/calc.component.wasm"
dotnet build "$project" -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }

# jco in Node: transpile once (a build step, like compiling C#), then the same four figures on the JS it wrote.
if node --import "$prefix/witsharp-preopen.mjs" "$prefix/node_modules/@bytecodealliance/jco/dist/jco.js" \
     transpile "$work/calc.component.wasm" -o "$work/jco" --instantiation sync --name calc >"$work/transpile.log" 2>&1; then
  node bench/components/bench-jco-calc.mjs "$work/jco" "$runs" >"$work/jco.json" 2>&1 || true
else
  echo "jco transpile failed: $(head -n 1 "$work/transpile.log")" >"$work/jco.json"
fi

dotnet run --no-build -c Release --project "$project" -- --component "$work/calc.component.wasm" --jco "$work/jco.json" --runs "$runs"
