#!/usr/bin/env bash
# Wall time of the seeds evaluation from a fresh JVM (issue 6): `evaluate --rules examples/kursk --input
# SHARED/seeds --format json`, REPEAT times per variant, median and range:
#   plain      java -jar, default JVM flags, --no-cache
#   short      java -jar with the launcher's short-run flags (C1, serial GC), --no-cache
#   cached     the same with the compiled-rules cache filled by a run before
#   launcher   bin/corroborate: short flags + rules cache + class-data-sharing archive (both filled before)
# Every variant's report must equal the first one's, byte for byte. Usage: bench/cli-bench.sh [REPEAT]
source "$(dirname "$0")/lib.sh"
repeat="${1:-5}"
shared="${SHARED:-$( [ -d ../shared ] && echo ../shared || echo /work/shared )}"
build_jar
work=target/bench-cli
rm -rf "$work"; mkdir -p "$work"
export CORROBORATE_CACHE_DIR="$PWD/$work/cache"
args=(evaluate --rules examples/kursk --input "$shared/seeds" --format json)
short=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
ms() { local t0 t1; t0=$(date +%s%N); "$@" > "$work/out.json"; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
machine
variant() { # name command...
  local name="$1"; shift; local times=()
  for _ in $(seq "$repeat"); do
    times+=("$(ms "$@")")
    if [ -f "$work/expected.json" ]; then
      cmp -s "$work/out.json" "$work/expected.json" || { echo "FAIL: $name gave a different report" >&2; exit 1; }
    else
      cp "$work/out.json" "$work/expected.json"
    fi
  done
  printf '| %s | %s ms |\n' "$name" "$(median_range "${times[@]}")"
}
printf '\n| variant | wall, median (range) |\n|---|---|\n'
variant "plain: java -jar, default flags, --no-cache" java -jar "$JAR" "${args[@]}" --no-cache
variant "short-run flags, --no-cache" java "${short[@]}" -jar "$JAR" "${args[@]}" --no-cache
java "${short[@]}" -jar "$JAR" "${args[@]}" > /dev/null # fills the rules cache
variant "short-run flags + rules cache" java "${short[@]}" -jar "$JAR" "${args[@]}"
CORROBORATE_NO_CDS= bin/corroborate "${args[@]}" > /dev/null # writes the CDS archive
variant "bin/corroborate: short flags + rules cache + CDS" bin/corroborate "${args[@]}"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
