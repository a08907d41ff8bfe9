//! The schema generator behind `cargo xtask gen` and `cargo xtask check`: one function computes
//! every file of `schemas/`, and either writes them or compares them (as in rust-analyzer's xtask).

pub mod answers;
pub mod conformance;
pub mod corpus;
pub mod crate_map;
pub mod drift;
pub mod fuzz;
pub mod module_graph;
pub mod packages;
pub mod peers;
pub mod schemathesis;
pub mod sdk;
pub mod serve;
pub mod suite;
pub mod wasm;
pub mod web;

pub use connschema::catalog::{existing_files, sync, Mode};
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// The corpus that CI runs (`cargo xtask conformance`): documents over all messages, and the seed
/// that makes them.
pub const CI_CORPUS: usize = 100_000;

/// The slice of that corpus that `cargo test` runs through Rust and `jsonschema`, so that a drift
/// shows in the test command too; the whole corpus runs in `cargo xtask conformance`.
pub const TEST_CORPUS: usize = 3_000;
pub const CI_SEED: u64 = 20_261_125;

/// The workspace's root folder.
pub fn workspace_dir() -> PathBuf {
    let xtask = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask.parent().map_or_else(|| xtask.join(".."), Path::to_path_buf)
}

/// The workspace's `schemas/` folder.
pub fn schemas_dir() -> PathBuf {
    workspace_dir().join("schemas")
}

/// Cargo's target folder (`CARGO_TARGET_DIR` when set), where the harnesses keep what they install.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| workspace_dir().join("target"), PathBuf::from)
}

/// Every generated file, by its path relative to `schemas/`.
pub fn expected_files() -> BTreeMap<String, String> {
    connschema_cli::apis::catalog().files()
}

/// Brings `dir` in line with [`expected_files`] (`Write`) or lists how it differs (`Check`).
/// Returns the stale paths: changed, missing or no longer generated.
pub fn generate(dir: &Path, mode: Mode) -> io::Result<Vec<String>> {
    connschema_cli::apis::catalog().sync(dir, mode)
}

/// `cargo <args>` in the workspace, with the cargo that runs xtask.
pub fn cargo(args: &[&str]) -> std::process::Command {
    let mut command = std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.args(args).current_dir(workspace_dir());
    command
}

/// Brings `dir` (shown by its path in the workspace) in line with `expected`, or checks it, and says
/// what it found: the stale files are an error in `Check` mode.
pub fn sync_reported(dir: &Path, expected: &BTreeMap<String, String>, mode: Mode) -> Result<(), String> {
    let shown = dir.strip_prefix(workspace_dir()).unwrap_or(dir).display().to_string();
    let stale = sync(dir, expected, mode).map_err(|e| format!("{}: {e}", dir.display()))?;
    match mode {
        _ if stale.is_empty() => println!("{shown}/ is up to date"),
        Mode::Write => {
            println!("wrote {} file(s) under {shown}/:", stale.len());
            stale.iter().for_each(|path| println!("  {path}"));
        }
        Mode::Check => {
            let list: Vec<String> = stale.iter().map(|path| format!("  {shown}/{path}")).collect();
            return Err(format!("{shown}/ is stale; run `cargo xtask gen`. Differing files:\n{}", list.join("\n")));
        }
    }
    Ok(())
}
