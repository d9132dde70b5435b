#!/usr/bin/env bash
# Builds the calc component (build-component.sh) and runs the sample on it. With --check, compares the output with
# expected-output.txt and exits 1 on a difference (CI runs it so).
#   bash samples/Calc/run.sh [--check]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash "$here/build-component.sh" "$work/calc.component.wasm"
dotnet build "$here/Calc.csproj" -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet run --no-build --project "$here/Calc.csproj" -c Release -- "$work/calc.component.wasm" | tee "$work/output.txt"
if [ "${1:-}" = "--check" ]; then
  diff -u "$here/expected-output.txt" "$work/output.txt" && echo "samples/Calc: output as expected"
fi
