#!/usr/bin/env bash
# The module-path story: builds the library modules, then compiles and runs a small modular
# application (its module-info requires org.zhnews.extract and nothing else) with
# `java --module-path ... -m app/Main` alone: no --add-modules, no class path.
# Usage: scripts/check-modular.sh [extra Maven options, e.g. -o]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
MVN="${MVN:-$root/mvnw}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 1. The library jars and their runtime dependencies, as a module path.
(cd "$root" && "$MVN" -B -q "$@" -pl extractors -am package -DskipTests \
    -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$work/modules") \
    > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
for m in core normalizers extractors; do
  cp "$root/$m"/target/zhnews-*.jar "$work/modules/"
done
rm -f "$work"/modules/*-tests.jar "$work"/modules/*-sources.jar "$work"/modules/*-javadoc.jar

# 2. A modular application that knows only org.zhnews.extract.
mkdir -p "$work/src/app/app"
cat > "$work/src/app/module-info.java" <<'JAVA'
module app {
    requires org.zhnews.extract;
}
JAVA
cat > "$work/src/app/app/Main.java" <<'JAVA'
package app;

import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.extract.company.CompanyExtractor;

public class Main {
    public static void main(String[] args) {
        // The default pipeline: every normalizer (OpenCC data, ICU4J) and extractor.
        Document doc = ZhNews.analyze("阿里巴巴發佈Qwen3，騰訊投資380億元。");
        System.out.println(doc.toJson());
        // HanLP's organisation recogniser (opt-in), which loads HanLP's own data.
        Pipeline withHanlp = ZhNews.builder()
                .replace(CompanyExtractor.class, CompanyExtractor.builder().unknownCompanies(true).build())
                .build();
        System.out.println("hanlp pipeline companies: " + withHanlp.analyze("华为与小米合作。").companies().size());
    }
}
JAVA
javac -d "$work/out" --module-path "$work/modules" --module-source-path "$work/src" -m app
java --module-path "$work/modules:$work/out" -m app/app.Main > "$work/run.out" 2> "$work/run.err" \
    || { cat "$work/run.out" "$work/run.err" >&2; echo "the modular application failed" >&2; exit 1; }

# 3. What it must have found.
for want in '"id":"alibaba"' '"script":"traditional"' '"family":"Qwen"' '"currency":"CNY"' 'hanlp pipeline companies: 2'; do
  if ! grep -qF "$want" "$work/run.out"; then
    cat "$work/run.out" "$work/run.err" >&2
    echo "the modular application's output lacks $want" >&2
    exit 1
  fi
done
echo "modular: an application requiring org.zhnews.extract ran with --module-path alone ($(ls "$work/modules" | wc -l) modules: $(ls "$work/modules" | sed 's/\.jar$//' | tr '\n' ' '))"
