#!/usr/bin/env bash
# Executes framing-over-time.ipynb headless against a CSV export and fails if any cell fails.
# Usage: notebooks/run.sh EXPORT_DIR   (the folder holding articles.csv; figures are written there)
set -euo pipefail
if [ $# -ne 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 EXPORT_DIR  (a folder written by cadrage export --format csv)" >&2
  exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
export CADRAGE_EXPORT_DIR="$(cd "$1" && pwd)"
export MPLBACKEND=Agg PYDEVD_DISABLE_FILE_VALIDATION=1
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
  --output-dir "$out" --output framing-over-time.executed "$here/framing-over-time.ipynb"
echo "notebook ran; figures and before_after_2022-02-24.csv in $CADRAGE_EXPORT_DIR"
