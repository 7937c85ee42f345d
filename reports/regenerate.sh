#!/usr/bin/env bash
# Rebuilds everything in reports/ from the demo corpus (examples/corpus, invented articles): outlet pages, the
# before/after comparisons, the CSV and XLSX exports, the notebook's figures and a screenshot of one outlet page.
# Usage: reports/regenerate.sh          (needs chromium for the screenshot and jupyter for the notebook figures)
set -euo pipefail
cd "$(dirname "$0")/.."
ws=target/demo-workspace
rm -rf "$ws" reports/demo reports/export
./cadrage analyze examples/corpus --workspace "$ws" --out target/demo-out --no-progress
./cadrage report --workspace "$ws" --out reports/demo --event 2022-02-24
./cadrage compare --workspace "$ws" --before 2022-02-24 --out reports/demo/compare
./cadrage export --workspace "$ws" --format xlsx --out reports/demo/cadrage-demo.xlsx
./cadrage export --workspace "$ws" --format csv --out reports/export
if command -v jupyter-nbconvert >/dev/null 2>&1; then
  notebooks/run.sh reports/export
fi
if command -v chromium >/dev/null 2>&1; then
  page="$(ls reports/demo/*.html | grep -v '/index.html$' | head -1)"
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 \
    --screenshot="$PWD/reports/demo/screenshot-outlet-page.png" "file://$PWD/$page" 2>/dev/null
  echo "screenshot of $page in reports/demo/screenshot-outlet-page.png"
fi
