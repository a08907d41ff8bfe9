// Compiled with `tsc --strict` in a scratch project that installed the packed `@connschema/schemas`
// (`cargo xtask conformance`): a schema, a message's type and the OpenAPI document, each through
// the package's `exports`.
import schema from "@connschema/schemas/aws/events/CreateConnection/request.json" with { type: "json" };
import openapi from "@connschema/schemas/openapi.json" with { type: "json" };
import type { CreateConnectionRequest } from "@connschema/schemas/aws/events/CreateConnection/request";
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
