//! What a user sees for a bad annotation: each case in ui/ with its expected compiler output.

#[test]
fn bad_annotations_are_compile_errors_at_their_span() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
