//! Versori's local handler: its dotted field paths, the secrets that never come back, and the
//! credentials it keeps for later references to resolve against.

use super::answers::refused_with;
use super::*;
use serde_json::json;

#[tokio::test]
async fn versori_fields_use_its_dotted_paths() {
    let (_, mut body) = examples(VERSORI, "request").into_iter().next().unwrap();
    body["variables"] = json!([{"name": "a", "value": 1}]);
    body["extra"] = json!(true);
    let mut params = params(VERSORI);
    params.insert("connector_id".into(), "not-a-ulid".into());
    let answer = refused_with(VERSORI, &params, body.to_string()).await;
    assert_eq!(answer.status, 400);
    let fields: Vec<&str> =
        answer.body["fields"].as_array().unwrap().iter().map(|f| f["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["connector_id", "variables[0].value", "extra"]);
}

/// No secret of a Versori request comes back: the credentials' data is sent with its values
/// replaced, the OAuth 2.0 grant's client secret is left out.
#[tokio::test]
async fn versori_answers_hold_no_secret() {
    for (file, body) in examples(VERSORI, "request") {
        let mut sent = body.clone();
        sent["name"] = format!("no-secret-{file}").into();
        let text = sent.to_string();
        let answer = send(&router(), request(VERSORI, &params(VERSORI), text)).await;
        assert_eq!(answer.status, 200, "{file}: {}", answer.text);
        assert_valid(VERSORI, "response", &answer.text);
        for secret in ["client-secret", "hunter2"] {
            if body.to_string().contains(secret) {
                assert!(!answer.text.contains(secret), "{file}: {secret} came back: {}", answer.text);
            }
        }
    }
}

/// A credential of a shape the spec does not give (`custom-function`) comes back with every string
/// and number replaced, however deep; a later reference to it resolves to that same record.
#[tokio::test]
async fn a_new_credential_is_kept_redacted_and_a_reference_resolves_to_it() {
    let (_, mut body) = examples(VERSORI, "request").into_iter().next().unwrap();
    let data = json!({ "key": "s3cret-key", "config": { "token": "s3cret-token", "pin": 987654 }, "on": true });
    let scheme = json!({ "schemeType": "none", "id": "01ARZ3NDEKTSV4RRFFQ69G5FAV", "description": "d" });
    let new = json!({ "name": "fn", "type": "custom-function", "data": data });
    body["credentials"] = json!({ "action": [{ "authSchemeConfig": scheme, "credential": new }] });
    let service = router();
    let answer = send(&service, request(VERSORI, &params(VERSORI), body.to_string())).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    assert_valid(VERSORI, "response", &answer.text);
    for secret in ["s3cret", "987654"] {
        assert!(!answer.text.contains(secret), "{secret} came back: {}", answer.text);
    }
    let kept = answer.body["credentials"]["action"][0]["credential"].clone();
    assert_eq!(kept["data"], json!({ "key": "", "config": { "token": "", "pin": 0 }, "on": true }));

    body["name"] = "another".into();
    body["credentials"]["action"][0]["credential"] = json!({ "id": kept["id"] });
    let answer = send(&service, request(VERSORI, &params(VERSORI), body.to_string())).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    assert_eq!(answer.body["credentials"]["action"][0]["credential"], kept);

    // One this service did not create comes back as a credential of type `none`.
    let unknown = "01BX5ZZKBKACTAV9WEVGEMMVRZ";
    body["name"] = "a-third".into();
    body["credentials"]["action"][0]["credential"] = json!({ "id": unknown });
    let answer = send(&service, request(VERSORI, &params(VERSORI), body.to_string())).await;
    let credential = &answer.body["credentials"]["action"][0]["credential"];
    assert_eq!((credential["id"].as_str(), credential["type"].as_str()), (Some(unknown), Some("none")));
    assert_eq!(credential["data"], json!({}));
}
