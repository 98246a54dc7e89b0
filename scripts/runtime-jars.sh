#!/usr/bin/env bash
# The jars a project that depends on zhnews-extractors gets at run time (Maven's runtime scope:
# zhnews itself and its dependencies), with their sizes, as the Markdown table the README shows.
# Usage: scripts/runtime-jars.sh [extra Maven options, e.g. -o]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
MVN="${MVN:-$root/mvnw}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$root" && "$MVN" -B -q "$@" -pl extractors -am package -DskipTests \
    -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$work/jars") \
    > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
cp "$root"/extractors/target/zhnews-extractors-*.jar "$work/jars/"
rm -f "$work"/jars/*-tests.jar "$work"/jars/*-sources.jar "$work"/jars/*-javadoc.jar

echo "| runtime jar of zhnews-extractors | size |"
echo "|---|---:|"
total=0
count=0
while read -r size name; do
  printf '| %s | %s |\n' "$name" "$(awk -v b="$size" 'BEGIN { if (b >= 1e6) printf "%.1f MB", b / 1e6; else printf "%d kB", b / 1e3 }')"
  total=$((total + size))
  count=$((count + 1))
done < <(for f in "$work"/jars/*.jar; do echo "$(stat -c %s "$f") $(basename "$f")"; done | sort -rn)
printf '| **%d jars** | **%s** |\n' "$count" "$(awk -v b="$total" 'BEGIN { printf "%.1f MB", b / 1e6 }')"
