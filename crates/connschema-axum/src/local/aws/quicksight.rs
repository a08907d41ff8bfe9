//! QuickSight `CreateActionConnector` (restJson1): `POST /accounts/{AwsAccountId}/action-connectors`.
//! An `ActionConnectorId` is unique per account: a second one is 409 `ResourceExistsException`.
//! The connector's `Name` and `Description` are secret (the model marks them sensitive): neither
//! is echoed nor logged.

use crate::local::{claim, Store};
use crate::Valid;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::Json;
use connschema::aws::quicksight::CreateActionConnectorRequest;
use serde_json::json;
use std::sync::Arc;

pub async fn create(
    _: crate::Authenticated<CreateActionConnectorRequest<'static>>,

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
        "RequestId": request.request_id.to_string(),
    });
    let taken = || format!("An action connector with the ID {id} already exists in account {account}.");
    if let Err(refusal) = claim(&store, &request, account.to_owned(), id, taken) {
        return refusal.into_response();
    }
    Json(body).into_response()
}
