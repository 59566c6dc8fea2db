#!/usr/bin/env bash
# `marsad serve` on a loopback port answers the JSON API (several requests at once) and serves
# the web UI without leaving its folder; it stops on SIGTERM. Every wait is bounded.
set -euo pipefail
marsad=$1
work=$(mktemp -d); trap 'if [ -n "${pid:-}" ]; then kill -9 "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
"$marsad" ingest -q samples/seeds/*.txt --db "$work/store.db"
"$marsad" serve --db "$work/store.db" --port 0 > "$work/serve.out" 2>&1 &
pid=$!
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/serve.out" || true)
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/serve.out"; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "serve did not start"; cat "$work/serve.out"; exit 1; }
/usr/bin/python3 - "$url" <<'PY'
import concurrent.futures, http.client, json, sys, urllib.error, urllib.parse, urllib.request
base = sys.argv[1]
def get(path, method="GET"):
    try:
        request = urllib.request.Request(base + path, method=method)
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
status, body = get("api/stats")
stats = json.loads(body)
assert status == 200 and stats["articles"] == 5, stats
status, body = get("api/search?q=" + urllib.parse.quote("داعش"))
hits = json.loads(body)["hits"]
assert status == 200 and hits, body
status, body = get(f"api/articles/{hits[0]['store_id']}")
article = json.loads(body)
assert status == 200 and "داعش" in article["text"] and "analysis" in article
status, body = get("api/events?limit=5")
assert status == 200 and "events" in json.loads(body)
status, body = get("api/stories")
assert status == 200 and "stories" in json.loads(body)
status, body = get("api/search?q=" + urllib.parse.quote('"open'))
assert status == 400 and "error" in json.loads(body)
status, body = get("")
assert status == 200 and b'dir="rtl"' in body
status, body = get("../../etc/passwd")
assert status == 404
# urllib normalises no path: send the raw target so that ".." reaches the server.
host, port = urllib.parse.urlsplit(base).netloc.split(":")
for target in ("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/.hidden"):
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request("GET", target)
    assert connection.getresponse().status in (400, 404), target
    connection.close()
status, body = get("api/stats", method="POST")
assert status == 405 and "error" in json.loads(body), (status, body)
status, body = get("api/stats", method="HEAD")
assert status == 200 and body == b"", (status, body)
query = "api/search?q=" + urllib.parse.quote("داعش")
with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
    answers = list(pool.map(lambda _: get(query), range(32)))
assert all(status == 200 and json.loads(body)["hits"] == hits for status, body in answers)
print("ok:", stats)
PY
kill -TERM "$pid"
for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then echo "serve did not stop on SIGTERM"; exit 1; fi
wait "$pid" || { echo "serve exited with an error"; exit 1; }
