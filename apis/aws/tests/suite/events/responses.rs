//! The response and the error bodies: lenient in what AWS adds, strict in what they model.

use super::*;
use crate::common::expect;
use connschema::Code::*;
use serde_json::json;

#[test]
fn response_accepts_unknown_members_and_checks_its_own() {
    let ok = json!({
        "ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/orders-api/0a1b2c3d-4e5f",
        "ConnectionState": "AUTHORIZED",
        "CreationTime": 1_700_000_000.5,
        "LastModifiedTime": 1_700_000_000,
        "SomethingNew": {"x": 1}
    });
    expect(OP, "response", &ok.to_string(), &[]);
    expect(OP, "response", "{}", &[]);
    for state in ["ACTIVE", "FAILED_CONNECTIVITY", "DEAUTHORIZING"] {
        expect(OP, "response", &json!({"ConnectionState": state}).to_string(), &[]);
    }
    expect(OP, "response", &json!({"ConnectionState": "active"}).to_string(), &[("/ConnectionState", Enum)]);
    expect(OP, "response", &json!({"CreationTime": "2024-01-01"}).to_string(), &[("/CreationTime", Type)]);
    expect(
        OP,
        "response",
        &json!({"ConnectionArn": "arn:aws:events:us-east-1:1:connection/a/b"}).to_string(),
        &[("/ConnectionArn", Pattern)],
    );
    expect(OP, "response", &json!({"ConnectionArn": "arn:aws:events:us-east-1::connection/a/b"}).to_string(), &[]);
    expect(
        OP,
        "response",
        &json!({"ConnectionArn": ""}).to_string(),
        &[("/ConnectionArn", Length), ("/ConnectionArn", Pattern)],
    );
}

#[test]
fn every_error_body_accepts_what_aws_sends() {
    let op = &connschema_aws::events::CREATE_CONNECTION;
    let names: Vec<_> = op.messages.iter().filter_map(|m| m.name.strip_prefix("error.")).collect();
    assert_eq!(
        names,
        [
            "AccessDeniedException",
            "InternalException",
            "LimitExceededException",
            "ResourceAlreadyExistsException",
            "ResourceNotFoundException",
            "ThrottlingException",
            "ValidationException",
            "SerializationException",
            "MissingAuthenticationTokenException",
            "IncompleteSignatureException"
        ]
    );
    for name in names {
        let message = format!("error.{name}");
        expect(OP, &message, &json!({"__type": name, "message": "m"}).to_string(), &[]);
        expect(OP, &message, &json!({"__type": name, "message": "m", "extra": 1}).to_string(), &[]);
        expect(OP, &message, &json!({"__type": name}).to_string(), &[]);
        // AWS clients read the name from `X-Amzn-ErrorType` first, then `code`, then `__type`: a
        // body that names it only in the header (or in `code`) is valid, and so is an empty one.
        expect(OP, &message, &json!({"message": "m"}).to_string(), &[]);
        expect(OP, &message, &json!({"code": name, "message": "m"}).to_string(), &[]);
        expect(OP, &message, "{}", &[]);
        expect(OP, &message, &json!({"__type": 7}).to_string(), &[("/__type", Type)]);
        expect(OP, &message, &json!({"__type": name, "message": 7}).to_string(), &[("/message", Type)]);
        expect(OP, &message, "[]", &[("", Type)]);
    }
}
