#!/usr/bin/env bash
# Hostile bodies at the size limit against `connschema serve` (release build), 16 at once for
# ROUNDS rounds (5 by default) at each operation: the largest answer, the count it states, and the
# server's peak RSS. The server listens on 127.0.0.1 on a port it picks and stops with the script.
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds=${ROUNDS:-5}
cargo build --quiet --release --locked -p connschema-cli
out=$(mktemp)
RUST_LOG=off target/release/connschema serve --addr 127.0.0.1:0 >"$out" 2>/dev/null &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q "listening on" "$out" && break; sleep 0.05; done
url=$(sed -n 's/^listening on //p' "$out")
port=${url##*:}
python3 crates/connschema-cli/benches/load/hostile.py 127.0.0.1 "$port" "$rounds"
echo
echo "server after $((rounds * 16 * 5)) hostile requests: $(grep -E 'VmHWM|VmRSS' "/proc/$pid/status" | tr -s ' \t' ' ' | paste -sd, -)"
