//! Acme's operation behind `Valid<T>`, answering in Acme's own error protocol: every answer valid
//! against Acme's own `response` or `error` schema.

use acme_widgets::{service, CATALOG};
use axum::body::Body;
use axum::http::Request;
use serde_json::{json, Value};
use tower::ServiceExt;

async fn post(body: Value) -> (u16, Value) {
    let request = Request::post("/widgets").body(Body::from(body.to_string())).unwrap();
    let response = service::router().oneshot(request).await.unwrap();
    let status = response.status().as_u16();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await.unwrap();
    (status, serde_json::from_slice(&bytes).unwrap())
}

fn assert_valid(message: &str, document: &Value) {
    let (op, message) = CATALOG.find("acme.widgets.CreateWidget", message).unwrap();
    if let Err(violations) = message.validate(document.to_string().as_bytes()) {
        panic!("{} {}: {violations}\n{document}", op.id, message.name);
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_valid_widget_is_created() {
    let (status, body) =
        post(json!({"name": "edge-1", "kind": "http", "port": 443, "url": "https://edge.example/"})).await;
    assert_eq!(status, 200, "{body}");
    assert_valid("response", &body);
    assert_eq!(body["name"], "edge-1");
}

#[tokio::test(flavor = "current_thread")]
async fn a_refusal_is_acmes_error_with_every_violation() {
    let (status, body) = post(json!({"name": "9", "kind": "http", "port": 0, "apiKey": "short-secret"})).await;
    assert_eq!(status, 400, "{body}");
    assert_valid("error", &body);
    assert_eq!(body["code"], "invalid");
    let message = body["message"].as_str().unwrap();
    for path in ["/name", "/port", "/url", "/apiKey"] {
        assert!(message.contains(&format!("{path}: ")), "{message}");
    }
    assert!(!message.contains("short-secret"), "{message}");

    // Past ten, the message names the first and counts the rest.
    let labels: serde_json::Map<String, Value> = (0..30).map(|i| (format!("Bad{i}"), json!("v"))).collect();
    let many = json!({"name": "n", "kind": "tcp", "port": 1, "labels": labels});
    let (_, request) = CATALOG.find("acme.widgets.CreateWidget", "request").unwrap();
    let total = request.validate(many.to_string().as_bytes()).unwrap_err().total();
    assert!(total > 10);
    let (status, body) = post(many).await;
    assert_eq!(status, 400, "{body}");
    assert_valid("error", &body);
    assert!(body["message"].as_str().unwrap().ends_with(&format!("; and {} more", total - 10)), "{body}");
}
