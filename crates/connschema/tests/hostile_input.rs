//! Input that an attacker or a broken client sends: each gives a clear violation with a path and a
//! code (DESIGN §5), in bounded time and memory, never a panic or a stack overflow.

use connschema::registry;
use connschema::Code::{self, *};

const EVENTS: &str = "aws.events.CreateConnection";
const VERSORI: &str = "versori.platform.CreateConnectorConnection";
const HUAWEI: &str = "huaweicloud.eg.CreateConnection";

/// The (path, code) of every violation of `bytes`, and their messages.
fn verdict(op: &str, message: &str, bytes: &[u8]) -> (Vec<(String, Code)>, Vec<String>) {
    let message = registry::operation(op).and_then(|o| o.message(message)).expect("known message");
    let violations = message.validate(bytes).expect_err("hostile input is invalid");
    violations.iter().map(|v| ((v.path.clone(), v.code), v.message.clone())).unzip()
}

fn expect(op: &str, message: &str, bytes: &[u8], expected: &[(&str, Code)]) -> Vec<String> {
    let (found, messages) = verdict(op, message, bytes);
    let expected: Vec<_> = expected.iter().map(|(p, c)| ((*p).to_owned(), *c)).collect();
    assert_eq!(found, expected, "{messages:?}");
    for m in &messages {
        assert!(!m.is_empty() && !m.contains('\n') && m.len() < 300, "one short line: {m:?}");
    }
    messages
}

/// Runs `f` on a thread with a quarter of the stack Rust gives a spawned thread (and this in a debug
/// build, whose frames are the largest), so that recursion growing with the input's depth would
/// overflow it. Depth is bounded by the models' own nesting: deeper input is skipped without recursion.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(f)
        .expect("thread starts")
        .join()
        .expect("no panic, no overflow")
}

fn nested(open: &str, close: &str, depth: usize, inner: &str) -> String {
    format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
}

const BASIC: &str = r#""AuthorizationType":"BASIC","AuthParameters":{"BasicAuthParameters":{"Username":"u","Password":"p"}}"#;

