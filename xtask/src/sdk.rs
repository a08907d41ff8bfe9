//! `cargo xtask sdk`: the vendors' own SDKs against `connschema serve`. boto3 and the Huawei
//! Cloud SDK (pytest, `sdk/python`, pinned in its requirements, installed into `target/sdk/venv`),
//! the AWS SDK for JavaScript v3 (`node --test`, `sdk/node`, from its lock file) and Versori by
//! plain HTTP, against one `connschema serve` (`serve.rs`). Afterwards its log is read: one line
//! per request, and never the canary that every secret in the suites carries.

use crate::peers::{install_node, python_venv, run};
use crate::serve::{request_line, Server};
use crate::{target_dir, workspace_dir};
use std::hash::{BuildHasher, RandomState};
use std::process::Command;

pub fn run_all() -> Result<(), String> {
    let python = python_venv("sdk", "sdk/python/requirements.txt")?;
    let node = workspace_dir().join("sdk/node");
    install_node(&node)?;
    let canary = format!("CANARY-{:016x}", RandomState::new().hash_one(std::process::id()));
    let server = Server::start(&[], "sdk")?;
    println!("connschema serve at {}", server.endpoint);
    let binary = server.command.to_string_lossy().into_owned();
    let env = [
        ("CONNSCHEMA_ENDPOINT", server.endpoint.as_str()),
        ("CONNSCHEMA_CANARY", canary.as_str()),
        ("CONNSCHEMA_BIN", binary.as_str()),
    ];
    let python_suite = run(Command::new(&python)
        .args(["-m", "pytest", "-q", "-p", "no:cacheprovider"])
        .current_dir(workspace_dir().join("sdk/python"))
        .envs(env));
    // The SDK says, on Node 20, that later releases want Node 22: not a failure of ours.
    let node_suite = run(Command::new("node")
        .args(["--no-warnings", "--test", "--test-reporter=spec", "test/"])
        .current_dir(&node)
        .envs(env));
    let log = server.stop()?;
    python_suite?;
    node_suite?;
    let requests = log.lines().filter_map(request_line).filter(|(method, _)| *method == "POST").count();
    if requests < 50 {
        return Err(format!("the server logged {requests} requests; the suites send more"));
    }
    if log.contains(&canary) {
        return Err(format!("a secret reached the server's log ({})", target_dir().join("sdk/serve.log").display()));
    }
    println!("SDK suites: pass; the server logged {requests} requests, none with a secret");
    Ok(())
}
