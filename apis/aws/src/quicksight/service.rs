//! QuickSight `CreateActionConnector` behind [`connschema_axum`] (restJson1): its [`Endpoint`], and
//! its local handler, `POST /accounts/{AwsAccountId}/action-connectors`.
//! An `ActionConnectorId` is unique per account: a second one is 409 `ResourceExistsException`.
//! The connector's `Name` and `Description` are secret (the model marks them sensitive): neither
//! is echoed nor logged.

use super::*;
use crate::local::region;
use crate::protocol::{Exceptions, RestJson1};
use axum::extract::State;
use axum::http::Extensions;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use connschema::registry::Operation;
use connschema_axum::local::{claim, Store};
use connschema_axum::{Authenticated, Endpoint, ErrorProtocol, Valid};
use std::sync::Arc;

impl Endpoint for CreateActionConnectorRequest<'static> {
    type Params = CreateActionConnectorParams<'static>;
    const OPERATION: &'static Operation = &CREATE_ACTION_CONNECTOR;
    const PROTOCOL: &'static dyn ErrorProtocol = &RestJson1::<CreateActionConnectorExceptions>::new();
}

/// The model's exception for each failure.
pub struct CreateActionConnectorExceptions;

impl Exceptions for CreateActionConnectorExceptions {
    type Validation = ValidationException;
    type Serialization = SerializationException;
    type MissingCredentials = MissingAuthenticationTokenException;
    type BadCredentials = IncompleteSignatureException;
    type Conflict = ResourceExistsException<'static>;
    // The model has no quota error for this operation: throttling is the nearest it lists.
    type Quota = ThrottlingException;
}

/// `router` with the local handler at the operation's method and path.
pub fn route(router: Router<Arc<Store>>) -> Router<Arc<Store>> {
    connschema_axum::local::route::<CreateActionConnectorRequest<'static>, _, _>(router, create)
}

async fn create(
    _: Authenticated<CreateActionConnectorRequest<'static>>,
    State(store): State<Arc<Store>>,
    extensions: Extensions,
    request: Valid<CreateActionConnectorRequest<'static>>,
) -> Response {
    let account = request.params.aws_account_id.as_ref();
    let id = request.action_connector_id.as_ref();
    let region = region(&extensions);
    // The response model the schema comes from, so the body cannot drift from it.
    let body = CreateActionConnectorResponse {
        arn: Some(format!("arn:aws:quicksight:{region}:{account}:action-connector/{id}").into()),
        creation_status: Some(ResourceStatus::CreationInProgress),
        action_connector_id: Some(id.into()),
        request_id: Some(request.request_id.to_string().into()),
    };
    let taken = || format!("An action connector with the ID {id} already exists in account {account}.");
    if let Err(refusal) = claim(&store, &request, account.to_owned(), id, taken) {
        return refusal.into_response();
    }
    Json(body).into_response()
}
