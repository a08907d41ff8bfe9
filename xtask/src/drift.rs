//! Planted drifts: the agreement harness must fail when a schema drifts from the Rust checks. Each
//! drift is planted in an exported schema (a bound one off, an unanchored pattern, a lost enum
//! value, a member no longer required, unknown members let in) and the message's corpus is run
//! against it: some document must then get different verdicts from Rust and `jsonschema`. Every
//! drift runs in `cargo xtask conformance` (an optimised build); `cargo test` plants a few
//! (`xtask/tests/planted_drift.rs`).

use crate::conformance;
use crate::corpus;
use connschema::registry::{Message, Operation};
use serde_json::Value;

/// Each message's share of the corpus in these tests (the systematic edits come on top).
pub const SHARE: usize = 200;

/// One planted drift: where in the schema, and what it becomes.
pub struct Plant {
    pub pointer: String,
    pub value: Option<Value>,
    pub what: String,
}

/// A message's corpus, each document with the Rust verdict.
pub fn cases(op: &'static Operation, message: &'static Message) -> Vec<(Value, bool)> {
    let seeds = corpus::examples(op, message).expect("examples");
    corpus::for_message(message, &connschema_cli::apis::catalog().schema(op, message), &seeds, SHARE, crate::CI_SEED)
        .into_iter()
        .map(|doc| {
            let valid = conformance::rust_verdict(message, doc.to_string().as_bytes()).valid;
            (doc, valid)
        })
        .collect()
}

/// Whether some document gets a different verdict from `jsonschema` on the planted schema.
pub fn caught(schema: &Value, cases: &[(Value, bool)], plant: &Plant) -> bool {
    let mut schema = schema.clone();
    let (parent, key) = plant.pointer.rsplit_once('/').expect("a member's pointer");
    match (&plant.value, schema.pointer_mut(parent)) {
        (Some(value), Some(Value::Object(map))) => {
            map.insert(key.to_owned(), value.clone());
        }
        (None, Some(Value::Object(map))) => {
            map.remove(key);
        }
        _ => panic!("no {} in the schema", plant.pointer),
    }
    let validator = conformance::compile(&schema).expect("the planted schema compiles");
    cases.iter().any(|(doc, valid)| validator.is_valid(doc) != *valid)
}

