//! A set of operations and where their schemas live: what `cargo xtask gen`, the CLI and a user's
//! own tools work from. An API crate declares its operations; a command gathers the ones it ships
//! into one catalog.
//!
//! ```
//! use connschema::catalog::{Catalog, Mode};
//! use connschema::http::Http;
//! use connschema::registry::{Message, Operation};
//!
//! #[derive(Debug, connschema::Model)]
//! struct CreateThing {
//!     #[model(length(min = 1, max = 64))]
//!     name: String,
//! }
//!
//! static CREATE_THING: Operation = Operation {
//!     id: "acme.things.CreateThing",
//!     method: "POST",
//!     path: "/things",
//!     http: Http::json("acme"),
//!     messages: &[Message::of::<CreateThing>("request")],
//! };
//! static OPERATIONS: [&Operation; 1] = [&CREATE_THING];
//!
//! let catalog = Catalog::new(&OPERATIONS, "https://things.example/schemas/");
//! let files = catalog.files();
//! assert!(files.contains_key("acme/things/CreateThing/request.json"));
//! assert!(files.contains_key("index.json"));
//! let dir = std::env::temp_dir().join(format!("connschema-catalog-doc-{}", std::process::id()));
//! catalog.sync(&dir, Mode::Write).unwrap();
//! assert!(catalog.sync(&dir, Mode::Check).unwrap().is_empty());
//! # std::fs::remove_dir_all(&dir).unwrap();
//! let Err(unknown) = catalog.find_operation("acme.thing.CreateThing") else { panic!() };
//! assert_eq!(unknown.to_string(), "unknown operation `acme.thing.CreateThing` (did you mean `acme.things.CreateThing`?)");
//! ```

use crate::patterns::{PatternInfo, PatternInventory};
use crate::registry::{Message, Operation};
use crate::schema::to_pretty_json;
use crate::suggest;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::Path;

/// Operations, and the base of their schemas' `$id`s.
#[derive(Clone, Copy)]
pub struct Catalog {
    operations: &'static [&'static Operation],
    id_base: &'static str,
    title: &'static str,
    version: &'static str,
}

/// What [`Catalog::sync`] does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write what differs, delete what is no longer generated.
    Write,
    /// Change nothing; report what differs.
    Check,
}

impl Catalog {
    /// `operations`, their schemas' `$id`s under `id_base` (an absolute URI ending in `/`, such as
    /// `https://widgets.example/schemas/`).
    pub const fn new(operations: &'static [&'static Operation], id_base: &'static str) -> Self {
        Self { operations, id_base, title: "connschema", version: env!("CARGO_PKG_VERSION") }
    }

    /// The title and version its OpenAPI documents give (`info`); by default `connschema` and
    /// this crate's version.
    pub const fn titled(self, title: &'static str, version: &'static str) -> Self {
        Self { title, version, ..self }
    }

    /// The title and version of its OpenAPI documents.
    pub fn title(&self) -> (&'static str, &'static str) {
        (self.title, self.version)
    }

    /// The OpenAPI 3.1 document of `operations` (see [`crate::openapi`]).
    pub fn openapi(&self, operations: &[&Operation]) -> Value {
        let info = crate::openapi::Info { id_base: self.id_base, title: self.title, version: self.version };
        crate::openapi::document(info, operations)
    }

    /// Its operations, in the order given (the order of `index.json` and of `list`).
    pub fn operations(&self) -> &'static [&'static Operation] {
        self.operations
    }

    /// The base of its schemas' `$id`s: a schema's `$id` is this followed by its file's path.
    pub fn id_base(&self) -> &'static str {
        self.id_base
    }

    /// The operation with this id.
    pub fn operation(&self, id: &str) -> Option<&'static Operation> {
        self.operations.iter().copied().find(|op| op.id == id)
    }

    /// The operation with this id, or an [`Unknown`] that names the nearest ids.
    pub fn find_operation(&self, id: &str) -> Result<&'static Operation, Unknown> {
        self.operation(id).ok_or_else(|| Unknown::Operation {
            typed: id.to_owned(),
            nearest: suggest::nearest(id, self.operations.iter().map(|op| op.id)),
        })
    }

    /// The operation and message with these names, or an [`Unknown`] that names the nearest
    /// ones: what the CLI's `schema` and `validate` and the WebAssembly validator look up.
    pub fn find(&self, operation: &str, message: &str) -> Result<(&'static Operation, &'static Message), Unknown> {
        let op = self.find_operation(operation)?;
        let found = op.messages.iter().find(|m| m.name == message).ok_or_else(|| {
            let names: Vec<&'static str> = op.messages.iter().map(|m| m.name).collect();
            Unknown::Message {
                operation: op.id,
                typed: message.to_owned(),
                nearest: suggest::nearest(message, names.iter().copied()),
                names,
            }
        })?;
        Ok((op, found))
    }

    /// The schema of one message, its `$id` under this catalog's base.
    pub fn schema(&self, op: &Operation, message: &Message) -> Value {
        op.schema_under(self.id_base, message)
    }

    /// The schema of one message exactly as its file is written.
    pub fn schema_text(&self, op: &Operation, message: &Message) -> String {
        to_pretty_json(&self.schema(op, message))
    }

    /// `index.json`: every operation with its method, path template, message files and the
    /// headers documented beside its messages.
    pub fn index(&self) -> Value {
        let operations: Vec<Value> = self.operations.iter().map(|op| op.index_entry()).collect();
        json!({ "operations": operations })
    }

    /// Every file of the schema folder, by its path relative to it: one schema per message, one
    /// OpenAPI document per operation and one for all, and `index.json`.
    pub fn files(&self) -> BTreeMap<String, String> {
        let mut files = BTreeMap::new();
        for op in self.operations {
            for message in op.messages {
                files.insert(op.schema_path(message), self.schema_text(op, message));
            }
            let openapi = format!("{}/openapi.json", op.id.replace('.', "/"));
            files.insert(openapi, to_pretty_json(&self.openapi(&[op])));
        }
        files.insert("openapi.json".to_owned(), to_pretty_json(&self.openapi(self.operations)));
        files.insert("index.json".to_owned(), to_pretty_json(&self.index()));
        files
    }

    /// The member patterns of every message of its operations, each with the path of the type
    /// that holds it, in the order found by walking the messages' types.
    ///
    /// Patterns that come from a format (`date-time`, `uri`, `ulid`: see [`crate::format`]) and
    /// rules are not member patterns and are not listed.
    pub fn patterns(&self) -> Vec<(&'static str, PatternInfo)> {
        let mut found = PatternInventory::default();
        for op in self.operations {
            for message in op.messages {
                message.visit_patterns(&mut found);
            }
        }
        found.into_vec()
    }

    /// Brings `dir` in line with [`files`](Self::files) (`Write`) or lists how it differs
    /// (`Check`). Returns the stale paths: changed, missing or no longer generated.
    pub fn sync(&self, dir: &Path, mode: Mode) -> io::Result<Vec<String>> {
        sync(dir, &self.files(), mode)
    }
}

/// An operation or message name that a catalog does not have. Its message names the nearest
/// valid names, when one is near enough to be a likely typo, and a message's the ones it has.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unknown {
    #[error("unknown operation `{typed}`{}", suggest::did_you_mean(nearest))]
    Operation { typed: String, nearest: Vec<&'static str> },
    #[error("unknown message `{typed}` of {operation}{}; it has: {}", suggest::did_you_mean(nearest), names.join(", "))]
    Message { operation: &'static str, typed: String, nearest: Vec<&'static str>, names: Vec<&'static str> },
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
