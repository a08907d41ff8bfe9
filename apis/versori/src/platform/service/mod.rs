//! Versori `CreateConnectorConnection` behind [`connschema_axum`]: its [`Endpoint`], and its local
//! handler, `POST /o/{organisation_id}/connectors/{connector_id}/connections`.
//! A connection name is unique per connector: a second one is 409 `conflict`.
//!
//! A new credential comes back with its `data` in the shape of its `type` and every secret in it
//! replaced: a string by `""`, `tokenUrl` (a URI) by `https://redacted.invalid/`. A reference to a
//! credential this service created resolves to it; a reference to one it does not know comes
//! back as a credential of type `none`.

mod redact;

use super::*;
use crate::protocol::Versori;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use connschema::registry::Operation;
use connschema_axum::local::{claim, date_time, random_u128, Store};
use connschema_axum::{Authenticated, Endpoint, ErrorProtocol, Failure, Valid};
use std::borrow::Cow;
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
    let organisation = &request.params.organisation_id;
    let connector = request.params.connector_id.0.as_str();
    let now = date_time(SystemTime::now());
    let scope = format!("{}/{connector}", organisation.0);
    let name = request.name.as_ref();
    let taken = || format!("a connection named {name} already exists on connector {connector}");
    if store.contains(CREATE_CONNECTOR_CONNECTION.id, &scope, name) {
        return request.reject(Failure::Conflict { message: taken() }).into_response();
    }
    let entries = |list: &Vec<ConnectionCredentialCreate<'static>>| -> Vec<ConnectionCredential<'static>> {
        list.iter().map(|entry| credential_entry(&store, organisation, entry)).collect()
    };
    // The response model the schema comes from: `action` is always listed, `trigger` when asked for.
    let body = Connection {
        id: ulid(),
        name: Cow::Owned(name.to_owned()),
        credentials: ConnectionCredentials {
            action: Some(request.credentials.action.as_ref().map(entries).unwrap_or_default()),
            trigger: request.credentials.trigger.as_ref().map(entries),
        },
        variables: request.variables.clone(),
        created_at: Cow::Owned(now.clone()),
        updated_at: Cow::Owned(now),
    };
    if let Err(refusal) = claim(&store, &request, scope, name, taken) {
        return refusal.into_response();
    }
    Json(body).into_response()
}

fn credential_entry(
    store: &Store,
    organisation: &Ulid,
    entry: &ConnectionCredentialCreate<'static>,
) -> ConnectionCredential<'static> {
    let credential = match &entry.credential {
        CredentialInput::Reference(reference) => {
            let id = &reference.id;
            store.record::<Credential<'static>>(CREDENTIALS, &organisation.0, &id.0).unwrap_or_else(|| Credential {
                id: id.clone(),
                organisation_id: organisation.clone(),
                name: Cow::Owned(id.0.clone()),
                credential_type: CredentialType::None,
                data: CredentialData::None(CredentialDataNone {}),
                errors: None,
                expires_at: None,
                usages: None,
            })
        }
        CredentialInput::New(new) => {
            let record = Credential {
                id: ulid(),
                organisation_id: organisation.clone(),
                name: new.name.clone(),
                credential_type: new.credential_type,
                data: redact::data(&new.data),
                errors: None,
                expires_at: None,
                usages: None,
            };
            store.keep(CREDENTIALS, organisation.0.clone(), record.id.0.clone(), record.clone());
            record
        }
    };
    ConnectionCredential { id: ulid(), auth_scheme_config: redact::auth_scheme(&entry.auth_scheme_config), credential }
}

/// A new ULID: 48 bits of milliseconds since the epoch, then 80 random bits, in Crockford base32.
fn ulid() -> Ulid {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let millis = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_millis());
    let n = ((millis & ((1 << 48) - 1)) << 80) | (random_u128() >> 48);
    Ulid((0..26).rev().map(|i| ALPHABET[((n >> (i * 5)) & 31) as usize] as char).collect())
}
