#!/usr/bin/env bash
# Issue #13's "the whole component and bindings test suite passes on both engines; print the count per engine": runs
# the given test projects once (default: the component runtime, the corpus and the generated bindings) and prints, per
# project and engine, how many test cases passed, failed and skipped. A case counts for an engine when it carries the
# engine as its theory parameter (engine: "wasmtime" or engineName: "wasmtime", see tests/WitSharp.Testing.Engines);
# cases tied to no one engine (the Wasmtime.Components reference, name rules, the seam's own checks) count apart.
#   bash tests/engine-counts.sh
#   bash tests/engine-counts.sh tests/Wasi.Tests tests/Wasi.Http.Tests
# Exit code: dotnet test's (nonzero when a test failed).
set -uo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
[ ${#projects[@]} -gt 0 ] || projects=(tests/Engine.Components.Tests tests/Components.Corpus.Tests tests/ComponentBindings.Tests)
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

status=0
for project in "${projects[@]}"; do
  dotnet test "$project" -c Release --logger "trx;LogFileName=$(basename "$project").trx" --results-directory "$results" >"$results/$(basename "$project").log" 2>&1 || {
    status=$?
    tail -n 30 "$results/$(basename "$project").log"
  }
done

# One UnitTestResult element per test case: its testName holds the theory's arguments, its outcome the result. One
# line per project and engine, then the totals.
grep -o '<UnitTestResult [^>]*>' "$results"/*.trx | awk '
  {
    project = $0
    sub(/\.trx:.*/, "", project)
    sub(/.*\//, "", project)
    engine = "no engine"
    if ($0 ~ /engine(Name)?: &quot;managed&quot;/) engine = "managed"
    else if ($0 ~ /engine(Name)?: &quot;wasmtime&quot;/) engine = "wasmtime"
    match($0, /outcome="[A-Za-z]+"/)
    outcome = substr($0, RSTART + 9, RLENGTH - 10)
    count[project, engine, outcome]++
    count["all projects", engine, outcome]++
    seen[project, engine] = seen["all projects", engine] = 1
    if (!(project in listed)) { listed[project] = 1; projects[++n] = project }
  }
  END {
    projects[++n] = "all projects"
    split("managed wasmtime", order, " ")
    order[3] = "no engine"
    for (p = 1; p <= n; p++)
      for (i = 1; i <= 3; i++)
        if ((projects[p], order[i]) in seen)
          printf "%-26s %-10s %5d passed, %d failed, %d skipped\n", projects[p], order[i] ":", count[projects[p], order[i], "Passed"], count[projects[p], order[i], "Failed"], count[projects[p], order[i], "NotExecuted"]
  }
'
exit "$status"
