//! `cargo xtask schemathesis`: schemathesis (pinned in `conformance/schemathesis/requirements.txt`,
//! installed into `target/schemathesis/venv`) runs `schemas/openapi.json` against `connschema serve
//! --stateless`, bare from the repository root as `schemathesis.toml` there describes. Afterwards
//! the server's log, one line per request, says how many requests each operation received: at
//! least [`MIN_REQUESTS`] each, or the run proves too little.

use crate::peers::{python_venv, run};
use crate::serve::{request_line, Server};
use crate::workspace_dir;
use connschema::registry::Operation;
use std::process::Command;

/// The fewest requests at an operation's method and path that a run must send.
pub const MIN_REQUESTS: usize = 1000;

pub fn run_all() -> Result<(), String> {
    let python = python_venv("schemathesis", "conformance/schemathesis/requirements.txt")?;
    let schemathesis = python.with_file_name("schemathesis");
    let server = Server::start(&["--stateless"], "schemathesis")?;
    println!("connschema serve --stateless at {}", server.endpoint);
    let outcome = run(Command::new(&schemathesis)
        .args(["run", "schemas/openapi.json", "--url", &server.endpoint])
        .current_dir(workspace_dir())
        .env("SCHEMATHESIS_HOOKS", "hooks")
        .env("PYTHONPATH", workspace_dir().join("conformance/schemathesis")));
    let log = server.stop()?;
    outcome?;
    let mut short = Vec::new();
    for op in connschema_cli::apis::catalog().operations() {
        let received = log.lines().filter_map(request_line).filter(|(method, path)| is_call(op, method, path)).count();
        println!("{:<45} {received:>6} requests", op.id);
        if received < MIN_REQUESTS {
            short.push(format!("{} received {received} requests, fewer than {MIN_REQUESTS}", op.id));
        }
    }
    match short.is_empty() {
        true => Ok(()),
        false => Err(short.join("\n")),
    }
}

/// Whether a request of `method` at `path` calls `op`: its method, and its path template with
/// each `{parameter}` one segment (as the router matches it).
pub fn is_call(op: &Operation, method: &str, path: &str) -> bool {
    let (template, path) = (op.path.split('/'), path.split('/'));
    method == op.method
        && template.clone().count() == path.clone().count()
        && template.zip(path).all(|(want, got)| want == got || (want.starts_with('{') && !got.is_empty()))
}
