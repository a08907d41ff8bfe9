//! Every exported pattern means what the Rust check means, on generated strings: strings the
//! pattern produces, the same with one character inserted, replaced or removed (line terminators,
//! controls, non-ASCII letters and digits, astral characters), and strings of those characters.
//! Where the schema carries a `linear` equivalent, this proves it equal to the vendor's pattern.
//! The `jsonschema` crate reads each exported pattern too and must agree.

#[path = "pattern_strings.rs"]
mod pattern_strings;

use connschema::PatternInfo;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use regex::Regex;
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// Every `pattern` keyword under `schema`, at any depth.
fn schema_patterns(schema: &Value, out: &mut BTreeSet<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::String(p)) = map.get("pattern") {
                out.insert(p.clone());
            }
            map.values().for_each(|v| schema_patterns(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| schema_patterns(v, out)),
        _ => {}
    }
}

#[test]
fn every_pattern_of_every_schema_is_listed_or_comes_from_a_format_or_rule() {
    let mut exported = BTreeSet::new();
    for op in connschema_cli::apis::catalog().operations() {
        for message in op.messages {
            schema_patterns(&connschema_cli::apis::catalog().schema(op, message), &mut exported);
        }
    }
    let listed: BTreeSet<String> =
        connschema_cli::apis::catalog().patterns().iter().map(|(_, p)| p.export.to_owned()).collect();
    let others: BTreeSet<String> = exported.difference(&listed).cloned().collect();
    let expected = [
        connschema::format::DATE_TIME_PATTERN,
        connschema::format::LEAP_SECOND_PATTERN,
        connschema::format::URI_PATTERN,
        connschema_versori::platform::Ulid::PATTERN,
        "^quicksuite-",
    ];
    assert_eq!(others, expected.map(String::from).into());
    assert!(listed.is_subset(&exported), "a listed pattern is in no schema");
}

/// Characters on which engines and dialects disagree.
const STRESS: &[char] = &[
    '\t', '\n', '\r', '\u{b}', '\u{c}', ' ', '\u{0}', '\u{1f}', '\u{7f}', '\u{85}', '\u{a0}', '\u{2028}', '\u{2029}',
    '\u{feff}', ':', '-', ',', '.', '/', '%', '_', 'a', 'Z', '0', 'é', 'ß', '٣', '𝟘', '😀', '\u{301}',
];

fn stress_char() -> impl Strategy<Value = char> {
    proptest::sample::select(STRESS)
}

/// One edit at a random position: insert, replace or remove.
fn mutate(base: String) -> impl Strategy<Value = String> {
    let chars: Vec<char> = base.chars().collect();
    let len = chars.len();
    (0..=len, stress_char(), 0..3u8).prop_map(move |(at, c, how)| {
        let mut out = chars.clone();
        match how {
            0 => out.insert(at, c),
            1 if at < len => out[at] = c,
            _ if at < len => {
                out.remove(at);
            }
            _ => out.push(c),
        }
        out.into_iter().collect()
    })
}

fn strategy(info: &PatternInfo) -> BoxedStrategy<String> {
    let noise = proptest::collection::vec(stress_char(), 0..12).prop_map(|v| v.into_iter().collect::<String>());
    match pattern_strings::generator(info.rust) {
        Some(matching) => prop_oneof![
            2 => matching.clone(),
            3 => matching.prop_flat_map(mutate),
            1 => noise,
        ]
        .boxed(),
        // Patterns the generator cannot read are still compared on noise.
        None => noise.boxed(),
    }
}

