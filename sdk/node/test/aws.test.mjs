// The AWS SDK for JavaScript v3 against `connschema serve` (CONNSCHEMA_ENDPOINT, set by
// `cargo xtask sdk`): every example succeeds and parses into the typed output; invalid requests
// raise the SDK's own exception, naming every violation in AWS's wording; no secret shows.

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import {
  EventBridgeClient, CreateConnectionCommand, EventBridgeServiceException, ResourceAlreadyExistsException,
} from "@aws-sdk/client-eventbridge";
import {
  NetworkManagerClient, CreateConnectionCommand as CreateNetworkConnectionCommand, ValidationException,
} from "@aws-sdk/client-networkmanager";
import {
  QuickSightClient, CreateActionConnectorCommand, QuickSightServiceException, ResourceExistsException,
} from "@aws-sdk/client-quicksight";

const endpoint = process.env.CONNSCHEMA_ENDPOINT;
assert.ok(endpoint, "CONNSCHEMA_ENDPOINT is not set: run the suites with `cargo xtask sdk`");
const CANARY = process.env.CONNSCHEMA_CANARY ?? "CANARY-5ec7e7";
const REGION = "eu-central-1";
const ACCOUNT = "123456789012";
const config = { endpoint, region: REGION, credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "not-a-secret" }, maxAttempts: 1 };
const events = new EventBridgeClient(config);
const networkmanager = new NetworkManagerClient(config);
const quicksight = new QuickSightClient(config);

const apisRoot = path.resolve(import.meta.dirname, "../../../apis");
function examples(operation, message = "request") {
  // An API crate's documents: apis/<provider>/documents/<provider>/<service>/<Operation>/<message>/.
  const dir = path.join(apisRoot, operation.split(".")[0], "documents", ...operation.split("."), message);
  return fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()
    .map((f) => [f, JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))]);
}
const unique = (name) => `${name}-${randomBytes(4).toString("hex")}`;

async function refusal(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail("the request was accepted");
}

function assertNoCanary(error) {
  const seen = JSON.stringify({ message: error.message, name: error.name, ...error }) + String(error) + error.stack;
  assert.ok(!seen.includes(CANARY), `a secret reached the exception: ${seen}`);
}

for (const [file, document] of examples("aws.events.CreateConnection")) {
  test(`EventBridge accepts ${file}`, async () => {
    const input = { ...document, Name: unique(document.Name).slice(0, 64) };
    const out = await events.send(new CreateConnectionCommand(input));
    assert.match(out.ConnectionArn, new RegExp(`^arn:aws:events:${REGION}:${ACCOUNT}:connection/${input.Name.replaceAll(".", "\\.")}/[0-9a-f-]{36}$`));
    assert.ok(out.CreationTime instanceof Date);
    assert.ok(["AUTHORIZED", "AUTHORIZING"].includes(out.ConnectionState));
  });
}

test("EventBridge raises ValidationException in AWS's wording", async () => {
  const error = await refusal(events.send(new CreateConnectionCommand({ Name: "my conn", AuthorizationType: "BASIC" })));
  assert.ok(error instanceof EventBridgeServiceException);
  assert.equal(error.name, "ValidationException");
  assert.equal(error.$metadata.httpStatusCode, 400);
  assert.equal(
    error.message,
    "2 validation errors detected: Value 'my conn' at 'name' failed to satisfy constraint: Member must satisfy " +
      "regular expression pattern: [\\.\\-_A-Za-z0-9]+; Value null at 'authParameters' failed to satisfy " +
      "constraint: Member must not be null",
  );
});

test("EventBridge lists every kind of violation, the rule beside the rest", async () => {
  const error = await refusal(events.send(new CreateConnectionCommand({
    Name: "n".repeat(65),
    AuthorizationType: "API_KEY",
    AuthParameters: {
      BasicAuthParameters: { Username: "u", Password: "p" },
      ApiKeyAuthParameters: { ApiKeyName: "k", ApiKeyValue: "v" },
      InvocationHttpParameters: { QueryStringParameters: [{ Key: "bad\u0001key", Value: "v" }] },
    },
  })));
  assert.equal(error.name, "ValidationException");
  assert.ok(error.message.startsWith("3 validation errors detected: "), error.message);
  for (const clause of [
    `Value '${"n".repeat(65)}' at 'name' failed to satisfy constraint: Member must have length less than or equal to 64`,
    "Value at 'authParameters.basicAuthParameters' failed to satisfy constraint: Member must be absent when AuthorizationType is API_KEY",
    "at 'authParameters.invocationHttpParameters.queryStringParameters.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: ",
  ]) {
    assert.ok(error.message.includes(clause), `${clause}\nnot in\n${error.message}`);
  }
});

