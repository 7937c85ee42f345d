#!/usr/bin/env bash
# Rebuilds the three default framing models and their reports from the French SemEval-2023 Task 3 data.
# Usage: training/train-default-models.sh [SEMEVAL_DIR]   (default: ../shared/data/semeval2023-fr beside the repo)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/semeval2023-fr}"
for task in genre frames techniques; do
  ./cadrage train --data "$data" --task "$task" --out "training/models/$task.model" --learning-curve
done
