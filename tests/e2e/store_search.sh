#!/usr/bin/env bash
# `marsad search` finds «والحكومة» when asked for «الحكومة» (marsad's Arabic tokenizer),
# honours filters and rejects bad query syntax with a clear message.
set -euo pipefail
marsad=$1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cat > "$work/in.jsonl" <<'JSON'
{"id": "a", "source": "sabq", "url": "http://example.com/a", "published": "2015-08-01", "title": "خبر أول", "content": "اجتمع الوزير والحكومة اليوم في الرياض."}
{"id": "b", "source": "okaz", "url": "http://example.com/b", "published": "2015-08-03", "title": "خبر ثان", "content": "فاز الهلال على النصر في المباراة."}
JSON
"$marsad" ingest -q "$work/in.jsonl" --db "$work/s.db"
out=$("$marsad" search الحكومة --db "$work/s.db" --format jsonl)
echo "$out" | grep -q '"id":"a"' || { echo "الحكومة did not find والحكومة: $out"; exit 1; }
out=$("$marsad" search 'الهلال OR الحكومة' --db "$work/s.db" --format jsonl --outlet okaz)
[ "$(echo "$out" | grep -c '"id"')" -eq 1 ] && echo "$out" | grep -q '"id":"b"' \
  || { echo "outlet filter: $out"; exit 1; }
out=$("$marsad" search 'الهلال -النصر' --db "$work/s.db" --format jsonl)
[ -z "$out" ] || { echo "exclusion: $out"; exit 1; }
if "$marsad" search '"unterminated' --db "$work/s.db" 2> "$work/err"; then
  echo "bad syntax was accepted"; exit 1
fi
grep -q quote "$work/err" || { echo "unclear error: $(cat "$work/err")"; exit 1; }
"$marsad" stats --db "$work/s.db" | /usr/bin/python3 -c '
import json, sys
stats = json.load(sys.stdin)
keys = ["articles", "sentences", "entities", "quotes", "events", "corpus_events",
        "duplicate_groups", "stories", "errors"]
assert list(stats) == keys and stats["articles"] == 2, stats'
echo ok
