//! Every shipped rule runs whenever the members it reads were read with their types, so a broken
//! rule is reported beside a wrong-typed member it does not read; and a member it reads that is
//! missing or of the wrong type keeps it from running, so nothing is reported twice or in its
//! stead. The `jsonschema` crate agrees on every document (`expect::expect`).

use crate::expect;

use connschema::Code::*;
use expect::expect;
use serde_json::{json, Value};

const EVENTS: &str = "aws.events.CreateConnection";
const QUICKSIGHT: &str = "aws.quicksight.CreateActionConnector";
const HUAWEI: &str = "huaweicloud.eg.CreateConnection";
const VERSORI: &str = "versori.platform.CreateConnectorConnection";
const ULID: &str = "01JD7Z9W8X6Y5V4T3S2R1Q0P9N";

fn events(ty: &str, auth: Value) -> Value {
    json!({"Name": "orders-api", "AuthorizationType": ty, "AuthParameters": auth})
}

#[test]
fn events_auth_parameters_rule() {
    let api_key = json!({"ApiKeyAuthParameters": {"ApiKeyName": "k", "ApiKeyValue": "v"}});
    let mut doc = events("BASIC", api_key.clone());
    doc["Description"] = json!(7);
    expect(
        EVENTS,
        "request",
        &doc.to_string(),
        &[
            ("/Description", Type),
            ("/AuthParameters/BasicAuthParameters", Rule),
            ("/AuthParameters/ApiKeyAuthParameters", Rule),
        ],
    );
    // A member the rule reads of the wrong type, or not an allowed value: only that is reported.
    let mut doc = events("BASIC", api_key.clone());
    doc["AuthorizationType"] = json!(5);
    expect(EVENTS, "request", &doc.to_string(), &[("/AuthorizationType", Type)]);
    expect(EVENTS, "request", &events("basic", api_key).to_string(), &[("/AuthorizationType", Enum)]);
    // The rule reads which members AuthParameters holds, valid or not (`members(auth_parameters)`).
    let broken = json!({"BasicAuthParameters": {"Username": 5, "Password": "p"}});
    expect(
        EVENTS,
        "request",
        &events("BASIC", broken.clone()).to_string(),
        &[("/AuthParameters/BasicAuthParameters/Username", Type)],
    );
    expect(
        EVENTS,
        "request",
        &events("API_KEY", broken).to_string(),
        &[
            ("/AuthParameters/BasicAuthParameters/Username", Type),
            ("/AuthParameters/BasicAuthParameters", Rule),
            ("/AuthParameters/ApiKeyAuthParameters", Rule),
        ],
    );
    expect(EVENTS, "request", &events("BASIC", json!(5)).to_string(), &[("/AuthParameters", Type)]);
    expect(
        EVENTS,
        "request",
        &json!({"Name": "n", "AuthParameters": {}}).to_string(),
        &[("/AuthorizationType", Required)],
    );
}

fn quicksight(ty: &str, metadata: Value) -> Value {
    json!({
        "ActionConnectorId": "conn-1",
        "Name": "My connector",
        "Type": "GENERIC_HTTP",
        "AuthenticationConfig": {"AuthenticationType": ty, "AuthenticationMetadata": metadata}
    })
}

const QS_AT: &str = "/AuthenticationConfig/AuthenticationMetadata";

fn none_metadata() -> Value {
    json!({"NoneConnectionMetadata": {"BaseEndpoint": "https://api.example.com"}})
}

#[test]
fn quicksight_authentication_metadata_rule() {
    let mut doc = quicksight("IAM", none_metadata());
    doc["Description"] = json!(7);
    expect(
        QUICKSIGHT,
        "request",
        &doc.to_string(),
        &[
            ("/Description", Type),
            (&format!("{QS_AT}/IamConnectionMetadata"), Rule),
            (&format!("{QS_AT}/NoneConnectionMetadata"), Rule),
        ],
    );
    let broken = json!({"NoneConnectionMetadata": {"BaseEndpoint": 5}});
    expect(
        QUICKSIGHT,
        "request",
        &quicksight("IAM", broken).to_string(),
        &[
            (&format!("{QS_AT}/NoneConnectionMetadata/BaseEndpoint"), Type),
            (&format!("{QS_AT}/IamConnectionMetadata"), Rule),
            (&format!("{QS_AT}/NoneConnectionMetadata"), Rule),
        ],
    );
    expect(
        QUICKSIGHT,
        "request",
        &quicksight("IAM", json!([])).to_string(),
        &[("/AuthenticationConfig/AuthenticationMetadata", Type)],
    );
    let mut doc = quicksight("IAM", none_metadata());
    doc["AuthenticationConfig"]["AuthenticationType"] = json!(["IAM"]);
    expect(QUICKSIGHT, "request", &doc.to_string(), &[("/AuthenticationConfig/AuthenticationType", Type)]);
}

