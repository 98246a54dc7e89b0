#!/usr/bin/env bash
# Reproducible builds: builds the library modules (core, normalizers, extractors) twice, each
# time from a fresh copy of the working tree in its own directory, and compares every jar
# (classes, sources, javadoc, tests) byte for byte. Exit 0 when all are identical.
# Usage: scripts/check-reproducible.sh [extra Maven options, e.g. -o]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
MVN="${MVN:-$root/mvnw}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for build in a b; do
  mkdir -p "$work/$build/src" "$work/$build/jars"
  tar -C "$root" --exclude=./.git --exclude='./*/target' --exclude='./*/*/target' --exclude=./target \
      -cf - . | tar -C "$work/$build/src" -xf -
  (cd "$work/$build/src" && "$MVN" -B -q "$@" package -DskipTests -pl core,normalizers,extractors) \
      > "$work/$build/build.log" 2>&1 || { cat "$work/$build/build.log" >&2; exit 1; }
  cp "$work/$build"/src/{core,normalizers,extractors}/target/*.jar "$work/$build/jars/"
done

differ=0
count=0
for jar in "$work"/a/jars/*.jar; do
  name="$(basename "$jar")"
  count=$((count + 1))
  if cmp -s "$jar" "$work/b/jars/$name"; then
    echo "identical  $name ($(stat -c %s "$jar") bytes, sha256 $(sha256sum "$jar" | cut -c1-16))"
  else
    echo "DIFFERENT  $name" >&2
    differ=$((differ + 1))
  fi
done
if [ "$count" -eq 0 ] || [ "$count" -ne "$(ls "$work"/b/jars/*.jar | wc -l)" ]; then
  echo "the two builds made different sets of jars" >&2
  exit 1
fi
if [ "$differ" -ne 0 ]; then
  echo "$differ of $count jars differ between two clean builds" >&2
  exit 1
fi
echo "reproducible: $count jars identical in two clean builds"
