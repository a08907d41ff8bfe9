#!/usr/bin/env bash
# Instructions per iteration of every benchmark routine, counted by callgrind: steadier than
# times on a shared machine. Each routine runs twice under callgrind, 10 and 1,010 times; the
# difference over 1,000 leaves out setup (building the cases, compiling the validators).
#
#   bash crates/connschema-cli/benches/instructions.sh [FILTER]
set -euo pipefail
cd "$(dirname "$0")/../../.."
# The library and its APIs without the command (`--no-default-features --features apis`): serde_json
# without `preserve_order`, as a service that links connschema builds it.
args=(-q -p connschema-cli --no-default-features --features apis --bench validation --no-run)
cargo bench "${args[@]}"
bin=$(cargo bench "${args[@]}" --message-format=json 2>/dev/null \
  | grep -o '"executable":"[^"]*"' | tail -1 | cut -d'"' -f4)
count() {
  CONNSCHEMA_INSTRUCTIONS="$1:$2" valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" 2>&1 \
    | awk '/Collected/ { print $4 }'
}
"$bin" --list-routines | grep -- "${1:-}" | while read -r routine; do
  low=$(count "$routine" 10)
  high=$(count "$routine" 1010)
  printf '%-60s %12d\n' "$routine" $(( (high - low) / 1000 ))
done