#[test]
fn quicksight_union_counts_members_present_even_when_invalid() {
    // Two members, one of the wrong type: the union holds two, and the rule forbids the one not of
    // the type; both say so beside the type error, as the schema does.
    let mut metadata = none_metadata();
    metadata["IamConnectionMetadata"] = json!(5);
    expect(
        QUICKSIGHT,
        "request",
        &quicksight("NONE", metadata).to_string(),
        &[
            (&format!("{QS_AT}/IamConnectionMetadata"), Type),
            (&format!("{QS_AT}/IamConnectionMetadata"), Rule),
            (QS_AT, Rule),
        ],
    );
    // One member, of the wrong type: the union is satisfied; only the type is wrong.
    expect(
        QUICKSIGHT,
        "request",
        &quicksight("NONE", json!({"NoneConnectionMetadata": 5})).to_string(),
        &[(&format!("{QS_AT}/NoneConnectionMetadata"), Type)],
    );
}

#[test]
fn quicksight_reserved_prefix_rule() {
    let mut doc = quicksight("NONE", none_metadata());
    doc["ActionConnectorId"] = json!("quicksuite-x");
    doc["Name"] = json!(5);
    expect(QUICKSIGHT, "request", &doc.to_string(), &[("/Name", Type), ("/ActionConnectorId", Rule)]);
    doc["ActionConnectorId"] = json!(5);
    expect(QUICKSIGHT, "request", &doc.to_string(), &[("/Name", Type), ("/ActionConnectorId", Type)]);
}

fn huawei(edit: impl FnOnce(&mut Value)) -> String {
    let mut doc = json!({"name": "conn-1", "vpc_id": "vpc", "subnet_id": "subnet"});
    edit(&mut doc);
    doc.to_string()
}

#[test]
fn huawei_name_not_default_rule() {
    let doc = huawei(|d| {
        d["name"] = json!("default");
        d["vpc_id"] = json!(5);
    });
    expect(HUAWEI, "request", &doc, &[("/vpc_id", Type), ("/name", Rule)]);
    expect(HUAWEI, "request", &huawei(|d| d["name"] = json!(5)), &[("/name", Type)]);
    let response = json!({"id": "c1", "name": "default", "vpc_id": 5}).to_string();
    expect(HUAWEI, "response", &response, &[("/vpc_id", Type), ("/name", Rule)]);
    let response = json!({"id": "c1", "name": 5}).to_string();
    expect(HUAWEI, "response", &response, &[("/name", Type)]);
}

fn kafka(sasl: bool) -> Value {
    json!({"instance_id": "i", "addr": "10.0.0.1:9092", "enable_sasl_ssl": sasl})
}

#[test]
fn huawei_kafka_detail_rule() {
    let doc = huawei(|d| {
        d["type"] = json!("KAFKA");
        d["subnet_id"] = json!(false);
    });
    expect(HUAWEI, "request", &doc, &[("/subnet_id", Type), ("/kafka_detail", Rule)]);
    // A `kafka_detail` that is there but invalid is reported for what is wrong in it, not as missing.
    let doc = huawei(|d| {
        d["type"] = json!("KAFKA");
        d["kafka_detail"] = kafka(false);
        d["kafka_detail"]["addr"] = json!(9092);
    });
    expect(HUAWEI, "request", &doc, &[("/kafka_detail/addr", Type)]);
    expect(HUAWEI, "request", &huawei(|d| d["type"] = json!(1)), &[("/type", Type)]);
}

