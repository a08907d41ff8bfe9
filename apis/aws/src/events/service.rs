//! EventBridge `CreateConnection` behind [`connschema_axum`] (awsJson1.1): its [`Endpoint`], and
//! its local handler, `POST /` with `X-Amz-Target: AWSEvents.CreateConnection`. A connection name
//! is unique per account and region.

use super::{
    ConnectionAuthorizationType, ConnectionState, CreateConnectionRequest, CreateConnectionResponse, CREATE_CONNECTION,
};
use crate::local::{epoch_seconds, region, ACCOUNT};
use crate::protocol::{AwsError, AwsJson1_1};
use crate::EpochSeconds;
use axum::extract::{FromRequest, Request, State};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use connschema::registry::Operation;
use connschema::serde_json::json;
use connschema_axum::local::{claim, uuid, Store};
use connschema_axum::{Authenticated, Endpoint, ErrorProtocol, NoParams, RequestId, Valid};
use std::sync::Arc;
use std::time::SystemTime;

impl Endpoint for CreateConnectionRequest<'static> {
    type Params = NoParams;
    const OPERATION: &'static Operation = &CREATE_CONNECTION;
    const PROTOCOL: &'static dyn ErrorProtocol = &AwsJson1_1 {
        conflict: AwsError { name: "ResourceAlreadyExistsException", status: 400 },
        quota: AwsError { name: "LimitExceededException", status: 400 },
    };
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

/// What awsJson1.1 answers for a target it does not serve.
fn unknown_operation(id: &RequestId) -> Response {
    let body =
        json!({ "__type": "UnknownOperationException", "message": format!("This endpoint serves {TARGET} only") });
    let mut response = (axum::http::StatusCode::BAD_REQUEST, json_headers(), body.to_string()).into_response();
    if let Ok(id) = id.to_string().parse() {
        response.headers_mut().insert("x-amzn-requestid", id);
    }
    response
}
