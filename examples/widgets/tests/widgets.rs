//! Acme's own API, tested like the five: its schemas fresh, its example documents valid, every
//! constraint at its bounds with the `jsonschema` crate agreeing on each document, and its own
//! command (`widgets`, connschema's tools over its catalog) end to end.

use acme_widgets::{CATALOG, CREATE_WIDGET};
use connschema::catalog::Mode;
use connschema::Code::{self, *};
use serde_json::{json, Value};
use std::process::Command;

const OP: &str = "acme.widgets.CreateWidget";

fn validator(message: &str) -> connschema_testing::Validator {
    let message = CREATE_WIDGET.message(message).expect("message");
    connschema_testing::peer(&CATALOG.schema(&CREATE_WIDGET, message)).expect("the schema compiles")
}

/// The violations of `doc`, after asserting that `jsonschema` reaches the same verdict.
#[track_caller]
fn check(message: &str, doc: &Value, expected: &[(&str, Code)]) {
    let bytes = doc.to_string();
    let rust = CREATE_WIDGET.message(message).expect("message").validate(bytes.as_bytes());
    let peer: Vec<String> = validator(message).iter_errors(doc).map(|e| format!("{} {e}", e.instance_path())).collect();
    assert_eq!(rust.is_ok(), peer.is_empty(), "disagree on {bytes}\nRust: {rust:?}\njsonschema: {peer:?}");
    let mut got: Vec<(String, Code)> =
        rust.err().map(|v| v.iter().map(|v| (v.path.pointer(), v.code)).collect()).unwrap_or_default();
    let mut want: Vec<(String, Code)> = expected.iter().map(|(p, c)| ((*p).to_owned(), *c)).collect();
    got.sort_by(|a, b| a.0.cmp(&b.0));
    want.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(got, want, "document: {bytes}");
}

fn request(edit: impl FnOnce(&mut Value)) -> Value {
    let mut doc = json!({"name": "edge", "kind": "tcp", "port": 80});
    edit(&mut doc);
    doc
}

#[test]
fn schemas_are_fresh() {
    let stale = CATALOG.sync(&acme_widgets::schemas_dir(), Mode::Check).expect("schemas/ is readable");
    assert!(stale.is_empty(), "run `cargo run -p acme-widgets --bin widgets-gen`: {stale:?}");
    let index: Value =
        serde_json::from_str(&std::fs::read_to_string(acme_widgets::schemas_dir().join("index.json")).expect("index"))
            .expect("index.json is JSON");
    assert_eq!(index["operations"][0]["id"], OP);
    let request = &CATALOG.schema(&CREATE_WIDGET, CREATE_WIDGET.message("request").expect("request"));
    assert_eq!(request["$id"], "https://widgets.example/schemas/acme/widgets/CreateWidget/request.json");
}

#[test]
fn example_documents_are_valid() {
    let dir = acme_widgets::documents_dir().join("acme/widgets/CreateWidget");
    let mut seen = 0;
    for message in CREATE_WIDGET.messages {
        for entry in std::fs::read_dir(dir.join(message.name)).expect("a folder per message") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("readable");
            check(message.name, &serde_json::from_str(&text).expect("JSON"), &[]);
            seen += 1;
        }
    }
    assert!(seen >= 4, "{seen} documents");
}

#[test]
fn every_constraint_at_its_bounds() {
    check("request", &request(|d| d["name"] = json!("a".repeat(63))), &[]);
    check("request", &request(|d| d["name"] = json!("a".repeat(64))), &[("/name", Length)]);
    check("request", &request(|d| d["name"] = json!("9lives")), &[("/name", Pattern)]);
    check("request", &request(|d| d["port"] = json!(65535)), &[]);
    check("request", &request(|d| d["port"] = json!(0)), &[("/port", Range)]);
    check("request", &request(|d| d["port"] = json!(65536)), &[("/port", Range)]);
    check("request", &request(|d| d["weight"] = json!(1)), &[]);
    check("request", &request(|d| d["weight"] = json!(0)), &[("/weight", Range)]);
    check("request", &request(|d| d["weight"] = json!(1.01)), &[("/weight", Range)]);
    check("request", &request(|d| d["kind"] = json!("udp")), &[("/kind", Enum)]);
    check("request", &request(|d| d["tags"] = json!(["a", "b"])), &[]);
    check("request", &request(|d| d["tags"] = json!(["a", "a"])), &[("/tags", Items)]);
    check("request", &request(|d| d["tags"] = json!([""])), &[("/tags/0", Length)]);
    check(
        "request",
        &request(|d| d["tags"] = json!((0..11).map(|i| format!("t{i}")).collect::<Vec<_>>())),
        &[("/tags", Items)],
    );
    check("request", &request(|d| d["labels"] = json!({"team": "x"})), &[]);
    check("request", &request(|d| d["labels"] = json!({"Team": "x"})), &[("/labels/Team", Pattern)]);
    check("request", &request(|d| d["labels"] = json!({"team": "x".repeat(256)})), &[("/labels/team", Length)]);
    let many: serde_json::Map<String, Value> = (0..17).map(|i| (format!("l{i}"), json!("v"))).collect();
    check("request", &request(|d| d["labels"] = Value::Object(many)), &[("/labels", Items)]);
    check("request", &request(|d| d["url"] = json!("not a uri")), &[("/url", Format)]);
    check("request", &request(|d| d["extra"] = json!(1)), &[("/extra", UnknownField)]);
    check("request", &json!({}), &[("/name", Required), ("/kind", Required), ("/port", Required)]);
}

