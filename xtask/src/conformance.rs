//! Runs the corpus through the Rust validator and through the `jsonschema` crate (draft 2020-12,
//! formats asserted) on the exported schema, and writes it as JSON lines, with the Rust verdict,
//! for the Node (ajv) and Python (`jsonschema`) harnesses under `conformance/`.

use crate::corpus::Case;
use connschema::catalog::Catalog;
use connschema::registry::{Message, Operation};
use jsonschema::error::ValidationErrorKind;
use jsonschema::{ValidationError, Validator};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::fmt;
use std::io::{self, Write};

/// Where the Rust validator and a peer part ways on one document.
pub struct Disagreement {
    pub op: &'static str,
    pub message: &'static str,
    pub doc: String,
    pub rust: Vec<String>,
    pub peer: Vec<String>,
    /// The verdicts agree, but the Rust violations miss the location of a peer's error (its first,
    /// among disagreements; any, among [`Report::missed`]).
    pub path_only: bool,
}

impl Disagreement {
    /// Whether a document's errors that Rust does not name are all of the one kind known and
    /// documented (README, "Every violation"): Huawei's SASL members, required by
    /// `enable_sasl_ssl` inside a `kafka_detail` that is invalid elsewhere. The request's rule
    /// reads `kafka_detail` whole, as its shape is shared with the response, where the rule does
    /// not hold.
    pub fn is_known_miss(&self) -> bool {
        self.op == "huaweicloud.eg.CreateConnection"
            && self.peer.iter().all(|e| {
                ["user_name", "password"]
                    .iter()
                    .any(|name| *e == format!("/kafka_detail: \"{name}\" is a required property"))
            })
    }
}

impl fmt::Display for Disagreement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let doc: String = self.doc.chars().take(400).collect();
        let what = if self.path_only { "an error's path not among Rust's" } else { "verdicts differ" };
        write!(
            f,
            "{} {}: {what}\n  document: {doc}\n  Rust: {:?}\n  jsonschema: {:?}",
            self.op, self.message, self.rust, self.peer
        )
    }
}

/// What comparing a corpus found.
#[derive(Default)]
pub struct Report {
    pub documents: usize,
    pub valid: usize,
    pub disagreements: Vec<Disagreement>,
    /// Documents on which both find violations but some error of the peer's, not only its first,
    /// is at no location the Rust violations name; `peer` holds those errors alone.
    pub missed: Vec<Disagreement>,
}

/// The Rust verdict on one document: the path of every violation, empty when valid.
pub struct Verdict {
    pub valid: bool,
    pub paths: Vec<String>,
}

pub fn rust_verdict(message: &Message, doc: &[u8]) -> Verdict {
    match message.validate(doc) {
        Ok(()) => Verdict { valid: true, paths: Vec::new() },
        Err(violations) => Verdict { valid: false, paths: violations.iter().map(|v| v.path.pointer()).collect() },
    }
}

/// Compiles `schema` as every consumer should: draft 2020-12, formats asserted.
pub fn compile(schema: &Value) -> Result<Validator, String> {
    connschema_testing::peer(schema)
}

/// The schema of each message as the catalog's OpenAPI document publishes it (see
/// [`connschema::openapi::component_schema`]); a message that is no component (`params`), its
/// schema file's.
pub fn openapi_schemas(catalog: &Catalog) -> impl Fn(&Operation, &Message) -> Value + '_ {
    // Each operation's own document: the same components as in the whole one, fewer to compile.
    let documents: HashMap<&str, Value> =
        catalog.operations().iter().map(|op| (op.id, catalog.openapi(&[op]))).collect();
    move |op, message| {
        documents
            .get(op.id)
            .and_then(|document| connschema::openapi::component_schema(document, op, message.name))
            .unwrap_or_else(|| catalog.schema(op, message))
    }
}

