#!/usr/bin/env bash
# Language benchmarks (issue 3): parse of a 10,000-line rule file; check + compile of rule sets with
# 10, 100 and 1,000 claim kinds and rules. Each measurement runs in a fresh JVM, REPEAT times; the
# median and the range are printed. "compile" runs without the compiled-rules cache (a cold build);
# "compile-cached" loads the rule base from a cache filled by one run before (issue 6).
# Usage: [JAVA_FLAGS=...] bench/lang-bench.sh [REPEAT]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
repeat="${1:-5}"
[ -f target/corroborate.jar ] || mvn -B -ntp -q package -DskipTests
work=target/bench-lang
mkdir -p "$work/classes"
javac -d "$work/classes" -cp target/corroborate.jar bench/lang/*.java
java -cp "$work/classes" GenerateRules "$work"
stat() { # values... -> "median (range min-max)"
  local sorted; sorted=$(printf '%s\n' "$@" | sort -n)
  local n; n=$(printf '%s\n' "$sorted" | wc -l)
  printf '%s ms (range %s-%s)' "$(printf '%s\n' "$sorted" | sed -n "$(( (n + 1) / 2 ))p")" \
    "$(printf '%s\n' "$sorted" | head -1)" "$(printf '%s\n' "$sorted" | tail -1)"
}
export CORROBORATE_CACHE_DIR="$PWD/$work/cache"
run() { # mode file
  local first=() again=() lines=0 line mode="$1" cache=off
  if [ "$mode" = compile-cached ]; then
    mode=compile; cache=on
    java -Xmx2g -cp "target/corroborate.jar:$work/classes" LangBench compile "$2" >/dev/null # fills the cache
  fi
  for _ in $(seq "$repeat"); do
    line=$(java -Xmx2g -Dcorroborate.cache=$cache ${JAVA_FLAGS:-} -cp "target/corroborate.jar:$work/classes" LangBench "$mode" "$2")
    lines=$(sed -E 's/.*lines=([0-9]+).*/\1/' <<<"$line")
    first+=("$(sed -E 's/.*first_ms=([0-9]+).*/\1/' <<<"$line")")
    again+=("$(sed -E 's/.*again_ms=([0-9]+).*/\1/' <<<"$line")")
  done
  printf '%-8s %-20s %6s lines  cold median %s  warm median %s\n' "$1" "$(basename "$2")" "$lines" \
    "$(stat "${first[@]}")" "$(stat "${again[@]}")"
}
run parse "$work/lines-10000.claims"
for n in 10 100 1000; do run compile "$work/kinds-$n.claims"; done
for n in 10 1000; do run compile-cached "$work/kinds-$n.claims"; done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
