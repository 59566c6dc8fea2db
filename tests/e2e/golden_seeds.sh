#!/usr/bin/env bash
# Golden test: `marsad analyze` on the five bundled seed articles gives exactly the records in
# tests/golden/seeds.jsonl (regenerate after an intended change with scripts/update-golden,
# and review the diff).
set -euo pipefail
marsad=$1
out=$(mktemp); trap 'rm -f "$out"' EXIT
"$marsad" analyze -q --format jsonl samples/seeds/*.txt > "$out"
/usr/bin/python3 - "$out" tests/golden/seeds.jsonl <<'PY'
import json, sys
got = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
want = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]
if len(got) != len(want):
    sys.exit(f'{len(got)} records, golden has {len(want)}')
problems = 0
for g, w in zip(got, want):
    for key in sorted(set(g) | set(w)):
        if g.get(key) != w.get(key):
            problems += 1
            gv, wv = g.get(key), w.get(key)
            if isinstance(gv, list) and isinstance(wv, list):
                extra = [x for x in gv if x not in wv][:3]
                missing = [x for x in wv if x not in gv][:3]
                print(f'{w["id"]}: {key} differs; new: {extra}; gone: {missing}')
            else:
                print(f'{w["id"]}: {key}: {gv!r} != golden {wv!r}')
if problems:
    sys.exit(f'{problems} differences from the golden output (scripts/update-golden to accept)')
print(f'{len(got)} records equal the golden output')
PY
