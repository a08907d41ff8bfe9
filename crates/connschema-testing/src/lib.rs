//! What connschema's tests, benchmarks and tools share, so that each builds it the same way: the
//! `jsonschema` crate as the peer validator ([`peer`]), and the example documents
//! ([`examples`]), the expectations on an API's documents ([`Expectations`], [`expectations!`]), and
//! the head of an authenticated request to a local service ([`head`]).
//! It depends on the core crate alone, so that every API crate and tool can use it.
//!
//! ```
//! let schema = serde_json::json!({"type": "string", "format": "date-time"});
//! let peer = connschema_testing::peer(&schema).unwrap();
//! assert!(!peer.is_valid(&serde_json::json!("yesterday")));
//! ```

mod expect;
mod peer;
mod request;

pub use expect::{codes, edited, shorten, Expectations};
pub use peer::{peer, Validator};
pub use request::{credential, head, Head, JWT};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The workspace's root folder.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The example documents of the operation `op_id`: its API crate's `documents/` folder,
/// `apis/<provider>/documents/` (the provider the id's first part), which holds
/// `<provider>/<service>/<Operation>/<message>/<name>.json`.
pub fn documents_dir(op_id: &str) -> PathBuf {
    let provider = op_id.split('.').next().unwrap_or_default();
    workspace().join("apis").join(provider).join("documents")
}

/// Every API crate's `documents/` folder, in name order.
pub fn documents_dirs() -> Vec<PathBuf> {
    let apis = workspace().join("apis");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&apis)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path().join("documents"))).collect())
        .unwrap_or_default();
    dirs.retain(|d| d.is_dir());
    dirs.sort();
    dirs
}

/// The example documents of `message` of the operation `op_id` under `root`, with their file
/// names, in file-name order; none where the folder is missing.
pub fn examples_in(root: &Path, op_id: &str, message: &str) -> std::io::Result<Vec<(String, Value)>> {
    let dir = root.join(op_id.replace('.', "/")).join(message);
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    paths.retain(|p| p.extension().is_some_and(|x| x == "json"));
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let text = std::fs::read(path)?;
            let value = serde_json::from_slice(&text).map_err(|e| {
                std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{}: {e}", path.display()))
            })?;
            Ok((path.file_name().unwrap_or_default().to_string_lossy().into_owned(), value))
        })
        .collect()
}

/// [`examples_in`] the operation's [`documents_dir`], failing the test on an unreadable file.
pub fn examples(op_id: &str, message: &str) -> Vec<(String, Value)> {
    examples_in(&documents_dir(op_id), op_id, message).unwrap_or_else(|e| panic!("{op_id} {message}: {e}"))
}
