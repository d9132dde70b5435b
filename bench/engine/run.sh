#!/usr/bin/env bash
# Engine benchmarks against Node's V8, in one run: builds the C kernels (clang-19) and small.wat (wat2wasm), then for
# each kernel times it in V8 (bench-v8.mjs) and right after in our engine (--quick: warm-up, then the median of RUNS
# calls), and prints one table: kernel, ours (ms), V8 (ms), ratio, geomean of the ratios; then the instantiate and
# host->wasm call figures against their goals.
#   bash bench/engine/run.sh            # quick mode (about a minute)
#   RUNS=15 bash bench/engine/run.sh    # more timed calls per kernel
#   bash bench/engine/run.sh --full     # V8 timings, then BenchmarkDotNet instead of the quick mode (long)
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
if [ "${1:-}" = "--full" ]; then
  node bench/engine/bench-v8.mjs bench/engine/kernels.json "$work/wasm" "$runs"
  WITSHARP_BENCH_WASM_DIR="$work/wasm" bench --filter '*'
else
  bench --quick --wasm-dir "$work/wasm" --runs "$runs"
fi
