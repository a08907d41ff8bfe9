//! The schema generator behind `cargo xtask gen` and `cargo xtask check`: one function computes
//! every file of `schemas/`, and either writes them or compares them (as in rust-analyzer's xtask).

pub mod conformance;
pub mod corpus;
pub mod fuzz;
pub mod peers;
pub mod sdk;

use connschema::registry;
use connschema::schema::to_pretty_json;
use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write what differs, delete what is no longer generated.
    Write,
    /// Change nothing; report what differs.
    Check,
}

/// The corpus that CI runs: documents over all messages, and the seed that makes them.
pub const CI_CORPUS: usize = 100_000;
pub const CI_SEED: u64 = 20_261_125;

/// The workspace's root folder.
pub fn workspace_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
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
    let mut files = BTreeMap::new();
    for op in registry::operations() {
        for message in op.messages {
            files.insert(op.schema_path(message), op.schema_text(message));
        }
    }
    files.insert("index.json".to_owned(), to_pretty_json(&registry::index()));
    files
}

/// Brings `dir` in line with [`expected_files`] (`Write`) or lists how it differs (`Check`).
/// Returns the stale paths: changed, missing or no longer generated.
pub fn generate(dir: &Path, mode: Mode) -> io::Result<Vec<String>> {
    sync(dir, &expected_files(), mode)
}

/// Brings `dir` in line with `expected` (relative path to content), or lists how it differs.
pub fn sync(dir: &Path, expected: &BTreeMap<String, String>, mode: Mode) -> io::Result<Vec<String>> {
    let mut stale = Vec::new();
    for (relative, text) in expected {
        let path = dir.join(relative);
        if fs::read(&path).ok().as_deref() == Some(text.as_bytes()) {
            continue;
        }
        stale.push(relative.clone());
        if mode == Mode::Write {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(&path, text)?;
        }
    }
    for relative in existing_files(dir)? {
        if !expected.contains_key(&relative) {
            if mode == Mode::Write {
                fs::remove_file(dir.join(&relative))?;
            }
            stale.push(relative);
        }
    }
    Ok(stale)
}

/// Every file under `dir`, relative to it, with `/` separators.
pub fn existing_files(dir: &Path) -> io::Result<Vec<String>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if let Ok(relative) = path.strip_prefix(dir) {
                found.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemas_are_fresh() {
        let stale = generate(&schemas_dir(), Mode::Check).expect("schemas/ is readable");
        assert!(stale.is_empty(), "schemas/ is stale, run `cargo xtask gen`: {stale:?}");
    }

    /// The CI-sized corpus: Rust and `jsonschema` reach the same verdict on every document, and
    /// the Rust violations include where `jsonschema` reports each of its errors (but for the one
    /// known kind, [`conformance::Disagreement::is_known_miss`]).
    #[test]
    fn the_ci_corpus_agrees_with_jsonschema() {
        let cases = corpus::generate(CI_CORPUS, CI_SEED).expect("examples are readable");
        let report = conformance::compare(&cases, |op, message| op.schema(message), |_, _, _| Ok(())).expect("compare");
        let shown: Vec<String> = report.disagreements.iter().take(10).map(ToString::to_string).collect();
        assert!(
            report.disagreements.is_empty(),
            "{} disagreement(s):\n{}",
            report.disagreements.len(),
            shown.join("\n")
        );
        assert!(report.documents >= CI_CORPUS, "{} documents", report.documents);
        assert!(
            report.valid > report.documents / 10 && report.valid < report.documents * 9 / 10,
            "valid: {}",
            report.valid
        );
        println!("{} documents ({} valid): 0 disagreements", report.documents, report.valid);
        let unknown: Vec<String> =
            report.missed.iter().filter(|m| !m.is_known_miss()).take(10).map(ToString::to_string).collect();
        assert!(unknown.is_empty(), "jsonschema finds violations Rust does not name:\n{}", unknown.join("\n"));
        println!("{} documents with a violation Rust does not name, all of the one known kind", report.missed.len());
    }

    #[test]
    fn write_then_check_is_clean_and_removes_leftovers() {
        let dir = std::env::temp_dir().join(format!("connschema-xtask-{}", std::process::id()));
        fs::create_dir_all(dir.join("old")).expect("temp dir");
        fs::write(dir.join("old/left.json"), "{}").expect("temp file");
        let written = generate(&dir, Mode::Write).expect("writes");
        assert!(written.contains(&"old/left.json".to_owned()));
        assert!(written.contains(&"index.json".to_owned()));
        assert_eq!(generate(&dir, Mode::Check).expect("checks"), Vec::<String>::new());
        fs::remove_dir_all(&dir).expect("cleanup");
    }
}
