//! On generated strings, the three forms of a pattern say the same thing: the Rust translation,
//! the exported form (read by the same engine), and the class runs where the pattern has them.

use connschema_pattern::{ecma, runs};
use proptest::prelude::*;
use regex::Regex;

/// Vendor patterns of the shipped models and shapes that stress the translation: classes with
/// shorthands and set punctuation, ECMA's `.`, escapes, bounded and percent-escaped runs.
const PATTERNS: &[&str] = &[
    r"[\.\-_A-Za-z0-9]+",
    r"^[ \t]*[^\x00-\x1F:\x7F]+([ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*$",
    r"\t*[^\x00-\x1F:\x7F][^\x00-\x08\x0A-\x1F:\x7F]*",
    r"^((%[0-9A-Fa-f]{2}|[-()_.!~*';/?:@&=+$,A-Za-z0-9])+)([).!';/?:,])?$",
    r"[\w- ]+",
    r"^[!#$%&'*+-.^_`|~0-9a-zA-Z]+$",
    r"^[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}$",
    r".*\d\s?",
    r"[\s\S]{2,4}",
    r"arn:[a-z]{3,5}",
    r"(a|bc)*\/x",
];

/// Strings over the characters the patterns care about, and some they do not.
fn text() -> impl Strategy<Value = String> {
    let chars = prop_oneof![
        Just('a'),
        Just('Z'),
        Just('0'),
        Just('_'),
        Just('-'),
        Just('.'),
        Just(' '),
        Just('\t'),
        Just('\n'),
        Just('\r'),
        Just(':'),
        Just('%'),
        Just('F'),
        Just('/'),
        Just(')'),
        Just('\u{7f}'),
        Just('\u{1f}'),
        Just('\u{a0}'),
        Just('\u{2028}'),
        Just('é'),
        Just('😀'),
        Just('&'),
        Just('~'),
        any::<char>(),
    ];
    proptest::collection::vec(chars, 0..12).prop_map(|c| c.into_iter().collect())
}

fn forms() -> Vec<(&'static str, Regex, Regex, Option<Vec<runs::Run>>)> {
    PATTERNS
        .iter()
        .map(|p| {
            let t = ecma::translate(p).unwrap_or_else(|e| panic!("{p}: {e}"));
            let rust = Regex::new(&t.rust).unwrap_or_else(|e| panic!("{p} rust form: {e}"));
            let export = Regex::new(&t.export).unwrap_or_else(|e| panic!("{p} exported form: {e}"));
            (*p, rust, export, runs::compile(&t.rust))
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_form_agrees(value in text()) {
        for (pattern, rust, export, runs) in forms() {
            let expected = rust.is_match(&value);
            prop_assert_eq!(export.is_match(&value), expected, "{} exported, on {:?}", pattern, value);
            if let Some(runs) = runs {
                prop_assert_eq!(runs::matches(&runs, &value), expected, "{} runs, on {:?}", pattern, value);
            }
        }
    }
}

#[test]
fn the_patterns_that_should_be_runs_are() {
    let compiled: Vec<bool> = forms().iter().map(|(.., runs)| runs.is_some()).collect();
    assert_eq!(compiled, [true, false, true, true, true, true, true, false, true, true, false]);
}

#[test]
fn whole_value_means_anchored_once() {
    for p in PATTERNS {
        let t = ecma::translate(p).expect("translates");
        assert!(t.export.starts_with("^(?:") && t.export.ends_with(")$"), "{}", t.export);
        assert!(!t.export.starts_with("^(?:^"), "{p}: the vendor's own anchor is dropped");
    }
}
