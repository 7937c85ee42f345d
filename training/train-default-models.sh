#!/usr/bin/env bash
# Rebuilds the three default framing models and their reports from the French SemEval-2023 Task 3 data.
# Usage: training/train-default-models.sh [SEMEVAL_DIR]   (default: ../shared/data/semeval2023-fr beside the repo)
# Genre and frames search the full learner grid and add a learning curve; techniques (1,735 paragraphs x 23 labels)
# uses the quick grid so that each task trains in under five minutes on two cores once the articles are parsed.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/semeval2023-fr}"
./cadrage train --data "$data" --task genre --out training/models/genre.model --learning-curve
./cadrage train --data "$data" --task frames --out training/models/frames.model --learning-curve
./cadrage train --data "$data" --task techniques --out training/models/techniques.model --search quick
