//! Network Manager `CreateConnection` behind [`connschema_axum`] (restJson1): its [`Endpoint`],
//! and its local handler, `POST /global-networks/{globalNetworkId}/connections`.

use super::*;
use crate::local::{epoch_seconds, ACCOUNT};
use crate::protocol::{wording, Exceptions, RestJson1};
use crate::EpochSeconds;
use axum::extract::State;
use axum::{Json, Router};
use connschema::registry::Operation;
use connschema::Violations;
use connschema_axum::local::{claim, random_u128, Store};
use connschema_axum::protocol::{cut, entries_within, FIELDS_BUDGET, MAX_PATH, MESSAGE_BUDGET};
use connschema_axum::{Authenticated, Endpoint, ErrorProtocol, Rejection, Valid};
use std::sync::Arc;
use std::time::SystemTime;

impl Endpoint for CreateConnectionRequest<'static> {
    type Params = CreateConnectionParams<'static>;
    const OPERATION: &'static Operation = &CREATE_CONNECTION;
    const PROTOCOL: &'static dyn ErrorProtocol = &RestJson1::<CreateConnectionExceptions>::new();
}

/// The model's exception for each failure.
pub struct CreateConnectionExceptions;

impl Exceptions for CreateConnectionExceptions {
    type Validation = ValidationException<'static>;
    type Serialization = SerializationException;
    type MissingCredentials = MissingAuthenticationTokenException;
    type BadCredentials = IncompleteSignatureException;
    type Conflict = ConflictException<'static>;
    type Quota = ServiceQuotaExceededException<'static>;

    /// The model's `ValidationException` names each field too: `Reason: FieldValidationFailed`
    /// and `Fields: [{Name, Message}]`, the message and the fields each within their share of
    /// the body.
    fn validation(violations: &Violations, _request_id: &str) -> ValidationException<'static> {
        let fields = violations.iter().map(|v| ValidationExceptionField {
            name: cut(&wording::path(&v.path), MAX_PATH).into_owned().into(),
            message: wording::clause(v).into(),
        });
        ValidationException {
            message: wording::summary(violations, MESSAGE_BUDGET).into(),
            reason: Some(ValidationExceptionReason::FieldValidationFailed),
            fields: Some(entries_within(fields, FIELDS_BUDGET)),
        }
    }
}

/// `router` with the local handler at the operation's method and path.
pub fn route(router: Router<Arc<Store>>) -> Router<Arc<Store>> {
    connschema_axum::local::route::<CreateConnectionRequest<'static>, _, _>(router, create)
}

async fn create(
    _: Authenticated<CreateConnectionRequest<'static>>,
    State(store): State<Arc<Store>>,
    request: Valid<CreateConnectionRequest<'static>>,
) -> Result<Json<CreateConnectionResponse<'static>>, Rejection> {
    let global_network = request.params.global_network_id.as_ref();
    // 17 hex digits, as Network Manager's ids have.
    let id = format!("connection-{:017x}", random_u128() >> 60);
    // The response model the schema comes from, in its order of members.
    let connection = Connection {
        connection_arn: Some(format!("arn:aws:networkmanager::{ACCOUNT}:device/{global_network}/{id}").into()),
        connection_id: Some(id.clone().into()),
        global_network_id: Some(global_network.to_owned().into()),
        device_id: Some(request.device_id.clone()),
        connected_device_id: Some(request.connected_device_id.clone()),
        link_id: request.link_id.clone(),
        connected_link_id: request.connected_link_id.clone(),
        description: request.description.clone(),
        created_at: Some(EpochSeconds(epoch_seconds(SystemTime::now()))),
        state: Some(ConnectionState::Pending),
        tags: Some(request.tags.clone().unwrap_or_default()),
    };
    // Ids are new each time: a connection never conflicts with another, but counts to the quota.
    claim(&store, &request, global_network.to_owned(), &id, String::new)?;
    Ok(Json(CreateConnectionResponse { connection: Some(connection) }))
}
