#!/bin/sh
# Renders a folder of articles with Hugo and the minimal layout beside this script, for the render
# benchmark (docs/benchmarks.md, goal 2). Debian's package: apt-get install -y hugo.
#   sh src/test/bench/render-hugo.sh target/site-35915 /tmp/hugo-out
set -eu
here=$(cd "$(dirname "$0")" && pwd)
content=$(cd "$1" && pwd)
out=$2
exec hugo --quiet --source "$here/hugo" --contentDir "$content" --destination "$out" --cleanDestinationDir \
    --cacheDir "${TMPDIR:-/tmp}/hugo-cache" --noBuildLock
