#!/usr/bin/env bash
# All of SaudiNewsNet (18 zips of JSON, read in place) is read: 31,030 articles, no error
# record. Slow (analyses the whole corpus): labelled to run in the release build only.
set -euo pipefail
marsad=$1
corpus="${MARSAD_SHARED:-../shared}/data/corpus/saudinewsnet"
if ! ls "$corpus"/*.zip > /dev/null 2>&1; then
  echo "SKIP: $corpus not found (../shared is absent)"; exit 77
fi
out=$(mktemp); trap 'rm -f "$out"' EXIT
"$marsad" analyze -q --format jsonl "$corpus"/*.zip > "$out"
records=$(wc -l < "$out")
errors=$(grep -c '^{"input"[^{]*"error"' "$out" || true)
echo "SaudiNewsNet: $records records, $errors error records"
[ "$records" -eq 31030 ] && [ "$errors" -eq 0 ]
