# Shared by the bench scripts (sourced): build what is missing, medians, the machine's load.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR=target/corroborate.jar
# benchmarks never read or fill the user's compiled-rules cache unless a script asks for it
export CORROBORATE_CACHE_DIR="${CORROBORATE_CACHE_DIR:-$PWD/target/bench-cache}"

build_jar() { # the jar, rebuilt when a main source file is newer than it
  if [ ! -f "$JAR" ] || [ -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]; then
    echo "building $JAR" >&2
    mvn -B -ntp -q package -DskipTests >&2
  fi
}

median_range() { # numbers... -> "median (min-max)"
  local sorted n
  sorted=$(printf '%s\n' "$@" | sort -g)
  n=$(printf '%s\n' "$sorted" | wc -l)
  printf '%s (%s-%s)' "$(printf '%s\n' "$sorted" | sed -n "$(( (n + 1) / 2 ))p")" \
    "$(printf '%s\n' "$sorted" | head -1)" "$(printf '%s\n' "$sorted" | tail -1)"
}

median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }

field() { # name line -> value of name=value in a RESULT line
  sed -E "s/.*[ ]$1=([^ ]+).*/\1/" <<<"$2"
}

machine() {
  printf 'machine: %s cores, %s, %s; load average at start: %s\n' "$(nproc)" \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" \
    "$(java -version 2>&1 | head -1)" "$(cut -d' ' -f1-3 /proc/loadavg)"
}