#[test]
fn the_rule_runs_beside_every_other_violation() {
    check("request", &request(|d| d["kind"] = json!("http")), &[("/url", Rule)]);
    check(
        "request",
        &request(|d| {
            d["kind"] = json!("http");
            d["port"] = json!("80");
            d["tags"] = json!(["a", 1]);
        }),
        &[("/url", Rule), ("/port", Type), ("/tags/1", Type)],
    );
    check(
        "request",
        &request(|d| {
            d["kind"] = json!("http");
            d["url"] = json!(5);
        }),
        &[("/url", Type)],
    );
}

#[test]
fn the_response_and_the_error() {
    let created =
        json!({"id": "wdg-0a1b2c3d", "name": "n", "kind": "tcp", "port": 1, "createdAt": "2026-12-02T21:45:00Z"});
    check("response", &created, &[]);
    let mut bad = created.clone();
    bad["id"] = json!("wdg-XYZ");
    bad["createdAt"] = json!("yesterday");
    check("response", &bad, &[("/id", Pattern), ("/createdAt", Format)]);
    check("error", &json!({"code": "quota", "message": "too many widgets"}), &[]);
    check("error", &json!({"code": "nope", "message": "m"}), &[("/code", Enum)]);
}

fn widgets(args: &[&str], stdin: &str) -> (i32, String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_widgets"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("widgets runs");
    match child.stdin.take().expect("stdin").write_all(stdin.as_bytes()) {
        // A command that reads no input may have ended before the write: nothing was lost.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        written => written.expect("write"),
    }
    let out = child.wait_with_output().expect("widgets ends");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn its_own_command_lists_prints_and_validates() {
    assert_eq!(widgets(&["list"], ""), (0, format!("{OP}\n"), String::new()));
    assert_eq!(widgets(&["list", OP], "").1, "request\nresponse\nerror\n");
    let file = std::fs::read_to_string(acme_widgets::schemas_dir().join("acme/widgets/CreateWidget/request.json"))
        .expect("file");
    assert_eq!(widgets(&["schema", OP, "request"], "").1, file);
    let docs = acme_widgets::documents_dir().join("acme/widgets/CreateWidget/request");
    let (code, out, _) = widgets(&["validate", OP, "request", docs.to_str().expect("path")], "");
    assert_eq!(code, 0, "{out}");
    let secret = "secret-key-that-is-never-shown";
    let (code, out, err) = widgets(
        &["validate", OP, "request", "--format", "json"],
        &format!(r#"{{"name": "w", "kind": "tcp", "port": 0, "apiKey": "{secret}", "tags": "x"}}"#),
    );
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(out.trim()).expect("one JSON report");
    let paths: Vec<&str> =
        report["errors"].as_array().expect("errors").iter().filter_map(|e| e["path"].as_str()).collect();
    assert_eq!(paths, ["/port", "/tags"]);
    assert!(!out.contains(secret) && !err.contains(secret));
    let (code, _, err) = widgets(&["validate", "acme.widgets.CreateWidgit", "request"], "{}");
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `acme.widgets.CreateWidget`"), "{err}");
    // Its help is under its own name, and it claims no version of connschema-cli's as its own.
    let (code, help, _) = widgets(&["--help"], "");
    assert_eq!(code, 0);
    assert!(help.contains("Usage: widgets <COMMAND>") && !help.contains("--version"), "{help}");
    let (code, out, err) = widgets(&["--version"], "");
    assert_eq!(code, 2);
    assert!(!out.contains("connschema-cli") && !err.contains("connschema-cli"), "{out}{err}");
}
