#!/bin/sh
# validate beside its peers, interleaved, in one run; reads the site only (docs/benchmarks.md, goal 1).
#   sh src/test/bench/compare-validate.sh target/site-35915 [rounds] [baseline.jar]
# Needs: target/quicktakes.jar and the launcher target/quicktakes (mvn -B -o -DskipTests package), gray-matter in target/bench-node
# (npm install --no-audit --no-fund --prefix target/bench-node gray-matter).
# Prints one line per run: what, wall seconds, user and system CPU seconds, peak RSS; and checks
# that ours and the baseline print the same report with the same exit code.
set -u
site=$1
rounds=${2:-3}
base=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
jar=target/quicktakes.jar
tmp=${TMPDIR:-/tmp}/quicktakes-compare-validate
mkdir -p "$tmp"
run() {
    label=$1; out=$2; shift 2
    /usr/bin/time -o "$tmp/time" -f "%e %U %S %M %x" "$@" > "$tmp/$out" 2> "$tmp/stderr"
    read -r wall user sys rss code <<EOT
$(tail -n 1 "$tmp/time")
EOT
    echo "$label: wall ${wall}s user ${user}s sys ${sys}s rss $((rss / 1024))MB exit $code"
}
echo "# $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
i=0
while [ $i -lt "$rounds" ]; do
    i=$((i + 1))
    run "validate ours" ours.txt java -jar $jar validate --quiet "$site"
    run "validate ours -Xmx320m" ours-320.txt java -Xmx320m -jar $jar validate --quiet "$site"
    run "validate ours, launcher" launcher.txt target/quicktakes validate --quiet "$site"
    cmp -s "$tmp/ours.txt" "$tmp/launcher.txt" || echo "# java -jar and the launcher differ: see $tmp"
    if [ -n "$base" ]; then
        run "validate baseline" base.txt java -jar "$base" validate --quiet "$site"
        cmp -s "$tmp/ours.txt" "$tmp/base.txt" || echo "# ours and the baseline differ: see $tmp"
    fi
    run "validate gray-matter" gray-matter.txt node "$here/validate-gray-matter.js" "$site"
done
echo "# end $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
