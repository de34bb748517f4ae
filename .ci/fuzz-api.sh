#!/usr/bin/env bash
# Fuzzes the running service against its own /openapi.yaml with schemathesis: no 5xx, and every
# response matches the spec (status, content type, body schema, headers), with a real API key
# so that requests without one must be refused. Usage: .ci/fuzz-api.sh path/to/cyclingpro
set -euo pipefail
binary="$1"
work="$(mktemp -d)"
port=18089
token="ci-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
printf 'ci:admin:%s\n' "$token" > "$work/keys.txt"
"$binary" sample --out "$work/source" --seed 5 > /dev/null
"$binary" build --source "$work/source" --warehouse "$work/warehouse.sqlite" --lake "$work/lake" > /dev/null
# The fuzzer verifies log entries: it writes to a copy of the semantic model, never the project's.
cp semantic-model/cycling_pro.yaml semantic-model/verified_queries.yaml "$work/"
"$binary" serve --port "$port" --warehouse "$work/warehouse.sqlite" --model "$work/cycling_pro.yaml" --keys "$work/keys.txt" --rate-limit 1000000 \
    --source "$work/source" --lake "$work/lake" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
# The service is up when /healthz answers; give up after 60 tries.
for _ in $(seq 60); do
    curl -sf -m 2 "http://127.0.0.1:$port/healthz" > /dev/null && break
    sleep 1
done
python3 -m schemathesis.cli run "http://127.0.0.1:$port/openapi.yaml" -H "Authorization: Bearer $token" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance,ignored_auth \
    --max-examples 30 --workers 1 --seed 1
