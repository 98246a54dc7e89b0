#!/usr/bin/env bash
# A downstream project, as a new user makes one from the README: with a local Maven repository
# that holds no org/zhnews artifacts, runs the README's install command, then builds and runs a
# project (generated in a temporary directory) made of the README's dependency snippet and its
# one-line ZhNews.analyze example. Exit 0 when that project printed the expected analysis.
# Usage: scripts/check-downstream.sh [extra Maven options, e.g. -o]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
readme="$root/README.md"
MVN="${MVN:-$root/mvnw}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 1. A local repository without org/zhnews. Whatever else ~/.m2 already holds is reused read-only
#    (a hard-linked copy serves as Maven 3.9's tail repository), so only zhnews is built anew.
user_repo="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
mkdir -p "$work/tail" "$work/repo"
if [ -d "$user_repo" ]; then
  cp -al "$user_repo/." "$work/tail/" 2>/dev/null || cp -a "$user_repo/." "$work/tail/"
fi
rm -rf "$work/tail/org/zhnews"
repo_opts=(-Dmaven.repo.local="$work/repo" -Dmaven.repo.local.tail="$work/tail")

# 2. The README's install step, as written there (a line starting with ./mvnw ... install).
install_line="$(grep -m1 -E '^\./mvnw .*\binstall\b' "$readme" || true)"
[ -n "$install_line" ] || { echo "README.md has no ./mvnw ... install command" >&2; exit 1; }
read -r -a install_cmd <<< "$install_line"
echo "README install step: $install_line"
(cd "$root" && "$MVN" "${install_cmd[@]:1}" -q "${repo_opts[@]}" "$@") > "$work/install.log" 2>&1 \
    || { tail -50 "$work/install.log" >&2; echo "the README's install step failed" >&2; exit 1; }
[ -d "$work/repo/org/zhnews/zhnews-extractors" ] \
    || { echo "the install step put no zhnews-extractors into the local repository" >&2; exit 1; }

# 3. The README's dependency snippet (the ```xml block naming zhnews-extractors) and its
#    one-line example (the ```java block calling ZhNews.analyze).
block() { # $1: fence language, $2: text the block must contain
  awk -v lang="$1" -v want="$2" '
    $0 == "```" lang { inside = 1; text = ""; next }
    inside && $0 == "```" { inside = 0; if (index(text, want) > 0) { printf "%s", text; exit } next }
    inside { text = text $0 "\n" }' "$readme"
}
snippet="$(block xml '<artifactId>zhnews-extractors</artifactId>')"
example="$(block java 'ZhNews.analyze(')"
[ -n "$snippet" ] || { echo "README.md has no xml block with the zhnews-extractors dependency" >&2; exit 1; }
[ -n "$example" ] || { echo "README.md has no java block calling ZhNews.analyze" >&2; exit 1; }

app="$work/downstream"
mkdir -p "$app/src/main/java/demo"
cat > "$app/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId>
  <artifactId>downstream</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
$snippet
  </dependencies>
  <build>
    <plugins>
      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
      <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.2</version></plugin>
      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
      <plugin><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version></plugin>
    </plugins>
  </build>
</project>
POM
{
  echo "package demo;"
  echo
  grep -E '^import ' <<< "$example" || true
  echo
  echo "public class Main {"
  echo "    public static void main(String[] args) {"
  grep -vE '^import |^\s*$' <<< "$example" | sed 's/^/        /'
  echo "    }"
  echo "}"
} > "$app/src/main/java/demo/Main.java"

(cd "$app" && "$MVN" -B -q "${repo_opts[@]}" "$@" package dependency:build-classpath \
    -Dmdep.outputFile=classpath.txt -DincludeScope=runtime) > "$work/app.log" 2>&1 \
    || { cat "$app/src/main/java/demo/Main.java" "$work/app.log" >&2; echo "the downstream project did not build" >&2; exit 1; }
java -cp "$app/target/classes:$(cat "$app/classpath.txt")" demo.Main > "$work/run.out" 2> "$work/run.err" \
    || { cat "$work/run.out" "$work/run.err" >&2; echo "the downstream project failed" >&2; exit 1; }
if ! grep -q '"mentions":\[{' "$work/run.out"; then
  cat "$work/run.out" "$work/run.err" >&2
  echo "the downstream project printed no analysis with mentions" >&2
  exit 1
fi
echo "downstream: README install step + dependency snippet + one-line example built and ran:"
head -c 300 "$work/run.out"; echo " ..."
