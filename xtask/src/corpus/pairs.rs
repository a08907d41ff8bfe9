//! Documents that break a rule and, at once, give another member the wrong type: the rule must
//! still be reported (docs/contracts.md §5, every violation), and every validator must still agree.
//!
//! Which single edit breaks only a rule, and which gives only a wrong type, is read from the Rust
//! verdict on the edited seed; each rule edit is then stacked with a few type edits elsewhere.

use super::Edit;
use connschema::registry::Message;
use connschema::Code;
use serde_json::Value;

/// Type edits stacked on each rule edit, spread over the seed's type edits.
const PER_RULE_EDIT: usize = 4;

/// The codes of the violations one document has (none when valid).
fn codes(message: &Message, doc: &Value) -> Vec<Code> {
    let bytes = serde_json::to_vec(doc).unwrap_or_default();
    message.validate(&bytes).err().map(|v| v.iter().map(|v| v.code).collect()).unwrap_or_default()
}

/// Whether one location is the other or lies inside it.
fn related(a: &str, b: &str) -> bool {
    let inside = |outer: &str, inner: &str| inner == outer || inner.starts_with(&format!("{outer}/"));
    inside(a, b) || inside(b, a)
}

/// For one seed and its single edits, the documents that stack a rule edit with type edits at
/// unrelated locations.
pub fn rule_beside_type(message: &Message, seed: &Value, edits: &[Edit]) -> Vec<Value> {
    let only = |edit: &Edit, code: Code| {
        let mut doc = seed.clone();
        edit.apply(&mut doc) && {
            let found = codes(message, &doc);
            !found.is_empty() && found.iter().all(|c| *c == code)
        }
    };
    let rule_edits: Vec<&Edit> = edits.iter().filter(|e| only(e, Code::Rule)).collect();
    let type_edits: Vec<&Edit> = edits.iter().filter(|e| only(e, Code::Type)).collect();
    let mut docs = Vec::new();
    for rule in rule_edits {
        let others: Vec<&&Edit> = type_edits.iter().filter(|t| !related(&t.at(), &rule.at())).collect();
        let step = others.len().div_ceil(PER_RULE_EDIT).max(1);
        for other in others.iter().step_by(step) {
            let mut doc = seed.clone();
            if rule.apply(&mut doc) && other.apply(&mut doc) {
                docs.push(doc);
            }
        }
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;
    use connschema::registry;

    /// Each operation with a rule on its request gets such documents.
    #[test]
    fn every_request_rule_is_stacked_with_a_type_error() {
        for id in
            ["aws.events.CreateConnection", "aws.quicksight.CreateActionConnector", "huaweicloud.eg.CreateConnection"]
        {
            let op = registry::operation(id).expect("operation");
            let message = op.message("request").expect("request");
            let docs = corpus::for_message(
                message,
                &op.schema(message),
                &corpus::examples(op, message).expect("examples"),
                0,
                1,
            );
            let stacked = docs
                .iter()
                .filter(|doc| {
                    let found = codes(message, doc);
                    found.contains(&Code::Rule) && found.contains(&Code::Type)
                })
                .count();
            assert!(stacked > 0, "{id}: no document breaks a rule beside a wrong type");
        }
    }
}
