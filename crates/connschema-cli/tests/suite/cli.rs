//! The `connschema` binary as docs/contracts.md §6 specifies it.

use crate::common;

use common::run;
use std::path::Path;
use std::process::Output;

const OP: &str = "aws.events.CreateConnection";

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn workspace() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

const VALID: &str = r#"{"Name":"n","AuthorizationType":"BASIC","AuthParameters":{"BasicAuthParameters":{"Username":"u","Password":"p"}}}"#;

#[test]
fn list_prints_every_operation() {
    let out = run(&["list"], b"");
    assert!(out.status.success());
    let ids: Vec<_> = connschema_cli::apis::catalog().operations().iter().map(|op| op.id).collect();
    assert_eq!(stdout(&out), ids.iter().map(|id| format!("{id}\n")).collect::<String>());
    assert!(stdout(&out).contains("aws.events.CreateConnection\n"));
}

#[test]
fn schema_is_byte_identical_to_its_file() {
    for message in ["request", "response", "error.ThrottlingException"] {
        let out = run(&["schema", OP, message], b"");
        assert!(out.status.success());
        let file = workspace().join(format!("schemas/aws/events/CreateConnection/{message}.json"));
        assert_eq!(out.stdout, std::fs::read(&file).expect("schema file"), "{message}");
    }
}

#[test]
fn validate_valid_document() {
    let out = run(&["validate", OP, "request"], VALID.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "valid\n");
    let out = run(&["validate", OP, "request", "-", "--format", "json"], VALID.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "{\"valid\":true,\"errors\":[]}\n");
}

#[test]
fn validate_a_file() {
    let file = workspace().join("apis/aws/documents/aws/events/CreateConnection/request/basic.json");
    let out = run(&["validate", OP, "request", file.to_str().expect("UTF-8 path")], b"");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn validate_invalid_document() {
    let doc = r#"{"Name":"my conn","AuthorizationType":"BASIC","AuthParameters":{}}"#;
    let out = run(&["validate", OP, "request"], doc.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let lines: Vec<_> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("/Name: must match the pattern"), "{text}");
    assert_eq!(lines[1], "/AuthParameters/BasicAuthParameters: is required when AuthorizationType is BASIC");

    let out = run(&["validate", OP, "request", "--format", "json"], doc.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    assert_eq!(report["valid"], false);
    assert_eq!(report["errors"][0]["path"], "/Name");
    assert_eq!(report["errors"][0]["code"], "pattern");
    assert_eq!(report["errors"][1]["code"], "rule");
}

#[test]
fn not_json_exits_1_with_code_syntax() {
    let out = run(&["validate", OP, "request", "--format", "json"], b"{\"Name\": ");
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    assert_eq!(report["errors"][0]["code"], "syntax");
    // The input ends where the value of `Name` should be.
    assert_eq!(report["errors"][0]["path"], "/Name");
    let out = run(&["validate", OP, "request"], b"not json");
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).starts_with(": not valid JSON: expected ident"), "{}", stdout(&out));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["validate", "aws.nothing.Here", "request"][..],
        &["validate", OP, "params"],
        &["schema", OP, "error.Nope"],
        &["validate", OP, "request", "/no/such/file.json"],
        &["frobnicate"],
        &["validate", OP, "request", "--format", "xml"],
    ] {
        let out = run(args, VALID.as_bytes());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?} explains itself on stderr");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn secrets_never_reach_the_output() {
    const CANARY: &str = "CANARY-4d2e";
    let secret = format!("{CANARY}:\u{1}{}", "x".repeat(600));
    let doc = serde_json::json!({
        "Name": "n",
        "AuthorizationType": "API_KEY",
        "AuthParameters": {
            "ApiKeyAuthParameters": {"ApiKeyName": "k", "ApiKeyValue": secret},
            "BasicAuthParameters": {"Username": "u", "Password": secret},
            "InvocationHttpParameters": {"HeaderParameters": [{"Key": "k", "Value": secret}]}
        }
    })
    .to_string();
    for format in ["text", "json"] {
        let out = run(&["validate", OP, "request", "--format", format], doc.as_bytes());
        assert_eq!(out.status.code(), Some(1));
        let all = format!("{}{}", stdout(&out), String::from_utf8_lossy(&out.stderr));
        assert!(all.contains("ApiKeyValue"), "{all}");
        assert!(!all.contains(CANARY), "{format} output leaks the secret: {all}");
    }
}

