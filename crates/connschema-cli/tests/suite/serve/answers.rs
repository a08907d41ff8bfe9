//! The local service through its real router: every example request succeeds with a body valid
//! against the response schema; every refusal is in the operation's own protocol, with every
//! violation, and valid against the operation's error schema.

use super::*;
use axum::body::Body;
use connschema_axum::local::Store;
use serde_json::{json, Value};

#[tokio::test]
async fn every_example_request_succeeds_with_a_valid_response() {
    let mut count = 0;
    for op in [EVENTS, NETWORKMANAGER, QUICKSIGHT, HUAWEI, VERSORI] {
        let params = params(op);
        for (file, body) in examples(op, "request") {
            // A fresh service each time: examples may share a name.
            let answer = send(&router(), request(op, &params, body.to_string())).await;
            assert_eq!(answer.status, 200, "{op} {file}: {}", answer.text);
            assert_valid(op, "response", &answer.text);
            count += 1;
        }
    }
    assert!(count >= 15, "only {count} examples");
}

#[tokio::test]
async fn success_bodies_are_built_from_the_request() {
    let service = router();
    let (_, body) = examples(EVENTS, "request").into_iter().find(|(f, _)| f == "basic.json").expect("basic example");
    // The region is the SigV4 credential scope's (the tests' credential names eu-west-3).
    let answer = send(&service, request(EVENTS, &params(EVENTS), body.to_string())).await;
    let arn = answer.body["ConnectionArn"].as_str().expect("an ARN");
    let name = body["Name"].as_str().unwrap();
    assert!(arn.starts_with(&format!("arn:aws:events:eu-west-3:123456789012:connection/{name}/")), "{arn}");
    assert_eq!(answer.body["ConnectionState"], "AUTHORIZED");
    assert!(answer.body["CreationTime"].as_f64().unwrap() > 1.7e9);
    assert_eq!(answer.headers["content-type"], "application/x-amz-json-1.1");

    let (_, body) = examples(QUICKSIGHT, "request").into_iter().next().unwrap();
    let answer = send(&service, request(QUICKSIGHT, &params(QUICKSIGHT), body.to_string())).await;
    let account = params(QUICKSIGHT)["AwsAccountId"].as_str().unwrap().to_owned();
    let id = body["ActionConnectorId"].as_str().unwrap();
    assert_eq!(answer.body["Arn"], format!("arn:aws:quicksight:eu-west-3:{account}:action-connector/{id}"));
    assert_eq!(answer.body["ActionConnectorId"], id);
}

/// Sends `body` to `op` and returns the refusal, after checking it against the error schema.
async fn refused(op: &str, body: &Value) -> Answer {
    refused_with(op, &params(op), body.to_string()).await
}

pub(super) async fn refused_with(op: &str, params: &serde_json::Map<String, Value>, body: impl Into<Body>) -> Answer {
    let answer = send(&router(), request(op, params, body)).await;
    assert!(answer.status.is_client_error(), "{op}: {} {}", answer.status, answer.text);
    assert_error_body(op, &answer);
    answer
}

#[tokio::test]
async fn aws_json_speaks_aws_wording() {
    let answer = refused(EVENTS, &json!({"Name": "my conn", "AuthorizationType": "BASIC"})).await;
    assert_eq!(answer.status, 400);
    assert_eq!(answer.headers["content-type"], "application/x-amz-json-1.1");
    assert_eq!(answer.body["__type"], "ValidationException");
    assert_eq!(
        answer.body["message"],
        "2 validation errors detected: Value 'my conn' at 'name' failed to satisfy constraint: Member must satisfy \
         regular expression pattern: [\\.\\-_A-Za-z0-9]+; Value null at 'authParameters' failed to satisfy \
         constraint: Member must not be null"
    );

    let long = "n".repeat(65);
    let body = json!({
        "Name": long,
        "AuthorizationType": "DIGEST",
        "AuthParameters": {
            "BasicAuthParameters": {"Username": "u", "Password": "bad\u{1}"},
            "InvocationHttpParameters": {"HeaderParameters": [{"Key": "ok", "Value": "v"}, {"Key": "bad key", "Value": "v"}]}
        }
    });
    let message = refused(EVENTS, &body).await.body["message"].as_str().unwrap().to_owned();
    assert!(message.starts_with("4 validation errors detected: "), "{message}");
    for clause in [
        format!(
            "Value '{long}' at 'name' failed to satisfy constraint: Member must have length less than or equal to 64"
        ),
        "Value 'DIGEST' at 'authorizationType' failed to satisfy constraint: Member must satisfy enum value set: \
         [BASIC, OAUTH_CLIENT_CREDENTIALS, API_KEY]"
            .to_owned(),
        // A secret's value is never quoted.
        "Value at 'authParameters.basicAuthParameters.password' failed to satisfy constraint: Member must satisfy \
         regular expression pattern: ^[ \\t]*[^\\x00-\\x1F:\\x7F]+([ \\t]+[^\\x00-\\x1F:\\x7F]+)*[ \\t]*$"
            .to_owned(),
        "Value 'bad key' at 'authParameters.invocationHttpParameters.headerParameters.2.member.key' failed to \
         satisfy constraint: Member must satisfy regular expression pattern: ^[!#$%&'*+-.^_`|~0-9a-zA-Z]+$"
            .to_owned(),
    ] {
        assert!(message.contains(&clause), "{clause}\nnot in\n{message}");
    }
    assert!(!message.contains("bad\u{1}"));
}