/// Every drift of one kind that can be planted in `schema`, found by walking it.
pub fn plants(schema: &Value, pointer: &str, out: &mut Vec<Plant>) {
    match schema {
        Value::Object(map) => {
            for (key, value) in map {
                let here = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                let mut plant =
                    |value: Option<Value>, what: String| out.push(Plant { pointer: here.clone(), value, what });
                match (key.as_str(), value) {
                    ("maxLength" | "maxItems", Value::Number(n)) => {
                        let (_, longest) = pattern_lengths(map.get("pattern"));
                        let reachable = |n: u64| longest.is_none_or(|longest| longest >= n);
                        if let Some(n) = n.as_u64().filter(|&n| n > 0 && n <= 100_000 && reachable(n)) {
                            plant(Some((n - 1).into()), format!("{here} {n} -> {}", n - 1));
                        }
                    }
                    ("minLength" | "minItems", Value::Number(n)) => {
                        let (shortest, _) = pattern_lengths(map.get("pattern"));
                        if let Some(n) = n.as_u64().filter(|&n| shortest <= n) {
                            plant(Some((n + 1).into()), format!("{here} {n} -> {}", n + 1));
                        }
                    }
                    ("pattern", Value::String(p)) if !accepts_everything(p) => {
                        if let Some(inner) = p.strip_prefix("^(?:").and_then(|p| p.strip_suffix(")$")) {
                            plant(Some(inner.into()), format!("{here} unanchored"));
                        }
                    }
                    ("enum", Value::Array(values)) if values.len() > 1 => {
                        let fewer: Vec<Value> = values[..values.len() - 1].to_vec();
                        plant(Some(fewer.into()), format!("{here} without {}", values[values.len() - 1]));
                    }
                    // A `required` inside `if` is a condition, not a constraint.
                    ("required", Value::Array(names)) if !pointer.ends_with("/if") => {
                        for (i, name) in names.iter().enumerate() {
                            let mut fewer = names.clone();
                            fewer.remove(i);
                            out.push(Plant {
                                pointer: here.clone(),
                                value: Some(fewer.into()),
                                what: format!("{here} without {name}"),
                            });
                        }
                    }
                    ("additionalProperties", Value::Bool(false)) => plant(None, format!("{here} removed")),
                    _ => plants(value, &here, out),
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                plants(item, &format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The fewest and most code points a value of `pattern` can have (no most: unbounded). A length
/// bound that the pattern already implies (ARNs are never 1 character long) cannot drift visibly.
fn pattern_lengths(pattern: Option<&Value>) -> (u64, Option<u64>) {
    use regex_syntax::hir::{Hir, HirKind};
    fn lengths(hir: &Hir) -> (u64, Option<u64>) {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => (0, Some(0)),
            HirKind::Literal(literal) => {
                let count = String::from_utf8_lossy(&literal.0).chars().count() as u64;
                (count, Some(count))
            }
            HirKind::Class(_) => (1, Some(1)),
            HirKind::Capture(capture) => lengths(&capture.sub),
            HirKind::Repetition(repetition) => {
                let (min, max) = lengths(&repetition.sub);
                let most = repetition.max.zip(max).map(|(times, max)| u64::from(times) * max);
                (
                    u64::from(repetition.min) * min,
                    if repetition.max.is_none() && max != Some(0) { None } else { most.or(Some(0)) },
                )
            }
            HirKind::Concat(parts) => {
                parts.iter().map(lengths).fold((0, Some(0)), |(a, b), (c, d)| (a + c, b.zip(d).map(|(b, d)| b + d)))
            }
            HirKind::Alternation(parts) => {
                let all: Vec<_> = parts.iter().map(lengths).collect();
                let min = all.iter().map(|(min, _)| *min).min().unwrap_or(0);
                let max = all
                    .iter()
                    .map(|(_, max)| *max)
                    .collect::<Option<Vec<u64>>>()
                    .map(|m| m.into_iter().max().unwrap_or(0));
                (min, max)
            }
        }
    }
    pattern
        .and_then(Value::as_str)
        .and_then(|p| regex_syntax::Parser::new().parse(p).ok())
        .map_or((0, None), |hir| lengths(&hir))
}

/// A pattern such as `^(?:[\s\S]*)$` means the same unanchored: no document can tell them apart.
fn accepts_everything(pattern: &str) -> bool {
    let probes = ["", "a", " \n\r\u{2028}\u{0}", "😀é", "x\n"];
    regex::Regex::new(pattern).is_ok_and(|re| probes.iter().all(|p| re.is_match(p)))
}

/// Drifts that change no verdict, so that no document can catch them, with the reason.
pub const EQUIVALENT: [(&str, &str); 3] = [
    ("ResourceConfigurationArn/pattern unanchored", "each alternative of the vendor's pattern carries its own ^ and $"),
    (
        "/AuthenticationMetadata/required without",
        "the union requires exactly one member and this branch forbids the other five",
    ),
    ("AwsAccountId/pattern unanchored", "the pattern is 12 digits and the length is exactly 12"),
];

/// Plants every keyword drift that changes what a schema accepts, in every message, and returns how
/// many were planted and those the corpus did not catch.
pub fn every_drift() -> (usize, Vec<String>) {
    let mut planted = 0;
    let mut missed = Vec::new();
    for op in connschema_cli::apis::catalog().operations() {
        for message in op.messages {
            let cases = cases(op, message);
            let schema = connschema_cli::apis::catalog().schema(op, message);
            let mut found = Vec::new();
            plants(&schema, "", &mut found);
            for plant in found.into_iter().filter(|p| !EQUIVALENT.iter().any(|(what, _)| p.what.contains(what))) {
                planted += 1;
                if !caught(&schema, &cases, &plant) {
                    missed.push(format!("{} {}: {}", op.id, message.name, plant.what));
                }
            }
        }
    }
    (planted, missed)
}
