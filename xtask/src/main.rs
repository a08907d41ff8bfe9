//! `cargo xtask gen` writes schemas/; `cargo xtask check` fails, naming the files, when it is stale.

use std::process::ExitCode;
use xtask::{generate, schemas_dir, Mode};

fn main() -> ExitCode {
    let mode = match std::env::args().nth(1).as_deref() {
        Some("gen") => Mode::Write,
        Some("check") => Mode::Check,
        _ => {
            eprintln!("usage: cargo xtask gen | cargo xtask check");
            return ExitCode::from(2);
        }
    };
    let dir = schemas_dir();
    match generate(&dir, mode) {
        Ok(stale) if stale.is_empty() => {
            println!("schemas/ is up to date");
            ExitCode::SUCCESS
        }
        Ok(stale) if mode == Mode::Write => {
            println!("wrote {} file(s) under schemas/:", stale.len());
            stale.iter().for_each(|path| println!("  {path}"));
            ExitCode::SUCCESS
        }
        Ok(stale) => {
            eprintln!("schemas/ is stale; run `cargo xtask gen`. Differing files:");
            stale.iter().for_each(|path| eprintln!("  schemas/{path}"));
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("xtask: {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
