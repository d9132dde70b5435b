#!/usr/bin/env bash
# Issue #12's WASI command benchmark in one run: builds tests/corpus/wasi/hello.c into a wasi:cli/command (clang-19,
# wasi-libc, jco's preview1 adapter), times instantiate + run in one .NET process on WitSharp.Wasi and on
# Wasmtime.Components 50.0.1 (AddWasiPreview2), then times whole processes: `witsharp run hello.wasm` against the same
# harness running the command once on Wasmtime.Components.
#   bash bench/wasi/run.sh            # median of 9 batches per in-process figure, 10 processes each
#   RUNS=21 PROCESSES=20 bash bench/wasi/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-9}
processes=${PROCESSES:-10}
export WITSHARP_ARTIFACTS=${WITSHARP_ARTIFACTS:-$PWD/artifacts/bench}
prefix=${WITSHARP_NPM_PREFIX:-$HOME/.cache/witsharp/npm}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

clang-19 --target=wasm32-wasi -O2 -o "$work/hello.core.wasm" tests/corpus/wasi/hello.c
node --import "$prefix/witsharp-preopen.mjs" "$prefix/node_modules/@bytecodealliance/jco/dist/jco.js" \
  new "$work/hello.core.wasm" --wasi-command -o "$work/hello.wasm" >/dev/null
dotnet build bench/WitSharp.Wasi.Benchmarks -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet build src/Cli -c Release -nologo -v q >"$work/build-cli.log" 2>&1 || { cat "$work/build-cli.log"; exit 1; }

dotnet run --no-build -c Release --project bench/WitSharp.Wasi.Benchmarks -- --component "$work/hello.wasm" --runs "$runs"

cli=$(find "$WITSHARP_ARTIFACTS/bin/Cli" -name witsharp.dll | head -n 1)
harness=$(find "$WITSHARP_ARTIFACTS/bin/WitSharp.Wasi.Benchmarks" -name WitSharp.Wasi.Benchmarks.dll | head -n 1)
median_ms() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
time_processes() {
  for _ in $(seq "$processes"); do
    start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  done | median_ms
}
echo "End to end, one process per run (median of $processes, ms, includes .NET startup and loading the component):"
echo "  witsharp run hello.wasm:                      $(time_processes dotnet "$cli" run "$work/hello.wasm" -- one two) ms"
echo "  the same command on Wasmtime.Components:      $(time_processes dotnet "$harness" --component "$work/hello.wasm" --once wasmtime) ms"
echo "  the same command on WitSharp.Wasi (harness):  $(time_processes dotnet "$harness" --component "$work/hello.wasm" --once witsharp) ms"
