//! Input that an attacker or a broken client sends: each gives a clear violation with a path and a
//! code (docs/contracts.md §5), in bounded time and memory, never a panic or a stack overflow.

use connschema::Code::{self, *};

const EVENTS: &str = "aws.events.CreateConnection";
const VERSORI: &str = "versori.platform.CreateConnectorConnection";
const HUAWEI: &str = "huaweicloud.eg.CreateConnection";

/// The (path, code) of every violation of `bytes`, and their messages.
fn verdict(op: &str, message: &str, bytes: &[u8]) -> (Vec<(String, Code)>, Vec<String>) {
    let message =
        connschema_cli::apis::catalog().operation(op).and_then(|o| o.message(message)).expect("known message");
    let violations = message.validate(bytes).expect_err("hostile input is invalid");
    violations.iter().map(|v| ((v.path.pointer(), v.code), v.message.clone())).unzip()
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

const BASIC: &str =
    r#""AuthorizationType":"BASIC","AuthParameters":{"BasicAuthParameters":{"Username":"u","Password":"p"}}"#;

#[test]
fn ten_thousand_levels_of_nesting() {
    // serde_json reads at most 128 levels, and connschema reads every value it passes over the
    // same way (so that a body is JSON for every consumer or for none): a syntax error at the
    // member where the nesting starts.
    on_small_stack(|| {
        let arrays = nested("[", "]", 10_000, "");
        let objects = nested(r#"{"a":"#, "}", 10_000, "1");
        let cases = [
            (arrays.clone(), ""),
            (objects.clone(), "/a"),
            (format!(r#"{{"Name":{arrays},{BASIC}}}"#), "/Name"),
            (format!(r#"{{"Name":"n","deep":{objects},{BASIC}}}"#), "/deep"),
            (
                format!(
                    r#"{{"Name":"n","AuthorizationType":"API_KEY","AuthParameters":{{"ApiKeyAuthParameters":{{"ApiKeyName":"k","ApiKeyValue":"v"}},"InvocationHttpParameters":{{"HeaderParameters":[{arrays}]}}}}}}"#
                ),
                "/AuthParameters/InvocationHttpParameters/HeaderParameters/0",
            ),
            (
                format!(
                    r#"{{"Name":"n","AuthorizationType":"BASIC","AuthParameters":{{"BasicAuthParameters":{{"Username":"u","Password":{objects}}}}}}}"#
                ),
                "/AuthParameters/BasicAuthParameters/Password",
            ),
        ];
        for (doc, path) in &cases {
            let messages = expect(EVENTS, "request", doc.as_bytes(), &[(path, Syntax)]);
            assert!(messages[0].starts_with("not valid JSON: recursion limit exceeded"), "{messages:?}");
        }
        // A response accepts unknown members, and still refuses one nested too deep.
        let response = format!(r#"{{"ConnectionArn":"a","deep":{arrays}}}"#);
        expect(EVENTS, "response", response.as_bytes(), &[("/deep", Syntax)]);
        // 128 levels are fine: a type error, not a syntax error.
        let doc = format!(r#"{{"Name":{},{BASIC}}}"#, nested("[", "]", 126, ""));
        expect(EVENTS, "request", doc.as_bytes(), &[("/Name", Type)]);

        // Unclosed: the document ends inside the nesting.
        let unclosed = "[".repeat(10_000);
        expect(EVENTS, "request", unclosed.as_bytes(), &[("", Syntax)]);
        let unclosed = r#"{"a":"#.repeat(10_000);
        expect(EVENTS, "request", unclosed.as_bytes(), &[("/a", Syntax)]);
    });
}

#[test]
fn invalid_utf8_where_nothing_is_kept() {
    // Unknown members of a response and values of the wrong type are passed over, but still read
    // as JSON: invalid UTF-8 there is a syntax error too.
    let spoiled = |text: &str| text.bytes().map(|b| if b == b'?' { 0xff } else { b }).collect::<Vec<u8>>();
    expect(EVENTS, "response", &spoiled(r#"{"ConnectionArn":"a","extra":"?"}"#), &[("/extra", Syntax)]);
    expect(EVENTS, "request", &spoiled(&format!(r#"{{"Name":["?"],{BASIC}}}"#)), &[("/Name", Syntax)]);
    let key = spoiled(r#"{"ConnectionArn":"a","?":1}"#);
    expect(EVENTS, "response", &key, &[("", Syntax)]);
}

#[test]
fn deep_nesting_inside_buffered_credential_data_is_cut_at_serde_json_depth_limit() {
    // A new credential's `data` (of a type with no documented shape) is held as JSON in memory:
    // serde_json's limit of 128 levels bounds it, reported as a syntax error at `data`.
    on_small_stack(|| {
        let deep = nested("[", "]", 10_000, "");
        let doc = format!(
            r#"{{"name":"c","credentials":{{"action":[{{"authSchemeConfig":{{"schemeType":"none","id":"01JD80A1B2C3D4E5F6G7H8J9KM"}},"credential":{{"name":"x","type":"custom-function","data":{{"anything":{deep}}}}}}}]}}}}"#
        );
        let messages = expect(VERSORI, "request", doc.as_bytes(), &[("/credentials/action/0/credential/data", Syntax)]);
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
        &[
            ("/AuthParameters/BasicAuthParameters/Password", Length),
            ("/AuthParameters/BasicAuthParameters/Password", Pattern),
        ],
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
    let messages =
        expect(EVENTS, "request", doc.as_bytes(), &[("/AuthParameters/BasicAuthParameters/Password", Syntax)]);
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
    connschema_cli::apis::catalog()
        .operation(EVENTS)
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
    for (body, kind) in
        [("42", "a number"), ("\"text\"", "a string"), ("true", "a boolean"), ("null", "null"), ("[]", "an array")]
    {
        let messages = expect(EVENTS, "request", body.as_bytes(), &[("", Type)]);
        assert_eq!(messages[0], format!("expected an object, got {kind}"));
    }
    // Trailing bytes after a whole document are not JSON.
    let doc = format!(r#"{{"Name":"n",{BASIC}}} {{}}"#);
    expect(EVENTS, "request", doc.as_bytes(), &[("", Syntax)]);
}
