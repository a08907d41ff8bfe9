//! Expectations on documents of an API's operations: the Rust verdict, checked against the
//! `jsonschema` crate's on the exported schema, and the violations compared with the ones a test
//! names.

use crate::peer::{peer, Validator};
use connschema::registry::Operation;
use connschema::{Code, Violations};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// The `$id` base of the schemas the peer is built on: where they live does not change what they
/// mean.
const ID_BASE: &str = "https://connschema.test/schemas/";

/// The operations a test suite checks documents of, by operation id.
///
/// ```
/// use connschema::registry::Operation;
/// use connschema_testing::Expectations;
///
/// static NONE: [&Operation; 0] = [];
/// let expectations = Expectations::new(&NONE);
/// assert!(std::panic::catch_unwind(|| expectations.verdict("acme.x.Y", "request", "{}")).is_err());
/// ```
pub struct Expectations {
    operations: &'static [&'static Operation],
}

impl Expectations {
    pub const fn new(operations: &'static [&'static Operation]) -> Self {
        Self { operations }
    }

    fn operation(&self, id: &str) -> &'static Operation {
        self.operations.iter().copied().find(|op| op.id == id).unwrap_or_else(|| panic!("no operation {id}"))
    }

    fn peer(&self, op_id: &str, message: &str) -> Arc<Validator> {
        static CACHE: OnceLock<Mutex<HashMap<String, Arc<Validator>>>> = OnceLock::new();
        let mut cache = CACHE.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
        cache
            .entry(format!("{op_id} {message}"))
            .or_insert_with(|| {
                let op = self.operation(op_id);
                let schema = op.schema_under(ID_BASE, op.message(message).expect("message exists"));
                let peer = peer(&schema);
                Arc::new(peer.unwrap_or_else(|e| panic!("{op_id} {message}: schema does not compile: {e}")))
            })
            .clone()
    }

    /// The Rust verdict on `doc`, after asserting that `jsonschema` reaches the same one.
    pub fn verdict(&self, op_id: &str, message: &str, doc: &str) -> Result<(), Violations> {
        let rust = self.operation(op_id).message(message).expect("message exists").validate(doc.as_bytes());
        if let Ok(value) = serde_json::from_str::<Value>(doc) {
            let peer = self.peer(op_id, message);
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

    /// Asserts the violations (path, code) of `doc`, and that `jsonschema` agrees on validity.
    ///
    /// Violations come in document order, but a document written by `json!` has its members in
    /// the order given or sorted, as serde_json's `preserve_order` is on or off in the build: this
    /// compares them in any order, and the tests of the order itself are written as JSON text.
    #[track_caller]
    pub fn expect(&self, op_id: &str, message: &str, doc: &str, expected: &[(&str, Code)]) {
        let result = self.verdict(op_id, message, doc);
        let mut expected: Vec<(String, Code)> = expected.iter().map(|(p, c)| ((*p).to_owned(), *c)).collect();
        let mut got = codes(&result);
        expected.sort_by(|a, b| a.0.cmp(&b.0));
        got.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(got, expected, "document: {}\nviolations: {result:#?}", shorten(doc));
    }

    /// [`Expectations::expect`], in exactly the order given.
    #[track_caller]
    pub fn expect_in_order(&self, op_id: &str, message: &str, doc: &str, expected: &[(&str, Code)]) {
        let result = self.verdict(op_id, message, doc);
        let expected: Vec<(String, Code)> = expected.iter().map(|(p, c)| ((*p).to_owned(), *c)).collect();
        assert_eq!(codes(&result), expected, "document: {}\nviolations: {result:#?}", shorten(doc));
    }
}

/// The first 600 characters of a document, for a failure's message.
pub fn shorten(doc: &str) -> String {
    doc.chars().take(600).collect()
}

/// The `(path, code)` of each violation, for comparing with an expectation.
pub fn codes(result: &Result<(), Violations>) -> Vec<(String, Code)> {
    match result {
        Ok(()) => Vec::new(),
        Err(v) => v.iter().map(|v| (v.path.pointer(), v.code)).collect(),
    }
}

/// `doc` with `edit` applied, as JSON text.
pub fn edited(doc: &Value, edit: impl FnOnce(&mut Value)) -> String {
    let mut doc = doc.clone();
    edit(&mut doc);
    doc.to_string()
}

/// Declares a test suite's `verdict`, `expect` and `expect_in_order` over `operations` (a
/// `static` list of [`Operation`]s), beside [`codes`] and [`edited`]: what its modules `use`.
#[macro_export]
macro_rules! expectations {
    ($operations:expr) => {
        static EXPECTATIONS: $crate::Expectations = $crate::Expectations::new(&$operations);

        /// The Rust verdict on `doc`, after asserting that `jsonschema` reaches the same one.
        #[allow(dead_code)]
        pub fn verdict(op_id: &str, message: &str, doc: &str) -> Result<(), connschema::Violations> {
            EXPECTATIONS.verdict(op_id, message, doc)
        }

        /// Asserts the violations (path, code) of `doc`, in any order.
        #[allow(dead_code)]
        #[track_caller]
        pub fn expect(op_id: &str, message: &str, doc: &str, expected: &[(&str, connschema::Code)]) {
            EXPECTATIONS.expect(op_id, message, doc, expected)
        }

        /// Asserts the violations (path, code) of `doc`, in the order given.
        #[allow(dead_code)]
        #[track_caller]
        pub fn expect_in_order(op_id: &str, message: &str, doc: &str, expected: &[(&str, connschema::Code)]) {
            EXPECTATIONS.expect_in_order(op_id, message, doc, expected)
        }

        #[allow(unused_imports)]
        pub use $crate::{codes, edited};
    };
}
