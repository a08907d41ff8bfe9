//! What the core's tests share: a document read as a model of a test's own by the Rust reader and
//! checked by the `jsonschema` crate (draft 2020-12, formats asserted) on the model's exported
//! schema, side by side.

use connschema::Code;
use connschema_testing::{codes, shorten};
use serde_json::Value;

/// The violations of `doc` as model `T` (read with `connschema::from_str`), after asserting that
/// the `jsonschema` crate reaches the same verdict on `T`'s exported schema: for models of a
/// test's own. (The document is leaked, so that a model that borrows can be
/// read as `T<'static>`.)
#[track_caller]
pub fn model_verdict<T>(doc: &str) -> Vec<(String, Code)>
where
    T: connschema::Collect<'static> + schemars::JsonSchema,
{
    let doc: &'static str = Box::leak(doc.to_owned().into_boxed_str());
    let schema = connschema::schema::export_with_id::<T>("https://connschema.test/model.json");
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
