//! The schema generator behind `cargo xtask gen` and `cargo xtask check`: one function computes
//! every file of `schemas/`, and either writes them or compares them (as in rust-analyzer's xtask).

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

/// The workspace's `schemas/` folder.
pub fn schemas_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("schemas")
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
    let expected = expected_files();
    let mut stale = Vec::new();
    for (relative, text) in &expected {
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

fn existing_files(dir: &Path) -> io::Result<Vec<String>> {
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
