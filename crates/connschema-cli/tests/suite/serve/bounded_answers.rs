//! A hostile body at the size limit gets a bounded answer from every operation (docs/contracts.md
//! §5): at most 64 KiB, valid against the operation's error schema, with the true count of
//! violations and the first of them, whatever the body holds.

use super::*;
use connschema_axum::{DEFAULT_BODY_LIMIT, DEFAULT_MAX_VIOLATIONS};
use serde_json::{json, Map, Value};

const MAX_ANSWER: usize = 64 * 1024;

/// The first example request of `op` with `member` (a list) filled with copies of `item` until the
/// body is just under the limit.
fn filled(op: &str, mut body: Value, member: &str, item: Value) -> String {
    let item_len = item.to_string().len() + 1;
    let room = DEFAULT_BODY_LIMIT - body.to_string().len() - 64;
    body[member] = Value::Array(vec![item; room / item_len]);
    let text = body.to_string();
    assert!(text.len() <= DEFAULT_BODY_LIMIT && text.len() > DEFAULT_BODY_LIMIT - 4096, "{op}: {} bytes", text.len());
    text
}

/// The first example request of `op` with unknown members, each named at length, until the body
/// is just under the limit.
fn unknown_members(op: &str) -> String {
    let (_, mut body) = examples(op, "request").into_iter().next().expect("an example");
    let object = body.as_object_mut().expect("an object");
    let mut size = Value::Object(object.clone()).to_string().len();
    let mut i = 0;
    while size < DEFAULT_BODY_LIMIT - 128 {
        let name = format!("unknown{i:07}{}", "x".repeat(40));
        size += name.len() + 5;
        object.insert(name, json!(1));
        i += 1;
    }
    body.to_string()
}

/// Every violation connschema finds in the request of `op`, and the first: what the answer must
/// count and name.
fn expected(op: &str, body: &str) -> (usize, connschema::Violation) {
    let message = operation(op).message("request").expect("a request");
    let violations = message.validate(body.as_bytes()).expect_err("a hostile body is invalid");
    (violations.total(), violations[0].clone())
}

/// Sends `body` to `op` and checks the bounds every answer keeps.
async fn answer(op: &str, body: &str) -> Answer {
    let answer = send(&router(), request(op, &params(op), body.to_owned())).await;
    assert_eq!(answer.status, 400, "{op}: {}", &answer.text[..answer.text.len().min(400)]);
    assert!(answer.text.len() <= MAX_ANSWER, "{op}: an answer of {} bytes", answer.text.len());
    assert_error_body(op, &answer);
    answer
}

fn aws_message(answer: &Answer) -> &str {
    answer.body.get("message").or(answer.body.get("Message")).and_then(Value::as_str).expect("a message")
}

#[tokio::test]
async fn aws_answers_state_the_true_count_and_the_first_violations() {
    let (_, nm) = examples(NETWORKMANAGER, "request").into_iter().next().unwrap();
    let nm = filled(NETWORKMANAGER, nm, "Tags", json!({"Key": "k".repeat(129), "Value": "v"}));
    let (_, qs) = examples(QUICKSIGHT, "request").into_iter().next().unwrap();
    let qs = filled(QUICKSIGHT, qs, "Tags", json!({"Key": "", "Value": 7}));
    let lists = [(NETWORKMANAGER, nm), (QUICKSIGHT, qs)];
    for (op, body) in lists.into_iter().chain([EVENTS, NETWORKMANAGER, QUICKSIGHT].map(|op| (op, unknown_members(op))))
    {
        let (total, first) = expected(op, &body);
        assert!(total > 10 * DEFAULT_MAX_VIOLATIONS, "{op}: only {total} violations");
        let answer = answer(op, &body).await;
        let message = aws_message(&answer);
        let head = format!("{total} validation errors detected: ");
        assert!(message.starts_with(&head), "{op}: {}", &message[..200]);
        let clause = connschema_aws::protocol::wording::clause(&first);
        assert!(message[head.len()..].starts_with(&clause), "{op}: {clause}\n{}", &message[..400]);
        // The kept violations, and no more: 100 clauses at most.
        assert!(message.matches("failed to satisfy constraint").count() <= DEFAULT_MAX_VIOLATIONS, "{op}");
        if op == NETWORKMANAGER && answer.headers["x-amzn-errortype"] == "ValidationException" {
            let fields = answer.body["Fields"].as_array().expect("Fields");
            assert!(!fields.is_empty() && fields.len() <= DEFAULT_MAX_VIOLATIONS, "{}", fields.len());
            assert_eq!(fields[0]["Message"], clause.as_str());
        }
    }
}