#[test]
fn huawei_sasl_credentials_rule() {
    let doc = huawei(|d| {
        d["kafka_detail"] = kafka(true);
        d["description"] = json!({});
    });
    expect(
        HUAWEI,
        "request",
        &doc,
        &[("/description", Type), ("/kafka_detail/user_name", Rule), ("/kafka_detail/password", Rule)],
    );
    let doc = huawei(|d| {
        d["kafka_detail"] = kafka(true);
        d["kafka_detail"]["enable_sasl_ssl"] = json!("true");
    });
    expect(HUAWEI, "request", &doc, &[("/kafka_detail/enable_sasl_ssl", Type)]);
}

fn versori_request(credential: Value) -> Value {
    let scheme = json!({"schemeType": "none", "id": ULID, "description": "d"});
    json!({"name": "c", "credentials": {"action": [{"authSchemeConfig": scheme, "credential": credential}]}, "variables": []})
}

const CREDENTIAL: &str = "/credentials/action/0/credential";

#[test]
fn versori_authorize_url_rule() {
    let data = json!({"clientId": "c", "clientSecret": "s", "authorizeUrl": "not a uri", "tokenUrl": "https://t.example.com/token"});
    let mut doc = versori_request(json!({"name": "cred", "type": "oauth2-client", "data": data}));
    doc["variables"] = json!({});
    expect(
        VERSORI,
        "request",
        &doc.to_string(),
        &[("/variables", Type), (&format!("{CREDENTIAL}/data/authorizeUrl"), Format)],
    );
    doc["credentials"]["action"][0]["credential"]["data"]["authorizeUrl"] = json!(1);
    expect(
        VERSORI,
        "request",
        &doc.to_string(),
        &[("/variables", Type), (&format!("{CREDENTIAL}/data/authorizeUrl"), Type)],
    );
}

#[test]
fn versori_action_or_trigger_rule() {
    let connection = |credentials: Value| {
        json!({"id": ULID, "name": 5, "credentials": credentials, "variables": [], "createdAt": "2024-11-25T08:00:00Z", "updatedAt": "2024-11-25T08:00:00Z"})
            .to_string()
    };
    expect(VERSORI, "response", &connection(json!({})), &[("/name", Type), ("/credentials", Rule)]);
    // A list that is there but invalid is reported for what is wrong in it.
    expect(VERSORI, "response", &connection(json!({"action": 5})), &[("/name", Type), ("/credentials/action", Type)]);
}

#[test]
fn versori_data_fits_type_rule_on_typed_values() {
    use connschema::Validate;
    use connschema_versori::platform::{ConnectionCreate, CredentialInput, CredentialType, Ulid};
    let mut body = versori_request(json!({"name": "cred", "type": "string", "data": {"value": "v"}}));
    let reference =
        json!({"authSchemeConfig": body["credentials"]["action"][0]["authSchemeConfig"], "credential": {"id": ULID}});
    body["credentials"]["trigger"] = json!([reference]);
    let body = body.to_string();
    let mut parsed: ConnectionCreate = connschema::from_str(&body).expect("valid");
    let trigger = &mut parsed.credentials.trigger.as_mut().expect("trigger")[0];
    let CredentialInput::Reference(reference) = &mut trigger.credential else { panic!("a reference") };
    reference.id = Ulid("not-a-ulid".to_owned());
    let entry = &mut parsed.credentials.action.as_mut().expect("action")[0];
    let CredentialInput::New(credential) = &mut entry.credential else { panic!("a new credential") };
    credential.credential_type = CredentialType::Binary;
    let violations = parsed.validate().expect_err("data no longer fits, and an id is no ULID");
    let codes = expect::codes(&Err(violations));
    let expected = [(format!("{CREDENTIAL}/data"), Rule), ("/credentials/trigger/0/credential/id".to_owned(), Pattern)];
    assert_eq!(codes, expected);
    // Read from JSON, data is read in the shape of its type, so the rule holds by construction:
    // a wrong-typed type leaves no shape, and data is not reported a second time.
    let mut doc = versori_request(json!({"name": "cred", "type": 3, "data": {"value": "v"}}));
    doc["name"] = json!(1);
    expect(VERSORI, "request", &doc.to_string(), &[("/name", Type), (&format!("{CREDENTIAL}/type"), Type)]);
}