#[tokio::test]
async fn a_value_past_256_characters_is_shortened() {
    let long = "a".repeat(300);
    let body = json!({"Name": long, "AuthorizationType": "API_KEY",
        "AuthParameters": {"ApiKeyAuthParameters": {"ApiKeyName": "k", "ApiKeyValue": "v"}}});
    let message = refused(EVENTS, &body).await.body["message"].as_str().unwrap().to_owned();
    assert_eq!(
        message,
        format!(
            "1 validation error detected: Value '{}...' at 'name' failed to satisfy constraint: Member must have \
             length less than or equal to 64",
            "a".repeat(256)
        )
    );
}

#[tokio::test]
async fn wrong_types_and_bad_json_are_serialization_errors_that_still_list_everything() {
    let body = json!({"Name": "my conn", "Description": 7, "AuthorizationType": "BASIC",
        "AuthParameters": {"ApiKeyAuthParameters": {"ApiKeyName": "k", "ApiKeyValue": "v"}}});
    let answer = refused(EVENTS, &body).await;
    assert_eq!(answer.body["__type"], "SerializationException");
    let message = answer.body["message"].as_str().unwrap();
    assert!(
        message.contains("Value at 'description' failed to satisfy constraint: Member must be a string, got a number"),
        "{message}"
    );
    assert!(message.contains("Value 'my conn' at 'name'"), "{message}");

    let answer = refused_with(EVENTS, &params(EVENTS), "not json").await;
    assert_eq!(answer.body["__type"], "SerializationException");
    let message = answer.body["message"].as_str().unwrap();
    assert_eq!(
        message,
        "1 validation error detected: The request body is not valid JSON: expected ident at line 1 column 2"
    );
    let answer = refused_with(EVENTS, &params(EVENTS), "{\"Name\": ").await;
    let message = answer.body["message"].as_str().unwrap();
    assert!(message.starts_with("1 validation error detected: Value at 'name' is not valid JSON: "), "{message}");

    for op in [NETWORKMANAGER, QUICKSIGHT] {
        let answer = refused_with(op, &params(op), "[").await;
        assert_eq!(answer.headers["x-amzn-errortype"], "SerializationException");
    }
    let answer = refused_with(HUAWEI, &params(HUAWEI), "[").await;
    assert_eq!(answer.body["error_code"], "EG.00014001");
    let answer = refused_with(VERSORI, &params(VERSORI), "[").await;
    assert_eq!(answer.body["code"], "malformed_request");
}

#[tokio::test]
async fn rest_json_names_the_exception_in_a_header() {
    let mut params = params(NETWORKMANAGER);
    params.insert("globalNetworkId".into(), "g".repeat(51).into());
    let body = json!({"DeviceId": "d", "Tags": [{"Key": "k".repeat(129)}]});
    let answer = refused_with(NETWORKMANAGER, &params, body.to_string()).await;
    assert_eq!(answer.status, 400);
    assert_eq!(answer.headers["x-amzn-errortype"], "ValidationException");
    assert_eq!(answer.headers["content-type"], "application/json");
    assert_eq!(answer.body["Reason"], "FieldValidationFailed");
    let names: Vec<&str> =
        answer.body["Fields"].as_array().unwrap().iter().map(|f| f["Name"].as_str().unwrap()).collect();
    // Parameters first, then the body in document order, then what it lacks.
    assert_eq!(names, ["globalNetworkId", "tags.1.member.key", "connectedDeviceId"]);
    assert!(answer.body["Message"].as_str().unwrap().starts_with("3 validation errors detected: "));
    assert_eq!(
        answer.body["Fields"][1]["Message"],
        format!("Value '{}' at 'tags.1.member.key' failed to satisfy constraint: Member must have length less than or equal to 128", "k".repeat(129))
    );

    let mut params = super::params(QUICKSIGHT);
    params.insert("AwsAccountId".into(), "12345".into());
    let answer = refused_with(QUICKSIGHT, &params, "{}").await;
    assert_eq!(answer.headers["x-amzn-errortype"], "ValidationException");
    let message = answer.body["message"].as_str().unwrap();
    assert!(message.contains("Value '12345' at 'awsAccountId' failed to satisfy constraint: Member must have length greater than or equal to 12"), "{message}");
    assert!(
        message.contains("Value null at 'actionConnectorId' failed to satisfy constraint: Member must not be null"),
        "{message}"
    );
}

