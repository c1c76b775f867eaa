#!/usr/bin/env bash
# Uses the installed library as a user would (run `mvn -B install -DskipTests` in the project first;
# .ci/run does): Maven resolves it and its dependencies from the installed pom, then a class-path app
# (parse, edit, a writer of its own found through ServiceLoader) and a modular app
# (`requires io.github.quicktakes.articles;` on the module path, a writer it `provides`) are
# compiled with javac and run against them; the class-path writer, packed in a jar, is also run as
# a plug-in of the command line (`quicktakes.jar convert --plugin`).
# Usage: bash src/it/consumer/run.sh [VERSION]   (default: the version of the last package build)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
version="${1:-}"
if [[ -z "$version" ]]; then
    version="$(sed -n 's/^version=//p' "$root/target/maven-archiver/pom.properties")"
fi
sample="$root/src/sample/learn/physics/why-is-the-sky-blue.md"
out="$here/target"
rm -rf "$out"
mkdir -p "$out"

echo "consumer: io.github.quicktakes:quicktakes-articles:$version"
mvn -B -q -f "$here/pom.xml" -Dquicktakes.version="$version" \
    dependency:copy-dependencies -DoutputDirectory="$out/lib" -DincludeScope=runtime
ls "$out/lib"
[[ -f "$out/lib/quicktakes-articles-$version.jar" ]] || { echo "the library was not resolved"; exit 1; }
if ls "$out/lib" | grep -Eq '^(picocli|progressbar)-'; then
    echo "the command line's dependencies (optional) reached a user's build"; exit 1
fi

# Class path.
javac -d "$out/classpath" -cp "$out/lib/*" $(find "$here/classpath/src" -name '*.java')
cp -r "$here/classpath/resources/." "$out/classpath/"
java -cp "$out/classpath:$out/lib/*" consumer.ClasspathApp "$sample"

# The same writer as a plug-in of the command line (java -jar ignores -cp: --plugin takes the jar).
if [[ -f "$root/target/quicktakes.jar" ]]; then
    jar cf "$out/shout.jar" -C "$out/classpath" consumer/ShoutWriter.class \
        -C "$out/classpath" META-INF/services/io.github.quicktakes.articles.ArticleWriter
    shouted="$(java -jar "$root/target/quicktakes.jar" convert "$sample" --plugin "$out/shout.jar" --to shout)"
    [[ "$shouted" == "WHY IS THE SKY BLUE?" ]] || { echo "quicktakes.jar --plugin printed '$shouted'"; exit 1; }
    echo "quicktakes.jar convert --plugin shout.jar --to shout: $shouted"
fi

# Module path.
javac -d "$out/mods/consumer.modular" --module-path "$out/lib" $(find "$here/modular/src" -name '*.java')
java --module-path "$out/lib:$out/mods" -m consumer.modular/consumer.modular.ModularApp "$sample"

echo "consumer: ok"
