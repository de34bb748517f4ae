#!/usr/bin/env bash
# The pages in a real headless browser (Debian's chromium): the chat page asks a question through
# its own script and draws the answer; the dashboard's tiles run their SQL through the guard; the
# review page lists the log. Checks the DOM after the scripts ran. Usage: .ci/browser-check.sh BINARY
set -euo pipefail
binary="$1"
work="$(mktemp -d)"
port=18091
"$binary" sample --out "$work/source" --seed 9 > /dev/null
"$binary" build --source "$work/source" --warehouse "$work/warehouse.sqlite" --lake "$work/lake" > /dev/null
"$binary" serve --port "$port" --warehouse "$work/warehouse.sqlite" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 60); do curl -sf -m 2 "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 1; done
dom() { timeout 120 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/profile-$RANDOM" \
            --virtual-time-budget=15000 --dump-dom "http://127.0.0.1:$port$1" 2> /dev/null; }
failures=0
check() {  # check NAME PAGE PATTERN...
    local name="$1" page="$2"; shift 2
    for pattern in "$@"; do
        if ! grep -q -- "$pattern" <<< "$page"; then echo "FAIL $name: no '$pattern'"; failures=$((failures + 1)); return; fi
    done
    echo "ok   $name"
}
chat="$(dom '/?q=revenue%20by%20year')"
check "chat answers and draws a line over time" "$chat" "<th>year</th>" "<th>revenue</th>" "<polyline" ">2013<" 'title="right"'
bars="$(dom '/?q=revenue%20by%20category')"
check "chat draws bars by category" "$bars" "<rect" "<th>category</th>"
refused="$(dom '/?q=delete%20all%20customers')"
check "chat shows a refusal" "$refused" "turn refused"
dashboard="$(dom '/dashboard')"
tables=$(grep -o "<table>" <<< "$dashboard" | wc -l)
if [ "$tables" -eq 10 ] && ! grep -q 'class="error"' <<< "$dashboard"; then echo "ok   dashboard: 10 tiles, each with its table"; else echo "FAIL dashboard: $tables tables"; failures=$((failures + 1)); fi
review="$(dom '/review')"
check "review lists the log" "$review" "revenue by year" "<td>answered</td>"
logged=$(curl -s "http://127.0.0.1:$port/v1/logs?q=revenue%20by%20year" | grep -c '"interface":"http"' || true)
if [ "$logged" -ge 1 ]; then echo "ok   the page's question is logged"; else echo "FAIL the page's question is not in the log"; failures=$((failures + 1)); fi
echo "browser check: $((5 + 1 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
