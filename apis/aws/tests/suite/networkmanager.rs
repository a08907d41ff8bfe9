//! Network Manager CreateConnection at the bounds of its constraints, with the `jsonschema` crate
//! agreeing on every document.

use crate::common;

use common::expect;
use connschema::Code::*;
use serde_json::json;

const OP: &str = "aws.networkmanager.CreateConnection";

fn request(doc: serde_json::Value) -> String {
    doc.to_string()
}

#[test]
fn ids_are_0_to_50_code_points_of_anything() {
    let ok = |id: &str| request(json!({"DeviceId": id, "ConnectedDeviceId": id, "LinkId": id, "ConnectedLinkId": id}));
    expect(OP, "request", &ok(""), &[]);
    expect(OP, "request", &ok(&"é".repeat(50)), &[]);
    expect(OP, "request", &ok("line\nbreak\r\u{2028}\u{0}"), &[]);
    let long = "x".repeat(51);
    expect(
        OP,
        "request",
        &ok(&long),
        &[("/DeviceId", Length), ("/ConnectedDeviceId", Length), ("/LinkId", Length), ("/ConnectedLinkId", Length)],
    );
}

#[test]
fn required_members_and_unknown_ones() {
    expect(OP, "request", "{}", &[("/DeviceId", Required), ("/ConnectedDeviceId", Required)]);
    expect(
        OP,
        "request",
        &request(json!({"DeviceId": "d", "ConnectedDeviceId": "c", "GlobalNetworkId": "g"})),
        &[("/GlobalNetworkId", UnknownField)],
    );
    expect(
        OP,
        "request",
        &request(json!({"DeviceId": "d", "ConnectedDeviceId": "c", "Tags": [{"Key": "k", "Colour": "red"}]})),
        &[("/Tags/0/Colour", UnknownField)],
    );
}

#[test]
fn description_is_at_most_256() {
    let with = |d: String| request(json!({"DeviceId": "d", "ConnectedDeviceId": "c", "Description": d}));
    expect(OP, "request", &with("😀".repeat(256)), &[]);
    expect(OP, "request", &with("😀".repeat(257)), &[("/Description", Length)]);
}

#[test]
fn tag_bounds_follow_the_documented_limits() {
    let with = |k: usize, v: usize| {
        request(
            json!({"DeviceId": "d", "ConnectedDeviceId": "c", "Tags": [{"Key": "k".repeat(k), "Value": "v".repeat(v)}, {}]}),
        )
    };
    expect(OP, "request", &with(128, 256), &[]);
    expect(OP, "request", &with(129, 257), &[("/Tags/0/Key", Length), ("/Tags/0/Value", Length)]);
    let many: Vec<_> = (0..500).map(|i| json!({"Key": format!("k{i}")})).collect();
    expect(OP, "request", &request(json!({"DeviceId": "d", "ConnectedDeviceId": "c", "Tags": many})), &[]);
}

#[test]
fn params_hold_the_global_network_id() {
    expect(OP, "params", &json!({"globalNetworkId": "global-network-1"}).to_string(), &[]);
    expect(OP, "params", &json!({"globalNetworkId": "g".repeat(51)}).to_string(), &[("/globalNetworkId", Length)]);
    expect(OP, "params", "{}", &[("/globalNetworkId", Required)]);
    expect(
        OP,
        "params",
        &json!({"globalNetworkId": "g", "GlobalNetworkId": "g"}).to_string(),
        &[("/GlobalNetworkId", UnknownField)],
    );
}

#[test]
fn response_state_and_lenient_members() {
    for state in ["PENDING", "AVAILABLE", "DELETING", "UPDATING"] {
        expect(OP, "response", &json!({"Connection": {"State": state}}).to_string(), &[]);
    }
    expect(OP, "response", &json!({"Connection": {"State": "pending"}}).to_string(), &[("/Connection/State", Enum)]);
    expect(
        OP,
        "response",
        &json!({"Connection": {"Tags": [{"Key": "k", "Extra": 1}], "New": true}, "Other": 1}).to_string(),
        &[],
    );
    expect(
        OP,
        "response",
        &json!({"Connection": {"ConnectionArn": "a".repeat(501)}}).to_string(),
        &[("/Connection/ConnectionArn", Length)],
    );
    expect(
        OP,
        "response",
        &json!({"Connection": {"CreatedAt": "yesterday"}}).to_string(),
        &[("/Connection/CreatedAt", Type)],
    );
}

#[test]
fn error_bodies() {
    expect(
        OP,
        "error.ConflictException",
        &json!({"Message": "m"}).to_string(),
        &[("/ResourceId", Required), ("/ResourceType", Required)],
    );
    expect(
        OP,
        "error.ServiceQuotaExceededException",
        &json!({"Message": "m", "LimitCode": "l"}).to_string(),
        &[("/ServiceCode", Required)],
    );
    expect(OP, "error.ThrottlingException", "{}", &[("/Message", Required)]);
    expect(OP, "error.ValidationException", &json!({"Message": "m", "Reason": "Other", "Fields": []}).to_string(), &[]);
    expect(
        OP,
        "error.ValidationException",
        &json!({"Message": "m", "Reason": "other"}).to_string(),
        &[("/Reason", Enum)],
    );
    expect(
        OP,
        "error.ValidationException",
        &json!({"Message": "m", "Fields": [{"Name": "n"}]}).to_string(),
        &[("/Fields/0/Message", Required)],
    );
}

#[test]
fn retry_after_is_listed_as_a_header() {
    let op = connschema_aws::networkmanager::CREATE_CONNECTION.index_entry();
    assert_eq!(
        op["headers"],
        json!({"error.InternalServerException": ["Retry-After"], "error.ThrottlingException": ["Retry-After"]})
    );
    assert_eq!(op["path"], "/global-networks/{globalNetworkId}/connections");
    assert_eq!(op["messages"]["params"], "aws/networkmanager/CreateConnection/params.json");
}
