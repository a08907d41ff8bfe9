//! `connschema validate` on several inputs, directories and NDJSON; "did you mean"; `list <op>`
//! (docs/contracts.md §6).

use crate::common;

use common::run;
use serde_json::Value;
use std::path::{Path, PathBuf};

const OP: &str = "aws.events.CreateConnection";
const VALID: &str = r#"{"Name":"n","AuthorizationType":"BASIC","AuthParameters":{"BasicAuthParameters":{"Username":"u","Password":"p"}}}"#;
const INVALID: &str = r#"{"Name":"my conn","AuthorizationType":"BASIC","AuthParameters":{"BasicAuthParameters":{"Username":"u","Password":"p"}}}"#;

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// A directory of its own under the system's temporary one, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("connschema-batch-{name}-{}", std::process::id()));
        _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        Self(dir)
    }

    fn file(&self, name: &str, content: &str) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, content).expect("write");
        path.to_str().expect("UTF-8 path").to_owned()
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("UTF-8 path")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_directory_is_its_json_files_in_name_order_each_named() {
    let dir = TempDir::new("dir");
    let b = dir.file("b.json", INVALID);
    let a = dir.file("a.json", VALID);
    dir.file("notes.txt", "not a document");
    let out = run(&["validate", OP, "request", dir.path()], b"");
    assert_eq!(out.status.code(), Some(1), "one document is invalid");
    let stdout = text(&out.stdout);
    let lines: Vec<_> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(lines[0], format!("{a}: valid"));
    assert!(lines[1].starts_with(&format!("{b}: /Name: must match the pattern")), "{stdout}");

    // Files, directories and standard input together, in the order given.
    let out = run(&["validate", OP, "request", &a, "-", dir.path(), "--format", "json"], VALID.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let reports: Vec<Value> = text(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    let files: Vec<&str> = reports.iter().map(|r| r["file"].as_str().expect("file")).collect();
    assert_eq!(files, [a.as_str(), "-", a.as_str(), b.as_str()]);
    assert_eq!(reports.iter().map(|r| r["valid"] == true).collect::<Vec<_>>(), [true, true, true, false]);
    assert_eq!(reports[3]["errors"][0]["code"], "pattern");
    assert!(reports.iter().all(|r| r.get("line").is_none()), "whole files have no line");

    let all_valid = run(&["validate", OP, "request", &a, &a], b"");
    assert_eq!(all_valid.status.code(), Some(0));
}

#[test]
fn ndjson_names_each_line_and_keeps_input_order_across_threads() {
    let dir = TempDir::new("ndjson");
    // Enough documents for every thread to take many, valid and invalid ones interleaved.
    let mut body = String::new();
    for n in 0..5_000 {
        body.push_str(if n % 3 == 0 { INVALID } else { VALID });
        body.push_str(if n % 100 == 0 { "\r\n\n" } else { "\n" });
    }
    let file = dir.file("docs.ndjson", &body);
    dir.file("ignored.json", INVALID);
    for jobs in ["1", "2"] {
        let out = run(&["validate", OP, "request", "--ndjson", "--jobs", jobs, "--format", "json", dir.path()], b"");
        assert_eq!(out.status.code(), Some(1));
        let reports: Vec<Value> =
            text(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
        assert_eq!(reports.len(), 5_000, "blank lines are not documents; *.json is not NDJSON");
        let mut expected_line = 1;
        for (n, report) in reports.iter().enumerate() {
            assert_eq!(report["file"], file.as_str());
            assert_eq!(report["line"], expected_line, "document {n}");
            assert_eq!(report["valid"], n % 3 != 0, "document {n}");
            expected_line += if n % 100 == 0 { 2 } else { 1 };
        }
    }
    let out = run(&["validate", OP, "request", "--ndjson"], format!("{VALID}\n\n{INVALID}\n").as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("-:1: valid\n-:3: /Name: must match the pattern"), "{stdout}");
}

#[test]
fn nothing_to_validate_and_unreadable_inputs_are_usage_errors() {
    let dir = TempDir::new("empty");
    dir.file("notes.txt", "");
    let missing = Path::new(dir.path()).join("missing.json");
    for args in [
        vec!["validate", OP, "request", dir.path()],
        vec!["validate", OP, "request", "--ndjson", "-"],
        vec!["validate", OP, "request", missing.to_str().expect("UTF-8")],
        vec!["validate", OP, "request", "--jobs", "0"],
    ] {
        let out = run(&args, b"\n");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn a_mistyped_operation_or_message_gets_the_nearest_names() {
    let out = run(&["validate", "aws.event.CreateConnection", "request"], b"");
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("did you mean `aws.events.CreateConnection`?"), "{stderr}");

    let out = run(&["schema", OP, "error.ThrotlingException"], b"");
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("did you mean `error.ThrottlingException`?"), "{stderr}");

    let out = run(&["validate", "stripe.charges.Create", "request"], b"");
    assert!(!text(&out.stderr).contains("did you mean"), "nothing is near");
}

#[test]
fn list_of_an_operation_prints_its_messages_or_its_index_entry() {
    let op = connschema_cli::apis::catalog().operation(OP).expect("operation");
    let out = run(&["list", OP], b"");
    assert_eq!(out.status.code(), Some(0));
    let names: String = op.messages.iter().map(|m| format!("{}\n", m.name)).collect();
    assert_eq!(text(&out.stdout), names);

    let index: Value = serde_json::from_slice(
        &std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../schemas/index.json")).expect("index.json"),
    )
    .expect("JSON");
    let entry = index["operations"].as_array().expect("operations").iter().find(|e| e["id"] == OP).expect("entry");
    let out = run(&["list", OP, "--format", "json"], b"");
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).expect("JSON"), *entry);
    let out = run(&["list", "--format", "json"], b"");
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).expect("JSON"), index);

    let out = run(&["list", "aws.events.CreateConection"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("did you mean"));
}
