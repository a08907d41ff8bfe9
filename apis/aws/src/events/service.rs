//! EventBridge `CreateConnection` behind [`connschema_axum`] (awsJson1.1): its [`Endpoint`], and
//! its local handler, `POST /` with `X-Amz-Target: AWSEvents.CreateConnection`. A connection name
//! is unique per account and region.

use super::*;
use crate::local::{epoch_seconds, region, ACCOUNT};
use crate::protocol::{aws_json_answer, AwsJson1_1, Exceptions};
use crate::{EpochSeconds, Exception};
use axum::extract::{FromRequest, Request, State};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use connschema::registry::Operation;
use connschema_axum::local::{claim, uuid, Store};
use connschema_axum::{Authenticated, Endpoint, ErrorProtocol, NoParams, RequestId, Valid};
use std::sync::Arc;
use std::time::SystemTime;

impl Endpoint for CreateConnectionRequest<'static> {
    type Params = NoParams;
    const OPERATION: &'static Operation = &CREATE_CONNECTION;
    const PROTOCOL: &'static dyn ErrorProtocol = &AwsJson1_1::<CreateConnectionExceptions>::new();
}

/// The model's exception for each failure.
pub struct CreateConnectionExceptions;

impl Exceptions for CreateConnectionExceptions {
    type Validation = ValidationException;
    type Serialization = SerializationException;
    type MissingCredentials = MissingAuthenticationTokenException;
    type BadCredentials = IncompleteSignatureException;
    type Conflict = ResourceAlreadyExistsException;
    type Quota = LimitExceededException;
}

/// `router` with the local handler at the operation's method and path.
pub fn route(router: Router<Arc<Store>>) -> Router<Arc<Store>> {
    connschema_axum::local::route::<CreateConnectionRequest<'static>, _, _>(router, dispatch)
}

const TARGET: &str = "AWSEvents.CreateConnection";

/// Routes `POST /` by its `X-Amz-Target`, as awsJson1.1 services do, once the request is
/// authenticated (AWS authenticates a request before it routes it).
async fn dispatch(
    _: Authenticated<CreateConnectionRequest<'static>>,
    State(store): State<Arc<Store>>,
    request: Request,
) -> Response {
    let target = request.headers().get("x-amz-target").and_then(|v| v.to_str().ok());
    if target != Some(TARGET) {
        return unknown_operation(&RequestId::of(request.extensions()));
    }
    let region = region(request.extensions()).to_owned();
    match Valid::<CreateConnectionRequest<'static>>::from_request(request, &store).await {
        Ok(valid) => create(&store, &region, &valid),
        Err(rejection) => rejection.into_response(),
    }
}

fn create(store: &Store, region: &str, request: &Valid<CreateConnectionRequest<'static>>) -> Response {
    let name = request.name.as_ref();
    let now = epoch_seconds(SystemTime::now());
    let state = match request.authorization_type {
        // An OAuth connection is authorized once EventBridge has fetched a token.
        ConnectionAuthorizationType::OauthClientCredentials => ConnectionState::Authorizing,
        ConnectionAuthorizationType::Basic | ConnectionAuthorizationType::ApiKey => ConnectionState::Authorized,
    };
    let arn = format!("arn:aws:events:{region}:{ACCOUNT}:connection/{name}/{}", uuid());
    // The response model the schema comes from, so the body cannot drift from it.
    let body = CreateConnectionResponse {
        connection_arn: Some(arn.into()),
        connection_state: Some(state),
        creation_time: Some(EpochSeconds(now)),
        last_modified_time: Some(EpochSeconds(now)),
    };
    if let Err(refusal) =
        claim(store, request, format!("{ACCOUNT}/{region}"), name, || format!("Connection {name} already exists."))
    {
        return refusal.into_response();
    }
    (json_headers(), Json(body)).into_response()
}

fn json_headers() -> [(&'static str, &'static str); 1] {
    [("content-type", "application/x-amz-json-1.1")]
}

crate::common::json_exceptions! {
    /// What awsJson1.1 answers for an `X-Amz-Target` that the endpoint does not serve. (HTTP 400)
    UnknownOperationException = 400;
}

/// What awsJson1.1 answers for a target it does not serve.
fn unknown_operation(id: &RequestId) -> Response {
    let message = format!("This endpoint serves {TARGET} only");
    let id = id.to_string();
    let exception = UnknownOperationException::with_message(message, &id);
    aws_json_answer(&exception, &id)
}
