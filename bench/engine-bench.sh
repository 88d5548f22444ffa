#!/usr/bin/env bash
# Claims to verdicts without text (issue 6): 10k, 100k and 1M synthetic claims with 1, 10 and 100 claims
# per key, in one Drools session each, in a fresh JVM with a 2 GB heap; every run checks its verdict
# counts (see bench/engine/io/corroborate/engine/VerdictBench.java). Usage: bench/engine-bench.sh [REPEAT]
source "$(dirname "$0")/lib.sh"
repeat="${1:-3}"
build_jar
work=target/bench-engine
mkdir -p "$work"
javac -d "$work" -cp "$JAR" bench/engine/io/corroborate/engine/VerdictBench.java
machine
printf '\n| claims | per key | keys | insert + fire wall ms | CPU ms | heap held by the session | verdicts |\n|---|---|---|---|---|---|---|\n'
for n in 10000 100000 1000000; do
  for m in 1 10 100; do
    walls=(); cpus=(); line=""
    for _ in $(seq "$repeat"); do
      if ! line=$(java -Xmx2g -cp "$work:$JAR" io.corroborate.engine.VerdictBench "$n" "$m"); then
        echo "FAIL: wrong verdicts for $n claims, $m per key: $line" >&2; exit 1
      fi
      walls+=("$(field total_ms "$line")"); cpus+=("$(field cpu_ms "$line")")
    done
    printf '| %s | %s | %s | %s | %s | %s MB | %s |\n' "$n" "$m" "$(field keys "$line")" "$(median_range "${walls[@]}")" \
      "$(median_range "${cpus[@]}")" "$(field heap_MB "$line")" "$(sed -E 's/.*verdicts=(\{[^}]*\}).*/\1/' <<<"$line") OK"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
