#!/usr/bin/env bash
# JMH microbenchmarks of the hot inner pieces (sentence splitting, tokenizing, quantities, analysis,
# pattern matching with and without the required-word filter). The module bench/jmh is separate from
# the main build; it compiles against target/corroborate.jar (first run downloads JMH 1.37 from Maven
# Central). Usage: bench/jmh-bench.sh [JMH options]   (default: the iterations set in the classes)
source "$(dirname "$0")/lib.sh"
build_jar
if [ ! -f bench/jmh/target/benchmarks.jar ] || [ -n "$(find bench/jmh/src bench/jmh/pom.xml "$JAR" -newer bench/jmh/target/benchmarks.jar -print -quit)" ]; then
  mvn -B -ntp -q -f bench/jmh/pom.xml package >&2
fi
machine
java -cp "bench/jmh/target/benchmarks.jar:$JAR" org.openjdk.jmh.Main "$@" 2>&1 | sed -n '/^Benchmark /,$p'
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
