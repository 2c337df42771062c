#!/usr/bin/env bash
# Quality gates: the shipped model on our dev split, and, when ../shared/benchmarks exists,
# training and evaluating on NewsMTSC and the directed-sentiment set. Each fails below the floor
# recorded in benches/floors.txt. Usage: benches/quality.sh [path/to/frame]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
frame="${1:-$root/target/release/frame}"
floor() { awk -v n="$1" '$1 == n { print $2 }' "$root/benches/floors.txt"; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "-- framing dev (default model), floor $(floor framing_dev)"
"$frame" eval --bootstrap 0 --data "$root/data/framing/dev.csv" --model "$root/models/default.json" \
  --fail-under "$(floor framing_dev)" | sed -n '3,5p'

shared="$root/../shared/benchmarks"
if [ ! -d "$shared" ]; then
  echo "-- SKIPPED: $shared is absent; NewsMTSC and directed-sentiment gates not run"
  exit 0
fi

echo "-- NewsMTSC devtest_mt, floor $(floor newsmtsc_devtest_mt)"
"$frame" train --format newsmtsc --data "$shared/newsmtsc/train.jsonl" --model "$work/newsmtsc.json"
"$frame" eval --bootstrap 0 --format newsmtsc --data "$shared/newsmtsc/devtest_mt.jsonl" --model "$work/newsmtsc.json" \
  --fail-under "$(floor newsmtsc_devtest_mt)" | sed -n '3,5p'

# Develop on valid minus the rows whose sentence occurs in train, de-duplicated (see the set's README).
d="$shared/directed_sentiment_news"
awk -F'\t' 'NR == FNR { seen[$1] = 1; next } !($1 in seen) && !(dup[$0]++)' "$d/train.txt" "$d/valid.txt" > "$work/valid_clean.txt"
echo "-- directed sentiment, valid minus train overlap ($(wc -l < "$work/valid_clean.txt") rows), floor $(floor directed_valid_clean)"
"$frame" train --format directed --class-weight balanced --data "$d/train.txt" --model "$work/directed.json"
"$frame" eval --bootstrap 0 --format directed --data "$work/valid_clean.txt" --model "$work/directed.json" \
  --fail-under "$(floor directed_valid_clean)" | sed -n '3,5p'
