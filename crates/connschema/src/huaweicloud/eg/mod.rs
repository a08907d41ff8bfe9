//! Huawei Cloud EventGrid (EG), API v1.

mod create_connection;

pub use create_connection::*;

use crate::registry::{Message, Operation};

/// `CreateConnection`: `POST /v1/{project_id}/connections`.
pub static CREATE_CONNECTION: Operation = Operation {
    id: "huaweicloud.eg.CreateConnection",
    method: "POST",
    path: "/v1/{project_id}/connections",
    messages: &[
        Message::of::<ConnectionCreateReq>("request"),
        Message::of::<CreateConnectionParams>("params"),
        Message::of::<CreateConnectionResponse>("response").with_headers(&["X-Request-Id"]),
        Message::of::<ErrorResponseBody>("error"),
    ],
};
