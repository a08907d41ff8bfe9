#!/usr/bin/env bash
# Loopback load on `connschema serve` beside the same endpoint with serde's typed parse and no
# validation (examples/serde_peer.rs), same machine, same run: requests per second and p50/p99
# latency for valid and invalid bodies; then a mixed run of valid, invalid, hostile and oversized
# bodies with slow senders and connections closed mid-body beside it: 5xx count and peak memory.
# Needs wrk (installed from Debian's packages when missing). Servers listen on 127.0.0.1 on a port
# they pick and are stopped when the script ends. Each server runs on CPU 0 and wrk on CPU 1, and
# the pair is measured three times, alternating. SECONDS_EACH=10 by default.
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${SECONDS_EACH:-10}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
cargo build --quiet --release --locked -p connschema-cli
cargo build --quiet --release --locked -p connschema-cli --example serde_peer
lua=crates/connschema-cli/benches/load/events.lua
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

start() { # start NAME COMMAND...: sets $url and $pid
  local out; out=$(mktemp)
  RUST_LOG=off taskset -c 0 "${@:2}" >"$out" 2>/dev/null &
  pid=$!; pids+=("$pid")
  for _ in $(seq 100); do grep -q "listening on" "$out" && break; sleep 0.05; done
  url=$(sed -n 's/^listening on //p' "$out")
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }

run() { # run NAME BODY: wrk's figures, and the server's CPU time per request (user + system), which
  # the neighbours of a shared machine disturb less than the wall-clock rate
  local line before after requests
  before=$(cpu_ticks)
  line=$(BODY=$2 taskset -c 1 wrk -t1 -c32 -d"${seconds}s" --latency -s "$lua" "$url/" | grep '^p50')
  after=$(cpu_ticks)
  requests=$(echo "$line" | sed -E 's/.* ([0-9]+) requests\/s.*/\1/')
  cpu=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v r="$requests" -v s="$seconds" \
    'BEGIN { printf "%.1f", t / hz * 1e6 / (r * s) }')
  printf '| %s | %s | %s | %s |\n' "$1" "$2" "$line" "$cpu"
}

echo "| server | bodies | p50, p99, throughput, socket errors | server CPU µs per request |"
echo "|---|---|---|---|"
for server in connschema serde_peer connschema serde_peer connschema serde_peer; do
  if [ "$server" = connschema ]; then start "$server" target/release/connschema serve --addr 127.0.0.1:0
  else start "$server" target/release/examples/serde_peer 127.0.0.1:0; fi
  run "$server" valid
  run "$server" invalid
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

echo
echo "mixed run on connschema serve (${seconds}s): 50% valid, 20% invalid, 20% hostile, 10% over 1 MiB"
start connschema target/release/connschema serve --addr 127.0.0.1:0
port=${url##*:}
python3 crates/connschema-cli/benches/load/faults.py 127.0.0.1 "$port" "$seconds" > /tmp/connschema-faults.txt &
faults=$!
BODY=mixed taskset -c 1 wrk -t1 -c32 -d"${seconds}s" -s "$lua" "$url/" | grep -E '^(status|p50)'
wait "$faults" && status=ok || status=FAILED
echo "faults beside it ($status): $(cat /tmp/connschema-faults.txt)"
grep -E 'VmHWM|VmRSS' "/proc/$pid/status" | tr -s ' \t' ' ' | paste -sd, -
kill -0 "$pid" && echo "server alive after the run"
