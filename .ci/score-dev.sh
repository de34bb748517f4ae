#!/usr/bin/env bash
# The translator on both public question sets, rules only, verified queries off, on a sample
# warehouse built here: any wrong answer fails CI (a confident wrong answer is the worst outcome).
# Usage: .ci/score-dev.sh path/to/cyclingpro
set -euo pipefail
binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shared="$(cd "$(dirname "$0")/../.." && pwd)/shared/nlq-dev"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$binary" sample --out "$work/source" > /dev/null
"$binary" build --source "$work/source" --warehouse "$work/warehouse.sqlite" --lake "$work/lake" > /dev/null
for set in questions.jsonl questions-2.jsonl; do
    echo "== $set"
    python3 "$shared/score.py" --db "$work/warehouse.sqlite" --questions "$shared/$set" --jobs 2 --max-wrong-rate 0 \
        --cmd "$binary ask --json --no-verified-queries --warehouse $work/warehouse.sqlite --log $work/log.sqlite {q}" \
        | grep -v "^warning:"
done
