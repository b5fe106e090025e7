#!/usr/bin/env bash
# Runs every test suite of the repository and ends with one line: "N passed, N failed[, N skipped]".
# Usage: bash scripts/test.sh            (builds first)
#        SPOTNET_NO_BUILD=1 bash scripts/test.sh   (reuse an existing Release build)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

build_flag=()
if [ "${SPOTNET_NO_BUILD:-0}" = "1" ]; then build_flag=(--no-build); fi

status=0
# One run per test project, so that each writes its own results file.
for proj in $(find tests -name '*.Tests.csproj' | sort); do
  name=$(basename "$proj" .csproj)
  dotnet test "$proj" -c Release "${build_flag[@]}" --blame-hang-timeout 10m \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results/dotnet" || status=$?
done

# Interop suite (npm clients against a real server), when present.
if [ -f tests/interop/package.json ] && [ -x tests/interop/run.sh ]; then
  # On a fresh machine the npm clients are not installed yet (CI installs them in .ci/run).
  if [ ! -d tests/interop/node_modules ] && command -v npm >/dev/null 2>&1; then
    (cd tests/interop && npm ci --ignore-scripts --no-audit --no-fund) || status=$?
  fi
  bash tests/interop/run.sh "$results/interop" || status=$?
fi

python3 - "$results" <<'PY'
import glob, os, re, sys, xml.etree.ElementTree as ET
root = sys.argv[1]
passed = failed = skipped = 0
for trx in glob.glob(os.path.join(root, "dotnet", "*.trx")):
    c = ET.parse(trx).getroot().find(".//{*}ResultSummary/{*}Counters")
    if c is None:
        continue
    total = int(c.get("total", 0)); p = int(c.get("passed", 0))
    f = int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    passed += p; failed += f; skipped += max(0, total - p - f)
# The interop runner writes one "summary.txt" line: "<passed> <failed> <skipped>".
for s in glob.glob(os.path.join(root, "interop", "summary.txt")):
    p, f, k = (int(x) for x in open(s).read().split())
    passed += p; failed += f; skipped += k
line = f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else "")
open(os.path.join(root, "summary.txt"), "w").write(line + "\n")
PY
summary=$(cat "$results/summary.txt")
passed=$(echo "$summary" | sed -E 's/^([0-9]+) passed.*/\1/')
failed=$(echo "$summary" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
echo "$summary"
if [ "$failed" != "0" ] || [ "$passed" = "0" ]; then exit 1; fi
exit $status
