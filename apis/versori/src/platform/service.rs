//! Versori `CreateConnectorConnection` behind [`connschema_axum`]: its [`Endpoint`], and its local
//! handler, `POST /o/{organisation_id}/connectors/{connector_id}/connections`.
//! A connection name is unique per connector: a second one is 409 `conflict`.
//!
//! A new credential comes back with its `data` in the shape of its `type` and every secret in it
//! replaced: a string by `""`, `tokenUrl` (a URI) by `https://redacted.invalid/`. A reference to a
//! credential this service created resolves to it; a reference to one it does not know comes
//! back as a credential of type `none`.

use super::{
    ConnectionCreate, ConnectionCredentialCreate, CreateConnectorConnectionParams, CredentialInput,
    CREATE_CONNECTOR_CONNECTION,
};
use crate::protocol::Versori;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use connschema::registry::Operation;
use connschema::serde_json::{self, json, Map, Value};
use connschema_axum::local::{claim, date_time, random_u128, Store};
use connschema_axum::{Authenticated, Endpoint, ErrorProtocol, Failure, Valid};
use std::sync::Arc;
use std::time::SystemTime;

impl Endpoint for ConnectionCreate<'static> {
    type Params = CreateConnectorConnectionParams;
    const OPERATION: &'static Operation = &CREATE_CONNECTOR_CONNECTION;
    const PROTOCOL: &'static dyn ErrorProtocol = &Versori;
}

/// `router` with the local handler at the operation's method and path.
pub fn route(router: Router<Arc<Store>>) -> Router<Arc<Store>> {
    connschema_axum::local::route::<ConnectionCreate<'static>, _, _>(router, create)
}

/// The store's operation key for credentials, which references resolve against.
const CREDENTIALS: &str = "versori.platform.credential";

async fn create(
    _: Authenticated<ConnectionCreate<'static>>,
    State(store): State<Arc<Store>>,
    request: Valid<ConnectionCreate<'static>>,
) -> Response {
    let organisation = request.params.organisation_id.0.as_str();
    let connector = request.params.connector_id.0.as_str();
    let now = date_time(SystemTime::now());
    let scope = format!("{organisation}/{connector}");
    let name = request.name.as_ref();
    let taken = || format!("a connection named {name} already exists on connector {connector}");
    if store.contains(CREATE_CONNECTOR_CONNECTION.id, &scope, name) {
        return request.reject(Failure::Conflict { message: taken() }).into_response();
    }
    let entries = |list: &Option<Vec<ConnectionCredentialCreate<'static>>>| -> Vec<Value> {
        list.iter().flatten().map(|entry| credential_entry(&store, organisation, entry)).collect()
    };
    let mut credentials = Map::new();
    credentials.insert("action".into(), entries(&request.credentials.action).into());
    if request.credentials.trigger.is_some() {
        credentials.insert("trigger".into(), entries(&request.credentials.trigger).into());
    }
    let variables: Vec<Value> = request.variables.iter().map(|v| json!({ "name": v.name, "value": v.value })).collect();
    let body = json!({
        "id": ulid(),
        "name": name,
        "credentials": credentials,
        "variables": variables,
        "createdAt": now,
        "updatedAt": now,
    });
    if let Err(refusal) = claim(&store, &request, scope, name, taken) {
        return refusal.into_response();
    }
    Json(body).into_response()
}

fn credential_entry(store: &Store, organisation: &str, entry: &ConnectionCredentialCreate<'static>) -> Value {
    let credential = match &entry.credential {
        CredentialInput::Reference(reference) => {
            let id = reference.id.0.as_str();
            store.record(CREDENTIALS, organisation, id).unwrap_or_else(
                || json!({ "id": id, "organisationId": organisation, "name": id, "type": "none", "data": {} }),
            )
        }
        CredentialInput::New(new) => {
            let id = ulid();
            let data = serde_json::to_value(&new.data).map(redacted).unwrap_or_else(|_| json!({}));
            let record = json!({
                "id": id, "organisationId": organisation, "name": new.name, "type": new.credential_type.as_str(), "data": data,
            });
            store.keep(CREDENTIALS, organisation.to_owned(), id, record.clone());
            record
        }
    };
    let mut scheme = serde_json::to_value(&entry.auth_scheme_config).unwrap_or_else(|_| json!({}));
    // The OAuth 2.0 grant's client secret is the scheme's one secret, and optional: left out.
    if let Some(grant) = scheme.get_mut("grant").and_then(Value::as_object_mut) {
        grant.remove("clientSecret");
    }
    json!({ "id": ulid(), "authSchemeConfig": scheme, "credential": credential })
}

/// Credential data without its secrets: every string member replaced (lists and flags, such as
/// `scopes` and `mTLSEnabled`, are not secret and stay).
fn redacted(data: Value) -> Value {
    let Value::Object(members) = data else { return json!({}) };
    let members = members
        .into_iter()
        .map(|(key, value)| {
            let value = match (key.as_str(), value) {
                ("mTLSCredentialId", value) => value,
                ("tokenUrl", Value::String(_)) => "https://redacted.invalid/".into(),
                (_, Value::String(_)) => "".into(),
                (_, value) => value,
            };
            (key, value)
        })
        .collect();
    Value::Object(members)
}

/// A new ULID: 48 bits of milliseconds since the epoch, then 80 random bits, in Crockford base32.
fn ulid() -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let millis = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_millis());
    let n = ((millis & ((1 << 48) - 1)) << 80) | (random_u128() >> 48);
    (0..26).rev().map(|i| ALPHABET[((n >> (i * 5)) & 31) as usize] as char).collect()
}
