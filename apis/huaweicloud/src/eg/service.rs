//! Huawei Cloud EG `CreateConnection` behind [`connschema_axum`]: its [`Endpoint`], and its local
//! handler, `POST /v1/{project_id}/connections`. A name is unique per project: a second one is 400
//! `EG.00014090`. The Kafka `password` is never echoed.

use super::{
    ConnectionCreateReq, ConnectionStatus, ConnectionType, CreateConnectionParams, CreateConnectionResponse,
    KafkaConnectionDetail, CREATE_CONNECTION,
};
use crate::protocol::Huawei;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use connschema::registry::Operation;
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
    // The response model the schema comes from, in its order of members.
    let body = CreateConnectionResponse {
        id: Some(uuid().into()),
        name: Some(request.name.clone()),
        description: request.description.clone(),
        status: Some(ConnectionStatus::Creating),
        connection_type: Some(request.connection_type.unwrap_or(ConnectionType::Webhook)),
        vpc_id: Some(request.vpc_id.clone()),
        subnet_id: Some(request.subnet_id.clone()),
        kafka_detail: request.kafka_detail.as_ref().map(without_password),
        created_time: Some(now.clone().into()),
        updated_time: Some(now.into()),
        ..CreateConnectionResponse::default()
    };
    let taken = || format!("A connection named {name} already exists in project {project}.");
    if let Err(refusal) = claim(&store, &request, project.to_owned(), name, taken) {
        return refusal.into_response();
    }
    ([("x-request-id", request.request_id.to_string())], Json(body)).into_response()
}

/// The Kafka instance as the answer shows it: everything but the password (not even copied).
fn without_password(kafka: &KafkaConnectionDetail<'static>) -> KafkaConnectionDetail<'static> {
    KafkaConnectionDetail {
        instance_id: kafka.instance_id.clone(),
        addr: kafka.addr.clone(),
        security_protocol: kafka.security_protocol.clone(),
        enable_sasl_ssl: kafka.enable_sasl_ssl,
        user_name: kafka.user_name.clone(),
        password: None,
        acks: kafka.acks,
    }
}
