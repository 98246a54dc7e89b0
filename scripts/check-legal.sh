#!/usr/bin/env bash
# Every jar the build made (library, test, sources, javadoc, samples, the shaded CLI and Spark
# jars) carries META-INF/LICENSE and META-INF/NOTICE; the shaded jars also carry the licences of
# what they bundle. Run after a build (./mvnw -B verify).
set -euo pipefail
cd "$(dirname "$0")/.."
missing=0
checked=0
for jar in */target/*.jar samples/*/target/*.jar; do
  [ -f "$jar" ] || continue
  entries="$(unzip -Z1 "$jar")"
  for want in META-INF/LICENSE META-INF/NOTICE; do
    if ! grep -qx "$want" <<< "$entries"; then
      echo "$jar lacks $want" >&2
      missing=$((missing + 1))
    fi
  done
  checked=$((checked + 1))
done
for pair in samples/cli/target/zhnews.jar:META-INF/licenses/ICU4J-LICENSE.txt \
            samples/cli/target/zhnews.jar:META-INF/licenses/SLF4J-LICENSE.txt \
            samples/spark/target/zhnews-spark.jar:META-INF/licenses/ICU4J-LICENSE.txt; do
  jar="${pair%%:*}"
  if [ -f "$jar" ] && ! unzip -Z1 "$jar" | grep -qx "${pair#*:}"; then
    echo "$jar lacks ${pair#*:}" >&2
    missing=$((missing + 1))
  fi
done
[ "$checked" -gt 0 ] || { echo "no jars found: build first" >&2; exit 1; }
# the library modules publish a javadoc jar: it must have been built (and so checked above)
for module in core normalizers extractors; do
  if ! compgen -G "$module/target/*-javadoc.jar" > /dev/null; then
    echo "$module has no javadoc jar: build with ./mvnw -B verify" >&2
    missing=$((missing + 1))
  fi
done
[ "$missing" -eq 0 ] || exit 1
echo "legal: LICENSE and NOTICE in all $checked jars"
