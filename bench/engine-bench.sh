#!/usr/bin/env bash
# Claims to verdicts without text (issue 6): 10k, 100k and 1M synthetic claims with 1, 10 and 100 claims
# per key, in one Drools session each, in a fresh JVM with a 2 GB heap; every run checks its verdict
# counts (see bench/engine/io/corroborate/engine/VerdictBench.java). A run that fails (out of memory,
# wrong verdicts) is a FAILED row and the script exits 1 at the end.
# Usage: [SIZES="10000 ..."] [PER_KEY="1 10 100"] [HEAP=2g] bench/engine-bench.sh [REPEAT]
source "$(dirname "$0")/lib.sh"
repeat="${1:-3}"
build_jar
work=target/bench-engine
mkdir -p "$work"
javac -d "$work" -cp "$JAR" bench/engine/io/corroborate/engine/VerdictBench.java
machine
failed=0
printf '\n| claims | per key | keys | insert + fire wall ms | CPU ms | main thread CPU ms | GC ms | heap held by the session | verdicts |\n|---|---|---|---|---|---|---|---|---|\n'
for n in ${SIZES:-10000 100000 1000000}; do
  for m in ${PER_KEY:-1 10 100}; do
    walls=(); cpus=(); mains=(); gcs=(); line=""
    for _ in $(seq "$repeat"); do
      if ! line=$(java "-Xmx${HEAP:-2g}" -cp "$work:$JAR" io.corroborate.engine.VerdictBench "$n" "$m" 2>"$work/errors.txt"); then
        reason=$(grep -m1 -o 'OutOfMemoryError[^"]*' "$work/errors.txt" || echo "wrong verdicts: $line")
        printf '| %s | %s | | FAILED: %s | | | | | |\n' "$n" "$m" "$reason"; failed=1; continue 2
      fi
      walls+=("$(field total_ms "$line")"); cpus+=("$(field cpu_ms "$line")")
      mains+=("$(field main_cpu_ms "$line")"); gcs+=("$(field gc_ms "$line")")
    done
    printf '| %s | %s | %s | %s | %s | %s | %s | %s MB | %s |\n' "$n" "$m" "$(field keys "$line")" "$(median_range "${walls[@]}")" \
      "$(median_range "${cpus[@]}")" "$(median_range "${mains[@]}")" "$(median "${gcs[@]}")" "$(field heap_MB "$line")" "$(sed -E 's/.*verdicts=(\{[^}]*\}).*/\1/' <<<"$line") OK"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "${failed:-0}"
