//! Versori CreateConnectorConnection: credential references and new credentials, data shaped by
//! type, the `schemeType` and `grantType` unions, ULIDs and formats, with `jsonschema` agreeing on
//! every document.

use crate::common;

use common::expect;
use connschema::Code::{self, *};
use serde_json::{json, Value};

const OP: &str = "versori.platform.CreateConnectorConnection";
const ULID: &str = "01JD7Z9W8X6Y5V4T3S2R1Q0P9N";
const AT: &str = "/credentials/action/0";

fn scheme() -> Value {
    json!({"schemeType": "none", "id": ULID, "description": "d"})
}

fn request(credential: Value, scheme: Value) -> String {
    json!({"name": "c", "credentials": {"action": [{"authSchemeConfig": scheme, "credential": credential}]}, "variables": []}).to_string()
}

fn new_credential(ty: &str, data: Value) -> Value {
    json!({"name": "cred", "type": ty, "data": data})
}

#[track_caller]
fn check(doc: &str, expected: &[(&str, Code)]) {
    expect(OP, "request", doc, expected);
}

#[test]
fn required_members() {
    check("{}", &[("/name", Required), ("/credentials", Required), ("/variables", Required)]);
    check(
        &json!({"name": "c", "credentials": {}, "variables": [{"name": "n"}]}).to_string(),
        &[("/variables/0/value", Required)],
    );
}

