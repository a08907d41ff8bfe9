//! Vendor patterns are ECMA-262 regular expressions (the JSON Schema dialect), written for the
//! non-`u` grammar and applied by the vendor to the whole value. This module parses one into a small
//! tree and renders it twice:
//!
//! - for Rust's `regex`, with ECMA's meanings of `.`, `\d`, `\w`, `\s` (Rust's are Unicode-wide) and
//!   with the class punctuation that Rust reads as set operations (`&&`, `--`, `~~`, nested `[`)
//!   escaped;
//! - for the exported schema, in a form that ajv (`u` flag), the `jsonschema` crate and Python's `re`
//!   all read the same way: no shorthand classes, no escape that the `u` grammar rejects.
//!
//! Both are anchored once as `^(?:…)$`, after the vendor's own outer anchors are dropped.
//! Constructs none of the vendors use, and that the engines do not share (look-around,
//! back-references, word boundaries), are refused with an error rather than approximated.
//!
//! `tree` holds the parsed form, `parse` reads the vendor's text into it, `render` writes
//! both forms.

mod parse;
mod render;
mod tree;

use render::Target;

/// A pattern in its two translated forms.
///
/// ```
/// let t = connschema_pattern::ecma::translate(r"[\w- ]+").unwrap();
/// assert_eq!(t.export, r"^(?:[A-Za-z0-9_\- ]+)$");
/// assert_eq!(t.rust, r"^(?:[A-Za-z0-9_\- ]+)$");
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct Translated {
    /// The whole-value Rust `regex` form, with ECMA's meanings.
    pub rust: String,
    /// The portable, anchored form written to schemas.
    pub export: String,
}

/// Translates a vendor's ECMA-262 pattern, or says why it cannot be used.
pub fn translate(src: &str) -> Result<Translated, String> {
    let body = tree::strip_outer_anchors(parse::parse(src)?);
    Ok(Translated {
        rust: format!("^(?:{})$", render::render(&body, Target::Rust)),
        export: format!("^(?:{})$", render::render(&body, Target::Export)),
    })
}
#[cfg(test)]
mod tests {
    use super::translate;

    fn export(p: &str) -> String {
        translate(p).expect("translates").export
    }

    fn rust(p: &str) -> String {
        translate(p).expect("translates").rust
    }

    #[test]
    fn anchors_once_and_drops_vendor_anchors() {
        assert_eq!(export("[\\.\\-_A-Za-z0-9]+"), "^(?:[.\\-_A-Za-z0-9]+)$");
        assert_eq!(export("^[a-zA-Z0-9_\\-/:]*$"), "^(?:[a-zA-Z0-9_\\-/:]*)$");
        assert_eq!(export("^[0-9]{12}$"), "^(?:[0-9]{12})$");
    }

    #[test]
    fn inner_anchors_are_kept() {
        assert_eq!(export("^(?:^a$|^$)"), "^(?:(?:^a$|^$))$");
        assert_eq!(export("^a|b$"), "^(?:^a|b$)$");
    }

    #[test]
    fn shorthands_take_ecma_meanings() {
        assert_eq!(export(".*"), "^(?:[^\\n\\r\\u2028\\u2029]*)$");
        assert_eq!(rust(".*"), "^(?:[^\\n\\r\\x{2028}\\x{2029}]*)$");
        assert_eq!(export("\\d\\w"), "^(?:[0-9][A-Za-z0-9_])$");
        assert_eq!(export("\\D"), "^(?:[^0-9])$");
        assert!(export("\\s").starts_with("^(?:[\\x09-\\x0D \\xA0\\u1680"));
    }

    #[test]
    fn class_dash_next_to_a_shorthand_is_literal() {
        assert_eq!(export("[\\w- ]"), "^(?:[A-Za-z0-9_\\- ])$");
        assert_eq!(export("[\\w\\-]+"), "^(?:[A-Za-z0-9_\\-]+)$");
    }

    #[test]
    fn escapes_that_u_mode_rejects_are_rewritten() {
        assert_eq!(export("([a-z]|\\-)*"), "^(?:([a-z]|-)*)$");
        assert_eq!(export("a\\/b"), "^(?:a/b)$");
        assert_eq!(export("\\x26"), "^(?:&)$");
    }

    #[test]
    fn rust_escapes_its_class_set_operators() {
        let p = "^[!#$%&'*+-.^_`|~0-9a-zA-Z]+$";
        assert_eq!(export(p), "^(?:[!#$%&'*+-.\\^_`|~0-9a-zA-Z]+)$");
        assert_eq!(rust(p), "^(?:[!#$%\\&'*+-.\\^_`|\\~0-9a-zA-Z]+)$");
    }

    #[test]
    fn a_shorthand_beside_its_negation_is_any_code_point() {
        assert_eq!(export("[\\s\\S]*"), "^(?:[\\s\\S]*)$");
        assert_eq!(rust("[\\s\\S]*"), "^(?:(?s:.)*)$");
        assert_eq!(export("[\\D\\d]"), "^(?:[\\s\\S])$");
    }

    #[test]
    fn quantifiers_survive() {
        assert_eq!(export("a{2}b{3,}c{4,5}?d+?"), "^(?:a{2}b{3,}c{4,5}?d+?)$");
        assert_eq!(export("a{x"), "^(?:a\\{x)$");
    }

    #[test]
    fn unsupported_constructs_are_refused() {
        for p in ["(?=a)", "(?!a)", "(a)\\1", "\\bword", "[\\D]", "[^\\s\\S]", "[]", "*a", "(a", "a)", "[a", "[z-a]"] {
            assert!(translate(p).is_err(), "{p} should be refused");
        }
    }
}
