//! Strings drawn from a member's whole-value Rust pattern (`^(?:…)$`), for the pattern tests and
//! the pattern benchmark alike.

use proptest::strategy::{BoxedStrategy, Strategy};

/// Strings the pattern generates, by proptest's regex strategy; `None` if it cannot read the
/// pattern. Inner anchors (`^…$|^$`) stop the generator, so they are dropped for it: what it then
/// draws mostly matches, and a caller that needs matches only filters them with the pattern.
pub fn generator(rust: &str) -> Option<BoxedStrategy<String>> {
    let body = rust.strip_prefix("^(?:").and_then(|b| b.strip_suffix(")$")).unwrap_or(rust);
    proptest::string::string_regex(body)
        .ok()
        .or_else(|| proptest::string::string_regex(&body.replace(['^', '$'], "")).ok())
        .map(Strategy::boxed)
}