#[test]
fn a_credential_is_a_reference_or_a_new_one() {
    check(&request(json!({"id": ULID}), scheme()), &[]);
    check(&request(json!({"id": "not-a-ulid"}), scheme()), &[(&format!("{AT}/credential/id"), Pattern)]);
    check(&request(json!({"id": ULID, "name": "x"}), scheme()), &[(&format!("{AT}/credential/name"), UnknownField)]);
    // The first member that only one variant has decides which is reported; either way invalid.
    check(
        &request(json!({}), scheme()).replacen("{}", &format!(r#"{{"name":"x","id":"{ULID}"}}"#), 1),
        &[
            (&format!("{AT}/credential/id"), UnknownField),
            (&format!("{AT}/credential/type"), Required),
            (&format!("{AT}/credential/data"), Required),
        ],
    );
    check(&request(json!({"extra": 1, "id": ULID}), scheme()), &[(&format!("{AT}/credential/extra"), UnknownField)]);
    let reference = format!(r#"{{"id":"{ULID}"}}"#);
    let twice =
        request(json!({"id": ULID}), scheme()).replacen(&reference, &format!(r#"{{"id":"{ULID}","id":"{ULID}"}}"#), 1);
    // (serde_json's `Value`, and so `jsonschema`, keeps the last of the two: no peer check.)
    let message = connschema_versori::platform::CREATE_CONNECTOR_CONNECTION.message("request").expect("message");
    let violations = message.validate(twice.as_bytes()).expect_err("a member given twice");
    assert_eq!(common::codes(&Err(violations)), [(format!("{AT}/credential/id"), Syntax)]);
    check(
        &request(json!({}), scheme()),
        &[
            (&format!("{AT}/credential/name"), Required),
            (&format!("{AT}/credential/type"), Required),
            (&format!("{AT}/credential/data"), Required),
        ],
    );
    check(&request(new_credential("none", json!({})), scheme()), &[]);
}

#[test]
fn data_follows_the_type() {
    let at = format!("{AT}/credential/data");
    check(&request(new_credential("basic-auth", json!({"username": "u", "password": "p"})), scheme()), &[]);
    check(&request(new_credential("oauth2-password", json!({"username": "u", "password": "p"})), scheme()), &[]);
    check(
        &request(new_credential("basic-auth", json!({"username": "u"})), scheme()),
        &[(&format!("{at}/password"), Required)],
    );
    // Unknown members as they come, then what is missing.
    check(
        &request(new_credential("string", json!({"username": "u", "password": "p"})), scheme()),
        &[
            (&format!("{at}/username"), UnknownField),
            (&format!("{at}/password"), UnknownField),
            (&format!("{at}/value"), Required),
        ],
    );
    check(&request(new_credential("none", json!({"x": 1})), scheme()), &[(&format!("{at}/x"), UnknownField)]);
    check(&request(new_credential("binary", json!({"valueBase64": "AAEC"})), scheme()), &[]);
    check(&request(new_credential("certificate", json!({"certificate": "c", "key": "k", "ca": "a"})), scheme()), &[]);
    check(&request(new_credential("oauth2-code", json!({"code": "c", "state": "s"})), scheme()), &[]);
    check(&request(new_credential("oauth2-token", json!({"scopes": []})), scheme()), &[]);
    check(
        &request(new_credential("oauth2-token", json!({"accessToken": "t"})), scheme()),
        &[(&format!("{at}/scopes"), Required)],
    );
    for free in ["custom-function", "jwt-bearer"] {
        check(&request(new_credential(free, json!({"anything": [1, 2]})), scheme()), &[]);
    }
    check(&request(new_credential("basic-auth", json!("u:p")), scheme()), &[(&at, Type)]);
    check(&request(new_credential("BASIC-AUTH", json!({})), scheme()), &[(&format!("{AT}/credential/type"), Enum)]);
}

#[test]
fn oauth2_client_authorize_url_may_be_empty() {
    let at = format!("{AT}/credential/data");
    let client = |authorize: &str, token: &str| {
        request(
            new_credential(
                "oauth2-client",
                json!({"clientId": "c", "clientSecret": "s", "authorizeUrl": authorize, "tokenUrl": token}),
            ),
            scheme(),
        )
    };
    check(&client("", "https://t.example.com/token"), &[]);
    check(&client("https://a.example.com/authorize", "https://t.example.com/token"), &[]);
    check(&client("not a uri", "https://t.example.com/token"), &[(&format!("{at}/authorizeUrl"), Format)]);
    check(&client("", ""), &[(&format!("{at}/tokenUrl"), Format)]);
}

#[test]
fn scheme_type_selects_the_scheme() {
    let at = format!("{AT}/authSchemeConfig");
    let reference = json!({"id": ULID});
    let api_key = |location: &str| json!({"schemeType": "api-key", "id": ULID, "description": "d", "name": "X-Key", "in": location});
    for location in ["query", "header", "cookie"] {
        check(&request(reference.clone(), api_key(location)), &[]);
    }
    check(&request(reference.clone(), api_key("body")), &[(&format!("{at}/in"), Enum)]);
    check(
        &request(reference.clone(), json!({"id": ULID, "description": "d"})),
        &[(&format!("{at}/schemeType"), Required)],
    );
    check(
        &request(reference.clone(), json!({"schemeType": "saml", "id": ULID, "description": "d"})),
        &[(&format!("{at}/schemeType"), Enum)],
    );
    check(
        &request(reference.clone(), json!({"schemeType": "none", "id": ULID})),
        &[(&format!("{at}/description"), Required)],
    );
    check(
        &request(reference.clone(), json!({"schemeType": "none", "id": ULID, "description": "d", "name": "n"})),
        &[(&format!("{at}/name"), UnknownField)],
    );
    let hmac = json!({"schemeType": "hmac", "id": ULID, "description": "d", "name": "X-Sig", "in": "header", "algorithm": "sha256", "digestInputs": ["body", "url"]});
    check(&request(reference.clone(), hmac.clone()), &[]);
    let mut bad_hmac = hmac;
    bad_hmac["algorithm"] = json!("md5");
    bad_hmac["digestInputs"] = json!(["headers"]);
    check(
        &request(reference, bad_hmac),
        &[(&format!("{at}/algorithm"), Enum), (&format!("{at}/digestInputs/0"), Enum)],
    );
}

#[test]
fn oauth2_scheme_and_grant() {
    let at = format!("{AT}/authSchemeConfig");
    let oauth2 = |grant: Value, authorize: &str| {
        json!({"schemeType": "oauth2", "id": ULID, "description": "d", "authorizeUrl": authorize,
               "tokenUrl": "https://t.example.com", "scopes": [], "defaultScopes": [], "grant": grant})
    };
    let reference = json!({"id": ULID});
    check(
        &request(reference.clone(), oauth2(json!({"grantType": "client_credentials"}), "https://a.example.com")),
        &[],
    );
    check(
        &request(
            reference.clone(),
            oauth2(
                json!({"grantType": "password", "clientId": "c", "clientSecret": "s", "credentialId": ULID}),
                "https://a.example.com",
            ),
        ),
        &[],
    );
    check(
        &request(reference.clone(), oauth2(json!({"grantType": "implicit"}), "https://a.example.com")),
        &[(&format!("{at}/grant/grantType"), Enum)],
    );
    check(
        &request(
            reference.clone(),
            oauth2(json!({"grantType": "client_credentials", "clientId": "c"}), "https://a.example.com"),
        ),
        &[(&format!("{at}/grant/clientId"), UnknownField)],
    );
    // Here authorizeUrl is a plain `uri`: the empty string is only allowed in credential data.
    check(
        &request(reference.clone(), oauth2(json!({"grantType": "client_credentials"}), "")),
        &[(&format!("{at}/authorizeUrl"), Format)],
    );
    check(
        &request(
            reference,
            oauth2(
                json!({"grantType": "authorization_code", "organisationId": "01JD7Z9W8X6Y5V4T3S2R1Q0P9"}),
                "https://a.example.com",
            ),
        ),
        &[(&format!("{at}/grant/organisationId"), Pattern)],
    );
}

#[test]
fn ulids_in_params() {
    let params = |org: &str, connector: &str| json!({"organisation_id": org, "connector_id": connector}).to_string();
    expect(OP, "params", &params(ULID, &ULID.to_lowercase()), &[]);
    expect(OP, "params", &params("81JD7Z9W8X6Y5V4T3S2R1Q0P9N", ULID), &[("/organisation_id", Pattern)]);
    expect(OP, "params", &params(ULID, "01JD7Z9W8X6Y5V4T3S2R1Q0P9U"), &[("/connector_id", Pattern)]);
    expect(
        OP,
        "params",
        &params(&ULID[..25], &format!("{ULID}0")),
        &[("/organisation_id", Pattern), ("/connector_id", Pattern)],
    );
    expect(OP, "params", &json!({"organisation_id": ULID}).to_string(), &[("/connector_id", Required)]);
}

#[test]
fn response_connection() {
    let connection = |credentials: Value, created: &str| {
        json!({"id": ULID, "name": "c", "credentials": credentials, "variables": [], "createdAt": created, "updatedAt": "2024-11-25T08:00:00Z", "extra": true})
            .to_string()
    };
    let credential = json!({"id": ULID, "authSchemeConfig": scheme(),
        "credential": {"id": ULID, "organisationId": ULID, "name": "n", "type": "string", "data": {"value": "v", "note": "extra is fine here"}}});
    expect(OP, "response", &connection(json!({"action": [credential.clone()]}), "2024-11-25T08:00:00Z"), &[]);
    expect(OP, "response", &connection(json!({"trigger": []}), "2024-11-25T08:00:00Z"), &[]);
    expect(OP, "response", &connection(json!({}), "2024-11-25T08:00:00Z"), &[("/credentials", Rule)]);
    expect(OP, "response", &connection(json!({"trigger": []}), "2024-11-25 08:00:00"), &[("/createdAt", Format)]);
    let mut wrong_data = credential;
    wrong_data["credential"]["data"] = json!({"username": "u"});
    expect(
        OP,
        "response",
        &connection(json!({"action": [wrong_data]}), "2024-11-25T08:00:00Z"),
        &[("/credentials/action/0/credential/data/value", Required)],
    );
}

#[test]
fn error_body() {
    expect(OP, "error", &json!({"code": "not_found", "message": "m"}).to_string(), &[]);
    expect(OP, "error", &json!({"code": "c"}).to_string(), &[("/message", Required)]);
    expect(
        OP,
        "error",
        &json!({"code": "c", "message": "m", "fields": [{"field": "name"}]}).to_string(),
        &[("/fields/0/message", Required)],
    );
}

#[test]
fn typed_credential_data() {
    use connschema_versori::platform::{ConnectionCreate, CredentialData, CredentialInput};
    let body = request(new_credential("basic-auth", json!({"username": "u", "password": "CANARY-77"})), scheme());
    let parsed: ConnectionCreate = connschema::from_str(&body).expect("valid");
    let entry = &parsed.credentials.action.as_ref().expect("action")[0];
    let CredentialInput::New(credential) = &entry.credential else { panic!("a new credential") };
    let CredentialData::BasicAuth(data) = &credential.data else { panic!("basic-auth data") };
    assert_eq!(data.password.expose(), "CANARY-77");
    assert!(!format!("{parsed:?}").contains("CANARY-77"), "Debug leaks the credential data");
    assert_eq!(
        serde_json::from_str::<Value>(&serde_json::to_string(&parsed).expect("serializes")).expect("JSON"),
        serde_json::from_str::<Value>(&body).expect("JSON")
    );
}

#[test]
fn data_before_its_type() {
    // `data` is held while `type`, which chooses its shape, is looked for, then read with the same
    // verdicts and paths.
    let at = format!("{AT}/credential/data");
    let credential = |data: Value, ty: &str| json!({"data": data, "name": "cred", "type": ty});
    check(&request(credential(json!({"username": "u", "password": "p"}), "basic-auth"), scheme()), &[]);
    check(
        &request(credential(json!({"username": "u", "pass": "p"}), "basic-auth"), scheme()),
        &[(&format!("{at}/pass"), UnknownField), (&format!("{at}/password"), Required)],
    );
    check(&request(credential(json!({"value": 7}), "string"), scheme()), &[(&format!("{at}/value"), Type)]);
    // A `type` that chooses nothing leaves `data` unread: the one violation is the type's.
    check(&request(credential(json!({"value": 7}), "saml"), scheme()), &[(&format!("{AT}/credential/type"), Enum)]);
    // Not JSON inside held data: a syntax error at `data`.
    let mut body = request(credential(json!({"value": "?"}), "string"), scheme()).into_bytes();
    let spoiled = body.iter().position(|&b| b == b'?').expect("marker");
    body[spoiled] = 0xff;
    let message = connschema_versori::platform::CREATE_CONNECTOR_CONNECTION.message("request").expect("message");
    let violations = message.validate(&body).expect_err("not UTF-8");
    assert_eq!(common::codes(&Err(violations)), [(at.clone(), Syntax)]);
}

#[test]
fn data_built_in_code_must_fit_its_type() {
    use connschema::Validate;
    use connschema_versori::platform::{ConnectionCreate, CredentialData, CredentialInput, CredentialType};
    let body = request(new_credential("string", json!({"value": "v"})), scheme());
    let mut parsed: ConnectionCreate = connschema::from_str(&body).expect("valid");
    let entry = &mut parsed.credentials.action.as_mut().expect("action")[0];
    let CredentialInput::New(credential) = &mut entry.credential else { panic!("a new credential") };
    assert!(matches!(credential.data, CredentialData::String(_)));
    credential.credential_type = CredentialType::Binary;
    let violations = parsed.validate().expect_err("data no longer fits");
    assert_eq!(common::codes(&Err(violations)), [(format!("{AT}/credential/data"), Rule)]);
}
