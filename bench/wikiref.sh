#!/usr/bin/env bash
# Runs the generic rules (no --rules) over ../shared/data/wikiref-news, one evaluation per topic cluster
# (the topic is the file-name prefix), and prints claims, verdicts and findings per cluster. Also draws a
# seeded sample of 30 verdicts from the Paris cluster for judging by hand (target/wikiref/paris-sample.txt).
# Usage: bench/wikiref.sh [sample-seed]
set -euo pipefail
cd "$(dirname "$0")/.."
SEED="${1:-2026}"
DATA="../shared/data/wikiref-news/WikiRef220"
OUT="${WIKIREF_OUT:-target/wikiref}"
[ -d "$DATA" ] || { echo "missing $DATA (../shared beside the checkout)" >&2; exit 1; }
JAR="${CORROBORATE_JAR:-target/corroborate.jar}"
[ -f "$JAR" ] || mvn -B -ntp -q package -DskipTests
rm -rf "$OUT" && mkdir -p "$OUT/in"
for f in "$DATA"/*.txt; do
  name="$(basename "$f")"
  topic="${name%% (*}"; topic="${topic%.txt}"; topic="$(echo "$topic" | sed -E 's/\.[0-9]+$//')"
  mkdir -p "$OUT/in/$topic" && cp "$f" "$OUT/in/$topic/"
done
printf '| cluster | docs | claims | verdicts | CORROBORATED | SINGLE_SOURCE | CONFLICTING | DISPUTED | MISQUOTE | SUPERSEDED | findings | stderr lines | wall s |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|---|\n'
for dir in "$OUT"/in/*/; do
  topic="$(basename "$dir")"
  start=$(date +%s.%N)
  java -jar "$JAR" evaluate --input "$dir" --format text > "$OUT/$topic.txt" 2>"$OUT/$topic.err" || true
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  head=$(head -1 "$OUT/$topic.txt")
  read -r docs claims verdicts findings < <(echo "$head" | sed -E 's/[^0-9]+/ /g')
  count() { grep -m1 -E "^  $1: " "$OUT/$topic.txt" | sed -E 's/.*: //' || echo 0; }
  problems=$(grep -c '' "$OUT/$topic.err" || true)
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.1f |\n' "$topic" "$docs" "$claims" "$verdicts" \
    "$(count CORROBORATED)" "$(count SINGLE_SOURCE)" "$(count CONFLICTING)" "$(count DISPUTED)" "$(count MISQUOTE)" \
    "$(count SUPERSEDED)" "$findings" "$problems" "$wall"
done
# the sample: every verdict block of the Paris report, 30 drawn with a seeded shuffle
awk '/^v[0-9]+ /{n++} /^Findings/{exit} n{print > sprintf("'"$OUT"'/paris-v%04d.block", n)}' "$OUT/ParisAttacks2015.txt"
ls "$OUT"/paris-v*.block | shuf -n 30 --random-source=<(yes "$SEED") | sort | xargs cat > "$OUT/paris-sample.txt"
echo "sample: $OUT/paris-sample.txt (seed $SEED)"
