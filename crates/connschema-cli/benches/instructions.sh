#!/usr/bin/env bash
# Instructions per iteration of every benchmark routine, counted by callgrind: steadier than
# times on a shared machine. Each routine runs twice under callgrind, 10 and 1,010 times; the
# difference over 1,000 leaves out setup (building the cases, compiling the validators).
#
#   bash crates/connschema-cli/benches/instructions.sh [FILTER]
set -euo pipefail
cd "$(dirname "$0")/../../.."
cargo bench -q -p connschema-cli --bench validation --no-run
bin=$(cargo bench -q -p connschema-cli --bench validation --no-run --message-format=json 2>/dev/null \
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
