//! Internally tagged enums: the tag picks the variant, the rest of the object is the variant's, and
//! the Rust verdicts and paths agree with the exported `oneOf`.

use connschema::Code::{self, *};
use connschema::Model;
use serde_json::{json, Value};

#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
struct ApiKey {
    name: String,
    #[model(length(max = 8))]
    header: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Model)]
struct Empty {}

#[derive(Debug, Clone, PartialEq, Model)]
#[model(tag = "schemeType", rename_all = "kebab-case")]
enum Scheme {
    ApiKey(ApiKey),
    None(Empty),
}

#[derive(Debug, Clone, PartialEq, Model)]
#[model(deny_unknown_fields)]
struct Request {
    scheme: Scheme,
}

#[track_caller]
fn check(doc: Value, expected: &[(&str, Code)]) {
    let rust = connschema::from_slice::<Request>(doc.to_string().as_bytes());
    let got: Vec<(String, Code)> =
        rust.as_ref().err().map(|e| e.iter().map(|v| (v.path.pointer(), v.code)).collect()).unwrap_or_default();
    let expected: Vec<(String, Code)> = expected.iter().map(|(p, c)| ((*p).to_owned(), *c)).collect();
    assert_eq!(got, expected, "{doc}");
    let schema = connschema::schema::export_with_id::<Request>("https://connschema.test/tagged.json");
    let peer = connschema_testing::peer(&schema).expect("schema compiles");
    assert_eq!(peer.is_valid(&doc), rust.is_ok(), "jsonschema disagrees on {doc}");
}

#[test]
fn the_tag_selects_the_variant() {
    check(json!({"scheme": {"schemeType": "api-key", "name": "x-key"}}), &[]);
    check(json!({"scheme": {"name": "x-key", "schemeType": "api-key", "header": "h"}}), &[]);
    check(json!({"scheme": {"schemeType": "none"}}), &[]);
    let parsed: Request =
        connschema::from_str(&json!({"scheme": {"name": "k", "schemeType": "api-key"}}).to_string()).expect("valid");
    assert_eq!(parsed.scheme, Scheme::ApiKey(ApiKey { name: "k".into(), header: None }));
    assert_eq!(parsed.scheme.tag_value(), "api-key");
}

#[test]
fn tag_problems() {
    check(json!({"scheme": {"name": "k"}}), &[("/scheme/schemeType", Required)]);
    check(json!({"scheme": {"schemeType": "oauth2"}}), &[("/scheme/schemeType", Enum)]);
    check(json!({"scheme": {"schemeType": "API-KEY"}}), &[("/scheme/schemeType", Enum)]);
    check(json!({"scheme": {"schemeType": 1}}), &[("/scheme/schemeType", Type)]);
    check(json!({"scheme": "api-key"}), &[("/scheme", Type)]);
}

#[test]
fn members_given_twice() {
    let doc = |members: &str| format!(r#"{{"scheme":{{{members}}}}}"#);
    let parse = |doc: &str| {
        connschema::from_str::<Request>(doc)
            .expect_err("invalid")
            .iter()
            .map(|v| (v.path.pointer(), v.code))
            .collect::<Vec<_>>()
    };
    let at = |path: &str| vec![(path.to_owned(), Syntax)];
    // The tag again after it decided the variant, and a member again on either side of the tag.
    assert_eq!(parse(&doc(r#""schemeType":"api-key","name":"k","schemeType":"none""#)), at("/scheme/schemeType"));
    assert_eq!(parse(&doc(r#""name":"k","schemeType":"api-key","name":"k""#)), at("/scheme/name"));
    assert_eq!(parse(&doc(r#""name":"k","name":"k","schemeType":"api-key""#)), at("/scheme/name"));
}

#[test]
fn after_a_bad_tag_the_rest_is_still_read_as_json() {
    let mut doc = br#"{"scheme":{"schemeType":"oauth2","name":""#.to_vec();
    doc.extend([0xff, b'"', b'}', b'}']);
    let violations = connschema::from_slice::<Request>(&doc).expect_err("invalid");
    let got: Vec<_> = violations.iter().map(|v| (v.path.pointer(), v.code)).collect();
    assert_eq!(got, [("/scheme/name".to_owned(), Syntax)]);
}

#[test]
fn the_variant_checks_the_rest_strictly_inside_a_strict_message() {
    check(json!({"scheme": {"schemeType": "api-key"}}), &[("/scheme/name", Required)]);
    check(
        json!({"scheme": {"schemeType": "api-key", "name": "k", "header": "123456789"}}),
        &[("/scheme/header", Length)],
    );
    check(json!({"scheme": {"schemeType": "none", "name": "k"}}), &[("/scheme/name", UnknownField)]);
}

#[test]
fn serializes_with_the_tag_first() {
    let value = Request { scheme: Scheme::ApiKey(ApiKey { name: "k".into(), header: None }) };
    assert_eq!(serde_json::to_string(&value).expect("serializes"), r#"{"scheme":{"schemeType":"api-key","name":"k"}}"#);
}

mod untagged {
    use connschema::{Code, Model};

    #[derive(Debug, PartialEq, Model)]
    struct Reference {
        id: String,
    }

    #[derive(Debug, PartialEq, Model)]
    struct Inline {
        id: String,
        body: String,
    }

    /// No default: an object with no deciding member breaks a rule, and `id`, which both have,
    /// decides nothing.
    #[derive(Debug, PartialEq, Model)]
    #[model(untagged)]
    enum Either {
        Reference(Reference),
        Inline(Inline),
    }

    #[test]
    fn the_member_only_one_variant_has_decides() {
        let inline = connschema::from_str::<Either>(r#"{"id": "a", "body": "b"}"#).expect("inline");
        assert_eq!(inline, Either::Inline(Inline { id: "a".into(), body: "b".into() }));
        let errors = connschema::from_str::<Either>(r#"{"id": "a"}"#).expect_err("nothing decides");
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].path.is_root(), errors[0].code), (true, Code::Rule));
        assert_eq!(errors[0].message, "must hold one of the members body");
    }
}
