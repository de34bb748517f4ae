#!/usr/bin/env bash
# HTTP service load test on loopback with wrk (Debian's package): GET /healthz, POST /v1/ask with
# a repeated group-by question (2 threads, 32 connections), and resident memory (VmRSS) at start
# and after each of three rounds of 50,000 asks: the issue asks for under 150 MB after 100,000
# requests and no growth between the second and third 50,000.
#
# Usage: Benchmarks/server.sh [WAREHOUSE] [SECONDS]
#   WAREHOUSE  the scale-1 warehouse (default data/warehouse.sqlite; `cyclingpro build` makes it)
#   SECONDS    length of each timed wrk run (default 10)
# Environment: CYCLINGPRO_BIN (default .build/release/cyclingpro; build it with
# `swift build -c release --product cyclingpro`), PORT (default 18090).
# The server runs on a copy of the warehouse with a fresh query log in a temporary folder, so
# runs do not disturb each other or data/. Nothing else should load the machine meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
warehouse="${1:-data/warehouse.sqlite}"
seconds="${2:-10}"
binary="${CYCLINGPRO_BIN:-.build/release/cyclingpro}"
port="${PORT:-18090}"
work="$(mktemp -d)"
cp "$warehouse" "$work/warehouse.sqlite"
"$binary" serve --port "$port" --warehouse "$work/warehouse.sqlite" --log "$work/log.sqlite" --rate-limit 100000000 > "$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.5; done
cat > "$work/ask.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"question": "revenue by country"}'
wrk.headers["Content-Type"] = "application/json"
LUA
rss() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$server/status"; }
logged() { sqlite3 "$work/log.sqlite" "SELECT COUNT(*) FROM queries"; }
echo "$(date -u +%FT%TZ) $binary (worktree at $(git rev-parse --short HEAD 2>/dev/null || echo '?')), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); RSS at start: $(rss)"
echo "== GET /healthz, 2 threads, 32 connections, ${seconds} s"
wrk -t2 -c32 -d"${seconds}s" "http://127.0.0.1:$port/healthz" | grep -E "Requests/sec|Latency "
echo "== POST /v1/ask (revenue by country), 2 threads, 32 connections, ${seconds} s"
wrk -t2 -c32 -d"${seconds}s" --latency -s "$work/ask.lua" "http://127.0.0.1:$port/v1/ask" | grep -E "Requests/sec|Latency |99%|50%"
echo "RSS after the runs above: $(rss)"
# Memory: three rounds of 50,000 asks (wrk runs by time, so each round runs until the log has
# grown by 50,000; each round's requests/s and worst p99 of its 5 s runs are shown too).
for round in 1 2 3; do
    first=$(logged)
    target=$(( first + 50000 ))
    started=$(date +%s.%N)
    worst=0
    while [ "$(logged)" -lt "$target" ]; do
        p99=$(wrk -t2 -c32 -d5s --latency -s "$work/ask.lua" "http://127.0.0.1:$port/v1/ask" \
              | awk '$1 == "99%" { v = $2; if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } print v }')
        worst=$(awk -v a="$worst" -v b="${p99:-0}" 'BEGIN { print (b > a ? b : a) }')
    done
    count=$(logged)
    rate=$(awk -v n=$(( count - first )) -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", n / (e - s) }')
    echo "RSS after round $round (log has $count entries): $(rss); ~${rate} asks/s, worst 5 s p99 ${worst} ms"
done
