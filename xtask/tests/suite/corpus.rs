//! The agreement corpus in `cargo test`: a slice of the CI corpus through Rust and `jsonschema`,
//! on the schema files and on the OpenAPI components, Acme's corpus, and the generator's freshness
//! and write/check cycle. `cargo xtask conformance` runs the whole corpus through four validators.

use xtask::suite::Suite;
use xtask::{conformance, corpus, generate, schemas_dir, Mode, CI_SEED, TEST_CORPUS};

/// The slice of the CI corpus that the tests share, made once (most of its cost is making it).
fn test_corpus() -> &'static [corpus::Case] {
    static CASES: std::sync::OnceLock<Vec<corpus::Case>> = std::sync::OnceLock::new();
    CASES.get_or_init(|| corpus::generate(TEST_CORPUS, CI_SEED).expect("examples are readable"))
}

#[test]
fn schemas_are_fresh() {
    let stale = generate(&schemas_dir(), Mode::Check).expect("schemas/ is readable");
    assert!(stale.is_empty(), "schemas/ is stale, run `cargo xtask gen`: {stale:?}");
}

/// A slice of the CI corpus: Rust and `jsonschema` reach the same verdict on every document, and
/// the Rust violations include where `jsonschema` reports each of its errors (but for the one
/// known kind, [`conformance::Disagreement::is_known_miss`]).
#[test]
fn the_ci_corpus_agrees_with_jsonschema() {
    let report = conformance::compare(
        test_corpus(),
        |op, message| connschema_cli::apis::catalog().schema(op, message),
        |_, _, _| Ok(()),
    )
    .expect("compare");
    let shown: Vec<String> = report.disagreements.iter().take(10).map(ToString::to_string).collect();
    assert!(report.disagreements.is_empty(), "{} disagreement(s):\n{}", report.disagreements.len(), shown.join("\n"));
    assert!(report.documents >= TEST_CORPUS, "{} documents", report.documents);
    assert!(
        report.valid > report.documents / 10 && report.valid < report.documents * 9 / 10,
        "valid: {}",
        report.valid
    );
    println!("{} documents ({} valid): 0 disagreements", report.documents, report.valid);
    let unknown: Vec<String> =
        report.missed.iter().filter(|m| !m.is_known_miss()).take(10).map(ToString::to_string).collect();
    assert!(unknown.is_empty(), "jsonschema finds violations Rust does not name:\n{}", unknown.join("\n"));
    println!("{} documents with a violation Rust does not name, all of the one known kind", report.missed.len());
}

/// The same slice against the OpenAPI document's components, whose tagged unions are spelled
/// as `oneOf` with a discriminator: they accept exactly what the schema files accept (the
/// verdicts; a failed `oneOf` branch is reported at the object that holds the tag).
#[test]
fn the_openapi_components_agree_with_the_schemas() {
    let catalog = connschema_cli::apis::catalog();
    let schemas = conformance::openapi_schemas(&catalog);
    let report = conformance::compare(test_corpus(), schemas, |_, _, _| Ok(())).expect("compare");
    // Verdicts only: a `oneOf` reports a failed branch at the object that holds the tag.
    let differ: Vec<String> = report.disagreements.iter().filter(|d| !d.path_only).map(ToString::to_string).collect();
    assert!(differ.is_empty(), "{} verdict(s) differ:\n{}", differ.len(), differ[..differ.len().min(10)].join("\n"));
    println!("{} documents ({} valid) against the OpenAPI components: same verdicts", report.documents, report.valid);
}

/// Acme's own API (`examples/widgets`) through the same corpus: every constraint kind a user's
/// model can carry, against `jsonschema` on its exported schemas.
#[test]
fn the_acme_corpus_agrees_with_jsonschema() {
    let suite = Suite::acme();
    let cases = corpus::generate_for(&suite, TEST_CORPUS / 10, CI_SEED).expect("examples are readable");
    let report = conformance::compare(&cases, |op, m| suite.catalog.schema(op, m), |_, _, _| Ok(())).expect("compare");
    let shown: Vec<String> =
        report.disagreements.iter().chain(&report.missed).take(10).map(ToString::to_string).collect();
    assert!(report.disagreements.is_empty() && report.missed.is_empty(), "{}", shown.join("\n"));
    assert!(report.documents >= TEST_CORPUS / 10, "{} documents", report.documents);
    assert!(report.valid > report.documents / 20, "valid: {} of {}", report.valid, report.documents);
    println!("acme: {} documents ({} valid): 0 disagreements", report.documents, report.valid);
}

#[test]
fn write_then_check_is_clean_and_removes_leftovers() {
    use std::fs;
    let dir = std::env::temp_dir().join(format!("connschema-xtask-{}", std::process::id()));
    fs::create_dir_all(dir.join("old")).expect("temp dir");
    fs::write(dir.join("old/left.json"), "{}").expect("temp file");
    let written = generate(&dir, Mode::Write).expect("writes");
    assert!(written.contains(&"old/left.json".to_owned()));
    assert!(written.contains(&"index.json".to_owned()));
    assert_eq!(generate(&dir, Mode::Check).expect("checks"), Vec::<String>::new());
    fs::remove_dir_all(&dir).expect("cleanup");
}
