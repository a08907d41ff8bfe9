//! The peer of `connschema serve` in the load benchmark (`benches/load.sh`): the same EventBridge
//! endpoint, the same response and the same in-memory store, but the body read by serde's typed
//! parse into the benchmarks' mirror structs, with no validation at all.
//!
//! Run: `cargo run --release -p connschema-cli --example serde_peer -- 127.0.0.1:0`

#[path = "../benches/peers/garde_events.rs"]
mod peer;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use connschema_axum::local::Store;
use serde_json::json;
use std::sync::Arc;
use std::time::SystemTime;

async fn create(State(store): State<Arc<Store>>, headers: HeaderMap, body: Bytes) -> Response {
    let json_type = [("content-type", "application/x-amz-json-1.1")];
    if headers.get("x-amz-target").and_then(|v| v.to_str().ok()) != Some("AWSEvents.CreateConnection") {
        return (StatusCode::BAD_REQUEST, json_type, r#"{"__type":"UnknownOperationException"}"#).into_response();
    }
    let request: peer::Request<String> = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => {
            let body = json!({ "__type": "SerializationException", "message": e.to_string() });
            return (StatusCode::BAD_REQUEST, json_type, body.to_string()).into_response();
        }
    };
    let now = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default().as_millis() as f64 / 1000.0;
    let arn = format!("arn:aws:events:us-east-1:123456789012:connection/{}/{:032x}", request.name, now.to_bits());
    let state = match request.authorization_type {
        peer::AuthorizationType::OauthClientCredentials => "AUTHORIZING",
        _ => "AUTHORIZED",
    };
    let body = json!({ "ConnectionArn": arn, "ConnectionState": state, "CreationTime": now, "LastModifiedTime": now });
    if store.claim("peer", "123456789012/us-east-1".into(), request.name.clone()) != connschema_axum::local::Claim::New
    {
        let body = json!({ "__type": "ResourceAlreadyExistsException", "message": "exists" });
        return (StatusCode::BAD_REQUEST, json_type, body.to_string()).into_response();
    }
    (json_type, body.to_string()).into_response()
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:0".into());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("listening on http://{}", listener.local_addr()?);
    let app = Router::new().route("/", post(create)).with_state(Arc::new(Store::default()));
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            _ = tokio::signal::ctrl_c().await;
        })
        .await
}
