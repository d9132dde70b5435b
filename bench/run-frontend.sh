#!/usr/bin/env bash
# WitSharp's WIT front end (parse+resolve, .NET, in-process) side by side with the reference front end inside
# jco (wasm-tools compiled to wasm, in-process in node) on the same single-file inputs; prints the ratio.
#
#   bash bench/run-frontend.sh            # default iterations
#   ITERATIONS=50 bash bench/run-frontend.sh
#
# Installs @bytecodealliance/jco@1.35.0 into bench/jco/node_modules (git-ignored) when it is missing,
# unless JCO_DIR points at a folder whose node_modules already holds it.
set -euo pipefail
cd "$(dirname "$0")/.."
ITERATIONS=${ITERATIONS:-20}
WARMUP=${WARMUP:-5}
# Small inputs take about a millisecond: many more runs make their minimum and mean stable on a busy machine.
SMALL_ITERATIONS=${SMALL_ITERATIONS:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -z "${JCO_DIR:-}" ] && [ ! -f bench/jco/node_modules/@bytecodealliance/jco/package.json ]; then
  echo "bench: installing @bytecodealliance/jco@1.35.0 into bench/jco/ ..." >&2
  (cd bench/jco && npm install --no-audit --no-fund --loglevel=error)
fi

export WITSHARP_ARTIFACTS=${WITSHARP_ARTIFACTS:-$PWD/artifacts/bench}
dotnet build bench/WitSharp.Benchmarks -c Release -v q -nologo >&2
bench() { dotnet run --no-build -c Release --project bench/WitSharp.Benchmarks -- "$@"; }

# Inputs: two realistic samples and two synthetic packages (256 KB and 5 MB, worlds `client`).
bench generate "$work/synthetic-256k.wit" 262144
bench generate "$work/synthetic-5m.wit" 5242880
small=(
  "wit-samples/kv-store/store.wit:kv-client"
  "wit-samples/plugin-host/plugin.wit:plugin-world"
)
inputs=("$work/synthetic-256k.wit:client")
big=("$work/synthetic-5m.wit:client")

echo "witsharp: parse+resolve, $SMALL_ITERATIONS/$ITERATIONS iterations after $WARMUP warm-up runs ..." >&2
bench compare --iterations "$SMALL_ITERATIONS" --warmup "$WARMUP" "${small[@]}" > "$work/dotnet.jsonl"
bench compare --iterations "$ITERATIONS" --warmup "$WARMUP" "${inputs[@]}" >> "$work/dotnet.jsonl"
bench compare --iterations 5 --warmup 2 "${big[@]}" >> "$work/dotnet.jsonl"
echo "jco: componentEmbed --dummy (parse+resolve+encode) ..." >&2
node bench/jco/bench-jco.mjs --iterations "$SMALL_ITERATIONS" --warmup "$WARMUP" "${small[@]}" > "$work/jco.jsonl"
node bench/jco/bench-jco.mjs --iterations "$ITERATIONS" --warmup "$WARMUP" "${inputs[@]}" >> "$work/jco.jsonl"
node bench/jco/bench-jco.mjs --iterations 5 --warmup 2 "${big[@]}" >> "$work/jco.jsonl"

node bench/jco/compare.mjs "$work/dotnet.jsonl" "$work/jco.jsonl"
