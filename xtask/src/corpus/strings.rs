//! Strings on and around a string's constraints: values that match a pattern (drawn from the
//! pattern itself), characters that break it, lengths at the bounds in 1-, 2- and 4-byte
//! characters, and the edges of `date-time` and `uri`.

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use regex_syntax::hir::{Hir, HirKind};

/// Characters that patterns, lengths and engines disagree on: line terminators (ECMA's `.` and
/// Python's `$`), white space outside ASCII, letters and digits of other scripts (Rust's `\w`, `\d`),
/// astral characters (UTF-16 length), controls and punctuation that vendor classes admit or refuse.
pub const AWKWARD: [char; 23] = [
    '\n', '\r', '\u{2028}', '\u{2029}', ' ', '\t', '\u{0}', '\u{7f}', '\u{a0}', '\u{feff}', 'é', 'ß', 'Ж', '\u{212a}',
    'ſ', '٣', '１', '😀', '-', '.', '_', ':', '/',
];

/// One character in each UTF-8 width: lengths count code points, so each fills a length the same.
pub const FILLERS: [char; 3] = ['a', 'é', '😀'];

/// Values around RFC 3339 `date-time`: leap days and seconds, offsets, case, and the near misses
/// that some validators let through (a space for `T`, no offset, a one-digit field).
pub const DATE_TIMES: [&str; 16] = [
    "2024-02-29T12:00:00Z",
    "2023-02-29T12:00:00Z",
    "2016-12-31T23:59:60Z",
    "2024-06-30T23:59:60+00:00",
    "2024-01-01T12:00:00.123456+05:30",
    "2024-01-01t12:00:00z",
    "2024-01-01 12:00:00Z",
    "2024-01-01T12:00:00",
    "2024-01-01T12:00:00+0530",
    "2024-13-01T00:00:00Z",
    "2024-01-01T24:00:00Z",
    "2024-01-01T12:60:00Z",
    "2024-1-01T12:00:00Z",
    "2024-01-01T12:00:00.Z",
    "2024-01-01T12:00:00+24:00",
    "2024-01-01",
];

/// Values around RFC 3986 `uri`: absolute forms that must pass, and relative references, spaces,
/// bad escapes and non-ASCII that must not.
pub const URIS: [&str; 19] = [
    "https://example.com/a/b?c=d#e",
    "http://[::1]:8080/",
    "urn:isbn:0451450523",
    "mailto:someone@example.com",
    "https://example.com:/",
    "a:",
    "example.com/path",
    "//example.com/",
    "/relative/path",
    "https://exa mple.com/",
    "https://example.com/%zz",
    "https://example.com/é",
    "https://example.com/#a#b",
    "https://example.com:8o/",
    "https://a:b@example.com:443/",
    "https://[::1]x/",
    "1http://example.com/",
    "https://user@[v1.x]/",
    "",
];

/// Draws values that match `pattern` (a schema's exported `^(?:…)$` form), or `None` when the
/// generator cannot read it.
pub struct Matches {
    tree_source: Option<proptest::string::RegexGeneratorStrategy<String>>,
}

impl Matches {
    pub fn new(pattern: &str) -> Self {
        let parsed = regex_syntax::ParserBuilder::new().build().parse(pattern).ok();
        let tree_source =
            parsed.map(|hir| without_anchors(&hir)).and_then(|hir| proptest::string::string_regex_parsed(&hir).ok());
        Self { tree_source }
    }

    pub fn draw(&self, runner: &mut TestRunner) -> Option<String> {
        let strategy = self.tree_source.as_ref()?;
        strategy.new_tree(runner).ok().map(|tree| tree.current())
    }
}

/// The generator draws from a pattern's language, and anchors have no characters to draw: an
/// exported pattern is anchored at both ends, so removing them leaves the same language.
fn without_anchors(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Look(_) => Hir::empty(),
        HirKind::Concat(parts) => Hir::concat(parts.iter().map(without_anchors).collect()),
        HirKind::Alternation(parts) => Hir::alternation(parts.iter().map(without_anchors).collect()),
        HirKind::Capture(capture) => without_anchors(&capture.sub),
        HirKind::Repetition(repetition) => {
            let mut repetition = repetition.clone();
            repetition.sub = Box::new(without_anchors(&repetition.sub));
            Hir::repetition(repetition)
        }
        _ => hir.clone(),
    }
}

/// `sample`'s characters repeated or cut to exactly `length` code points (`fill` when empty).
pub fn of_length(sample: &str, length: usize, fill: char) -> String {
    if sample.is_empty() {
        return std::iter::repeat_n(fill, length).collect();
    }
    sample.chars().cycle().take(length).collect()
}

/// `value` with its character at `index` (in code points) replaced by `with`.
pub fn replaced(value: &str, index: usize, with: char) -> String {
    value.chars().enumerate().map(|(i, c)| if i == index { with } else { c }).collect()
}
