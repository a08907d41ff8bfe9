// @connschema/validator against the connschema command, on every document of the corpus that
// `cargo xtask conformance` wrote: `validate(op, message, text)` in WebAssembly must give the
// report that `connschema validate <op> <message> --ndjson --format json` gives, verdict and
// message for message. Any difference fails the run.
//
// usage: node wasm-conformance.mjs <connschema binary> <corpus.jsonl>

import { spawnSync } from "node:child_process";
import { init, validate } from "../../packages/validator/node.js";
import { corpusLines } from "./corpus-lines.mjs";

const [binary, corpusPath] = process.argv.slice(2);
if (!corpusPath) {
  console.error("usage: node wasm-conformance.mjs <connschema binary> <corpus.jsonl>");
  process.exit(2);
}
await init();

let documents = 0;
let invalid = 0;
const messages = new Set();
const differences = [];

// Compares one run of documents of one message: the CLI reads them as NDJSON (the corpus writes
// each document compactly, without a raw line break).
function compare({ op, message, texts }) {
  const cli = spawnSync(
    binary,
    ["validate", op, message, "--ndjson", "--format", "json", "--max-bytes", String(2 ** 40), "-"],
    { input: `${texts.join("\n")}\n`, maxBuffer: 2 ** 31, encoding: "utf8" },
  );
  if (cli.status !== 0 && cli.status !== 1) {
    console.error(`connschema validate ${op} ${message}: exit ${cli.status}: ${cli.stderr}`);
    process.exit(1);
  }
  const reports = cli.stdout.trimEnd().split("\n");
  if (reports.length !== texts.length) {
    console.error(`${op} ${message}: ${texts.length} documents, ${reports.length} CLI reports`);
    process.exit(1);
  }
  messages.add(`${op} ${message}`);
  texts.forEach((text, i) => {
    const { file, line, ...expected } = JSON.parse(reports[i]);
    const got = validate(op, message, text);
    documents += 1;
    if (!got.valid) invalid += 1;
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      differences.push(
        `${op} ${message}: ${text.slice(0, 200)}\n  cli:  ${JSON.stringify(expected)}\n  wasm: ${JSON.stringify(got)}`,
      );
    }
  });
}

// The corpus holds each message's documents together; they go to the CLI in runs of at most 16 MiB.
let run = { op: undefined, message: undefined, texts: [], bytes: 0 };
for await (const { op, message, text } of corpusLines(corpusPath)) {
  if (op !== run.op || message !== run.message || run.bytes + text.length > 16 << 20) {
    if (run.texts.length > 0) compare(run);
    run = { op, message, texts: [], bytes: 0 };
  }
  run.texts.push(text);
  run.bytes += text.length;
}
if (run.texts.length > 0) compare(run);

if (differences.length > 0) {
  console.error(`@connschema/validator: ${differences.length} of ${documents} reports differ from the CLI's:`);
  for (const difference of differences.slice(0, 10)) console.error(difference);
  process.exit(1);
}
console.log(
  `@connschema/validator: ${documents} documents (${invalid} invalid) over ${messages.size} messages: ` +
    "the same reports as connschema validate, message for message",
);
