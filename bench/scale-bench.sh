#!/usr/bin/env bash
# Scale benchmark (issue 6): the seeded generated corpus at about 1k, 10k and 100k documents, evaluated
# end to end as one event group, every verdict checked against the generator's ground truth, next to
# the regex + HashMap baseline on the same files. Each run is a fresh JVM; REPEAT runs per size (the
# median and range are printed). Times: wall, and CPU time of the whole process (fairer on a busy
# machine; "per core" = MB of text per CPU second).
# Without WARM the JIT warms up inside the measured evaluation (small sizes pay most of it); with
# WARM=1 every run evaluates another 1k corpus (same lexicons, other documents) first, so the cost per document compares
# at steady state between sizes (the 1.3x target is read from this).
# Usage: [WARM=1] bench/scale-bench.sh [REPEAT] [SIZES]     (defaults: 3, "1000 10000 100000"; HEAP=6g)
source "$(dirname "$0")/lib.sh"
repeat="${1:-3}"
sizes="${2:-1000 10000 100000}"
heap="${HEAP:-6g}"
build_jar
work=target/bench-scale
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$JAR" bench/scale/*.java
machine
for n in $sizes; do
  [ -f "$work/corpus-$n.jsonl" ] || java -cp "$work/classes" GenerateCorpus "$work" "$n"
done
# WARM=1: each run first evaluates another 1k corpus (same names, other documents), so sizes compare at steady state
[ -z "${WARM:-}" ] || [ -f "$work/warmup/corpus-999.jsonl" ] || java -cp "$work/classes" GenerateCorpus "$work/warmup" 999
# the generator is deterministic: the same seed gives the same bytes
java -cp "$work/classes" GenerateCorpus "$work/again" 1000
cmp -s "$work/again/corpus-1000.jsonl" "$work/corpus-1000.jsonl" && cmp -s "$work/again/truth-1000.tsv" "$work/truth-1000.tsv" \
  || { echo "FAIL: the generator is not deterministic" >&2; exit 1; }

printf '\n| documents | MB | claims / keys | Corroborate evaluate wall ms | CPU us/doc | MB/s per core | baseline CPU us/doc | baseline MB/s per core | cost vs baseline | verdicts |\n|---|---|---|---|---|---|---|---|---|---|\n'
declare -A per_doc
for n in $sizes; do
  walls=(); cpus=(); rates=(); bcpus=(); brates=(); line=""
  for _ in $(seq "$repeat"); do
    # warm rule cache on purpose: compile time is measured elsewhere, this is about documents
    if ! line=$(java "-Xmx$heap" -cp "$JAR:$work/classes" ScaleBench "$work/scale.claims" \
        "$work/corpus-$n.jsonl" "$work/truth-$n.tsv" ${WARM:+"$work/warmup/corpus-999.jsonl"} 2>"$work/errors-$n.txt"); then
      echo "FAIL: verdicts differ from the ground truth at $n documents:" >&2; cat "$work/errors-$n.txt" >&2; echo "$line" >&2; exit 1
    fi
    walls+=("$(field evaluate_ms "$line")"); cpus+=("$(field us_cpu_per_doc "$line")"); rates+=("$(field MBps_per_core "$line")")
    bline=$(java -Xmx2g -cp "$work/classes" Baseline "$work/scale.claims" "$work/corpus-$n.jsonl" "$work/truth-$n.tsv")
    bcpus+=("$(field us_cpu_per_doc "$bline")"); brates+=("$(field MBps_per_core "$bline")")
  done
  per_doc[$n]=$(median "${cpus[@]}")
  ratio=$(awk -v a="${per_doc[$n]}" -v b="$(median "${bcpus[@]}")" 'BEGIN { printf "%.1fx", a / b }')
  printf '| %s | %s | %s / %s | %s | %s | %s | %s | %s | %s | %s correct of %s |\n' "$(field docs "$line")" "$(field MB "$line")" \
    "$(field claims "$line")" "$(field keys "$line")" "$(median_range "${walls[@]}")" "$(median_range "${cpus[@]}")" \
    "$(median "${rates[@]}")" "$(median_range "${bcpus[@]}")" "$(median "${brates[@]}")" "$ratio" \
    "$(field correct "$line")" "$(field keys "$line")"
done
first=$(echo "$sizes" | awk '{print $1}'); last=$(echo "$sizes" | awk '{print $NF}')
awk -v a="${per_doc[$last]}" -v b="${per_doc[$first]}" -v l="$last" -v f="$first" \
  'BEGIN { printf "\ncost per document at %s vs %s documents (CPU): %.2fx (target <= 1.3x)\n", l, f, a / b }'
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
