// Compiled with openapi-typescript's declarations of schemas/openapi.json (`tsc --noEmit
// --strict`; generated with `--empty-objects-unknown`): what a frontend writes against the
// OpenAPI document. The tagged unions are discriminated unions: the tag narrows the type.
import type { components, operations, paths } from "./generated/openapi";

type Schemas = components["schemas"];

export const eventBridge: Schemas["aws.events.CreateConnection.request"] = {
  Name: "orders-api",
  AuthorizationType: "API_KEY",
  AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "x-api-key", ApiKeyValue: "secret" } },
};

export const wrongMember: Schemas["aws.events.CreateConnection.request"] = {
  Name: "orders-api",
  AuthorizationType: "BASIC",
  // @ts-expect-error: BASIC allows no ApiKeyAuthParameters.
  AuthParameters: { BasicAuthParameters: { Username: "u", Password: "p" }, ApiKeyAuthParameters: { ApiKeyName: "k", ApiKeyValue: "v" } },
};

// @ts-expect-error: the tag's values are closed.
export const wrongTag: Schemas["aws.events.CreateConnection.request"]["AuthorizationType"] = "DIGEST";

type Scheme = Schemas["versori.platform.CreateConnectorConnection.request.AuthSchemeConfig"];

export function where(scheme: Scheme): string {
  switch (scheme.schemeType) {
    case "api-key":
      return `${scheme.in}: ${scheme.name}`;
    case "oauth2":
      return scheme.grant.grantType;
    default:
      return scheme.schemeType;
  }
}

export const credential: Schemas["versori.platform.CreateConnectorConnection.CredentialCreate"] = {
  name: "token",
  type: "string",
  data: { value: "s3cret" },
};

export const quickSight: Schemas["aws.quicksight.CreateActionConnector.AuthConfig"] = {
  AuthenticationType: "NONE",
  AuthenticationMetadata: { NoneConnectionMetadata: { BaseEndpoint: "https://status.example.com" } },
};

type HuaweiCreate = operations["huaweicloud.eg.CreateConnection"];
export const project: HuaweiCreate["parameters"]["path"] = { project_id: "0123456789abcdef0123456789abcdef" };
export const signedAt: HuaweiCreate["parameters"]["header"] = { "X-Sdk-Date": "20261206T120000Z" };

type EventBridgeCreate = paths["/"]["post"];
export const target: EventBridgeCreate["parameters"]["header"]["X-Amz-Target"] = "AWSEvents.CreateConnection";

export function errorName(
  body: EventBridgeCreate["responses"][400]["content"]["application/x-amz-json-1.1"],
): string | undefined {
  return body.__type;
}

export function connectionId(
  answer: paths["/o/{organisation_id}/connectors/{connector_id}/connections"]["post"]["responses"][200]["content"]["application/json"],
): string {
  return answer.id;
}