#[tokio::test]
async fn huawei_answers_with_its_error_body_and_401_without_a_credential() {
    let (_, example) = examples(HUAWEI, "request").into_iter().next().unwrap();
    // A token, or an AK/SK signature with its date: either authenticates (docs/contracts.md §4).
    let credentials: Vec<_> = examples(HUAWEI, "params").into_iter().map(|(_, p)| p).collect();
    assert!(credentials.iter().any(|p| p.get("X-Auth-Token").is_some()));
    assert!(credentials.iter().any(|p| p.get("Authorization").is_some()));
    for params in &credentials {
        let Value::Object(params) = params else { panic!("params are an object") };
        let answer = send(&router(), request(HUAWEI, params, example.to_string())).await;
        assert_eq!(answer.status, 200, "{params:?}: {}", answer.text);
    }
    let bare = |edit: &dyn Fn(&mut serde_json::Map<String, Value>)| {
        let mut params = params(HUAWEI);
        for name in ["X-Auth-Token", "Authorization", "X-Sdk-Date"] {
            params.remove(name);
        }
        edit(&mut params);
        params
    };
    let signature = credentials.iter().find_map(|p| p.get("Authorization")).unwrap().clone();
    let unauthenticated = [
        bare(&|_| {}),
        bare(&|p| _ = p.insert("X-Auth-Token".into(), "".into())),
        bare(&|p| _ = p.insert("X-Auth-Token".into(), "SCHEMATHESIS-INVALID-VALUE".into())),
        bare(&|p| _ = p.insert("Authorization".into(), signature.clone())),
        bare(&|p| {
            p.insert("Authorization".into(), "SDK-HMAC-SHA256 Access=AK, Signature=00".into());
            p.insert("X-Sdk-Date".into(), "20261206T200102Z".into());
        }),
    ];
    for params in unauthenticated {
        let answer = refused_with(HUAWEI, &params, example.to_string()).await;
        assert_eq!(answer.status, 401, "{params:?}: {}", answer.text);
        assert_eq!(answer.body["error_code"], "EG.00014010");
        assert!(!answer.text.contains("Signature=00"), "{}", answer.text);
    }
    let mut body = example.clone();
    body["name"] = "default".into();
    body["vpc_id"] = "".into();
    let answer = refused(HUAWEI, &body).await;
    assert_eq!(answer.status, 400);
    assert_eq!(answer.body["error_code"], "EG.00014000");
    assert_eq!(answer.headers["x-request-id"].to_str().unwrap(), answer.body["request_id"]);
    let details = answer.body["error_details"].as_str().unwrap();
    assert!(details.contains("/name: must not be \"default\""), "{details}");
}

/// The answer names `name` where its protocol names an error: AWS's `__type` or
/// `X-Amzn-ErrorType`, Huawei's `error_code`, Versori's `code`.
fn assert_named(op: &str, answer: &Answer, name: &str) {
    let said = [&answer.body["__type"], &answer.body["error_code"], &answer.body["code"]];
    let header = answer.headers.get("x-amzn-errortype").map(|h| h.to_str().unwrap().to_owned());
    assert!(said.iter().any(|v| *v == name) || header.as_deref() == Some(name), "{op}: {}", answer.text);
}

#[tokio::test]
async fn a_name_given_twice_is_the_vendors_conflict() {
    let cases = [
        (EVENTS, 400, "ResourceAlreadyExistsException"),
        (QUICKSIGHT, 409, "ResourceExistsException"),
        (HUAWEI, 400, "EG.00014090"),
        (VERSORI, 409, "conflict"),
    ];
    for (op, status, name) in cases {
        let service = router();
        let (_, body) = examples(op, "request").into_iter().next().unwrap();
        let first = send(&service, request(op, &params(op), body.to_string())).await;
        assert_eq!(first.status, 200, "{op}: {}", first.text);
        let again = send(&service, request(op, &params(op), body.to_string())).await;
        assert_eq!(again.status, status, "{op}: {}", again.text);
        assert_error_body(op, &again);
        assert_named(op, &again, name);
    }
    // In another scope the same name is free: here, another QuickSight account.
    let service = router();
    let (_, body) = examples(QUICKSIGHT, "request").into_iter().next().unwrap();
    let mut other = params(QUICKSIGHT);
    assert_eq!(send(&service, request(QUICKSIGHT, &other, body.to_string())).await.status, 200);
    other.insert("AwsAccountId".into(), "210987654321".into());
    assert_eq!(send(&service, request(QUICKSIGHT, &other, body.to_string())).await.status, 200);
}

