#!/usr/bin/env bash
# The real-browser check: headless Chromium (Debian's package) opens pages of the rendered sample
# site (and a page of `serve`, ServeBrowserCheckTest) and asserts on the rendered DOM and the console, saving screenshots under
# target/browser/. KaTeX comes from the npm registry, as the pages cannot reach a CDN here.
# Usage: bash src/test/browser/browser-check.sh   (installs chromium with apt-get when run as root)
set -euo pipefail
cd "$(dirname "$0")/../../.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; then
      echo "browser check skipped: chromium could not be installed"
      exit 0
    fi
  else
    echo "browser check skipped: chromium is not installed and cannot be installed here"
    exit 0
  fi
fi

mkdir -p target/browser
if [ ! -f target/browser/katex/katex.min.js ]; then
  if ! (cd target/browser \
    && npm pack --silent katex@0.16.11 >/dev/null \
    && tar xzf katex-0.16.11.tgz \
    && rm -rf katex && mv package/dist katex \
    && rm -rf package katex-0.16.11.tgz); then
    echo "browser check skipped: KaTeX could not be fetched from the npm registry"
    exit 0
  fi
fi

mvn -B -Pbrowser test
