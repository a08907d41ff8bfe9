// Compiled with `tsc --strict` in a scratch project that installed the packed `@connschema/schemas`
// and `@connschema/validator` (`cargo xtask conformance`): a schema, a message's type and the
// OpenAPI document, each through the package's `exports`, and the validator's API.
import schema from "@connschema/schemas/aws/events/CreateConnection/request.json" with { type: "json" };
import openapi from "@connschema/schemas/openapi.json" with { type: "json" };
import type { CreateConnectionRequest } from "@connschema/schemas/aws/events/CreateConnection/request";
import { init, validate, type Code, type Report } from "@connschema/validator";
import type { ConnectionCreate } from "@connschema/schemas/versori/platform/CreateConnectorConnection/request";

export const request: CreateConnectionRequest = {
  Name: "orders-api",
  AuthorizationType: "BASIC",
  AuthParameters: { BasicAuthParameters: { Username: "u", Password: "p" } },
};

// @ts-expect-error: the enum is closed.
export const wrong: CreateConnectionRequest["AuthorizationType"] = "DIGEST";

export const versori: ConnectionCreate["name"] = "orders";

export const id: string = schema.$id;
export const version: string = openapi.openapi;

export async function check(text: string): Promise<string[]> {
  await init();
  const report: Report = validate("aws.events.CreateConnection", "request", text, { maxViolations: 10 });
  const codes: Code[] = report.errors.map((error) => error.code);
  // @ts-expect-error: the text is a string, not a parsed document.
  validate("aws.events.CreateConnection", "request", request);
  return report.valid ? [] : report.errors.map((error) => `${error.path} [${codes[0]}]: ${error.message}`);
}
