#!/usr/bin/env bash
# This engine against an earlier commit's, in one run and one process: builds the benchmarks of <commit> (default:
# HEAD~1) in a temporary worktree, builds ours, then times every kernel and the instantiate/call micro-benchmarks
# of both in alternation (SideBySideRun) and prints now/before for each, with the kernels' geomean.
#   bash bench/engine/compare.sh 0441b86          # against that commit
#   RUNS=15 bash bench/engine/compare.sh HEAD~3   # more timed runs per row
#   MODE=tiered bash bench/engine/compare.sh HEAD # the kernels with tiering on (or compiled) on both sides
#   CPU=1 bash bench/engine/compare.sh HEAD        # thread CPU time instead of wall clock (steadier on a busy machine)
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:-HEAD~1}
runs=${RUNS:-9}
project=bench/WitSharp.Engine.Benchmarks
work=$(mktemp -d)
cleanup() { git worktree remove --force "$work/before" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

git worktree add --detach "$work/before" "$base" >/dev/null 2>&1 || { echo "compare: cannot check out $base" >&2; exit 1; }
WITSHARP_ARTIFACTS="$work/art-before" dotnet build "$work/before/$project" -c Release -nologo -v q >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
export WITSHARP_ARTIFACTS=${WITSHARP_ARTIFACTS:-$PWD/artifacts/bench}
dotnet build "$project" -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
before=$(dirname "$(find "$work/art-before/bin" -ipath '*release*' -name WitSharp.Engine.Benchmarks.dll | head -n 1)")
bench() { dotnet run --no-build -c Release --project "$project" -- "$@"; }
bench prepare "$work/wasm" >/dev/null
echo "before: $base ($(git rev-parse --short "$base")), now: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' + uncommitted changes')"
bench --compare "$before" --wasm-dir "$work/wasm" --runs "$runs" --mode "${MODE:-interpreter}" ${CPU:+--cpu}
