#!/usr/bin/env bash
# Issue #12's HTTP benchmark in one run: builds the corpus's tiny C handler and componentize-js app (tests/corpus/http),
# serves each with `jco serve` (Node) and with WitSharp's server in one .NET process, and prints one table: instantiation,
# instantiate + a small GET in process, and requests per second over loopback at concurrency 64 under both servers.
#   bash bench/http/run.sh                  # 2000 requests per server for tiny (a twentieth for the 14 MB app)
#   REQUESTS=10000 bash bench/http/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
requests=${REQUESTS:-2000}
project=bench/WitSharp.Http.Benchmarks
export WITSHARP_ARTIFACTS=${WITSHARP_ARTIFACTS:-$PWD/artifacts/bench}
prefix=${WITSHARP_NPM_PREFIX:-$HOME/.cache/witsharp/npm}
shared=${WITSHARP_SHARED:-$PWD/../shared}
jco=(node --import "$prefix/witsharp-preopen.mjs" "$prefix/node_modules/@bytecodealliance/jco/dist/jco.js")
work=$(mktemp -d)
pids=()
# jco serve runs the component in a child node process: each server gets its own process group, stopped whole.
cleanup() { for p in "${pids[@]}"; do kill -- "-$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# tiny: clang without libc, embedded against wasi:http@0.2.0 from ../shared (copied into the scratch folder only).
mkdir -p "$work/wit/deps/http"
cp tests/corpus/http/tiny/tiny.wit "$work/wit/world.wit"
cp "$shared"/conformance/wasi-bundles/0.2.0/http/*.wit "$work/wit/deps/http/"
cp -r "$shared"/conformance/wasi-bundles/0.2.0/http/deps/* "$work/wit/deps/"
clang-19 --target=wasm32 -nostdlib -O2 -Wl,--no-entry -mbulk-memory -o "$work/tiny.core.wasm" tests/corpus/http/tiny/tiny.c
"${jco[@]}" embed "$work/tiny.core.wasm" --wit "$work/wit" -o "$work/tiny.embed.wasm" >/dev/null
"${jco[@]}" new "$work/tiny.embed.wasm" -o "$work/tiny.wasm" >/dev/null
# app: componentize-js (StarlingMonkey) against wasi:http@0.2.12.
"${jco[@]}" componentize tests/corpus/http/app/app.js --wit "$shared/conformance/wasi-bundles/0.2.12/http" \
  --world-name proxy --disable fetch-event -o "$work/app.wasm" >/dev/null

serve() { # name port -> starts jco serve and waits for it
  setsid "${jco[@]}" serve "$work/$1.wasm" --port "$2" --host 127.0.0.1 >"$work/$1.serve.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do grep -q "Server listening" "$work/$1.serve.log" && return 0; sleep 0.5; done
  echo "jco serve $1 did not start" >&2; cat "$work/$1.serve.log" >&2; exit 1
}
serve tiny 18971
serve app 18972

dotnet build "$project" -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet run --no-build -c Release --project "$project" -- --requests "$requests" --concurrency 64 \
  --handler "tiny=$work/tiny.wasm=http://127.0.0.1:18971/" --handler "app=$work/app.wasm=http://127.0.0.1:18972/"
