//! A secret's value never appears in `Debug`, `Display`, a violation's message or serde's error,
//! even when the secret itself is what breaks the rules.

use crate::expect;

use connschema_aws::events::CreateConnectionRequest;
use serde_json::{json, Value};

const CANARY: &str = "CANARY-9f3b1c";

/// A request with the canary in every secret member: API key value, password, client secret, and
/// the values of header, query string and body parameters (the model marks them all sensitive).
fn documents(secret: &str) -> Vec<(&'static str, Value)> {
    let params = json!({
        "HeaderParameters": [{"Key": "h", "Value": secret}],
        "QueryStringParameters": [{"Key": "q", "Value": secret}],
        "BodyParameters": [{"Key": "b", "Value": secret}]
    });
    vec![
        ("BASIC", json!({"BasicAuthParameters": {"Username": "u", "Password": secret}, "InvocationHttpParameters": params})),
        ("API_KEY", json!({"ApiKeyAuthParameters": {"ApiKeyName": "k", "ApiKeyValue": secret}, "InvocationHttpParameters": params})),
        (
            "OAUTH_CLIENT_CREDENTIALS",
            json!({"OAuthParameters": {"AuthorizationEndpoint": "https://a.example.com", "HttpMethod": "GET",
                   "ClientParameters": {"ClientID": "c", "ClientSecret": secret}, "OAuthHttpParameters": params}}),
        ),
    ]
    .into_iter()
    .map(|(ty, auth)| (ty, json!({"Name": "n", "AuthorizationType": ty, "AuthParameters": auth})))
    .collect()
}

/// Secrets that break their own rules: too long, a control character, a colon, a line break.
fn bad_secrets() -> Vec<String> {
    vec![format!("{CANARY}{}", "x".repeat(520)), format!("{CANARY}\u{1}"), format!("{CANARY}:"), format!("{CANARY}\n")]
}

fn assert_no_canary(text: &str, context: &str) {
    assert!(!text.contains(CANARY), "{context} leaks the secret: {text}");
}

#[test]
fn valid_secrets_stay_out_of_debug() {
    for (ty, doc) in documents(CANARY) {
        let text = doc.to_string();
        let request =
            connschema::from_slice::<CreateConnectionRequest>(text.as_bytes()).unwrap_or_else(|e| panic!("{ty}: {e}"));
        assert_no_canary(&format!("{request:?}"), "Debug");
        assert_no_canary(&format!("{request:#?}"), "pretty Debug");
        // Serialize does carry it: the vendor must receive it.
        assert!(serde_json::to_string(&request).expect("serializes").contains(CANARY));
    }
}

#[test]
fn invalid_secrets_stay_out_of_every_message() {
    for secret in bad_secrets() {
        for (ty, mut doc) in documents(&secret) {
            // More ways to be invalid around the secret: a wrong type beside it, an unknown member.
            doc["Extra"] = json!(CANARY.len());
            doc["AuthorizationType"] = json!(ty);
            let text = doc.to_string();
            let violations = expect::verdict("aws.events.CreateConnection", "request", &text).expect_err("invalid");
            assert!(violations
                .iter()
                .any(|v| v.code == connschema::Code::Pattern || v.code == connschema::Code::Length));
            assert_no_canary(&violations.to_string(), "Display of the violations");
            assert_no_canary(&format!("{violations:?}"), "Debug of the violations");
            for v in &violations {
                assert_no_canary(&v.message, &v.path.pointer());
            }
            let serde_error = serde_json::from_str::<CreateConnectionRequest>(&text).expect_err("invalid");
            assert_no_canary(&serde_error.to_string(), "serde's error");
        }
    }
}

/// A secret read by `from_slice` is the input's own bytes (no copy of it is made, so none is left
/// behind); `into_owned` makes the one copy, which `Secret` zeroes when dropped.
#[test]
fn a_secret_borrows_from_the_input_until_made_owned() {
    use connschema::IntoOwned;
    let body = br#"{"Name": "n", "AuthorizationType": "API_KEY",
        "AuthParameters": {"ApiKeyAuthParameters": {"ApiKeyName": "k", "ApiKeyValue": "CANARY-9f3b1c"}}}"#;
    let in_body = |text: &str| body.as_ptr_range().contains(&text.as_ptr());
    let request = connschema::from_slice::<CreateConnectionRequest>(body).expect("valid");
    fn key<'a>(
        request: &CreateConnectionRequest<'a>,
    ) -> connschema_aws::events::CreateConnectionApiKeyAuthRequestParameters<'a> {
        request.auth_parameters.api_key_auth_parameters.clone().expect("present")
    }
    assert!(in_body(key(&request).api_key_value.expose()), "read in place (and a clone of it borrows too)");
    let owned = request.into_owned();
    let value = key(&owned).api_key_value;
    assert_eq!(value.expose(), CANARY);
    assert!(!in_body(value.expose()));
    assert_no_canary(&format!("{value:?} {value}"), "an owned secret's Debug and Display");
}
