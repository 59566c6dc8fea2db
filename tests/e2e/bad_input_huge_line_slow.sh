#!/usr/bin/env bash
# A single line over the 16 MiB article limit (40 MB) gives one error record, as a text file,
# as a --unit line text and as a JSON Lines file, and the articles around it are still read.
# Slow (writes 120 MB to a temporary folder): labelled to run in the release build only; skipped,
# saying so, when the temporary folder has too little free space for it.
set -euo pipefail
marsad=$1
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
free_kb=$(df -Pk "$dir" | awk 'NR == 2 { print $4 }')
if [ "$free_kb" -lt 400000 ]; then
  echo "SKIP: ${free_kb} KiB free in $dir, this test needs 400 MB"; exit 77
fi
/usr/bin/python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
big = b'x' * 40_000_000
open(f'{d}/huge.txt', 'wb').write(big)
with open(f'{d}/lines.txt', 'wb') as f:
    f.write('قبل\n'.encode()); f.write(big); f.write('\nبعد\n'.encode())
with open(f'{d}/items.jsonl', 'wb') as f:
    f.write('{"content": "قبل"}\n'.encode()); f.write(b'{"content": "' + big + b'"}\n')
    f.write('{"content": "بعد"}\n'.encode())
PY
check() {  # check OUTPUT EXPECTED-RECORDS EXPECTED-ERRORS
  local n errors
  n=$(wc -l < "$1"); errors=$(grep -c '"error"' "$1" || true)
  [ "$n" -eq "$2" ] && [ "$errors" -eq "$3" ] || {
    echo "$1: $n records, $errors errors; expected $2 and $3"; head -c 600 "$1"; exit 1; }
  grep -q 'over the 16 MiB limit' "$1" || { echo "$1: no size-limit reason"; exit 1; }
}
start=$SECONDS
"$marsad" analyze -q --format jsonl "$dir/huge.txt" > "$dir/a.out" || true
check "$dir/a.out" 1 1
"$marsad" analyze -q --format jsonl --unit line "$dir/lines.txt" > "$dir/b.out"
check "$dir/b.out" 3 1
"$marsad" analyze -q --format jsonl "$dir/items.jsonl" > "$dir/c.out"
check "$dir/c.out" 3 1
elapsed=$((SECONDS - start))
echo "huge line: ok in ${elapsed}s"
