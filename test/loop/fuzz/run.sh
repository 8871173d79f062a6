#!/bin/sh
# Differential check of the loop order: random programs from gen-order.js
# run under REFERENCE (node) and RUNTIME; prints the seeds whose output
# differs. Not part of test/run.sh (it needs two runtimes).
# usage: test/loop/fuzz/run.sh REFERENCE RUNTIME [FIRST] [LAST]
# With TICK_THROW=1 ticks throw too: then microtasks queued before a tick
# that throws outside a timer or immediate run early under nodus (the
# engine drains them when C's call returns; Node holds them until the next
# callback), so some seeds are expected to differ.
REF=$1
RT=$2
FIRST=${3:-1}
LAST=${4:-200}
dir=$(mktemp -d)
here=$(dirname "$0")
bad=0
for seed in $(seq "$FIRST" "$LAST"); do
  "$REF" "$here/gen-order.js" "$seed" > "$dir/p.js"
  a=$("$REF" "$dir/p.js" 2>/dev/null)
  b=$("$RT" "$dir/p.js" 2>/dev/null)
  if [ "$a" != "$b" ]; then
    bad=$((bad + 1))
    echo "seed $seed differs"
    echo "  reference: $a"
    echo "  runtime:   $b"
  fi
done
rm -rf "$dir"
echo "$((LAST - FIRST + 1 - bad)) same, $bad different"
[ $bad -eq 0 ]
