//! Network Manager `CreateConnection` behind [`connschema_axum`] (restJson1): its [`Endpoint`],
//! and its local handler, `POST /global-networks/{globalNetworkId}/connections`.

use super::{CreateConnectionParams, CreateConnectionRequest, CREATE_CONNECTION};
use crate::local::{epoch_seconds, ACCOUNT};
use crate::protocol::{AwsError, RestJson1};
use axum::extract::State;
use axum::{Json, Router};
use connschema::registry::Operation;
use connschema::serde_json::{json, Value};
use connschema_axum::local::{claim, random_u128, Store};
use connschema_axum::{Authenticated, Endpoint, ErrorProtocol, Rejection, Valid};
use std::sync::Arc;
use std::time::SystemTime;

impl Endpoint for CreateConnectionRequest<'static> {
    type Params = CreateConnectionParams<'static>;
    const OPERATION: &'static Operation = &CREATE_CONNECTION;
    const PROTOCOL: &'static dyn ErrorProtocol = &RestJson1 {
        conflict: AwsError { name: "ConflictException", status: 409 },
        quota: AwsError { name: "ServiceQuotaExceededException", status: 402 },
        field_list: true,
    };
}

/// `router` with the local handler at the operation's method and path.
pub fn route(router: Router<Arc<Store>>) -> Router<Arc<Store>> {
    connschema_axum::local::route::<CreateConnectionRequest<'static>, _, _>(router, create)
}

async fn create(
    _: Authenticated<CreateConnectionRequest<'static>>,
    State(store): State<Arc<Store>>,
    request: Valid<CreateConnectionRequest<'static>>,
) -> Result<Json<Value>, Rejection> {
    let global_network = request.params.global_network_id.as_ref();
    // 17 hex digits, as Network Manager's ids have.
    let id = format!("connection-{:017x}", random_u128() >> 60);
    let tags: Vec<Value> = request
        .tags
        .iter()
        .flatten()
        .map(|tag| {
            let mut out = json!({});
            if let Some(key) = &tag.key {
                out["Key"] = json!(key);
            }
            if let Some(value) = &tag.value {
                out["Value"] = json!(value);
            }
            out
        })
        .collect();
    let mut connection = json!({
        "ConnectionId": id,
        "ConnectionArn": format!("arn:aws:networkmanager::{ACCOUNT}:device/{global_network}/{id}"),
        "GlobalNetworkId": global_network,
        "DeviceId": request.device_id,
        "ConnectedDeviceId": request.connected_device_id,
        "CreatedAt": epoch_seconds(SystemTime::now()),
        "State": "PENDING",
        "Tags": tags,
    });
    for (member, value) in [
        ("LinkId", &request.link_id),
        ("ConnectedLinkId", &request.connected_link_id),
        ("Description", &request.description),
    ] {
        if let Some(value) = value {
            connection[member] = json!(value);
        }
    }
    // Ids are new each time: a connection never conflicts with another, but counts to the quota.
    claim(&store, &request, global_network.to_owned(), &id, String::new)?;
    Ok(Json(json!({ "Connection": connection })))
}
