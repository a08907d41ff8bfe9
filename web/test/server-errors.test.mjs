// Each vendor's error answer, as `connschema serve` sends it, read back onto the form's fields
// (src/errors.js): for every operation, the members an empty request lacks, from the server's own
// wording, are the pointers the connschema command gives for the same document.
//
// usage: CONNSCHEMA_BIN=<connschema command> node --test test/*.test.mjs

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { fromServer } from "../src/errors.js";
import { send } from "../src/http.js";
import { startServe } from "./serve.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const binary = process.env.CONNSCHEMA_BIN;
const index = JSON.parse(readFileSync(join(root, "schemas/index.json"), "utf8"));
let server;

before(async () => {
  assert.ok(binary, "CONNSCHEMA_BIN names the connschema command");
  server = await startServe(binary);
});
after(() => server?.child.stdin.end());

function firstExample(operation, message) {
  const dir = join(root, "examples/documents", operation.id.replaceAll(".", "/"), message);
  const [name] = readdirSync(dir).sort();
  return JSON.parse(readFileSync(join(dir, name), "utf8"));
}

for (const operation of index.operations) {
  test(`${operation.id}: the server's error names the fields the CLI names`, async () => {
    const params = operation.messages.params ? firstExample(operation, "params") : {};
    const request = { Description: 7 };
    const cli = spawnSync(binary, ["validate", operation.id, "request", "--format", "json"], {
      input: JSON.stringify(request),
      encoding: "utf8",
    });
    const expected = JSON.parse(cli.stdout).errors.map((error) => error.path);
    const answer = await send(operation, params, request, server.url);
    assert.equal(answer.ok, false);
    const mapped = fromServer(operation.id, operation.protocol, answer.status, answer.headers, answer.body);
    assert.deepEqual(
      mapped.map((error) => error.path).sort(),
      expected.sort(),
      `${answer.status} ${JSON.stringify(answer.body)}`,
    );
    for (const { message } of mapped) assert.ok(message.length > 0);
  });
}
