//! Huawei Cloud EG `CreateConnection` behind [`connschema_axum`]: its [`Endpoint`], and its local
//! handler, `POST /v1/{project_id}/connections`. A name is unique per project: a second one is 400
//! `EG.00014090`. The Kafka `password` is never echoed.

use super::{ConnectionCreateReq, CreateConnectionParams, CREATE_CONNECTION};
use crate::protocol::Huawei;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use connschema::registry::Operation;
use connschema::serde_json::json;
use connschema_axum::local::{claim, date_time, uuid, Store};
use connschema_axum::{Authenticated, Endpoint, ErrorProtocol, Valid};
use std::sync::Arc;
use std::time::SystemTime;

impl Endpoint for ConnectionCreateReq<'static> {
    type Params = CreateConnectionParams<'static>;
    const OPERATION: &'static Operation = &CREATE_CONNECTION;
    const PROTOCOL: &'static dyn ErrorProtocol = &Huawei;
}

/// `router` with the local handler at the operation's method and path.
pub fn route(router: Router<Arc<Store>>) -> Router<Arc<Store>> {
    connschema_axum::local::route::<ConnectionCreateReq<'static>, _, _>(router, create)
}

async fn create(
    _: Authenticated<ConnectionCreateReq<'static>>,
    State(store): State<Arc<Store>>,
    request: Valid<ConnectionCreateReq<'static>>,
) -> Response {
    let project = request.params.project_id.as_ref();
    let name = request.name.as_ref();
    let now = date_time(SystemTime::now());
    let mut body = json!({
        "id": uuid(),
        "name": name,
        "status": "CREATING",
        "type": request.connection_type.map_or("WEBHOOK", |t| t.as_str()),
        "vpc_id": request.vpc_id,
        "subnet_id": request.subnet_id,
        "created_time": now,
        "updated_time": now,
    });
    if let Some(description) = &request.description {
        body["description"] = json!(description);
    }
    if let Some(kafka) = &request.kafka_detail {
        let mut detail =
            json!({ "instance_id": kafka.instance_id, "addr": kafka.addr, "enable_sasl_ssl": kafka.enable_sasl_ssl });
        if let Some(protocol) = &kafka.security_protocol {
            detail["security_protocol"] = json!(protocol);
        }
        if let Some(user) = &kafka.user_name {
            detail["user_name"] = json!(user);
        }
        if let Some(acks) = kafka.acks {
            detail["acks"] = json!(acks.as_str());
        }
        body["kafka_detail"] = detail;
    }
    let taken = || format!("A connection named {name} already exists in project {project}.");
    if let Err(refusal) = claim(&store, &request, project.to_owned(), name, taken) {
        return refusal.into_response();
    }
    ([("x-request-id", request.request_id.to_string())], Json(body)).into_response()
}
