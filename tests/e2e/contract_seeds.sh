#!/usr/bin/env bash
# `marsad analyze` on the bundled seeds keeps the analysis contract (shared/tools/check-output).
set -euo pipefail
marsad=$1
checker="${MARSAD_SHARED:-../shared}/tools/check-output"
if [ ! -x "$checker" ]; then
  echo "SKIP: $checker not found (../shared is absent)"; exit 77
fi
out=$(mktemp); trap 'rm -f "$out"' EXIT
"$marsad" analyze -q --format jsonl samples/seeds/*.txt > "$out"
[ "$(wc -l < "$out")" -eq 5 ] || { echo "expected 5 records"; exit 1; }
/usr/bin/python3 "$checker" "$out" samples/seeds/*.txt
