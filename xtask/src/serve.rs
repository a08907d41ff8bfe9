//! A `connschema serve` for the suites that test it from outside: it listens on a port it picks on
//! 127.0.0.1 and stops when this process closes its standard input, however this process ends.

use crate::target_dir;
use std::fs::{self, File};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

/// A running `connschema serve`; dropping it closes its standard input, which stops it.
pub struct Server {
    child: Child,
    pub endpoint: String,
    pub log: PathBuf,
    /// The `connschema` command it runs, which the suites also call.
    pub command: PathBuf,
}

impl Server {
    /// Starts `connschema serve` with `args` besides its address, logging to
    /// `target/<name>/serve.log`.
    pub fn start(args: &[&str], name: &str) -> Result<Self, String> {
        Self::start_command(crate::peers::connschema_command()?, args, name)
    }

    /// [`Server::start`] with a `connschema` command of one's choosing (another build's).
    pub fn start_command(command: PathBuf, args: &[&str], name: &str) -> Result<Self, String> {
        let dir = target_dir().join(name);
        fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let log = dir.join("serve.log");
        let stderr = File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?;
        let mut child = Command::new(&command)
            .args(["serve", "--addr", "127.0.0.1:0", "--until-stdin-closes"])
            .args(args)
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
    pub fn stop(mut self) -> Result<String, String> {
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

/// The method and path of one request line of the server's log (`… connschema::serve: POST
/// /v1/p/connections 200 123us id=…`).
pub fn request_line(line: &str) -> Option<(&str, &str)> {
    let (_, rest) = line.split_once("connschema::serve: ")?;
    let mut words = rest.split(' ');
    Some((words.next()?, words.next()?))
}
