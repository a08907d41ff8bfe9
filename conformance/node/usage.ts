// Compiled with the declarations under types/ (`tsc --noEmit --strict`): what a frontend writes.
import type { CreateConnectionRequest } from "../../types/aws/events/CreateConnection/request";
import type { CreateConnectionResponse } from "../../types/aws/events/CreateConnection/response";
import type { CreateConnectionParams } from "../../types/huaweicloud/eg/CreateConnection/params";
import type { CreateActionConnectorRequest } from "../../types/aws/quicksight/CreateActionConnector/request";
import type { ConnectionCreate } from "../../types/versori/platform/CreateConnectorConnection/request";

export const eventBridge: CreateConnectionRequest = {
  Name: "orders-api",
  AuthorizationType: "API_KEY",
  AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "x-api-key", ApiKeyValue: "secret" } },
};

// @ts-expect-error: the enum is closed.
export const wrongType: CreateConnectionRequest["AuthorizationType"] = "DIGEST";

export function state(response: CreateConnectionResponse): string | undefined {
  return response.ConnectionState;
}

export const huawei: CreateConnectionParams = { project_id: "0123456789abcdef0123456789abcdef", "X-Auth-Token": "token" };

export const quickSight: CreateActionConnectorRequest = {
  ActionConnectorId: "status",
  Name: "Status",
  Type: "GENERIC_HTTP",
  AuthenticationConfig: {
    AuthenticationType: "NONE",
    AuthenticationMetadata: { NoneConnectionMetadata: { BaseEndpoint: "https://status.example.com" } },
  },
};

export const versori: ConnectionCreate = {
  name: "acme",
  credentials: {
    action: [
      {
        authSchemeConfig: { schemeType: "api-key", id: "01JD80F1B2C3D4E5F6G7H8J9KM", description: "key", name: "k", in: "header" },
        credential: { id: "01JD80F1B2C3D4E5F6G7H8J9KN" },
      },
    ],
  },
  variables: [],
};
