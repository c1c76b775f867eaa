#!/bin/sh
# render beside the baseline and Hugo, interleaved, in one run (docs/benchmarks.md, goals 2 and 3).
#   sh src/test/bench/render-rounds.sh <site> [rounds] [baseline.jar] [keep]
# Needs target/quicktakes.jar (mvn -B -o -DskipTests package; JAR=... for another) and Hugo (apt-get install -y hugo).
#
# Every full render writes into a folder of its own that nothing was deleted from: on an ext4
# without a journal (this machine's disk) the kernel skips inodes freed in the last 30 s to 3 min
# when it allocates new ones (ext4's recently_deleted()), so creating 72,000 files and folders
# right after deleting a site took 3 to 10 times the system time of the same work on a quiet
# disk, and whoever ran first after compare.sh's `rm -rf` paid the most. The folders of a run are
# deleted at its end (unless "keep"): wait three minutes before the next run.
# The order of the three peers turns each round. One line per run: wall, user and system CPU
# seconds, peak RSS, and the load average before it.
set -u
site=$1
rounds=${2:-3}
base=${3:-}
keep=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-target/quicktakes.jar}
tmp=${TMPDIR:-/tmp}/quicktakes-render-rounds/$(date +%s)
mkdir -p "$tmp"
run() {
    label=$1; shift
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -o "$tmp/time" -f "%e %U %S %M" "$@" > "$tmp/stdout" 2> "$tmp/stderr"
    read -r wall user sys rss <<EOT
$(tail -n 1 "$tmp/time")
EOT
    echo "$label: wall ${wall}s user ${user}s sys ${sys}s rss $((rss / 1024))MB load $load"
}
ours() { run "render ours (full)" java -Xmx512m -jar $jar render --quiet "$site" --out "$tmp/ours-$1"; }
# The launcher's options (src/main/sh/quicktakes) with the same heap limit.
fast="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx512m"
launcher() { run "render ours, launcher (full)" env QUICKTAKES_JAVA_OPTS="$fast" "$(dirname "$jar")/quicktakes" render --quiet "$site" --out "$tmp/launcher-$1"; }
baseline() { [ -n "$base" ] && run "render baseline (full)" java -Xmx512m -jar "$base" render --quiet "$site" --out "$tmp/base-$1"; }
hugo() { run "render hugo (full)" sh "$here/render-hugo.sh" "$site" "$tmp/hugo-$1"; }
# What no renderer on commonmark-java and this file system can skip (RenderFloor.java), after Hugo in each round.
floor() { java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -cp "$jar" "$here/RenderFloor.java" "$site" "$tmp/floor-$1" | sed 's/^/floor: /'; }
echo "# $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
i=0
while [ $i -lt "$rounds" ]; do
    i=$((i + 1))
    case $((i % 3)) in
        1) ours $i; launcher $i; baseline $i; hugo $i; floor $i ;;
        2) baseline $i; hugo $i; floor $i; launcher $i; ours $i ;;
        0) hugo $i; floor $i; ours $i; baseline $i; launcher $i ;;
    esac
    run "render ours (again, nothing changed)" java -Xmx512m -jar $jar render --quiet "$site" --out "$tmp/ours-$i"
    run "render ours, launcher (again, nothing changed)" env QUICKTAKES_JAVA_OPTS="$fast" "$(dirname "$jar")/quicktakes" render --quiet "$site" --out "$tmp/launcher-$i"
    [ -n "$base" ] && run "render baseline (again, nothing changed)" java -Xmx512m -jar "$base" render --quiet "$site" --out "$tmp/base-$i"
    f=$(find "$site" -name '*.md' | sort | head -1)
    cp -p "$f" "$tmp/saved.md"
    sed -i 's/^article_title: /article_title: Edited /' "$f"
    run "render ours (again, one article changed)" java -Xmx512m -jar $jar render --quiet "$site" --out "$tmp/ours-$i"
    run "render ours, launcher (again, one article changed)" env QUICKTAKES_JAVA_OPTS="$fast" "$(dirname "$jar")/quicktakes" render --quiet "$site" --out "$tmp/launcher-$i"
    [ -n "$base" ] && run "render baseline (again, one article changed)" java -Xmx512m -jar "$base" render --quiet "$site" --out "$tmp/base-$i"
    cp -p "$tmp/saved.md" "$f"
done
size() { echo "$(du -sb "$1" | cut -f1) bytes ($(find "$1" -type f -printf '%s\n' | awk '{s+=$1} END {print s}') in $(find "$1" -type f | wc -l) files)"; }
echo "# output: ours $(size "$tmp/ours-1")"
[ -n "$base" ] && echo "# output: baseline $(size "$tmp/base-1")"
echo "# output: hugo $(size "$tmp/hugo-1")"
[ -n "$keep" ] || rm -rf "$tmp"
