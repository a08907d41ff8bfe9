//! Network Manager `CreateConnection` (restJson1): `POST /global-networks/{globalNetworkId}/connections`.

use crate::local::{claim, epoch_seconds, Store, ACCOUNT};
use crate::Valid;
use axum::extract::State;
use axum::Json;
use connschema::aws::networkmanager::CreateConnectionRequest;
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::SystemTime;

pub async fn create(
    _: crate::Authenticated<CreateConnectionRequest<'static>>,

    State(store): State<Arc<Store>>,
    request: Valid<CreateConnectionRequest<'static>>,
) -> Result<Json<Value>, crate::Rejection> {
    let global_network = request.params.global_network_id.as_ref();
    // 17 hex digits, as Network Manager's ids have.
    let id = format!("connection-{:017x}", crate::request_id::random_u128() >> 60);
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