#[test]
fn ten_thousand_levels_of_nesting() {
    on_small_stack(|| {
        let arrays = nested("[", "]", 10_000, "");
        expect(EVENTS, "request", arrays.as_bytes(), &[("", Type)]);
        let objects = nested(r#"{"a":"#, "}", 10_000, "1");
        expect(EVENTS, "request", objects.as_bytes(), &[("/a", UnknownField), ("/Name", Required), ("/AuthorizationType", Required), ("/AuthParameters", Required)]);

        // Where the value is read: a member, a list item, an unknown member, a secret.
        let in_member = format!(r#"{{"Name":{arrays},{BASIC}}}"#);
        expect(EVENTS, "request", in_member.as_bytes(), &[("/Name", Type)]);
        let in_unknown = format!(r#"{{"Name":"n","deep":{objects},{BASIC}}}"#);
        expect(EVENTS, "request", in_unknown.as_bytes(), &[("/deep", UnknownField)]);
        let in_item = format!(
            r#"{{"Name":"n","AuthorizationType":"API_KEY","AuthParameters":{{"ApiKeyAuthParameters":{{"ApiKeyName":"k","ApiKeyValue":"v"}},"InvocationHttpParameters":{{"HeaderParameters":[{arrays}]}}}}}}"#
        );
        expect(EVENTS, "request", in_item.as_bytes(), &[("/AuthParameters/InvocationHttpParameters/HeaderParameters/0", Type)]);
        let in_secret = format!(
            r#"{{"Name":"n","AuthorizationType":"BASIC","AuthParameters":{{"BasicAuthParameters":{{"Username":"u","Password":{objects}}}}}}}"#
        );
        expect(EVENTS, "request", in_secret.as_bytes(), &[("/AuthParameters/BasicAuthParameters/Password", Type)]);

        // Unclosed: the document ends inside the nesting.
        let unclosed = "[".repeat(10_000);
        expect(EVENTS, "request", unclosed.as_bytes(), &[("", Syntax)]);
        let unclosed = r#"{"a":"#.repeat(10_000);
        expect(EVENTS, "request", unclosed.as_bytes(), &[("", Syntax)]);
    });
}

#[test]
fn deep_nesting_inside_a_buffered_union_is_cut_at_serde_json_depth_limit() {
    // A union (Versori's credential) reads its object into memory before it knows the variant:
    // serde_json's limit of 128 levels bounds that, reported as a syntax error at the union.
    on_small_stack(|| {
        let deep = nested("[", "]", 10_000, "");
        let doc = format!(
            r#"{{"name":"c","credentials":{{"action":[{{"authSchemeConfig":{{"schemeType":"none","id":"01JD80A1B2C3D4E5F6G7H8J9KM"}},"credential":{{"name":"x","type":"custom-function","data":{{"anything":{deep}}}}}}}]}}}}"#
        );
        let messages = expect(VERSORI, "request", doc.as_bytes(), &[("/credentials/action/0/credential", Syntax)]);
        assert!(messages[0].contains("recursion limit"), "{messages:?}");
    });
}

#[test]
fn a_hundred_megabyte_string() {
    let huge = "a".repeat(100 << 20);
    let doc = format!(r#"{{"Name":"{huge}",{BASIC}}}"#);
    let messages = expect(EVENTS, "request", doc.as_bytes(), &[("/Name", Length)]);
    assert!(messages[0].contains("must be at most 64 characters, got 104857600"), "{messages:?}");

    // Failing the pattern too: the message quotes a short prefix, not 100 MB.
    let huge = format!("{}\\u0001", "a ".repeat(50 << 20));
    let doc = format!(r#"{{"Name":"{huge}",{BASIC}}}"#);
    let messages = expect(EVENTS, "request", doc.as_bytes(), &[("/Name", Length), ("/Name", Pattern)]);
    assert!(messages[1].len() < 200, "{}", &messages[1][..300.min(messages[1].len())]);

    // In a secret: not quoted at all.
    let doc = format!(
        r#"{{"Name":"n","AuthorizationType":"BASIC","AuthParameters":{{"BasicAuthParameters":{{"Username":"u","Password":"{huge}"}}}}}}"#
    );
    let messages = expect(
        EVENTS,
        "request",
        doc.as_bytes(),
        &[("/AuthParameters/BasicAuthParameters/Password", Length), ("/AuthParameters/BasicAuthParameters/Password", Pattern)],
    );
    assert!(messages.iter().all(|m| !m.contains("a a a")), "{messages:?}");
}

#[test]
fn invalid_utf8() {
    let mut doc = br#"{"Name":"ab"#.to_vec();
    doc.extend([0xff, 0xfe]);
    doc.extend(format!(r#"","{BASIC}}}"#).as_bytes());
    let messages = expect(EVENTS, "request", &doc, &[("/Name", Syntax)]);
    assert!(messages[0].contains("invalid unicode code point"), "{messages:?}");
    // A lone surrogate escape is not a code point either.
    let doc = format!(r#"{{"Name":"\ud800",{BASIC}}}"#);
    expect(EVENTS, "request", doc.as_bytes(), &[("/Name", Syntax)]);
    // Nor an overlong encoding of '/'.
    let mut doc = br#"{"Name":""#.to_vec();
    doc.extend([0xc0, 0xaf]);
    doc.extend(format!(r#"","{BASIC}}}"#).as_bytes());
    expect(EVENTS, "request", &doc, &[("/Name", Syntax)]);
}

#[test]
fn a_byte_order_mark() {
    let doc = format!("\u{feff}{{\"Name\":\"n\",{BASIC}}}");
    let messages = expect(EVENTS, "request", doc.as_bytes(), &[("", Syntax)]);
    assert!(messages[0].contains("byte order mark"), "{messages:?}");
}

#[test]
fn duplicate_keys() {
    let doc = format!(r#"{{"Name":"n","Name":"m",{BASIC}}}"#);
    let messages = expect(EVENTS, "request", doc.as_bytes(), &[("/Name", Syntax)]);
    assert!(messages[0].contains("more than once"), "{messages:?}");
    let doc = r#"{"Name":"n","AuthorizationType":"BASIC","AuthParameters":{"BasicAuthParameters":{"Username":"u","Password":"p","Password":"q"}}}"#;
    let messages = expect(EVENTS, "request", doc.as_bytes(), &[("/AuthParameters/BasicAuthParameters/Password", Syntax)]);
    assert!(messages.iter().all(|m| !m.contains('"')), "a duplicate secret is not quoted: {messages:?}");
}

#[test]
fn numbers_beyond_i64_and_f64() {
    let response = |time: &str| {
        format!(
            r#"{{"ConnectionArn":"arn:aws:events:us-east-1:123456789012:connection/a/b","ConnectionState":"AUTHORIZED","CreationTime":{time}}}"#
        )
    };
    // Beyond f64: not representable, so the number itself is refused where it stands.
    for time in ["1e400", "-1e400", &format!("1{}", "0".repeat(400))] {
        let messages = expect(EVENTS, "response", response(time).as_bytes(), &[("/CreationTime", Syntax)]);
        assert!(messages[0].contains("number out of range"), "{messages:?}");
    }
    // Beyond i64 but within f64: a timestamp (a JSON number) takes it.
    registry::operation(EVENTS)
        .and_then(|o| o.message("response"))
        .expect("message")
        .validate(response("18446744073709551616").as_bytes())
        .expect("a number beyond i64 is a number");

    // A 32-bit integer member: beyond i32, i64 and u64, a range violation naming the bounds.
    let flavor = |n: &str| {
        format!(
            r#"{{"id":"i","name":"n","status":"CREATING","flavor":{{"name":"f","concurrency_type":"shared","concurrency":{n},"bandwidth_type":"exclusive"}}}}"#
        )
    };
    for n in ["2147483648", "9223372036854775808", "18446744073709551616", "1e300", "-1e300"] {
        let messages = expect(HUAWEI, "response", flavor(n).as_bytes(), &[("/flavor/concurrency", Range)]);
        assert!(messages[0].contains("from -2147483648 to 2147483647"), "{messages:?}");
    }
}

#[test]
fn an_empty_body() {
    for body in ["", "   \n\t "] {
        let messages = expect(EVENTS, "request", body.as_bytes(), &[("", Syntax)]);
        assert!(messages[0].contains("empty"), "{messages:?}");
    }
}

#[test]
fn a_top_level_scalar() {
    for (body, kind) in [("42", "a number"), ("\"text\"", "a string"), ("true", "a boolean"), ("null", "null"), ("[]", "an array")] {
        let messages = expect(EVENTS, "request", body.as_bytes(), &[("", Type)]);
        assert_eq!(messages[0], format!("expected an object, got {kind}"));
    }
    // Trailing bytes after a whole document are not JSON.
    let doc = format!(r#"{{"Name":"n",{BASIC}}} {{}}"#);
    expect(EVENTS, "request", doc.as_bytes(), &[("", Syntax)]);
}
