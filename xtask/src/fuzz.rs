//! `cargo xtask fuzz`: seeds the cargo-fuzz targets of `fuzz/` from the example documents and
//! runs each for a while, printing how many inputs it tried. A crash stops the run; libFuzzer
//! leaves the input under `fuzz/artifacts/<target>/`, and it belongs in `fuzz/regressions/<target>/`,
//! which the regression test replays on every `cargo test`.

use crate::corpus::examples;
use crate::peers::run;
use crate::{target_dir, workspace_dir};
use std::fs;
use std::process::Command;

/// The targets, each with the seeds that start it: the raw-bytes target gets every example behind
/// the byte that picks its message; the structure-aware target gets every (message, example) pair
/// with no edits.
pub const TARGETS: [&str; 2] = ["parse_bytes", "edited_examples"];

/// Writes the seeds of every target under `target/fuzz-seeds/<target>/`.
pub fn write_seeds() -> Result<(), String> {
    let root = target_dir().join("fuzz-seeds");
    let messages =
        connschema_cli::apis::catalog().operations().iter().flat_map(|op| op.messages.iter().map(move |m| (*op, m)));
    let mut seeds: Vec<(&str, String, Vec<u8>)> = Vec::new();
    for (index, (op, message)) in messages.enumerate() {
        let pick = u8::try_from(index).map_err(|_| "more than 256 messages".to_owned())?;
        let docs = examples(op, message).map_err(|e| format!("examples: {e}"))?;
        for (n, doc) in docs.iter().enumerate() {
            let mut bytes = vec![pick];
            bytes.extend(serde_json::to_vec(doc).map_err(|e| e.to_string())?);
            seeds.push((TARGETS[0], format!("{index:02}-{n}"), bytes));
            let n8 = u8::try_from(n).map_err(|_| "more than 256 examples".to_owned())?;
            seeds.push((TARGETS[1], format!("{index:02}-{n}"), vec![pick, n8]));
        }
    }
    for target in TARGETS {
        let dir = root.join(target);
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    for (target, name, bytes) in seeds {
        let path = root.join(target).join(name);
        fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// Runs every target for `seconds`, after installing cargo-fuzz if it is missing.
pub fn run_all(seconds: u64) -> Result<(), String> {
    if Command::new("cargo").args(["fuzz", "--version"]).output().map_or(true, |o| !o.status.success()) {
        run(Command::new("cargo").args(["install", "cargo-fuzz", "--locked", "--version", "0.13.2"]))?;
    }
    write_seeds()?;
    let mut summary = Vec::new();
    for target in TARGETS {
        let corpus = target_dir().join("fuzz-corpus").join(target);
        fs::create_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
        let seeds = target_dir().join("fuzz-seeds").join(target);
        let output = Command::new("cargo")
            // cargo-fuzz passes unstable flags to rustc; the stable toolchain takes them this way.
            .env("RUSTC_BOOTSTRAP", "1")
            .current_dir(workspace_dir())
            .args(["fuzz", "run", target, "--sanitizer", "none"])
            .arg(&corpus)
            .arg(&seeds)
            .args(["--", &format!("-max_total_time={seconds}"), "-print_final_stats=1", "-timeout=10"])
            .args(["-rss_limit_mb=2048", "-max_len=65536"])
            .output()
            .map_err(|e| format!("cargo fuzz: {e}"))?;
        let log = String::from_utf8_lossy(&output.stderr);
        let stat = |name: &str| {
            log.lines()
                .find_map(|l| l.strip_prefix(name))
                .map_or("?".to_owned(), |v| v.trim_start_matches(':').trim().to_owned())
        };
        let line = format!(
            "{target}: {} executions in {seconds} s ({} per second), corpus {} inputs, peak RSS {} MB",
            stat("stat::number_of_executed_units"),
            stat("stat::average_exec_per_sec"),
            fs::read_dir(&corpus).map_or(0, Iterator::count),
            stat("stat::peak_rss_mb"),
        );
        println!("{line}");
        if !output.status.success() {
            let tail: Vec<&str> = log.lines().rev().take(40).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            return Err(format!(
                "{target} failed ({}); the input is under fuzz/artifacts/{target}/:\n{}",
                output.status,
                tail.join("\n")
            ));
        }
        summary.push(line);
    }
    println!("0 crashes:\n  {}", summary.join("\n  "));
    Ok(())
}
