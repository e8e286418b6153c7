#!/usr/bin/env bash
# Regenerate docs/sample.png: the HTML view (`briefextract show --html`) of the sample
# article, rendered by headless Chromium (Debian's `chromium`; $CHROMIUM overrides).
#   scripts/screenshot.sh [ARTICLE] [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-corpus/000_a6f9aa77c641edc6.txt}
out=${2:-docs/sample.png}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
.venv/bin/briefextract show "$article" --html "$tmp/page.html"
.venv/bin/python scripts/chromium_cdp.py "$tmp/page.html" --screenshot "$out" --width 1100 >"$tmp/report.json" \
  || { cat "$tmp/report.json" >&2; echo "console errors in the page (above)" >&2; exit 1; }
echo "wrote $out"
