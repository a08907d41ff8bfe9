//! EventBridge CreateConnection at the bounds of every constraint (`request.rs`), and the
//! leniency of its response and error bodies (`responses.rs`). Every document also goes through
//! the `jsonschema` crate on the exported schema, which must give the same verdict.

mod request;
mod responses;

use crate::common::edited;
use connschema::Code;
use serde_json::{json, Value};

pub const OP: &str = "aws.events.CreateConnection";

pub fn request_ok(doc: &Value) {
    crate::common::expect(OP, "request", &doc.to_string(), &[]);
}

pub fn request_err(doc: &Value, expected: &[(&str, Code)]) {
    crate::common::expect(OP, "request", &doc.to_string(), expected);
}

pub fn basic() -> Value {
    json!({
        "Name": "orders-api",
        "AuthorizationType": "BASIC",
        "AuthParameters": {"BasicAuthParameters": {"Username": "svc", "Password": "pw"}}
    })
}

pub fn oauth() -> Value {
    json!({
        "Name": "oauth.conn_1",
        "AuthorizationType": "OAUTH_CLIENT_CREDENTIALS",
        "AuthParameters": {
            "OAuthParameters": {
                "AuthorizationEndpoint": "https://auth.example.com/oauth2/token",
                "HttpMethod": "POST",
                "ClientParameters": {"ClientID": "client", "ClientSecret": "secret"},
                "OAuthHttpParameters": {
                    "HeaderParameters": [{"Key": "X-Scope", "Value": "read", "IsValueSecret": false}]
                }
            }
        }
    })
}

pub fn with(doc: Value, edit: impl FnOnce(&mut Value)) -> Value {
    serde_json::from_str(&edited(&doc, edit)).expect("edited JSON")
}

pub fn repeat(s: &str, n: usize) -> String {
    s.repeat(n)
}
