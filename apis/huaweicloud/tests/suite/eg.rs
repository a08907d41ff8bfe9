//! Huawei Cloud EG CreateConnection: the name rules, the Kafka rules in both directions, the
//! parameters and the response, with the `jsonschema` crate agreeing on every document.

use crate::common;

use common::expect;
use connschema::Code::*;
use serde_json::{json, Value};

const OP: &str = "huaweicloud.eg.CreateConnection";

fn request(edit: impl FnOnce(&mut Value)) -> String {
    let mut doc = json!({"name": "conn-1", "vpc_id": "vpc", "subnet_id": "subnet"});
    edit(&mut doc);
    doc.to_string()
}

fn kafka(sasl: bool) -> Value {
    json!({"instance_id": "i", "addr": "10.0.0.1:9092", "enable_sasl_ssl": sasl})
}

#[test]
fn name_charset_first_character_length_and_not_default() {
    for good in ["a", "0name", "My.Conn_1-x", &"n".repeat(128), "defaults", "Default"] {
        expect(OP, "request", &request(|d| d["name"] = json!(good)), &[]);
    }
    for bad in [".hidden", "_x", "-x", "has space", "ümlaut", "a/b"] {
        expect(OP, "request", &request(|d| d["name"] = json!(bad)), &[("/name", Pattern)]);
    }
    expect(OP, "request", &request(|d| d["name"] = json!("default")), &[("/name", Rule)]);
    expect(OP, "request", &request(|d| d["name"] = json!("n".repeat(129))), &[("/name", Length)]);
    expect(OP, "request", &request(|d| d["name"] = json!("")), &[("/name", Length), ("/name", Pattern)]);
}

#[test]
fn lengths() {
    expect(OP, "request", &request(|d| d["description"] = json!("é".repeat(255))), &[]);
    expect(OP, "request", &request(|d| d["description"] = json!("é".repeat(256))), &[("/description", Length)]);
    expect(OP, "request", &request(|d| d["vpc_id"] = json!("v".repeat(128))), &[]);
    expect(OP, "request", &request(|d| d["subnet_id"] = json!("s".repeat(129))), &[("/subnet_id", Length)]);
    expect(OP, "request", "{}", &[("/name", Required), ("/vpc_id", Required), ("/subnet_id", Required)]);
}

#[test]
fn kafka_detail_is_required_for_kafka_only() {
    expect(OP, "request", &request(|d| d["type"] = json!("KAFKA")), &[("/kafka_detail", Rule)]);
    expect(OP, "request", &request(|d| d["type"] = json!("WEBHOOK")), &[]);
    expect(
        OP,
        "request",
        &request(|d| {
            d["type"] = json!("KAFKA");
            d["kafka_detail"] = kafka(false);
        }),
        &[],
    );
    expect(OP, "request", &request(|d| d["type"] = json!("kafka")), &[("/type", Enum)]);
    expect(
        OP,
        "request",
        &request(|d| d["kafka_detail"] = json!({})),
        &[
            ("/kafka_detail/instance_id", Required),
            ("/kafka_detail/addr", Required),
            ("/kafka_detail/enable_sasl_ssl", Required),
        ],
    );
}

#[test]
fn sasl_needs_user_name_and_password() {
    let with = |detail: Value| {
        request(|d| {
            d["type"] = json!("KAFKA");
            d["kafka_detail"] = detail;
        })
    };
    expect(OP, "request", &with(kafka(true)), &[("/kafka_detail/user_name", Rule), ("/kafka_detail/password", Rule)]);
    let mut only_user = kafka(true);
    only_user["user_name"] = json!("u");
    expect(OP, "request", &with(only_user), &[("/kafka_detail/password", Rule)]);
    let mut both = kafka(true);
    both["user_name"] = json!("u");
    both["password"] = json!("p");
    expect(OP, "request", &with(both), &[]);
    let mut sasl_off = kafka(false);
    sasl_off["password"] = json!("p");
    expect(OP, "request", &with(sasl_off), &[]);
    for acks in ["0", "1", "all"] {
        let mut detail = kafka(false);
        detail["acks"] = json!(acks);
        expect(OP, "request", &with(detail), &[]);
    }
    let mut bad_acks = kafka(false);
    bad_acks["acks"] = json!(1);
    expect(OP, "request", &with(bad_acks), &[("/kafka_detail/acks", Type)]);
    let mut wrong = kafka(false);
    wrong["enable_sasl_ssl"] = json!("true");
    expect(OP, "request", &with(wrong), &[("/kafka_detail/enable_sasl_ssl", Type)]);
}

#[test]
fn params_carry_project_and_token() {
    expect(OP, "params", &json!({"project_id": "p", "X-Auth-Token": "t"}).to_string(), &[]);
    expect(OP, "params", &json!({"project_id": "p", "X-Auth-Token": "t".repeat(16384)}).to_string(), &[]);
    expect(
        OP,
        "params",
        &json!({"project_id": "p", "X-Auth-Token": "t".repeat(16385)}).to_string(),
        &[("/X-Auth-Token", Length)],
    );
    expect(OP, "params", &json!({"project_id": "p", "X-Auth-Token": ""}).to_string(), &[("/X-Auth-Token", Length)]);
    expect(OP, "params", "{}", &[("/project_id", Required), ("/X-Auth-Token", Rule)]);
    expect(
        OP,
        "params",
        &json!({"project_id": "p", "X-Auth-Token": "t", "x-auth-token": "t"}).to_string(),
        &[("/x-auth-token", UnknownField)],
    );
}

