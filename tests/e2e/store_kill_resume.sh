#!/usr/bin/env bash
# `marsad ingest` killed with SIGKILL mid-way, then run again, stores exactly the articles of
# the input: none twice, none lost (compared with a clean run). The input replicates the
# bundled SaudiNewsNet sample under different URLs.
set -euo pipefail
marsad=$1
sample=samples/saudinewsnet/saudinewsnet-2015-08-02.jsonl
if [ ! -f "$sample" ]; then echo "SKIP: $sample not found"; exit 77; fi
work=$(mktemp -d); trap 'if [ -n "${pid:-}" ]; then kill -9 "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
for copy in 1 2 3; do
  /usr/bin/python3 - "$sample" "$copy" >> "$work/input.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    article = json.loads(line)
    article["url"] += "?copy=" + sys.argv[2]
    print(json.dumps(article, ensure_ascii=False))
PY
done
count() {  # articles committed in a store (0 while it does not exist)
  /usr/bin/python3 -c 'import sqlite3,sys
try: print(sqlite3.connect(sys.argv[1]).execute("select count(*) from articles").fetchone()[0])
except Exception: print(0)' "$1"
}
urls() {  # url and how many times it is stored, sorted
  /usr/bin/python3 -c 'import sqlite3,sys
for u, n in sqlite3.connect(sys.argv[1]).execute("select url, count(*) from articles group by url order by url"): print(u, n)' "$1"
}

"$marsad" ingest -q --batch 20 --no-link "$work/input.jsonl" --db "$work/clean.db"
expected=$(count "$work/clean.db")
[ "$expected" -eq 300 ] || { echo "clean run stored $expected articles, expected 300"; exit 1; }

"$marsad" ingest -q --batch 20 --no-link "$work/input.jsonl" --db "$work/killed.db" &
pid=$!
for _ in $(seq 1 600); do  # up to 60 s for the first batches to be committed
  n=$(count "$work/killed.db")
  if [ "$n" -ge 40 ] || ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 0.1
done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
before=$(count "$work/killed.db")
echo "killed after $before of $expected articles were committed"
"$marsad" ingest -q --batch 20 "$work/input.jsonl" --db "$work/killed.db"
after=$(count "$work/killed.db")
[ "$after" -eq "$expected" ] || { echo "after the rerun: $after articles, expected $expected"; exit 1; }
diff <(urls "$work/clean.db") <(urls "$work/killed.db") || { echo "stored URLs differ"; exit 1; }
# A third run adds nothing.
"$marsad" ingest -q "$work/input.jsonl" --db "$work/killed.db"
[ "$(count "$work/killed.db")" -eq "$expected" ] || { echo "a rerun stored duplicates"; exit 1; }
echo "ok: $after articles, none twice, none lost"