#[test]
fn input_above_the_size_limit_is_refused() {
    let doc = VALID.as_bytes();
    let at_limit = doc.len().to_string();
    let below = (doc.len() - 1).to_string();

    let out = run(&["validate", OP, "request", "--max-bytes", &at_limit], doc);
    assert_eq!((out.status.code(), stdout(&out).as_str()), (Some(0), "valid\n"));

    let out = run(&["validate", OP, "request", "--max-bytes", &below], doc);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("standard input is larger than {below} bytes")), "{stderr}");
    assert!(stderr.contains("--max-bytes"), "{stderr}");

    // A file, refused without being read whole; the default limit is 16 MiB.
    let big = std::env::temp_dir().join(format!("connschema-big-{}.json", std::process::id()));
    let file = std::fs::File::create(&big).expect("temp file");
    file.set_len((16 << 20) + 1).expect("sparse file");
    let out = run(&["validate", OP, "request", big.to_str().expect("UTF-8 path")], b"");
    std::fs::remove_file(&big).expect("remove temp file");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is larger than 16777216 bytes"), "{out:?}");
}

#[test]
fn hostile_input_gets_a_verdict_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let unclosed = "{\"a\":".repeat(10_000);
    for (input, expected) in [
        (deep.as_bytes(), ": not valid JSON: recursion limit exceeded at line 1 column 128\n"),
        (unclosed.as_bytes(), "/a: not valid JSON: recursion limit exceeded at line 1 column 636\n"),
        (b"\xef\xbb\xbf{}".as_slice(), ": not valid JSON: the document starts with a byte order mark (U+FEFF)\n"),
        (b"".as_slice(), ": not valid JSON: the document is empty\n"),
        (b"{\"Name\":\"\xff\"}".as_slice(), "/Name: not valid JSON: invalid unicode code point at line 1 column 10\n"),
    ] {
        let out = run(&["validate", OP, "request"], input);
        assert_eq!((out.status.code(), stdout(&out).as_str()), (Some(1), expected));
    }
}

#[test]
fn max_violations_bounds_the_report_and_keeps_the_verdict() {
    let doc = br#"{"Name": "my conn", "Description": 7, "KmsKeyIdentifier": 8}"#;
    let op = "aws.events.CreateConnection";
    let all = stdout(&run(&["validate", op, "request"], doc));
    assert_eq!(all.lines().count(), 5, "{all}");
    let text = run(&["validate", op, "request", "--max-violations", "2"], doc);
    assert_eq!(text.status.code(), Some(1));
    let expected: Vec<&str> = all.lines().take(2).chain(["and 3 more violations"]).collect();
    assert_eq!(stdout(&text).lines().collect::<Vec<_>>(), expected);
    let json = run(&["validate", op, "request", "--max-violations", "2", "--format", "json"], doc);
    let report: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    assert_eq!(report["valid"], false);
    assert_eq!(report["errors"].as_array().map(Vec::len), Some(2));
    assert_eq!(report["omitted"], 3);
    // Zero keeps the verdict and the count alone; a valid document is valid under any bound.
    let none = run(&["validate", op, "request", "--max-violations", "0"], doc);
    assert_eq!((none.status.code(), stdout(&none).trim()), (Some(1), "and 5 more violations"));
    let valid = std::fs::read(workspace().join("apis/aws/documents/aws/events/CreateConnection/request/basic.json"))
        .expect("example");
    let ok = run(&["validate", op, "request", "--max-violations", "0"], &valid);
    assert_eq!((ok.status.code(), stdout(&ok).trim()), (Some(0), "valid"));
}
