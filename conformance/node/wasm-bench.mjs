// @connschema/validator's speed beside ajv's, side by side in one process, on the same texts:
// `validate(op, message, text)` (parse and check in WebAssembly, every violation with its
// message) against `JSON.parse` + a compiled ajv 8 validator (strict, formats), both ajv's
// default (stop at the first error) and `allErrors`. Valid and invalid documents are timed
// apart; each figure is the best of five rounds over all of them (every tenth document of the
// corpus).
//
// usage: node wasm-bench.mjs <schemas dir> <corpus.jsonl> <module bytes> <module gzipped bytes>

import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { init, validate } from "../../packages/validator/node.js";
import { corpusLines } from "./corpus-lines.mjs";

const [schemasDir, corpusPath, raw, gzipped] = process.argv.slice(2);
if (!corpusPath) {
  console.error("usage: node wasm-bench.mjs <schemas dir> <corpus.jsonl> [raw bytes] [gzipped bytes]");
  process.exit(2);
}
await init();

// Every tenth document: the corpus runs to hundreds of megabytes, and a tenth of each message's
// share keeps its mix of valid and invalid.
const docs = { valid: [], invalid: [] };
let index = 0;
for await (const { op, message, schema, valid, text } of corpusLines(corpusPath)) {
  index += 1;
  if (index % 10 === 0) (valid ? docs.valid : docs.invalid).push({ op, message, schema, text });
}

function compiled(allErrors) {
  const ajv = new Ajv2020({ strict: true, allErrors });
  addFormats(ajv);
  const validators = new Map();
  for (const doc of [...docs.valid, ...docs.invalid]) {
    if (!validators.has(doc.schema)) {
      validators.set(doc.schema, ajv.compile(JSON.parse(readFileSync(join(schemasDir, doc.schema), "utf8"))));
    }
  }
  return validators;
}
const ajvFirst = compiled(false);
const ajvAll = compiled(true);

const runners = {
  "@connschema/validator": (d) => validate(d.op, d.message, d.text).valid,
  "JSON.parse + ajv": (d) => ajvFirst.get(d.schema)(JSON.parse(d.text)),
  "JSON.parse + ajv (allErrors)": (d) => ajvAll.get(d.schema)(JSON.parse(d.text)),
};

function time(run, set) {
  let best = Infinity;
  for (let round = 0; round < 5; round += 1) {
    const start = performance.now();
    let valid = 0;
    for (const doc of set) if (run(doc)) valid += 1;
    best = Math.min(best, performance.now() - start);
    if (valid !== (set === docs.valid ? set.length : 0)) throw new Error(`verdicts differ: ${valid} of ${set.length}`);
  }
  return (best * 1e6) / set.length;
}

const rows = [];
for (const [name, run] of Object.entries(runners)) {
  rows.push({ name, valid: time(run, docs.valid), invalid: time(run, docs.invalid) });
}
const [ours, ...peers] = rows;
console.log(`${docs.valid.length} valid and ${docs.invalid.length} invalid documents; ns per document, best of 5 rounds`);
console.log("| | valid | invalid |\n|---|---:|---:|");
for (const row of rows) console.log(`| ${row.name} | ${row.valid.toFixed(0)} | ${row.invalid.toFixed(0)} |`);
for (const peer of peers) {
  console.log(
    `| ratio to ${peer.name} | ${(ours.valid / peer.valid).toFixed(2)}x | ${(ours.invalid / peer.invalid).toFixed(2)}x |`,
  );
}
if (raw) console.log(`module: ${raw} bytes, ${(gzipped / 1024).toFixed(0)} KiB gzipped`);
