//! What the integration tests share: running a document through the Rust validator and through
//! the `jsonschema` crate (draft 2020-12, formats asserted) on the exported schema, side by side.

use connschema::registry::{self, Operation};
use connschema::{Code, Violations};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

fn operation(id: &str) -> &'static Operation {
    registry::operation(id).unwrap_or_else(|| panic!("no operation {id}"))
}

fn validator(op_id: &str, message: &str) -> Arc<connschema_testing::Validator> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<connschema_testing::Validator>>>> = OnceLock::new();
    let key = format!("{op_id} {message}");
    let mut cache = CACHE.get_or_init(Default::default).lock().expect("cache lock");
    cache
        .entry(key)
        .or_insert_with(|| {
            let op = operation(op_id);
            let schema = op.schema(op.message(message).expect("message exists"));
            Arc::new(
                connschema_testing::peer(&schema)
                    .unwrap_or_else(|e| panic!("{op_id} {message}: schema does not compile: {e}")),
            )
        })
        .clone()
}

/// The Rust verdict on `doc`, after asserting that `jsonschema` reaches the same one.
pub fn verdict(op_id: &str, message: &str, doc: &str) -> Result<(), Violations> {
    let rust = operation(op_id).message(message).expect("message exists").validate(doc.as_bytes());
    if let Ok(value) = serde_json::from_str::<Value>(doc) {
        let peer = validator(op_id, message);
        let peer_errors: Vec<String> =
            peer.iter_errors(&value).map(|e| format!("{} {}", e.instance_path(), e)).collect();
        assert_eq!(
            rust.is_ok(),
            peer_errors.is_empty(),
            "Rust and jsonschema disagree on {op_id} {message}\ndocument: {}\nRust: {rust:?}\njsonschema: {peer_errors:?}",
            shorten(doc)
        );
    }
    rust
}

fn shorten(doc: &str) -> String {
    doc.chars().take(600).collect()
}

/// The `(path, code)` of each violation, for comparing with an expectation.
pub fn codes(result: &Result<(), Violations>) -> Vec<(String, Code)> {
    match result {
        Ok(()) => Vec::new(),
        Err(v) => v.iter().map(|v| (v.path.clone(), v.code)).collect(),
    }
}

/// Asserts the violations (path, code) of `doc`, and that `jsonschema` agrees on validity.
///
/// Violations come in document order, but a document written by `json!` has its members in the
/// order given or sorted, as serde_json's `preserve_order` is on (`cargo test --workspace`) or off
/// (`cargo test -p connschema`): this compares them in any order, and the tests of the order itself
/// are written as JSON text.
#[track_caller]
pub fn expect(op_id: &str, message: &str, doc: &str, expected: &[(&str, Code)]) {
    let result = verdict(op_id, message, doc);
    let mut expected: Vec<(String, Code)> = expected.iter().map(|(p, c)| ((*p).to_owned(), *c)).collect();
    let mut got = codes(&result);
    expected.sort_by(|a, b| a.0.cmp(&b.0));
    got.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(got, expected, "document: {}\nviolations: {result:#?}", shorten(doc));
}

/// [`expect`], in exactly the order given.
#[track_caller]
pub fn expect_in_order(op_id: &str, message: &str, doc: &str, expected: &[(&str, Code)]) {
    let result = verdict(op_id, message, doc);
    let expected: Vec<(String, Code)> = expected.iter().map(|(p, c)| ((*p).to_owned(), *c)).collect();
    assert_eq!(codes(&result), expected, "document: {}\nviolations: {result:#?}", shorten(doc));
}

/// The workspace folder.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Applies `edit` to a JSON document.
pub fn edited(doc: &Value, edit: impl FnOnce(&mut Value)) -> String {
    let mut doc = doc.clone();
    edit(&mut doc);
    doc.to_string()
}

/// The violations of `doc` as model `T` (read with `connschema::from_str`), after asserting that
/// the `jsonschema` crate reaches the same verdict on `T`'s exported schema: for models of a
/// test's own, outside the registry. (The document is leaked, so that a model that borrows can be
/// read as `T<'static>`.)
#[track_caller]
pub fn model_verdict<T>(doc: &str) -> Vec<(String, Code)>
where
    T: connschema::Collect<'static> + schemars::JsonSchema,
{
    let doc: &'static str = Box::leak(doc.to_owned().into_boxed_str());
    let schema = connschema::schema::export::<T>("test/model.json");
    let peer = connschema_testing::peer(&schema).unwrap_or_else(|e| panic!("schema does not compile: {e}\n{schema:#}"));
    let rust = connschema::from_str::<T>(doc).map(|_| ());
    let value: Value = serde_json::from_str(doc).expect("test documents are JSON");
    let peer_errors: Vec<String> = peer.iter_errors(&value).map(|e| format!("{} {}", e.instance_path(), e)).collect();
    assert_eq!(
        rust.is_ok(),
        peer_errors.is_empty(),
        "Rust and jsonschema disagree\ndocument: {}\nRust: {rust:?}\njsonschema: {peer_errors:?}\nschema: {schema:#}",
        shorten(doc)
    );
    codes(&rust)
}

/// Asserts the violations (path, code) of `doc` as model `T`, in any order, and that `jsonschema`
/// agrees on validity.
#[track_caller]
pub fn expect_model<T>(doc: &str, expected: &[(&str, Code)])
where
    T: connschema::Collect<'static> + schemars::JsonSchema,
{
    let mut got = model_verdict::<T>(doc);
    let mut expected: Vec<(String, Code)> = expected.iter().map(|(p, c)| ((*p).to_owned(), *c)).collect();
    expected.sort_by(|a, b| a.0.cmp(&b.0));
    got.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(got, expected, "document: {}", shorten(doc));
}
