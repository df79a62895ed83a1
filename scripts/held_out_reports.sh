#!/usr/bin/env bash
# Every held-out report the README and the model cards quote, from the models
# in the repo (training/reports/{dev,dev2,test}-*.md|json), then the summary.
# ONE_MEMBER=runs/ship-one also scores one soup member alone on the dev sets
# (python -m training.train --config training/configs/ship-one.json).
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1
for set in dev dev2 test; do
    g=(--gold-dir "annotations/$set/gold" --seeds-dir "annotations/$set/texts")
    python -m training.evaluate "${g[@]}" --report "$set-fast"                 # the default (metricner-e5s-fast)
    python -m training.evaluate "${g[@]}" --no-int8 --report "$set-fast-fp32"
    python -m training.evaluate "${g[@]}" --model teacher --report "$set-model"   # the teacher (metricner-e5s)
    python -m training.evaluate "${g[@]}" --model teacher --no-int8 --report "$set-model-fp32"
    python -m training.evaluate "${g[@]}" --engine rules --report "$set-rules"
    if [[ -n "${ONE_MEMBER:-}" && "$set" != test ]]; then
        python -m training.evaluate "${g[@]}" --model "$ONE_MEMBER" --report "$set-model-one"
    fi
done
python -m training.experiments rules
python -m training.summary
