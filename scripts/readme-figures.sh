#!/usr/bin/env bash
# Prints the CLI output the README quotes (its CLI and HTML sections), by running the CLI's jar on
# samples/corpus; with --check, instead fails listing every printed line the README does not hold.
# Needs the jar: ./mvnw -B -q package -DskipTests. Usage: scripts/readme-figures.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=samples/cli/target/zhnews.jar
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
zhnews() { java -jar "$JAR" "$@"; }
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

{
  echo "## CLI: a table (the first rows), and the totals of samples/corpus"
  zhnews analyze samples/corpus/01-alibaba-qwen-release.txt | head -10
  zhnews analyze samples/corpus | tail -1
  echo "## CLI: an input larger than --max-chars, in batches"
  zhnews analyze --only model --max-chars 1000 samples/corpus/12-tw-pinyin-agi-content-farm.txt \
    | grep -E "^(samples|  streamed|  batch|  [0-9]+ batches|Total)"
  echo "## HTML view"
  zhnews html samples/corpus -o "$OUT/html" | sed "s#$OUT/html#target/html#"
} > "$OUT/figures.txt"

if [ "${1:-}" != "--check" ]; then
  cat "$OUT/figures.txt"
  exit 0
fi
missing=0
while IFS= read -r line; do
  case "$line" in "## "*|"") continue ;; esac
  if ! grep -qF -- "$line" README.md; then
    echo "not in README.md: $line" >&2
    missing=$((missing + 1))
  fi
done < "$OUT/figures.txt"
[ "$missing" -eq 0 ] || { echo "$missing line(s) of the CLI's output are stale or missing in README.md" >&2; exit 1; }
echo "README.md holds every line the CLI prints for its examples"
