//! Linking connschema in a service: parse and validate a request body in one pass, act on the
//! typed value, or answer with every violation (paths in wire names, secrets never shown).
//!
//! Run: `cargo run -p connschema-aws --example service -- apis/aws/documents/aws/events/CreateConnection/request/basic.json`

use connschema_aws::events::{ConnectionAuthorizationType, CreateConnectionRequest};
use std::process::ExitCode;

/// What a handler would answer: 200 with a summary, or 400 with a problem list.
fn handle(body: &[u8]) -> (u16, serde_json::Value) {
    match connschema::from_slice::<CreateConnectionRequest>(body) {
        Ok(request) => {
            let auth = match request.authorization_type {
                ConnectionAuthorizationType::Basic => "basic",
                ConnectionAuthorizationType::ApiKey => "API key",
                ConnectionAuthorizationType::OauthClientCredentials => "OAuth client credentials",
            };
            // `{request:?}` is safe to log: secrets print as <redacted>.
            eprintln!("accepted {request:?}");
            (200, serde_json::json!({ "accepted": request.name, "authorization": auth }))
        }
        Err(violations) => (400, serde_json::json!({ "errors": violations })),
    }
}

fn main() -> ExitCode {
    let body = match std::env::args().nth(1) {
        Some(path) => match std::fs::read(&path) {
            Ok(body) => body,
            Err(e) => {
                eprintln!("cannot read {path}: {e}");
                return ExitCode::from(2);
            }
        },
        None => br#"{"Name": "my conn", "AuthorizationType": "API_KEY", "AuthParameters": {}}"#.to_vec(),
    };
    let (status, answer) = handle(&body);
    println!("{status} {answer:#}");
    if status == 200 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