/// An AK/SK signature as huaweicloudsdkcore's `Signer` writes it.
fn signature(access: &str, signed_headers: &str) -> String {
    format!("SDK-HMAC-SHA256 Access={access}, SignedHeaders={signed_headers}, Signature={}", "0a".repeat(32))
}

#[test]
fn params_carry_a_token_or_an_aksk_signature() {
    let signed = |authorization: &str, date: Option<&str>| {
        let mut params = json!({"project_id": "p", "Authorization": authorization});
        if let Some(date) = date {
            params["X-Sdk-Date"] = date.into();
        }
        params.to_string()
    };
    let good = signature("AKEXAMPLE", "content-type;host;x-sdk-date");
    expect(OP, "params", &signed(&good, Some("20261206T200102Z")), &[]);
    expect(OP, "params", &signed(&signature("AK", "host"), Some("20261206T200102Z")), &[]);
    // Both credentials: either is enough.
    let both = json!({"project_id": "p", "X-Auth-Token": "t", "Authorization": good, "X-Sdk-Date": "20261206T200102Z"});
    expect(OP, "params", &both.to_string(), &[]);
    // A signature needs its date; a malformed one is a pattern violation, whatever else is there.
    expect(OP, "params", &signed(&good, None), &[("/X-Sdk-Date", Rule)]);
    expect(OP, "params", &signed(&good, Some("2026-12-06T20:01:02Z")), &[("/X-Sdk-Date", Pattern)]);
    for malformed in [
        "Bearer abc".to_owned(),
        good.replace("SDK-HMAC-SHA256", "SDK-HMAC-SM3"),
        good.replace(", SignedHeaders", " SignedHeaders"),
        good.replace("Access=AKEXAMPLE", "Access="),
        format!("{good}0"),
        good.to_uppercase().replace("SDK-HMAC-SHA256 ACCESS", "SDK-HMAC-SHA256 Access"),
        String::new(),
    ] {
        expect(OP, "params", &signed(&malformed, Some("20261206T200102Z")), &[("/Authorization", Pattern)]);
    }
    // A missing token beside a signature without its date: both are said.
    expect(
        OP,
        "params",
        &json!({"project_id": "p", "X-Sdk-Date": 1}).to_string(),
        &[("/X-Auth-Token", Rule), ("/X-Sdk-Date", Type)],
    );
}

#[test]
fn response_enums_name_rule_and_leniency() {
    for status in ["CREATING", "CREATED", "CREATE_FAILED"] {
        expect(OP, "response", &json!({"status": status}).to_string(), &[]);
    }
    expect(OP, "response", &json!({"status": "created"}).to_string(), &[("/status", Enum)]);
    expect(
        OP,
        "response",
        &json!({"flavor": {"concurrency_type": "shared", "bandwidth_type": "exclusive", "concurrency": 1.0}})
            .to_string(),
        &[],
    );
    expect(
        OP,
        "response",
        &json!({"flavor": {"concurrency_type": "Shared"}}).to_string(),
        &[("/flavor/concurrency_type", Enum)],
    );
    expect(OP, "response", &json!({"flavor": {"concurrency": 1.5}}).to_string(), &[("/flavor/concurrency", Type)]);
    expect(OP, "response", &json!({"name": "default"}).to_string(), &[("/name", Rule)]);
    expect(OP, "response", &json!({"name": "Upper.Case"}).to_string(), &[]);
    expect(
        OP,
        "response",
        &json!({"kafka_detail": {"instance_id": "i", "addr": "a", "enable_sasl_ssl": true}, "new_member": 1})
            .to_string(),
        &[],
    );
    expect(OP, "response", &json!({"error_info": {"error_detail": "d", "extra": true}}).to_string(), &[]);
}

#[test]
fn error_body() {
    expect(OP, "error", &json!({"error_code": "EG.00014000", "error_msg": "Bad request"}).to_string(), &[]);
    expect(
        OP,
        "error",
        &json!({"error_code": "", "error_msg": "m".repeat(513)}).to_string(),
        &[("/error_code", Length), ("/error_msg", Length)],
    );
    expect(OP, "error", &json!({"error_details": "d".repeat(1024), "request_id": "r".repeat(128), "encoded_authorization_message": "x"}).to_string(), &[]);
}

#[test]
fn request_id_header_is_listed() {
    let op = connschema_huaweicloud::eg::CREATE_CONNECTION.index_entry();
    assert_eq!(op["headers"], json!({"response": ["X-Request-Id"]}));
    assert_eq!(op["messages"]["error"], "huaweicloud/eg/CreateConnection/error.json");
}
