//! The Versori platform's Connect API.

mod create_connector_connection;
#[cfg(feature = "service")]
pub mod service;
mod values;

pub use create_connector_connection::*;
pub use values::{SecretObject, Ulid};

use connschema::http::{Http, Param, Security};
use connschema::registry::{self, Operation};

/// `CreateConnectorConnection`: `POST /o/{organisation_id}/connectors/{connector_id}/connections`.
pub static CREATE_CONNECTOR_CONNECTION: Operation = Operation {
    id: "versori.platform.CreateConnectorConnection",
    method: "POST",
    path: "/o/{organisation_id}/connectors/{connector_id}/connections",
    http: Http::json("versori")
        .params(&[Param::path("organisation_id"), Param::path("connector_id")])
        .security(&[Security::bearer("bearer", "A Versori API token: `Authorization: Bearer <token>`.")]),
    messages: &[
        registry::Message::of::<ConnectionCreate>("request"),
        registry::Message::of::<CreateConnectorConnectionParams>("params"),
        registry::Message::of::<Connection>("response"),
        registry::Message::of::<Error>("error"),
    ],
};
