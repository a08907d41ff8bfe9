//! `cargo xtask sdk`: the vendors' own SDKs against `connschema serve`. boto3 and the Huawei
//! Cloud SDK (pytest, `sdk/python`, pinned in its requirements, installed into `target/sdk/venv`),
//! the AWS SDK for JavaScript v3 (`node --test`, `sdk/node`, from its lock file) and Versori by
//! plain HTTP. The server listens on a port it picks on 127.0.0.1 and stops when this process
//! closes its standard input, however this process ends. Afterwards its log is read: one line per
//! request, and never the canary that every secret in the suites carries.

use crate::peers::{install_node, python_venv, run};
use crate::{target_dir, workspace_dir};
use std::fs::{self, File};
use std::hash::{BuildHasher, RandomState};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

/// A running `connschema serve`; dropping it closes its standard input, which stops it.
struct Server {
    child: Child,
    endpoint: String,
    log: PathBuf,
    /// The `connschema` command it runs, which the suites also call.
    command: PathBuf,
}

impl Server {
    fn start() -> Result<Self, String> {
        let command = crate::connschema_command()?;
        let log = target_dir().join("sdk/serve.log");
        fs::create_dir_all(target_dir().join("sdk")).map_err(|e| e.to_string())?;
        let stderr = File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?;
        let mut child = Command::new(&command)
            .args(["serve", "--addr", "127.0.0.1:0", "--until-stdin-closes"])
            .env("RUST_LOG", "info")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .map_err(|e| format!("cannot start connschema serve: {e}"))?;
        let mut line = String::new();
        if let Some(stdout) = child.stdout.take() {
            _ = BufReader::new(stdout).read_line(&mut line);
        }
        let Some(endpoint) = line.trim().strip_prefix("listening on ").map(str::to_owned) else {
            _ = child.kill();
            return Err(format!("connschema serve did not say where it listens: {line:?}"));
        };
        Ok(Self { child, endpoint, log, command })
    }

    /// Stops the server (it finishes what is in flight) and returns its log.
    fn stop(mut self) -> Result<String, String> {
        drop(self.child.stdin.take());
        let status = self.child.wait().map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("connschema serve ended with {status}"));
        }
        fs::read_to_string(&self.log).map_err(|e| format!("{}: {e}", self.log.display()))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        _ = self.child.wait();
    }
}

pub fn run_all() -> Result<(), String> {
    let python = python_venv("sdk", "sdk/python/requirements.txt")?;
    let node = workspace_dir().join("sdk/node");
    install_node(&node)?;
    let canary = format!("CANARY-{:016x}", RandomState::new().hash_one(std::process::id()));
    let server = Server::start()?;
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
    let requests = log.lines().filter(|l| l.contains("connschema::serve") && l.contains(" POST ")).count();
    if requests < 50 {
        return Err(format!("the server logged {requests} requests; the suites send more"));
    }
    if log.contains(&canary) {
        return Err(format!("a secret reached the server's log ({})", target_dir().join("sdk/serve.log").display()));
    }
    println!("SDK suites: pass; the server logged {requests} requests, none with a secret");
    Ok(())
}
