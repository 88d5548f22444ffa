#!/usr/bin/env bash
# Part-of-speech tagging alone (issue 6): every sentence of ../shared (seeds, WikiRef news, the Stanford
# contradiction file, the flights table), ROUNDS rounds in one JVM per jar, microseconds per sentence (the
# last rounds are the warmed ones). With several jars (e.g. a build of an older commit), runs each in turn
# and checks that all give the same tags byte for byte (exit 1 otherwise).
# Usage: bench/pos-bench.sh [ROUNDS] [JAR...]     (default: 6 rounds, target/corroborate.jar)
source "$(dirname "$0")/lib.sh"
rounds="${1:-6}"; shift || true
shared="${SHARED:-$( [ -d ../shared ] && echo ../shared || echo /work/shared )}"
jars=("$@"); [ ${#jars[@]} -gt 0 ] || { build_jar; jars=("$JAR"); }
work=target/bench-pos
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "${jars[0]}" bench/pos/TagBench.java
machine
k=0
for jar in "${jars[@]}"; do
  k=$((k + 1))
  echo "== $jar"
  java -cp "$jar:$work/classes" TagBench "$rounds" "$work/tags-$k.txt" "$shared/seeds" "$shared/data" 2>/dev/null | grep RESULT
  if [ "$k" -gt 1 ] && ! cmp -s "$work/tags-1.txt" "$work/tags-$k.txt"; then
    echo "tags differ: $jar vs ${jars[0]}" >&2; exit 1
  fi
done
[ "$k" -gt 1 ] && echo "same tags from all $k jars ($(wc -l < "$work/tags-1.txt") sentences)"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
