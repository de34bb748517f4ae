#!/usr/bin/env bash
# HTTP service load test on loopback with wrk (Debian's package): GET /healthz, POST /v1/ask with
# a repeated group-by question (32 connections), and resident memory after each 50,000 asks.
# Usage: Benchmarks/server.sh [WAREHOUSE] [SECONDS]   (release build: swift build -c release)
set -euo pipefail
cd "$(dirname "$0")/.."
warehouse="${1:-data/warehouse.sqlite}"
seconds="${2:-10}"
binary=.build/release/cyclingpro
work="$(mktemp -d)"
port=18090
cp "$warehouse" "$work/warehouse.sqlite"
"$binary" serve --port "$port" --warehouse "$work/warehouse.sqlite" --log "$work/log.sqlite" --rate-limit 100000000 > "$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.5; done
cat > "$work/ask.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"question": "revenue by country"}'
wrk.headers["Content-Type"] = "application/json"
LUA
rss() { awk '/VmRSS/ {print $2 / 1024 " MB"}' "/proc/$server/status"; }
echo "== GET /healthz, 2 threads, 32 connections, ${seconds} s"
wrk -t2 -c32 -d"${seconds}s" "http://127.0.0.1:$port/healthz" | grep -E "Requests/sec|Latency "
echo "== POST /v1/ask (revenue by country), 2 threads, 32 connections, ${seconds} s"
wrk -t2 -c32 -d"${seconds}s" --latency -s "$work/ask.lua" "http://127.0.0.1:$port/v1/ask" | grep -E "Requests/sec|Latency |99%|50%"
echo "RSS after the runs above: $(rss)"
# Memory: three rounds of 50,000 asks (wrk runs by time, so each round runs until the log has grown by 50,000).
for round in 1 2 3; do
    target=$(( $(sqlite3 "$work/log.sqlite" "SELECT COUNT(*) FROM queries") + 50000 ))
    while [ "$(sqlite3 "$work/log.sqlite" "SELECT COUNT(*) FROM queries")" -lt "$target" ]; do
        wrk -t2 -c32 -d5s -s "$work/ask.lua" "http://127.0.0.1:$port/v1/ask" > /dev/null
    done
    echo "RSS after round $round (log has $(sqlite3 "$work/log.sqlite" "SELECT COUNT(*) FROM queries") entries): $(rss)"
done
