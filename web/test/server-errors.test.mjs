// Each vendor's error answer, as `connschema serve` sends it, read back onto the form's fields
// (src/errors.js): for every operation, the violations of a broken request, from the server's own
// wording, are at the pointers the connschema command gives for the same document; and a second
// creation of the same example, where the vendor answers a conflict, is on the unique member.
//
// usage: CONNSCHEMA_BIN=<connschema command> node --test test/*.test.mjs

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { fromServer } from "../src/errors.js";
import { send } from "../src/http.js";
import { cliReport, startServe } from "./serve.mjs";

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
  const dir = join(root, "apis", operation.id.split(".")[0], "documents", operation.id.replaceAll(".", "/"), message);
  const [name] = readdirSync(dir).sort();
  return JSON.parse(readFileSync(join(dir, name), "utf8"));
}

for (const operation of index.operations) {
  test(`${operation.id}: the server's error names the fields the CLI names`, async () => {
    const params = operation.messages.params ? firstExample(operation, "params") : {};
    const request = { Description: 7 };
    const expected = cliReport(binary, operation.id, "request", request).errors.map((error) => error.path);
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

const unique = {
  "aws.events.CreateConnection": "/Name",
  "aws.quicksight.CreateActionConnector": "/ActionConnectorId",
  "huaweicloud.eg.CreateConnection": "/name",
  "versori.platform.CreateConnectorConnection": "/name",
};

for (const operation of index.operations.filter((op) => unique[op.id])) {
  test(`${operation.id}: the same example twice, and the conflict is on ${unique[operation.id]}`, async () => {
    const params = operation.messages.params ? firstExample(operation, "params") : {};
    const request = firstExample(operation, "request");
    const created = await send(operation, params, request, server.url);
    assert.equal(created.ok, true, JSON.stringify(created.body));
    const again = await send(operation, params, request, server.url);
    assert.equal(again.ok, false);
    const mapped = fromServer(operation.id, operation.protocol, again.status, again.headers, again.body);
    assert.deepEqual(
      mapped.map((error) => error.path),
      [unique[operation.id]],
      `${again.status} ${JSON.stringify(again.body)}`,
    );
  });
}