#[tokio::test]
async fn eventbridge_header_parameters_at_the_limit() {
    // The case of the issue: a body at the size limit with thousands of bad header parameters.
    let (_, mut body) = examples(EVENTS, "request").into_iter().find(|(f, _)| f == "basic.json").expect("basic");
    let bad = json!({"Key": "bad key:", "Value": "v", "IsValueSecret": "yes"});
    let room = DEFAULT_BODY_LIMIT - body.to_string().len() - 128;
    let items = vec![bad.clone(); room / (bad.to_string().len() + 1)];
    body["AuthParameters"]["InvocationHttpParameters"] = json!({ "HeaderParameters": items });
    let body = body.to_string();
    assert!(body.len() <= DEFAULT_BODY_LIMIT, "{}", body.len());
    let (total, first) = expected(EVENTS, &body);
    assert!(total > 20_000, "{total}");
    let answer = answer(EVENTS, &body).await;
    assert_eq!(answer.body["__type"], "SerializationException");
    let message = aws_message(&answer);
    assert!(message.starts_with(&format!("{total} validation errors detected: ")), "{}", &message[..200]);
    assert!(message.contains(&connschema_aws::protocol::wording::clause(&first)));
}

#[tokio::test]
async fn huawei_and_versori_answers_state_the_true_count_and_the_first_violations() {
    for op in [HUAWEI, VERSORI] {
        let body = unknown_members(op);
        let (total, first) = expected(op, &body);
        assert!(total > 10 * DEFAULT_MAX_VIOLATIONS, "{op}: only {total} violations");
        let answer = answer(op, &body).await;
        if op == HUAWEI {
            let msg = answer.body["error_msg"].as_str().unwrap();
            assert!(
                msg.starts_with(&format!("{total} invalid parameters: {}: {}", first.path, first.message)),
                "{msg}"
            );
            let details = answer.body["error_details"].as_str().unwrap();
            assert!(details.ends_with(" more)"), "{details}");
        } else {
            let message = answer.body["message"].as_str().unwrap();
            assert!(message.starts_with(&format!("{total} validation errors: {}: {}", first.path, first.message)));
            let fields = answer.body["fields"].as_array().unwrap();
            assert!(!fields.is_empty() && fields.len() <= DEFAULT_MAX_VIOLATIONS, "{}", fields.len());
            assert_eq!(fields[0]["message"], first.message.as_str());
        }
    }
}

#[tokio::test]
async fn a_member_named_at_length_is_cut_in_every_answer() {
    for op in [EVENTS, NETWORKMANAGER, QUICKSIGHT, HUAWEI, VERSORI] {
        let (_, mut body) = examples(op, "request").into_iter().next().unwrap();
        let mut long = Map::new();
        long.insert("n".repeat(DEFAULT_BODY_LIMIT - 8192), json!(1));
        body.as_object_mut().unwrap().extend(long);
        let answer = answer(op, &body.to_string()).await;
        assert!(answer.text.len() < 8192, "{op}: {} bytes", answer.text.len());
        assert!(answer.text.contains(&format!("{}...", "n".repeat(100))), "{op}: {}", answer.text);
    }
}

#[tokio::test]
async fn max_violations_is_the_services_to_choose() {
    let body = unknown_members(VERSORI);
    let (total, _) = expected(VERSORI, &body);
    let app = router().layer(axum::Extension(connschema_axum::MaxViolations(3)));
    let answer = send(&app, request(VERSORI, &params(VERSORI), body)).await;
    assert_eq!(answer.body["fields"].as_array().unwrap().len(), 3);
    let message = answer.body["message"].as_str().unwrap();
    assert!(message.starts_with(&format!("{total} validation errors: ")));
    assert!(message.ends_with(&format!("; and {} more", total - 3)), "{message}");
}
