#!/bin/sh
# validate and render beside their peers, interleaved, in one run (docs/benchmarks.md, goals 1-3).
#   sh src/test/bench/compare.sh target/site-35915 [rounds] [baseline.jar]
# Needs: target/quicktakes.jar (mvn -B -o -DskipTests package), gray-matter in target/bench-node
# (npm install --no-audit --no-fund --prefix target/bench-node gray-matter), Hugo (apt-get install -y hugo).
# A baseline jar (an older build of quicktakes.jar) is run beside ours when given.
# Prints one line per run: what, wall seconds, user and system CPU seconds, peak RSS.
set -u
site=$1
rounds=${2:-3}
base=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
jar=target/quicktakes.jar
tmp=${TMPDIR:-/tmp}/quicktakes-compare
mkdir -p "$tmp"
run() {
    label=$1; shift
    /usr/bin/time -o "$tmp/time" -f "%e %U %S %M" "$@" > "$tmp/stdout" 2> "$tmp/stderr"
    read -r wall user sys rss <<EOT
$(tail -n 1 "$tmp/time")
EOT
    echo "$label: wall ${wall}s user ${user}s sys ${sys}s rss $((rss / 1024))MB"
}
echo "# $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
i=0
while [ $i -lt "$rounds" ]; do
    i=$((i + 1))
    run "validate ours" java -jar $jar validate --quiet "$site"
    run "validate ours -Xmx320m" java -Xmx320m -jar $jar validate --quiet "$site"
    [ -n "$base" ] && run "validate baseline" java -jar "$base" validate --quiet "$site"
    run "validate gray-matter" node "$here/validate-gray-matter.js" "$site"
    rm -rf "$tmp/ours" "$tmp/base" "$tmp/hugo"
    run "render ours (full)" java -Xmx512m -jar $jar render --quiet "$site" --out "$tmp/ours"
    [ -n "$base" ] && run "render baseline (full)" java -Xmx512m -jar "$base" render --quiet "$site" --out "$tmp/base"
    run "render hugo (full)" sh "$here/render-hugo.sh" "$site" "$tmp/hugo"
    run "render ours (again, nothing changed)" java -Xmx512m -jar $jar render --quiet "$site" --out "$tmp/ours"
    f=$(find "$site" -name '*.md' | sort | head -1)
    cp "$f" "$tmp/saved.md"
    sed -i 's/^article_title: /article_title: Edited /' "$f"
    run "render ours (again, one article changed)" java -Xmx512m -jar $jar render --quiet "$site" --out "$tmp/ours"
    cp "$tmp/saved.md" "$f"
done
echo "# output: ours $(du -sb "$tmp/ours" | cut -f1) bytes in $(find "$tmp/ours" -type f | wc -l) files;" \
    "hugo $(du -sb "$tmp/hugo" | cut -f1) bytes in $(find "$tmp/hugo" -type f | wc -l) files"
