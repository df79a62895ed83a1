#!/usr/bin/env bash
# Install metricner with its test extras (torch pinned to the CPU build by
# constraints.txt) and run the whole test suite offline.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q --upgrade pip
python -m pip install -q -c constraints.txt -e ".[test]"
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_DATASETS_OFFLINE=1
python -m pytest "$@"
