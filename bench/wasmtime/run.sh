#!/usr/bin/env bash
# Issue #13's kernel benchmark in one run: builds the engine's nine C kernels (clang-19), then for each kernel times it
# in V8 (bench/engine/bench-v8.mjs), on Wasmtime through WitSharp's engine seam (WasmtimeEngine) and through the Wasmtime
# package's own API, and prints one table with seam/V8 and its geometric mean against the goal (<= 1.3x V8).
# The component figures of issue #13 (warm add through generated bindings on WasmtimeEngine against
# Wasmtime.Components, instantiate + first call on both engines) are in bench/components/run.sh.
#   bash bench/wasmtime/run.sh            # median of 9 calls per kernel
#   RUNS=15 bash bench/wasmtime/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-9}
project=bench/WitSharp.Wasmtime.Benchmarks
export WITSHARP_ARTIFACTS=${WITSHARP_ARTIFACTS:-$PWD/artifacts/bench}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$project" -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
bench() { dotnet run --no-build -c Release --project "$project" -- "$@"; }
bench prepare "$work/wasm" >/dev/null
bench --wasm-dir "$work/wasm" --runs "$runs"
