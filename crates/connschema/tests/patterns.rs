//! Every exported pattern means what the Rust check means, on generated strings: strings the
//! pattern produces, the same with one character inserted, replaced or removed (line terminators,
//! controls, non-ASCII letters and digits, astral characters), and strings of those characters.
//! Where the schema carries a `linear` equivalent, this proves it equal to the vendor's pattern.
//! The `jsonschema` crate reads each exported pattern too and must agree.

use connschema::aws::{events, networkmanager as nm, quicksight as qs};
use connschema::huaweicloud::eg;
use connschema::PatternInfo;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use regex::Regex;
use serde_json::{json, Value};

fn all_patterns() -> Vec<(&'static str, PatternInfo)> {
    let tables: &[(&str, &[PatternInfo])] = &[
        ("events::CreateConnectionRequest", events::CreateConnectionRequest::PATTERNS),
        ("events::BasicAuth", events::CreateConnectionBasicAuthRequestParameters::PATTERNS),
        ("events::ApiKeyAuth", events::CreateConnectionApiKeyAuthRequestParameters::PATTERNS),
        ("events::OAuth", events::CreateConnectionOAuthRequestParameters::PATTERNS),
        ("events::OAuthClient", events::CreateConnectionOAuthClientRequestParameters::PATTERNS),
        ("events::HeaderParameter", events::ConnectionHeaderParameter::PATTERNS),
        ("events::QueryStringParameter", events::ConnectionQueryStringParameter::PATTERNS),
        ("events::ResourceConfigurationArn", events::ConnectivityResourceConfigurationArn::PATTERNS),
        ("events::CreateConnectionResponse", events::CreateConnectionResponse::PATTERNS),
        ("networkmanager::CreateConnectionRequest", nm::CreateConnectionRequest::PATTERNS),
        ("networkmanager::Tag", nm::Tag::PATTERNS),
        ("huaweicloud::eg::ConnectionCreateReq", eg::ConnectionCreateReq::PATTERNS),
        ("quicksight::CreateActionConnectorRequest", qs::CreateActionConnectorRequest::PATTERNS),
        ("quicksight::CreateActionConnectorParams", qs::CreateActionConnectorParams::PATTERNS),
        ("quicksight::ApiKeyConnectionMetadata", qs::ApiKeyConnectionMetadata::PATTERNS),
        ("quicksight::AuthorizationCodeGrantDetails", qs::AuthorizationCodeGrantDetails::PATTERNS),
        ("quicksight::AuthorizationCodeGrantMetadata", qs::AuthorizationCodeGrantMetadata::PATTERNS),
        ("quicksight::BasicAuthConnectionMetadata", qs::BasicAuthConnectionMetadata::PATTERNS),
        ("quicksight::ClientCredentialsGrantDetails", qs::ClientCredentialsGrantDetails::PATTERNS),
        ("quicksight::ClientCredentialsGrantMetadata", qs::ClientCredentialsGrantMetadata::PATTERNS),
        ("quicksight::NoneConnectionMetadata", qs::NoneConnectionMetadata::PATTERNS),
        ("networkmanager::CreateConnectionParams", nm::CreateConnectionParams::PATTERNS),
        ("networkmanager::Connection", nm::Connection::PATTERNS),
        ("networkmanager::AccessDeniedException", nm::AccessDeniedException::PATTERNS),
        ("networkmanager::ValidationExceptionField", nm::ValidationExceptionField::PATTERNS),
        ("huaweicloud::eg::CreateConnectionResponse", eg::CreateConnectionResponse::PATTERNS),
    ];
    tables.iter().flat_map(|(ty, ps)| ps.iter().map(move |p| (*ty, *p))).collect()
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
    let body = info.rust.strip_prefix("^(?:").and_then(|b| b.strip_suffix(")$")).unwrap_or(info.rust);
    match proptest::string::string_regex(body) {
        Ok(matching) => {
            let matching = matching.boxed();
            prop_oneof![
                2 => matching.clone(),
                3 => matching.prop_flat_map(mutate),
                1 => noise,
            ]
            .boxed()
        }
        // Patterns with inner anchors cannot drive the generator; noise still compares them.
        Err(_) => noise.boxed(),
    }
}

#[test]
fn exported_patterns_mean_what_the_rust_checks_mean() {
    let patterns = all_patterns();
    assert!(patterns.len() >= 30, "the patterns of every operation are listed: {}", patterns.len());
    for (ty, info) in patterns {
        let rust = Regex::new(info.rust).expect("Rust form compiles");
        let exported_in_rust = Regex::new(info.export).expect("exported form compiles in Rust");
        let peer = jsonschema::draft202012::new(&json!({ "type": "string", "pattern": info.export }))
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
    let linear: Vec<_> = all_patterns().into_iter().filter(|(_, p)| p.linear.is_some()).collect();
    // Six AuthHeaderParameters members and the header value.
    assert_eq!(linear.len(), 7, "{linear:?}");
    for (_, info) in linear {
        assert!(!info.export.contains(")*"), "{} exports a nested repetition: {}", info.member, info.export);
    }
}

#[test]
fn class_runs_decide_what_the_regex_decides() {
    let compiled: Vec<_> = all_patterns().into_iter().filter_map(|(ty, p)| Some((ty, p, p.runs?))).collect();
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
fn few_patterns_are_left_to_the_regex_engine() {
    // Those with alternations, repeated groups, or runs that greedy matching would get wrong (the
    // domain of an e-mail address takes the `.` that the top-level domain needs).
    let left: Vec<_> = all_patterns().into_iter().filter(|(_, p)| p.runs.is_none()).map(|(_, p)| p.rust).collect();
    println!("{} pattern(s) use the regex engine: {left:#?}", left.len());
    assert!(left.len() <= 8, "{left:#?}");
}
