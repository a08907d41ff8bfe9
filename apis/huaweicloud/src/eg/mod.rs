//! Huawei Cloud EventGrid (EG), API v1.

mod create_connection;
#[cfg(feature = "service")]
pub mod service;

pub use create_connection::*;

use connschema::http::{Http, Param, Security};
use connschema::registry::{Message, Operation};

/// `CreateConnection`: `POST /v1/{project_id}/connections`.
pub static CREATE_CONNECTION: Operation = Operation {
    id: "huaweicloud.eg.CreateConnection",
    method: "POST",
    path: "/v1/{project_id}/connections",
    http: Http::json("huawei")
        .params(&[
            Param::path("project_id"),
            Param::header("X-Auth-Token"),
            Param::header("Authorization"),
            Param::header("X-Sdk-Date"),
        ])
        .security(&[
            Security::api_key_header("token", "X-Auth-Token", "An IAM user token (`X-Auth-Token`)."),
            Security::api_key_header(
                "aksk",
                "Authorization",
                "AK/SK signing: `Authorization: SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…` with `X-Sdk-Date`.",
            ),
        ]),
    messages: &[
        Message::of::<ConnectionCreateReq>("request"),
        Message::of::<CreateConnectionParams>("params"),
        Message::of::<CreateConnectionResponse>("response").with_headers(&["X-Request-Id"]),
        Message::of::<ErrorResponseBody>("error").with_statuses(&[400, 401, 403, 404, 413, 500]),
    ],
};
