#!/bin/sh
# Runs the Node test-suite files listed in test/node/passing.txt (files of
# Node's own test/ tree that nodus passes) and reports any that no longer
# pass. Not part of `make test`: Node's tree is not in this repository.
# usage: test/node/run.sh NODE_SRC [RUNTIME]
#   NODE_SRC  a checkout of Node's test/ tree (see ../shared/NODE-TESTS.md)
#   RUNTIME   default build/nodus
#   NODE_TEST_RUNNER  path of run-node-tests.py (default ../shared/tools/)
set -u
[ $# -ge 1 ] || { echo "usage: $0 NODE_SRC [RUNTIME]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
src=$(cd "$1" && pwd) || exit 2
runtime=${2:-$root/build/nodus}
case "$runtime" in /*) ;; *) runtime="$PWD/$runtime" ;; esac
runner=${NODE_TEST_RUNNER:-$root/../shared/tools/run-node-tests.py}
[ -f "$runner" ] || runner=/work/shared/tools/run-node-tests.py
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# every directory the list names (a bare file name is in parallel/)
dirs=$(grep -v '^#' "$here/passing.txt" | awk -F/ 'NF > 1 { print $1 } NF == 1 && $0 != "" { print "parallel" }' | sort -u | paste -sd, -)
python3 "$runner" --runtime "$runtime" --node-src "$src" --list "$here/passing.txt" --dirs "$dirs" \
  --jobs "${JOBS:-2}" --timeout "${TIMEOUT:-30}" --set all --out "$out" --quiet
python3 - "$out" "$here/passing.txt" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
want = [l.strip() for l in open(sys.argv[2]) if l.strip() and not l.startswith("#")]
bad = [t for t in want if res.get(t if "/" in t else "parallel/" + t, {}).get("status") != "pass"]
for t in bad:
    print("REGRESSION", t)
print(f"{len(want) - len(bad)} of {len(want)} listed Node tests pass")
sys.exit(1 if bad else 0)
PY
