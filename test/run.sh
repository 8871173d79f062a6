#!/bin/sh
# Runs every test/<area>/test-*.js with RUNTIME (default build/nodus); a test
# passes when it exits 0 within the time limit. Last line: "N passed, N failed".
# usage: test/run.sh [RUNTIME] [FILTER]
RUNTIME=${1:-build/nodus}
FILTER=${2:-}
TIMEOUT=${TEST_TIMEOUT:-60}
cd "$(dirname "$0")/.." || exit 2
case "$RUNTIME" in /*) ;; *) RUNTIME="$PWD/$RUNTIME" ;; esac
pass=0
fail=0
failed=""
for t in $(find test -path test/fixtures -prune -o -name 'test-*.js' -print | sort); do
  case "$t" in *"$FILTER"*) ;; *) continue ;; esac
  out=$(timeout "$TIMEOUT" "$RUNTIME" "$t" 2>&1 </dev/null)
  rc=$?
  if [ $rc -eq 0 ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    failed="$failed $t"
    echo "FAIL $t (exit $rc)"
    echo "$out" | tail -n 15 | sed 's/^/    /'
  fi
done
# pure-C unit tests (test/c), built beside a nodus binary in ctest/
CTEST_DIR="$(dirname "$RUNTIME")/ctest"
if [ -d "$CTEST_DIR" ]; then
  for t in "$CTEST_DIR"/test-*; do
    [ -x "$t" ] || continue
    case "test/c/$(basename "$t")" in *"$FILTER"*) ;; *) continue ;; esac
    out=$(timeout "$TIMEOUT" "$t" 2>&1 </dev/null)
    rc=$?
    if [ $rc -eq 0 ]; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      failed="$failed test/c/$(basename "$t")"
      echo "FAIL test/c/$(basename "$t") (exit $rc)"
      echo "$out" | tail -n 15 | sed 's/^/    /'
    fi
  done
fi
[ -n "$failed" ] && echo "failed:$failed"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
