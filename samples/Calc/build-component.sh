#!/usr/bin/env bash
# Builds calc.component.wasm from the corpus's calc guest (tests/corpus/components/calc: C with the Canonical ABI written
# by hand, and its WIT): clang-19 makes the core module, `jco embed` adds the world's component-type, `jco new` wraps it
# into a component. Needs clang-19, lld-19, node and jco 1.35.0 in $WITSHARP_NPM_PREFIX (default ~/.cache/witsharp/npm;
# .ci/run installs it there: npm install --prefix ~/.cache/witsharp/npm @bytecodealliance/jco@1.35.0 @bytecodealliance/preview2-shim@0.26.1).
#   bash samples/Calc/build-component.sh out/calc.component.wasm
set -euo pipefail
out=${1:?usage: build-component.sh <output.wasm>}
here=$(cd "$(dirname "$0")" && pwd)
calc="$here/../../tests/corpus/components/calc"
prefix=${WITSHARP_NPM_PREFIX:-$HOME/.cache/witsharp/npm}
jco="$prefix/node_modules/@bytecodealliance/jco/dist/jco.js"
[ -f "$jco" ] || { echo "build-component.sh: jco is not installed in $prefix (see the comment at the top of this script)" >&2; exit 1; }
# jco's bundled wasm-tools starts without filesystem preopens; this preload (beside node_modules, so the import
# resolves) grants the root so that `embed --wit` can read the WIT.
preload="$prefix/witsharp-preopen.mjs"
[ -f "$preload" ] || printf "import { _setPreopens } from '@bytecodealliance/preview2-shim/filesystem';\n_setPreopens({ '/': '/' });\n" >"$preload"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$out")"
clang-19 --target=wasm32 -nostdlib -O2 -Wl,--no-entry -mbulk-memory -o "$work/calc.core.wasm" "$calc/calc.c"
node --import "$preload" "$jco" embed "$work/calc.core.wasm" --wit "$calc/calc.wit" --world-name calc -o "$work/calc.embedded.wasm" >/dev/null
node --import "$preload" "$jco" new "$work/calc.embedded.wasm" -o "$out" >/dev/null
