#!/usr/bin/env bash
# Throughput of `connschema validate` beside check-jsonschema and ajv-cli, on one corpus in one run.
#
#   bash crates/connschema-cli/benches/ndjson.sh [DOCUMENTS]     # default 2000
#
# The corpus is EventBridge CreateConnection requests (the example documents, minified, cycled;
# every fourth one given an invalid Name), written once as NDJSON and once as a directory of
# files, since neither peer reads NDJSON. Each command runs three times; the best time counts.
# Figures: documents/s and MB/s of document bytes (line ends not counted). The peers are
# installed under target/bench-cli from benches/peers (pinned requirements, npm lock file).
set -euo pipefail
cd "$(dirname "$0")/../../.."
count=${1:-2000}
work=target/bench-cli
peers=crates/connschema-cli/benches/peers
schema=schemas/aws/events/CreateConnection/request.json
mkdir -p "$work"

if ! cmp -s "$peers/requirements.txt" "$work/venv/requirements.txt"; then
  rm -rf "$work/venv"
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install --quiet --no-deps -r "$peers/requirements.txt"
  cp "$peers/requirements.txt" "$work/venv/requirements.txt"
fi
if ! cmp -s "$peers/package-lock.json" "$work/node/package-lock.json"; then
  rm -rf "$work/node"
  mkdir -p "$work/node"
  cp "$peers/package.json" "$peers/package-lock.json" "$work/node/"
  (cd "$work/node" && npm ci --no-audit --no-fund --loglevel=error)
fi
cargo build --quiet --release --locked -p connschema-cli

python3 - "$count" "$work" <<'PY'
import glob, json, os, shutil, sys
count, work = int(sys.argv[1]), sys.argv[2]
examples = [json.load(open(p)) for p in sorted(glob.glob("apis/aws/documents/aws/events/CreateConnection/request/*.json"))]
shutil.rmtree(f"{work}/docs", ignore_errors=True)
os.makedirs(f"{work}/docs")
with open(f"{work}/corpus.ndjson", "w") as ndjson:
    for n in range(count):
        doc = dict(examples[n % len(examples)])
        doc["Name"] = "not a name" if n % 4 == 3 else f"{doc['Name']}-{n}"
        text = json.dumps(doc, separators=(",", ":"))
        ndjson.write(text + "\n")
        with open(f"{work}/docs/{n:06}.json", "w") as f:
            f.write(text)
PY
bytes=$(( $(wc -c < "$work/corpus.ndjson") - count ))

best() {
  local best=""
  for _ in 1 2 3; do
    local start end took
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    took=$(( end - start ))
    if [ -z "$best" ] || [ "$took" -lt "$best" ]; then best=$took; fi
  done
  echo "$best"
}

row() {
  local name=$1; shift
  local ns
  ns=$(best "$@")
  awk -v name="$name" -v ns="$ns" -v docs="$count" -v bytes="$bytes" 'BEGIN {
    s = ns / 1e9
    printf "| %s | %.3f s | %.0f | %.2f |\n", name, s, docs / s, bytes / s / 1e6
  }'
}

cs=target/release/connschema
op=aws.events.CreateConnection
echo "$count documents, $bytes bytes of JSON; $(nproc) cores"
echo
echo "| command | time | documents/s | MB/s |"
echo "|---|---|---|---|"
row "connschema validate --ndjson, 1 thread" "$cs" validate "$op" request --ndjson --jobs 1 "$work/corpus.ndjson"
row "connschema validate --ndjson, 2 threads" "$cs" validate "$op" request --ndjson --jobs 2 "$work/corpus.ndjson"
row "connschema validate --ndjson --format json, 2 threads" "$cs" validate "$op" request --ndjson --jobs 2 --format json "$work/corpus.ndjson"
row "connschema validate DIR (files), 1 thread" "$cs" validate "$op" request --jobs 1 "$work/docs"
row "connschema validate DIR (files), 2 threads" "$cs" validate "$op" request --jobs 2 "$work/docs"
row "ajv-cli validate (files, strict, formats, all errors)" "$work/node/node_modules/.bin/ajv" validate \
  --spec=draft2020 -c ajv-formats --strict=true --all-errors --errors=json -s "$schema" -d "$work/docs/*.json"
row "check-jsonschema (files, formats)" "$work/venv/bin/check-jsonschema" --schemafile "$schema" "$work"/docs/*.json
