#!/usr/bin/env bash
# Engine benchmarks against Node's V8, in one run: builds the C kernels (clang-19) and small.wat (wat2wasm),
# times them in V8 (bench-v8.mjs) and in our engine (--quick: warm-up, then the median of RUNS calls),
# and prints one table: kernel, ours (ms), V8 (ms), ratio, geomean of the ratios.
#   bash bench/engine/run.sh            # quick mode (a few minutes)
#   RUNS=15 bash bench/engine/run.sh    # more timed calls per kernel
#   bash bench/engine/run.sh --full     # BenchmarkDotNet instead of the quick mode (long), after the V8 timings
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-9}
project=bench/WitSharp.Engine.Benchmarks
export WITSHARP_ARTIFACTS=${WITSHARP_ARTIFACTS:-$PWD/artifacts/bench}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$project" -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
bench() { dotnet run --no-build -c Release --project "$project" -- "$@"; }

bench prepare "$work/wasm" >/dev/null
node bench/engine/bench-v8.mjs bench/engine/kernels.json "$work/wasm" "$runs" >"$work/v8.json"

if [ "${1:-}" = "--full" ]; then
  cat "$work/v8.json"
  WITSHARP_BENCH_WASM_DIR="$work/wasm" bench --filter '*'
else
  bench --quick --wasm-dir "$work/wasm" --v8 "$work/v8.json" --runs "$runs"
fi
