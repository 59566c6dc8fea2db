#!/usr/bin/env bash
# Bad input never crashes `marsad analyze`, is never dropped silently, and does not stop the
# run: every unreadable input yields one {"input", "error"} record with a clear reason, the
# readable ones are analysed, and the exit status is 0 because something could be read.
set -euo pipefail
marsad=$1
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
fixtures=tests/fixtures/read

printf '' > "$dir/empty.txt"
printf 'ab\0cd' > "$dir/binary.txt"
printf 'abc\xc3\x28 def' > "$dir/invalid.txt"
printf '\xc7\xe1\xd3\xe1\xc7\xe3 \xda\xe1\xed\xdf\xe3 \xe6\xd1\xcd\xe3\xc9 \xc7\xe1\xe1\xe5\n' > "$dir/legacy.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0' > "$dir/image.png"
printf '{"title": "t", "content": "نص"}\n{"content": \n{"content": "ثالث"}\n' > "$dir/lines.jsonl"
/usr/bin/python3 - "$dir/cut.zip" <<'PY'
import io, sys, zipfile
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('a.txt', 'نص أول')
    z.writestr('b.txt', 'x' * 100000)
data = buf.getvalue()
open(sys.argv[1], 'wb').write(data[:len(data) // 2])
PY

out="$dir/out.jsonl"
set +e
"$marsad" analyze -q --format jsonl "$dir/empty.txt" "$dir/binary.txt" "$dir/invalid.txt" \
  "$dir/legacy.txt" "$dir/image.png" "$dir/lines.jsonl" "$dir/cut.zip" "$dir/missing.txt" \
  "$fixtures/whitespace.txt" "$fixtures/malformed.json" > "$out"
status=$?
set -e
[ "$status" -eq 0 ] || { echo "exit status $status, expected 0 (some inputs were readable)"; exit 1; }

/usr/bin/python3 - "$out" "$dir" <<'PY'
import json, sys
out, d = sys.argv[1], sys.argv[2]
recs = [json.loads(l) for l in open(out, encoding='utf-8')]
want = [  # (input, expected error prefix, or None for an analysed article)
    (f'{d}/empty.txt', 'empty file'),
    (f'{d}/binary.txt', 'binary file (NUL bytes), not text'),
    (f'{d}/invalid.txt', 'invalid UTF-8 at byte 3'),
    (f'{d}/legacy.txt', None),
    (f'{d}/image.png', 'unsupported format'),
    (f'{d}/lines.jsonl', None),
    (f'{d}/lines.jsonl:2', 'malformed JSON at line 2'),
    (f'{d}/lines.jsonl', None),
    (f'{d}/cut.zip/a.txt', None),
    (f'{d}/cut.zip/b.txt', 'cannot decompress'),  # the member the cut went through
    (f'{d}/cut.zip', 'truncated zip'),
    (f'{d}/missing.txt', 'cannot read: No such file or directory'),
    ('tests/fixtures/read/whitespace.txt', 'empty file'),
    ('tests/fixtures/read/malformed.json', 'malformed JSON'),
]
problems = []
if len(recs) != len(want):
    problems.append(f'{len(recs)} records, expected {len(want)}: ' +
                    ', '.join(r.get('input', '?') + ' ' + r.get('error', 'ok') for r in recs))
for r, (inp, err) in zip(recs, want):
    if r.get('input') != inp:
        problems.append(f'input {r.get("input")!r}, expected {inp!r}')
    if err is None and 'error' in r:
        problems.append(f'{inp}: unexpected error {r["error"]!r}')
    if err is not None and not str(r.get('error', '')).startswith(err):
        problems.append(f'{inp}: error {r.get("error")!r}, expected {err!r}...')
legacy = recs[3] if len(recs) > 3 else {}
if 'converted from windows-1256' not in legacy.get('warnings', []):
    problems.append(f'legacy.txt: no conversion warning in {legacy.get("warnings")!r}')
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
PY

# Nothing readable at all: the exit status says so.
if "$marsad" analyze -q --format jsonl "$dir/empty.txt" "$dir/binary.txt" > "$out"; then
  echo "exit status 0 although nothing could be read"; exit 1
fi
[ "$(wc -l < "$out")" -eq 2 ] || { echo "expected 2 error records"; exit 1; }
# Standard input: the format is sniffed; binary bytes are an error record naming "-".
printf 'ab\0cd' | "$marsad" analyze -q --format jsonl > "$out" || true
grep -q '^{"input":"-","error":"[^"]*binary file' "$out" || { echo "stdin binary: $(cat "$out")"; exit 1; }
"$marsad" analyze -q --format jsonl - < "$dir/lines.jsonl" > "$out"
[ "$(wc -l < "$out")" -eq 3 ] || { echo "stdin JSON Lines: expected 3 records"; exit 1; }
# Training word classes: an unreadable input (the empty file, the malformed JSON line) is named
# with its reason and the run goes on.
"$marsad" train clusters "$dir/empty.txt" "$dir/lines.jsonl" --output "$dir/classes" \
  2> "$dir/train.err" || { echo "train clusters failed: $(cat "$dir/train.err")"; exit 1; }
grep -q "train clusters: $dir/empty.txt: empty file" "$dir/train.err" ||
  { echo "train clusters did not name the empty input: $(cat "$dir/train.err")"; exit 1; }
grep -q "2 inputs could not be read" "$dir/train.err" ||
  { echo "train clusters did not count the failure: $(cat "$dir/train.err")"; exit 1; }
echo "bad input: ok"