#[tokio::test]
async fn a_stateless_service_answers_a_name_twice_as_the_first_time() {
    let service = router_on(Store::stateless());
    for op in [EVENTS, NETWORKMANAGER, QUICKSIGHT, HUAWEI, VERSORI] {
        let (_, body) = examples(op, "request").into_iter().next().unwrap();
        for _ in 0..3 {
            let answer = send(&service, request(op, &params(op), body.to_string())).await;
            assert_eq!(answer.status, 200, "{op}: {}", answer.text);
            assert_valid(op, "response", &answer.text);
        }
    }
    // Every other answer is the same: an invalid body is refused as ever.
    let answer = send(&service, request(EVENTS, &params(EVENTS), "{}")).await;
    assert_eq!(answer.status, 400);
    assert_error_body(EVENTS, &answer);
}

#[tokio::test]
async fn past_its_capacity_the_service_answers_the_vendors_quota_error() {
    let cases = [
        (EVENTS, 400, "LimitExceededException"),
        (NETWORKMANAGER, 402, "ServiceQuotaExceededException"),
        (QUICKSIGHT, 429, "ThrottlingException"),
        (HUAWEI, 403, "EG.00014030"),
        (VERSORI, 429, "quota_exceeded"),
    ];
    for (op, status, name) in cases {
        // Room for one resource (Versori's new credentials count too: none in this example).
        let service = router_on(Store::with_capacity(1));
        let mut all = examples(op, "request").into_iter();
        let (_, first) = all.next().unwrap();
        let (_, mut second) = all.next().unwrap();
        if op == VERSORI {
            second = first.clone();
            second["name"] = "another-name".into();
            second["credentials"] = json!({});
        }
        let seen = send(&service, request(op, &params(op), second.to_string())).await;
        assert_eq!(seen.status, 200, "{op}: {}", seen.text);
        let full = send(&service, request(op, &params(op), first.to_string())).await;
        assert_eq!(full.status, status, "{op}: {}", full.text);
        assert_error_body(op, &full);
        assert_named(op, &full, name);
    }
}

#[tokio::test]
async fn a_body_over_the_limit_is_413_before_it_is_read_whole() {
    for op in [EVENTS, NETWORKMANAGER, QUICKSIGHT, HUAWEI, VERSORI] {
        let big = format!("{{\"x\": \"{}\"}}", "a".repeat(connschema_axum::DEFAULT_BODY_LIMIT));
        let answer = refused_with(op, &params(op), big.clone()).await;
        assert_eq!(answer.status, 413, "{op}");
        // Without a declared length: the stream is cut at the limit.
        let chunks = futures_stream(big.into_bytes());
        let answer = refused_with(op, &params(op), Body::from_stream(chunks)).await;
        assert_eq!(answer.status, 413, "{op}");
    }
}

/// A body sent in chunks of 64 KiB, with no `Content-Length`.
fn futures_stream(bytes: Vec<u8>) -> impl futures_util::Stream<Item = Result<Vec<u8>, std::io::Error>> {
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = bytes.chunks(64 << 10).map(|c| Ok(c.to_vec())).collect();
    futures_util::stream::iter(chunks)
}

#[tokio::test]
async fn an_unknown_target_is_unknown_operation() {
    let mut r = request(EVENTS, &params(EVENTS), "{}");
    r.headers_mut().insert("x-amz-target", "AWSEvents.DeleteConnection".parse().unwrap());
    let answer = send(&router(), r).await;
    assert_eq!(answer.status, 400);
    assert_eq!(answer.body["__type"], "UnknownOperationException");
}

/// The route table is the operations': each registered operation answers at its own method and
/// path (not 404 or 405), and at no other method.
#[tokio::test]
async fn every_operation_is_routed_at_its_method_and_path() {
    for op in connschema_cli::apis::catalog().operations() {
        let answer = send(&router(), request(op.id, &params(op.id), "{}")).await;
        assert!(![404, 405].contains(&answer.status.as_u16()), "{}: {}", op.id, answer.status);
        let mut other = request(op.id, &params(op.id), "{}");
        *other.method_mut() = axum::http::Method::PUT;
        assert_eq!(send(&router(), other).await.status, 405, "{}", op.id);
    }
}
