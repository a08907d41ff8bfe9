// An awsJson1.1 error body without `__type` (docs/contracts.md §7). The AWS SDK for JavaScript v3
// takes an error's name from the `X-Amzn-ErrorType` header first, then `code`, then `__type`, so a
// service may send `{"message": ...}` alone. A stand-in EventBridge on 127.0.0.1 answers each way;
// the SDK must raise the modelled exception with the message, and connschema (CONNSCHEMA_BIN, set
// by `cargo xtask sdk`) must find the body valid against that exception's schema.

import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { execFileSync } from "node:child_process";
import { EventBridgeClient, CreateConnectionCommand, ResourceAlreadyExistsException } from "@aws-sdk/client-eventbridge";

const NAME = "ResourceAlreadyExistsException";
const MESSAGE = "A connection named orders-api already exists.";

async function standIn(headers, body) {
  const server = http.createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(400, { "Content-Type": "application/x-amz-json-1.1", ...headers });
      response.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

function connschemaSays(message, body) {
  const binary = process.env.CONNSCHEMA_BIN;
  assert.ok(binary, "CONNSCHEMA_BIN is not set: run the suites with `cargo xtask sdk`");
  try {
    return execFileSync(binary, ["validate", "aws.events.CreateConnection", message, "-"], { input: body }).toString().trim();
  } catch (error) {
    return `exit ${error.status}: ${error.stdout}`;
  }
}

const cases = [
  ["the header alone names it", { "X-Amzn-ErrorType": NAME }, { message: MESSAGE }],
  ["the header with a suffix", { "X-Amzn-ErrorType": `${NAME}:http://internal.amazon.com/` }, { message: MESSAGE }],
  ["a code member", {}, { code: NAME, message: MESSAGE }],
  ["__type with a namespace", {}, { __type: `com.amazonaws.events#${NAME}`, message: MESSAGE }],
];
for (const [what, headers, document] of cases) {
  test(`awsJson1.1 error named by ${what}: the SDK raises it, connschema accepts the body`, async () => {
    const body = JSON.stringify(document);
    const server = await standIn(headers, body);
    try {
      const { port } = server.address();
      const events = new EventBridgeClient({
        endpoint: `http://127.0.0.1:${port}`, region: "us-west-2", maxAttempts: 1,
        credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "not-a-secret" },
      });
      const error = await events.send(new CreateConnectionCommand({ Name: "orders-api", AuthorizationType: "BASIC" })).then(
        () => assert.fail("the stand-in refuses every request"),
        (error) => error,
      );
      assert.ok(error instanceof ResourceAlreadyExistsException, `${error.name}: ${error.message}`);
      assert.equal(error.message, MESSAGE);
      assert.equal(connschemaSays(`error.${NAME}`, body), "valid");
    } finally {
      server.close();
    }
  });
}
