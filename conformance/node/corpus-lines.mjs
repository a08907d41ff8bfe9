// The corpus that `cargo xtask` writes, a JSON line a document: `{"op", "message", "schema",
// "valid", "paths", "doc": <the document's bytes>}`. Each line is read as its head and the
// document's own text: the text after the first `,"doc":` (a quote inside the head's strings is
// escaped), exactly the bytes the Rust validator read.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

/** Yields `{op, message, schema, valid, paths, text}` for each line of the corpus at `path`. */
export async function* corpusLines(path) {
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    const at = line.indexOf(',"doc":');
    yield { ...JSON.parse(`${line.slice(0, at)}}`), text: line.slice(at + 7, -1) };
  }
}