test("EventBridge: a name twice is ResourceAlreadyExistsException", async () => {
  const [, document] = examples("aws.events.CreateConnection").find(([f]) => f === "basic.json");
  const input = { ...document, Name: unique("twice") };
  await events.send(new CreateConnectionCommand(input));
  const error = await refusal(events.send(new CreateConnectionCommand(input)));
  assert.ok(error instanceof ResourceAlreadyExistsException);
  assert.equal(error.message, `Connection ${input.Name} already exists.`);
});

test("EventBridge never shows a secret", async () => {
  const secret = `${CANARY}\u0000${"s".repeat(600)}`;
  const error = await refusal(events.send(new CreateConnectionCommand({
    Name: "bad name",
    AuthorizationType: "BASIC",
    AuthParameters: { BasicAuthParameters: { Username: "u", Password: secret } },
  })));
  assert.ok(error.message.includes("Value at 'authParameters.basicAuthParameters.password' failed to satisfy constraint: Member must have length less than or equal to 512"), error.message);
  assertNoCanary(error);
});

for (const [file, document] of examples("aws.networkmanager.CreateConnection")) {
  test(`Network Manager accepts ${file}`, async () => {
    const out = await networkmanager.send(new CreateNetworkConnectionCommand({ GlobalNetworkId: "global-network-01231231231231231", ...document }));
    assert.equal(out.Connection.DeviceId, document.DeviceId);
    assert.equal(out.Connection.State, "PENDING");
    assert.ok(out.Connection.CreatedAt instanceof Date);
  });
}

test("Network Manager raises its modelled ValidationException with Fields", async () => {
  const error = await refusal(networkmanager.send(new CreateNetworkConnectionCommand({
    GlobalNetworkId: "g".repeat(51), DeviceId: "d", ConnectedDeviceId: "c", Tags: [{ Key: "k", Value: "v".repeat(257) }],
  })));
  assert.ok(error instanceof ValidationException);
  assert.equal(error.Reason, "FieldValidationFailed");
  assert.deepEqual(error.Fields.map((f) => f.Name), ["globalNetworkId", "tags.1.member.value"]);
  assert.ok(error.message.startsWith("2 validation errors detected: "));
});

for (const [file, document] of examples("aws.quicksight.CreateActionConnector")) {
  test(`QuickSight accepts ${file}`, async () => {
    const input = { AwsAccountId: ACCOUNT, ...document, ActionConnectorId: unique(document.ActionConnectorId) };
    const out = await quicksight.send(new CreateActionConnectorCommand(input));
    assert.equal(out.Arn, `arn:aws:quicksight:${REGION}:${ACCOUNT}:action-connector/${input.ActionConnectorId}`);
    assert.equal(out.Status, 200);
    assert.equal(out.CreationStatus, "CREATION_IN_PROGRESS");
  });
}

test("QuickSight: a rule, a bad account id and a missing member come back together", async () => {
  const error = await refusal(quicksight.send(new CreateActionConnectorCommand({
    AwsAccountId: "12345678901x", ActionConnectorId: "quicksuite-x", Name: "n", Type: "GENERIC_HTTP",
    AuthenticationConfig: { AuthenticationType: "NONE", AuthenticationMetadata: { NoneConnectionMetadata: { BaseEndpoint: "https://example.com" } } },
  })));
  assert.ok(error instanceof QuickSightServiceException);
  assert.equal(error.name, "ValidationException");
  for (const clause of [
    "Value '12345678901x' at 'awsAccountId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9]{12}$",
    "Value 'quicksuite-x' at 'actionConnectorId' failed to satisfy constraint: Member must not start with \"quicksuite-\"",
  ]) {
    assert.ok(error.message.includes(clause), `${clause}\nnot in\n${error.message}`);
  }
});

test("QuickSight: an id twice is ResourceExistsException (409)", async () => {
  const [, document] = examples("aws.quicksight.CreateActionConnector").find(([f]) => f === "none.json");
  const input = { AwsAccountId: ACCOUNT, ...document, ActionConnectorId: unique("twice") };
  await quicksight.send(new CreateActionConnectorCommand(input));
  const error = await refusal(quicksight.send(new CreateActionConnectorCommand(input)));
  assert.ok(error instanceof ResourceExistsException);
  assert.equal(error.$metadata.httpStatusCode, 409);
});

test("QuickSight never shows its sensitive name or description", async () => {
  const [, document] = examples("aws.quicksight.CreateActionConnector").find(([f]) => f === "basic.json");
  const error = await refusal(quicksight.send(new CreateActionConnectorCommand({
    AwsAccountId: ACCOUNT, ...document, ActionConnectorId: unique("secret"), Name: `${CANARY}\n`, Description: `${CANARY}\u2028`,
  })));
  assert.ok(error.message.includes("Value at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: "), error.message);
  assertNoCanary(error);
});
