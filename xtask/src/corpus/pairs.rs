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
pub fn codes(message: &Message, doc: &Value) -> Vec<Code> {
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
    // The one code an edit alone gives, if it gives violations of one code only.
    let only = |edit: &Edit| {
        let mut doc = seed.clone();
        let found = if edit.apply(&mut doc) { codes(message, &doc) } else { Vec::new() };
        found.first().copied().filter(|first| found.iter().all(|c| c == first))
    };
    let (mut rule_edits, mut type_edits) = (Vec::new(), Vec::new());
    for edit in edits {
        match only(edit) {
            Some(Code::Rule) => rule_edits.push(edit),
            Some(Code::Type) => type_edits.push(edit),
            _ => {}
        }
    }
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