/// Compares every case, each message against `schema_of(op, message)` (the exported schema, or a
/// deliberately altered one in the harness's own tests). `each` sees every document with its Rust
/// verdict (to write the corpus out).
pub fn compare(
    cases: &[Case],
    schema_of: impl Fn(&Operation, &Message) -> Value,
    mut each: impl FnMut(&Case, &[u8], &Verdict) -> io::Result<()>,
) -> io::Result<Report> {
    let mut validators: HashMap<(&str, &str), Validator> = HashMap::new();
    let mut report = Report::default();
    for case in cases {
        let key = (case.op.id, case.message.name);
        let validator = match validators.entry(key) {
            std::collections::hash_map::Entry::Occupied(entry) => entry.into_mut(),
            std::collections::hash_map::Entry::Vacant(entry) => {
                let validator = compile(&schema_of(case.op, case.message))
                    .map_err(|e| io::Error::other(format!("{} {}: schema does not compile: {e}", key.0, key.1)))?;
                entry.insert(validator)
            }
        };
        let bytes = serde_json::to_vec(&case.doc)?;
        let verdict = rust_verdict(case.message, &bytes);
        let peer: Vec<ValidationError<'_>> = validator.iter_errors(&case.doc).collect();
        report.documents += 1;
        report.valid += usize::from(verdict.valid);
        let path_only = match peer.first() {
            _ if verdict.valid != peer.is_empty() => Some(false),
            Some(first) if !covers(&verdict.paths, first) => Some(true),
            _ => None,
        };
        if let Some(path_only) = path_only {
            report.disagreements.push(Disagreement {
                op: case.op.id,
                message: case.message.name,
                doc: String::from_utf8_lossy(&bytes).into_owned(),
                rust: verdict.paths.clone(),
                peer: peer.iter().map(|e| format!("{}: {e}", e.instance_path())).collect(),
                path_only,
            });
        }
        let uncovered: Vec<String> = peer
            .iter()
            .filter(|error| path_only.is_none() && !covers(&verdict.paths, error))
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        if !uncovered.is_empty() {
            report.missed.push(Disagreement {
                op: case.op.id,
                message: case.message.name,
                doc: String::from_utf8_lossy(&bytes).into_owned(),
                rust: verdict.paths.clone(),
                peer: uncovered,
                path_only: true,
            });
        }
        each(case, &bytes, &verdict)?;
    }
    Ok(report)
}

/// Whether the Rust violations include the location of a peer's error. A member that is missing
/// or not allowed is reported by Rust at the member itself (docs/contracts.md §5) and by validators at its
/// object; a failed `oneOf`, `not` or similar is the whole object's, and Rust names the member
/// that the rule makes required or forbidden, inside that object.
pub fn covers(rust: &[String], peer: &ValidationError<'_>) -> bool {
    let at = peer.instance_path().as_str();
    let member = |name: &str| format!("{at}/{}", name.replace('~', "~0").replace('/', "~1"));
    match peer.kind() {
        ValidationErrorKind::Required { property } => {
            property.as_str().is_some_and(|name| rust.contains(&member(name)))
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            unexpected.iter().any(|name| rust.contains(&member(name)))
        }
        ValidationErrorKind::OneOfNotValid { .. }
        | ValidationErrorKind::OneOfMultipleValid { .. }
        | ValidationErrorKind::AnyOf { .. }
        | ValidationErrorKind::Not { .. }
        | ValidationErrorKind::MinProperties { .. }
        | ValidationErrorKind::FalseSchema => {
            let inside = format!("{at}/");
            rust.iter().any(|path| path == at || path.starts_with(&inside))
        }
        // A key that breaks `propertyNames` is reported by validators at its object (the key is
        // the inner error's instance); Rust reports it at the member the key names.
        ValidationErrorKind::PropertyNames { error } => {
            error.instance().as_str().is_some_and(|name| rust.contains(&member(name)))
        }
        _ => rust.iter().any(|path| path == at),
    }
}

/// One line of the exported corpus: `{"op", "message", "schema", "valid", "paths", "doc"}`.
pub fn write_line(out: &mut impl Write, case: &Case, bytes: &[u8], verdict: &Verdict) -> io::Result<()> {
    let head = json!({
        "op": case.op.id,
        "message": case.message.name,
        "schema": case.op.schema_path(case.message),
        "valid": verdict.valid,
        "paths": verdict.paths,
    });
    let head = head.to_string();
    // The document is spliced in as the bytes the Rust validator read.
    out.write_all(&head.as_bytes()[..head.len() - 1])?;
    out.write_all(b",\"doc\":")?;
    out.write_all(bytes)?;
    out.write_all(b"}\n")
}
