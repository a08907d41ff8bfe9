//! What a `connschema` binary answers, recorded as lines of JSON: the CLI's `validate --format
//! json` report of each document, and `connschema serve`'s answer to each request document (its
//! status, content type, error name and body; for a success, the path of every member in document
//! order, as its ids and times are new each time). Recorded once from a binary and held to the
//! next, this shows that a change that should not change what users get (a refactoring) changes
//! none of it, byte for byte.

use crate::corpus::{self, Case};
use crate::serve::Server;
use crate::suite::Suite;
use connschema::registry::Operation;
use serde_json::{json, Map, Value};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};

/// The record: `xtask/answers.jsonl`.
pub fn record_path() -> std::path::PathBuf {
    crate::workspace_dir().join("xtask/answers.jsonl")
}

/// The corpus documents recorded beside the examples: an even sample of CI's corpus (its
/// systematic edits and random stacks, every message), small enough for a fixture.
pub const SAMPLE: usize = 1_000;

/// The documents recorded: every example, then the corpus (`full`) or an even sample of it, each
/// with its operation and message.
pub fn cases(full: bool) -> Result<Vec<Case>, String> {
    let suite = Suite::shipped();
    let mut cases = Vec::new();
    for op in suite.catalog.operations() {
        for message in op.messages {
            let examples = corpus::examples(op, message).map_err(|e| format!("{} {}: {e}", op.id, message.name))?;
            cases.extend(examples.into_iter().map(|doc| Case { op, message, doc }));
        }
    }
    let corpus = corpus::generate_for(&suite, crate::CI_CORPUS, crate::CI_SEED).map_err(|e| e.to_string())?;
    let step = if full { 1 } else { corpus.len().div_ceil(SAMPLE).max(1) };
    cases.extend(corpus.into_iter().step_by(step));
    Ok(cases)
}

/// The answers of the binary `command` to `cases`, one line each, in their order: the CLI's
/// first, then the server's to the request documents.
pub fn record(command: &Path, cases: &[Case]) -> Result<Vec<String>, String> {
    let mut lines = Vec::new();
    let mut groups: Vec<(&str, &str, Vec<&Value>)> = Vec::new();
    for case in cases {
        match groups.iter_mut().find(|(op, message, _)| *op == case.op.id && *message == case.message.name) {
            Some((_, _, docs)) => docs.push(&case.doc),
            None => groups.push((case.op.id, case.message.name, vec![&case.doc])),
        }
    }
    for (op, message, docs) in &groups {
        let reports = validate(command, op, message, docs)?;
        for report in reports {
            lines.push(json!({ "op": op, "message": message, "cli": report }).to_string());
        }
    }
    let server = Server::start_command(command.to_path_buf(), &["--stateless"], "answers")?;
    for case in cases.iter().filter(|c| c.message.name == "request") {
        let answer = send(&server.endpoint, case.op, &case.doc)?;
        lines.push(json!({ "op": case.op.id, "serve": answer }).to_string());
    }
    server.stop()?;
    Ok(lines)
}

/// `connschema validate <op> <message> --ndjson --format json` over `docs`: one report each.
fn validate(command: &Path, op: &str, message: &str, docs: &[&Value]) -> Result<Vec<Value>, String> {
    let mut child = Command::new(command)
        .args(["validate", op, message, "--ndjson", "--format", "json", "--max-bytes", &u64::MAX.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("{}: {e}", command.display()))?;
    let input: String = docs.iter().map(|doc| format!("{doc}\n")).collect();
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    writer.join().map_err(|_| "the writer panicked")?.map_err(|e| format!("{op} {message}: {e}"))?;
    let text = String::from_utf8(out.stdout).map_err(|e| e.to_string())?;
    let reports: Vec<Value> =
        text.lines().map(serde_json::from_str).collect::<Result<_, _>>().map_err(|e| e.to_string())?;
    match reports.len() == docs.len() {
        true => Ok(reports),
        false => Err(format!("{op} {message}: {} reports for {} documents", reports.len(), docs.len())),
    }
}

/// The answer to `body` sent as a request of `op`, with its first example's parameters and a
/// credential of the form its scheme takes.
fn send(endpoint: &str, op: &Operation, body: &Value) -> Result<Value, String> {
    let params = connschema_testing::examples(op.id, "params").into_iter().next().map(|(_, p)| p);
    let params = params.as_ref().and_then(Value::as_object).cloned().unwrap_or_default();
    let head = connschema_testing::head(op, &params);
    let (status, response_headers, text) = http(endpoint, op.method, &head.path, &head.headers, &body.to_string())?;
    let header = |name: &str| response_headers.get(name).cloned().unwrap_or_default();
    let mut answer = Map::new();
    answer.insert("status".into(), status.into());
    answer.insert("content-type".into(), header("content-type").into());
    answer.insert("x-amzn-errortype".into(), header("x-amzn-errortype").into());
    if (200..300).contains(&status) {
        let body: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        let mut members = Vec::new();
        member_paths(&body, "", &mut members);
        answer.insert("members".into(), json!(members));
    } else {
        // The request's id is new each time: the body names it where the protocol does.
        let mut text = text;
        for id in [header("x-amzn-requestid"), header("x-request-id")].iter().filter(|id| !id.is_empty()) {
            text = text.replace(id.as_str(), "<request-id>");
        }
        answer.insert("body".into(), text.into());
    }
    Ok(Value::Object(answer))
}

/// The JSON Pointer of every member of `value`, in document order: a success's shape, whose
/// values (ids, times) are new each time.
fn member_paths(value: &Value, at: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(members) => members.iter().for_each(|(name, v)| {
            let path = format!("{at}/{}", name.replace('~', "~0").replace('/', "~1"));
            out.push(path.clone());
            member_paths(v, &path, out);
        }),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| member_paths(v, &format!("{at}/{i}"), out)),
        _ => {}
    }
}

/// One HTTP/1.1 exchange on a connection of its own: the status, the headers (names in lower
/// case) and the body.
fn http(
    endpoint: &str,
    method: &str,
    path: &str,
    headers: &[(String, String)],
    body: &str,
) -> Result<(u16, std::collections::BTreeMap<String, String>, String), String> {
    let address = endpoint.strip_prefix("http://").unwrap_or(endpoint);
    let mut stream = TcpStream::connect(address).map_err(|e| format!("{address}: {e}"))?;
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    // A server may answer before it reads the whole body (a refusal by the head alone) and close.
    if let Err(e) = stream.write_all(request.as_bytes()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe && e.kind() != std::io::ErrorKind::ConnectionReset {
            return Err(format!("{method} {path}: {e}"));
        }
    }
    let mut response = String::new();
    stream.read_to_string(&mut response).map_err(|e| e.to_string())?;
    let (head, text) = response.split_once("\r\n\r\n").ok_or("an answer without a head")?;
    let mut lines = head.lines();
    let status = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|s| s.parse().ok()).ok_or("no status")?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    Ok((status, headers, text.to_owned()))
}
