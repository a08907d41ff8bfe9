//! QuickSight `CreateActionConnector` (restJson1): `POST /accounts/{AwsAccountId}/action-connectors`.
//! An `ActionConnectorId` is unique per account: a second one is 409 `ResourceExistsException`.
//! The connector's `Name` and `Description` are secret (the model marks them sensitive): neither
//! is echoed nor logged.

use crate::local::Store;
use crate::{Failure, Valid};
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::Json;
use connschema::aws::quicksight::{CreateActionConnectorRequest, CREATE_ACTION_CONNECTOR};
use serde_json::json;
use std::sync::Arc;

pub async fn create(
    State(store): State<Arc<Store>>,
    headers: HeaderMap,
    request: Valid<CreateActionConnectorRequest<'static>>,
) -> Response {
    let account = request.params.aws_account_id.as_ref();
    let id = request.action_connector_id.as_ref();
    let region = super::region(&headers);
    let body = json!({
        "Arn": format!("arn:aws:quicksight:{region}:{account}:action-connector/{id}"),
        "CreationStatus": "CREATION_IN_PROGRESS",
        "ActionConnectorId": id,
        "RequestId": request.request_id.as_str(),
    });
    if !store.create(CREATE_ACTION_CONNECTOR.id, account.to_owned(), id.to_owned(), body.clone()) {
        let message = format!("An action connector with the ID {id} already exists in account {account}.");
        return request.reject(Failure::Conflict { message }).into_response();
    }
    Json(body).into_response()
}
