#!/usr/bin/env bash
# Summarizes the CPU samples of a JFR recording: the top frames (self time) and, for Corroborate's own
# methods, how many samples have them anywhere on the stack (inclusive time). Usage: jfr-profile.sh FILE.jfr [N]
set -euo pipefail
file="$1"; n="${2:-25}"
samples=$(mktemp); trap 'rm -f "$samples"' EXIT
jfr print --stack-depth 96 --events jdk.ExecutionSample "$file" > "$samples"
total=$(grep -c '^jdk.ExecutionSample' "$samples" || true)
echo "samples: $total"
echo "--- self (top frame)"
awk '/stackTrace = \[/{getline; sub(/line:.*/, ""); gsub(/^ +| +$/, ""); print}' "$samples" \
  | sort | uniq -c | sort -rn | head -"$n"
echo "--- inclusive (io.corroborate methods on the stack)"
awk '/stackTrace = \[/{split("", seen); while ((getline l) > 0) { if (l ~ /^ *\]/) break;
       if (l ~ /io\.corroborate\./) { sub(/\(.*/, "", l); gsub(/^ +/, "", l); if (!(l in seen)) { seen[l] = 1; print l } } } }' \
  "$samples" | sort | uniq -c | sort -rn | head -"$n"
