#!/usr/bin/env bash
# Checks that the CLI analyses a big input in bounded memory: generates a file of SIZE_MB
# megabytes (default 50) of Chinese news from samples/corpus, runs the CLI's jar on it with
# -Xmx512m (--json, the default --max-chars), and checks that it exits 0 and prints one valid
# JSON object whose mentions sit at their offsets in the file; then that a heap far too small
# for a batch gives the one-line out-of-memory message and exit 3.
# Needs the jar (mvn -B -q package -DskipTests) and python3. Usage: scripts/check-big-input.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=samples/cli/target/zhnews.jar
SIZE_MB="${1:-50}"
[ -f "$JAR" ] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK/big.txt" "$SIZE_MB" <<'PY'
import glob, sys
path, size = sys.argv[1], int(sys.argv[2]) * 1024 * 1024
texts = [open(f, encoding="utf-8").read().rstrip("\n") + "\n\n" for f in sorted(glob.glob("samples/corpus/*.txt"))]
written = 0
with open(path, "w", encoding="utf-8") as out:
    while written < size:
        for t in texts:
            out.write(t)
            written += len(t.encode("utf-8"))
PY
echo "generated $(du -m "$WORK/big.txt" | cut -f1) MB"

start=$(date +%s)
java -Xmx512m -jar "$JAR" analyze --json "$WORK/big.txt" > "$WORK/out.jsonl" 2> "$WORK/err.txt" || {
  echo "FAIL: exit $? with -Xmx512m" >&2; cat "$WORK/err.txt" >&2; exit 1; }
echo "analysed with -Xmx512m in $(( $(date +%s) - start )) s"
[ ! -s "$WORK/err.txt" ] || { echo "FAIL: stderr not empty:" >&2; head -5 "$WORK/err.txt" >&2; exit 1; }

python3 - "$WORK/big.txt" "$WORK/out.jsonl" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
assert len(lines) == 1, f"expected one JSON object, got {len(lines)} lines"
doc = json.loads(lines[0])
units = text.encode("utf-16-le")
mentions = doc["mentions"]
assert mentions, "no mentions"
for m in mentions:
    s, e = m["originalStart"], m["originalEnd"]
    got = units[2 * s:2 * e].decode("utf-16-le")
    assert got == m["text"], f"mention at {s}-{e} is {got!r} in the file, {m['text']!r} in the JSON"
assert doc["articles"][-1]["originalEnd"] == len(units) // 2, "articles do not reach the end of the file"
print(f"OK: one object, {len(mentions)} mentions at their offsets, {len(doc['articles'])} articles, "
      f"{len(doc['warnings'])} warnings")
PY

set +e
java -Xmx24m -jar "$JAR" analyze --json --max-chars 10000000 "$WORK/big.txt" > /dev/null 2> "$WORK/oom.txt"
code=$?
set -e
if [ "$code" -ne 3 ] || [ "$(wc -l < "$WORK/oom.txt")" -ne 1 ] || ! grep -q "^zhnews: out of memory" "$WORK/oom.txt"; then
  echo "FAIL: with -Xmx24m expected exit 3 and one line 'zhnews: out of memory ...', got exit $code:" >&2
  head -5 "$WORK/oom.txt" >&2
  exit 1
fi
echo "OK: with -Xmx24m: exit 3, $(cat "$WORK/oom.txt")"
