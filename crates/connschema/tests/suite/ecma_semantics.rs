//! The derive gives patterns their ECMA-262 meanings in Rust and exports them so that other
//! engines read the same: `\w` and `\d` are ASCII, `\s` is ECMA's white space, `.` stops only at
//! line terminators, and `-` beside a shorthand in a class is a literal.

use connschema::{Code, Model};
use serde_json::json;

#[derive(Debug, Model)]
#[model(deny_unknown_fields)]
struct Shorthands {
    #[model(pattern = r"\w+")]
    word: Option<String>,
    #[model(pattern = r"\d+")]
    digits: Option<String>,
    #[model(pattern = r"a\sb")]
    space: Option<String>,
    #[model(pattern = ".")]
    dot: Option<String>,
    #[model(pattern = r"[\w- ]+")]
    class: Option<String>,
    #[model(pattern = r"^ab|cd$")]
    alternation: Option<String>,
}

fn verdicts(member: &str, value: &str) -> (bool, bool) {
    let doc = json!({ member: value });
    let rust = connschema::from_slice::<Shorthands>(doc.to_string().as_bytes());
    if let Err(e) = &rust {
        assert!(e.iter().all(|v| v.code == Code::Pattern && v.path == format!("/{member}")), "{e:?}");
    }
    let schema = connschema::schema::export_with_id::<Shorthands>("https://connschema.test/shorthands.json");
    let peer = connschema_testing::peer(&schema).expect("schema compiles");
    (rust.is_ok(), peer.is_valid(&doc))
}

#[track_caller]
fn check(member: &str, value: &str, expected: bool) {
    let (rust, peer) = verdicts(member, value);
    assert_eq!(rust, expected, "Rust on {member} = {value:?}");
    assert_eq!(peer, expected, "jsonschema on {member} = {value:?}");
}

#[test]
fn word_is_ascii() {
    check("word", "a_Z9", true);
    check("word", "é", false);
    check("word", "straße", false);
    check("word", "a-b", false);
}

#[test]
fn digit_is_ascii() {
    check("digits", "0123456789", true);
    check("digits", "٣", false);
    check("digits", "𝟘", false);
}

#[test]
fn space_is_ecma_white_space() {
    for yes in [
        " ", "\t", "\n", "\u{b}", "\u{c}", "\r", "\u{a0}", "\u{1680}", "\u{2000}", "\u{200a}", "\u{2028}", "\u{2029}",
        "\u{202f}", "\u{205f}", "\u{3000}", "\u{feff}",
    ] {
        check("space", &format!("a{yes}b"), true);
    }
    for no in ["\u{85}", "\u{180e}", "\u{200b}", "x"] {
        check("space", &format!("a{no}b"), false);
    }
}

#[test]
fn dot_is_any_code_point_but_line_terminators() {
    for yes in ["a", "é", "😀", "\t", "\u{85}", "\u{0}"] {
        check("dot", yes, true);
    }
    for no in ["\n", "\r", "\u{2028}", "\u{2029}", "", "ab"] {
        check("dot", no, false);
    }
}

#[test]
fn dash_beside_a_shorthand_is_literal() {
    check("class", "a- b_", true);
    check("class", "é", false);
}

#[test]
fn whole_value_wraps_alternations() {
    check("alternation", "ab", true);
    check("alternation", "cd", true);
    check("alternation", "abx", false);
    check("alternation", "xcd", false);
}