#[test]
fn exported_patterns_mean_what_the_rust_checks_mean() {
    let patterns = connschema_cli::apis::catalog().patterns();
    assert!(patterns.len() >= 30, "the patterns of every operation are listed: {}", patterns.len());
    for (ty, info) in patterns {
        let rust = Regex::new(info.rust).expect("Rust form compiles");
        let exported_in_rust = Regex::new(info.export).expect("exported form compiles in Rust");
        let peer = connschema_testing::peer(&json!({ "type": "string", "pattern": info.export }))
            .expect("exported form compiles in jsonschema");
        let mut runner = TestRunner::new(Config { cases: 2000, failure_persistence: None, ..Config::default() });
        let result = runner.run(&strategy(&info), |s| {
            let expected = rust.is_match(&s);
            prop_assert_eq!(
                exported_in_rust.is_match(&s),
                expected,
                "{}.{} exported {} on {:?}",
                ty,
                info.member,
                info.export,
                s
            );
            prop_assert_eq!(
                peer.is_valid(&Value::String(s.clone())),
                expected,
                "jsonschema on {}.{} {:?}",
                ty,
                info.member,
                s
            );
            Ok(())
        });
        if let Err(e) = result {
            panic!("{ty}.{}: {e}", info.member);
        }
    }
}

#[test]
fn linear_forms_are_exported_where_the_vendor_pattern_backtracks() {
    let linear: Vec<_> =
        connschema_cli::apis::catalog().patterns().into_iter().filter(|(_, p)| p.linear.is_some()).collect();
    // Six AuthHeaderParameters members and the header value.
    assert_eq!(linear.len(), 7, "{linear:?}");
    for (_, info) in linear {
        assert!(!info.export.contains(")*"), "{} exports a nested repetition: {}", info.member, info.export);
    }
}

#[test]
fn class_runs_decide_what_the_regex_decides() {
    let compiled: Vec<_> =
        connschema_cli::apis::catalog().patterns().into_iter().filter_map(|(ty, p)| Some((ty, p, p.runs?))).collect();
    // Names, ids, ARN parts, keys and values: most patterns need no regex engine.
    assert!(compiled.len() >= 25, "only {} patterns compile to class runs", compiled.len());
    for (ty, info, runs) in compiled {
        let rust = Regex::new(info.rust).expect("Rust form compiles");
        let mut runner = TestRunner::new(Config { cases: 3000, failure_persistence: None, ..Config::default() });
        let result = runner.run(&strategy(&info), |s| {
            prop_assert_eq!(
                connschema::runs::matches(runs, &s),
                rust.is_match(&s),
                "{}.{} on {:?}",
                ty,
                info.member,
                s
            );
            Ok(())
        });
        if let Err(e) = result {
            panic!("{ty}.{}: {e}", info.member);
        }
    }
}

#[test]
fn percent_escapes_decide_what_the_regex_decides() {
    let tricky = [
        "%41", "a%41b", "%4", "a%4", "%", "a%", "%%41", "%4g", "%g4", "%41%42", "%411", "%ZZ", "a%2F%2f", "%C3%A9",
        "%41)", "a)", ")", "a%41,", "a,,",
    ];
    let compiled: Vec<_> = connschema_cli::apis::catalog()
        .patterns()
        .into_iter()
        .filter(|(_, p)| p.runs.is_some_and(|r| r.iter().any(|r| r.escapes)))
        .collect();
    assert!(!compiled.is_empty(), "the EventBridge endpoint compiles to a run with escapes");
    for (ty, info) in compiled {
        let rust = Regex::new(info.rust).expect("Rust form compiles");
        for text in tricky {
            let runs = info.runs.expect("filtered");
            assert_eq!(connschema::runs::matches(runs, text), rust.is_match(text), "{ty}.{} on {text:?}", info.member);
        }
    }
}

#[test]
fn few_patterns_are_left_to_the_regex_engine() {
    // Those with alternations, repeated groups, or runs that greedy matching would get wrong (the
    // domain of an e-mail address takes the `.` that the top-level domain needs).
    let left: Vec<_> = connschema_cli::apis::catalog()
        .patterns()
        .into_iter()
        .filter(|(_, p)| p.runs.is_none())
        .map(|(_, p)| p.rust)
        .collect();
    println!("{} pattern(s) use the regex engine: {left:#?}", left.len());
    assert!(left.len() <= 4, "{left:#?}");
}
