#!/usr/bin/env bash
# End to end on the real corpora of ../shared (issue 6): seeds, WikiRef news and the Stanford
# contradiction sentences, as event groups, repeated to about MB megabytes (default 50) under
# target/bench-e2e (never committed), evaluated with the bundled generic rules (rules/, the CLI's default),
# one evaluation per event group. Prints MB/s of text per wall second and per CPU second.
# PROFILE=1 also records JFR and prints where the CPU time goes (bench/tools/jfr-profile.sh).
# Usage: bench/e2e-bench.sh [REPEAT] [MB]      (SHARED=path/to/shared, default ../shared or /work/shared;
#   JAVA_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" measures with the launcher's JVM flags)
source "$(dirname "$0")/lib.sh"
repeat="${1:-3}"
mb="${2:-50}"
shared="${SHARED:-$( [ -d ../shared ] && echo ../shared || echo /work/shared )}"
build_jar
work=target/bench-e2e
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$JAR" bench/e2e/*.java
if [ ! -f "$work/groups-$mb.done" ]; then
  rm -rf "$work/groups-$mb"
  java -cp "$work/classes" RealCorpus "$shared" "$work/groups-$mb" "$mb"
  touch "$work/groups-$mb.done"
fi
machine
rates=(); cores=(); walls=(); line=""
for i in $(seq "$repeat"); do
  flags=()
  [ -n "${PROFILE:-}" ] && [ "$i" = 1 ] && flags=(-XX:StartFlightRecording=filename=$work/profile.jfr,settings=profile)
  line=$(java -Xmx2g ${JAVA_FLAGS:-} "${flags[@]}" -cp "$JAR:$work/classes" E2EBench rules -- "$work/groups-$mb" 2>/dev/null | grep RESULT)
  rates+=("$(field MBps "$line")"); cores+=("$(field MBps_per_core "$line")"); walls+=("$(field wall_ms "$line")")
done
echo "$line"
printf '\n| text | documents | groups | findings | wall ms | MB/s (wall) | MB/s per core (CPU) |\n|---|---|---|---|---|---|---|\n'
printf '| %s MB | %s | %s | %s | %s | %s | %s |\n' "$(field MB "$line")" "$(field docs "$line")" "$(field groups "$line")" \
  "$(field findings "$line")" "$(median_range "${walls[@]}")" "$(median_range "${rates[@]}")" "$(median_range "${cores[@]}")"
[ -n "${PROFILE:-}" ] && bench/tools/jfr-profile.sh "$work/profile.jfr" 30
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
