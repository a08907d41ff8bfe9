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

use std::fmt::Write;

/// A pattern in the two forms the derive emits.
#[derive(Debug, PartialEq, Eq)]
pub struct Translated {
    pub rust: String,
    pub export: String,
}

pub fn translate(src: &str) -> Result<Translated, String> {
    let mut parser = Parser { chars: src.chars().collect(), pos: 0 };
    let tree = parser.parse_alternation()?;
    if parser.pos < parser.chars.len() {
        return Err(format!("unbalanced `)` at offset {}", parser.pos));
    }
    let body = strip_outer_anchors(tree);
    Ok(Translated {
        rust: format!("^(?:{})$", render(&body, Target::Rust)),
        export: format!("^(?:{})$", render(&body, Target::Export)),
    })
}

#[derive(Debug, Clone, PartialEq)]
enum Node {
    Literal(char),
    /// `.`: any code point but the ECMA line terminators.
    Dot,
    /// A class such as `[\s\S]`: any code point at all.
    AnyChar,
    Class(Class),
    Group {
        capturing: bool,
        inner: Box<Node>,
    },
    Concat(Vec<Node>),
    Alternation(Vec<Node>),
    Repeat {
        inner: Box<Node>,
        min: u32,
        max: Option<u32>,
        lazy: bool,
    },
    Start,
    End,
}

#[derive(Debug, Clone, PartialEq)]
struct Class {
    negated: bool,
    items: Vec<ClassItem>,
}

#[derive(Debug, Clone, PartialEq)]
enum ClassItem {
    Char(char),
    Range(char, char),
    Builtin(Builtin),
    /// `\D`, `\W`, `\S` inside a class: only usable beside their positive form.
    NegatedBuiltin(Builtin),
}

/// ECMA's ASCII-only shorthand classes (positive forms).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Builtin {
    Digit,
    Word,
    Space,
}

impl Builtin {
    fn items(self) -> Vec<ClassItem> {
        use ClassItem::{Char, Range};
        match self {
            Self::Digit => vec![Range('0', '9')],
            Self::Word => vec![Range('A', 'Z'), Range('a', 'z'), Range('0', '9'), Char('_')],
            // ECMA-262 WhiteSpace and LineTerminator code points.
            Self::Space => vec![
                Range('\t', '\r'),
                Char(' '),
                Char('\u{a0}'),
                Char('\u{1680}'),
                Range('\u{2000}', '\u{200a}'),
                Range('\u{2028}', '\u{2029}'),
                Char('\u{202f}'),
                Char('\u{205f}'),
                Char('\u{3000}'),
                Char('\u{feff}'),
            ],
        }
    }
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

/// What one escape sequence stands for.
enum Escape {
    Char(char),
    Builtin { class: Builtin, negated: bool },
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos + ahead).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek();
        self.pos += usize::from(c.is_some());
        c
    }

    fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(c);
        self.pos += usize::from(hit);
        hit
    }

    fn parse_alternation(&mut self) -> Result<Node, String> {
        let mut branches = vec![self.parse_concat()?];
        while self.eat('|') {
            branches.push(self.parse_concat()?);
        }
        Ok(if branches.len() == 1 { branches.remove(0) } else { Node::Alternation(branches) })
    }

    fn parse_concat(&mut self) -> Result<Node, String> {
        let mut nodes = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.parse_atom()?;
            let node = self.parse_quantifier(atom)?;
            nodes.push(node);
        }
        Ok(if nodes.len() == 1 { nodes.remove(0) } else { Node::Concat(nodes) })
    }

    fn parse_atom(&mut self) -> Result<Node, String> {
        let at = self.pos;
        let Some(c) = self.bump() else {
            return Err("unexpected end of pattern".into());
        };
        Ok(match c {
            '(' => {
                let capturing = if self.eat('?') {
                    match self.bump() {
                        Some(':') => false,
                        Some('<') if !matches!(self.peek(), Some('=' | '!')) => {
                            while self.peek().is_some_and(|c| c != '>') {
                                self.pos += 1;
                            }
                            if !self.eat('>') {
                                return Err(format!("unterminated group name at offset {at}"));
                            }
                            true
                        }
                        _ => {
                            return Err(format!(
                                "look-around at offset {at} is not supported: the Rust `regex` engine has none"
                            ))
                        }
                    }
                } else {
                    true
                };
                let inner = self.parse_alternation()?;
                if !self.eat(')') {
                    return Err(format!("unclosed group opened at offset {at}"));
                }
                Node::Group { capturing, inner: Box::new(inner) }
            }
            '[' => self.parse_class(at)?,
            '.' => Node::Dot,
            '^' => Node::Start,
            '$' => Node::End,
            '\\' => match self.parse_escape(false)? {
                Escape::Char(c) => Node::Literal(c),
                Escape::Builtin { class, negated } => {
                    Node::Class(Class { negated, items: vec![ClassItem::Builtin(class)] })
                }
            },
            '*' | '+' | '?' => return Err(format!("nothing to repeat at offset {at}")),
            '{' if self.quantifier_ahead(at).is_some() => return Err(format!("nothing to repeat at offset {at}")),
            c => Node::Literal(c),
        })
    }

    /// `{n}`, `{n,}` or `{n,m}` starting at `open` (the `{`), with the position after it.
    fn quantifier_ahead(&self, open: usize) -> Option<(u32, Option<u32>, usize)> {
        let mut i = open + 1;
        let number = |i: &mut usize| {
            let start = *i;
            while self.chars.get(*i).is_some_and(char::is_ascii_digit) {
                *i += 1;
            }
            (start != *i).then(|| self.chars[start..*i].iter().collect::<String>().parse::<u32>().ok())?
        };
        let min = number(&mut i)?;
        let max = if self.chars.get(i) == Some(&',') {
            i += 1;
            if self.chars.get(i) == Some(&'}') {
                None
            } else {
                Some(number(&mut i)?)
            }
        } else {
            Some(min)
        };
        (self.chars.get(i) == Some(&'}')).then_some((min, max, i + 1))
    }

    fn parse_quantifier(&mut self, atom: Node) -> Result<Node, String> {
        let at = self.pos;
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => match self.quantifier_ahead(at) {
                Some((min, max, end)) => {
                    if max.is_some_and(|max| max < min) {
                        return Err(format!("quantifier at offset {at} has its bounds out of order"));
                    }
                    self.pos = end - 1;
                    (min, max)
                }
                None => return Ok(atom),
            },
            _ => return Ok(atom),
        };
        self.pos += 1;
        if matches!(atom, Node::Start | Node::End) {
            return Err(format!("an anchor cannot be repeated (offset {at})"));
        }
        let lazy = self.eat('?');
        if matches!(self.peek(), Some('*' | '+' | '?')) {
            return Err(format!("nothing to repeat at offset {}", self.pos));
        }
        Ok(Node::Repeat { inner: Box::new(atom), min, max, lazy })
    }

    fn parse_class(&mut self, open: usize) -> Result<Node, String> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        loop {
            match self.peek() {
                None => return Err(format!("unclosed character class opened at offset {open}")),
                Some(']') => {
                    self.pos += 1;
                    break;
                }
                Some(_) => {}
            }
            let first = self.parse_class_atom()?;
            let is_range = self.peek() == Some('-') && !matches!(self.peek_at(1), None | Some(']'));
            if !is_range {
                items.push(first);
                continue;
            }
            self.pos += 1;
            let second = self.parse_class_atom()?;
            match (first, second) {
                (ClassItem::Char(a), ClassItem::Char(b)) => {
                    if a > b {
                        return Err(format!("class range {a:?}-{b:?} is out of order"));
                    }
                    items.push(ClassItem::Range(a, b));
                }
                // Outside the `u` grammar, a `-` next to a shorthand class is a literal `-`.
                (first, second) => items.extend([first, ClassItem::Char('-'), second]),
            }
        }
        if items.is_empty() {
            return Err(format!("the class at offset {open} is empty (`[]` or `[^]`), which engines read differently"));
        }
        let negated_builtins: Vec<Builtin> = items
            .iter()
            .filter_map(|item| match item {
                ClassItem::NegatedBuiltin(b) => Some(*b),
                _ => None,
            })
            .collect();
        if negated_builtins.is_empty() {
            return Ok(Node::Class(Class { negated, items }));
        }
        // A shorthand beside its own negation (`[\s\S]`, `[\d\D]`) is every code point.
        let complete = negated_builtins.iter().any(|b| items.contains(&ClassItem::Builtin(*b)));
        match (complete, negated) {
            (true, false) => Ok(Node::AnyChar),
            (true, true) => Err(format!("the class at offset {open} matches nothing")),
            (false, _) => Err(format!(
                "the class at offset {open} holds a negated shorthand (`\\D`, `\\W`, `\\S`) without its positive form, which is not supported"
            )),
        }
    }

    fn parse_class_atom(&mut self) -> Result<ClassItem, String> {
        match self.bump() {
            Some('\\') => match self.parse_escape(true)? {
                Escape::Char(c) => Ok(ClassItem::Char(c)),
                Escape::Builtin { class, negated: false } => Ok(ClassItem::Builtin(class)),
                Escape::Builtin { class, negated: true } => Ok(ClassItem::NegatedBuiltin(class)),
            },
            Some(c) => Ok(ClassItem::Char(c)),
            None => Err("unexpected end of pattern inside a class".into()),
        }
    }

    /// After a `\`.
    fn parse_escape(&mut self, in_class: bool) -> Result<Escape, String> {
        let at = self.pos.saturating_sub(1);
        let Some(c) = self.bump() else {
            return Err("the pattern ends with a lone `\\`".into());
        };
        let builtin = |class, negated| Ok(Escape::Builtin { class, negated });
        match c {
            'd' => builtin(Builtin::Digit, false),
            'D' => builtin(Builtin::Digit, true),
            'w' => builtin(Builtin::Word, false),
            'W' => builtin(Builtin::Word, true),
            's' => builtin(Builtin::Space, false),
            'S' => builtin(Builtin::Space, true),
            't' => Ok(Escape::Char('\t')),
            'n' => Ok(Escape::Char('\n')),
            'r' => Ok(Escape::Char('\r')),
            'f' => Ok(Escape::Char('\u{c}')),
            'v' => Ok(Escape::Char('\u{b}')),
            'b' if in_class => Ok(Escape::Char('\u{8}')),
            '0' if !self.peek().is_some_and(|c| c.is_ascii_digit()) => Ok(Escape::Char('\0')),
            'x' => self.hex_escape(2, at).map(Escape::Char),
            'u' if self.eat('{') => {
                let start = self.pos;
                while self.peek().is_some_and(|c| c.is_ascii_hexdigit()) {
                    self.pos += 1;
                }
                let digits: String = self.chars[start..self.pos].iter().collect();
                if !self.eat('}') {
                    return Err(format!("malformed `\\u{{…}}` escape at offset {at}"));
                }
                code_point(&digits, at).map(Escape::Char)
            }
            'u' => self.hex_escape(4, at).map(Escape::Char),
            'b' | 'B' => Err(format!(
                "word boundary at offset {at} is not supported: engines disagree on what a word character is"
            )),
            '1'..='9' => Err(format!("back-reference at offset {at} is not supported")),
            'c' | 'k' | 'p' | 'P' => Err(format!("escape `\\{c}` at offset {at} is not supported")),
            // Any other escaped character stands for itself (ECMA's identity escape).
            c => Ok(Escape::Char(c)),
        }
    }

    fn hex_escape(&mut self, digits: usize, at: usize) -> Result<char, String> {
        let text: String = self.chars.iter().skip(self.pos).take(digits).collect();
        if text.len() != digits || !text.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(format!("malformed hex escape at offset {at}"));
        }
        self.pos += digits;
        code_point(&text, at)
    }
}

fn code_point(hex: &str, at: usize) -> Result<char, String> {
    u32::from_str_radix(hex, 16)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| format!("escape at offset {at} is not a Unicode scalar value"))
}

/// Drops a leading `^` and a trailing `$` of the top level: the whole-value anchoring replaces them.
fn strip_outer_anchors(tree: Node) -> Node {
    match tree {
        Node::Concat(mut nodes) => {
            if nodes.first() == Some(&Node::Start) {
                nodes.remove(0);
            }
            if nodes.last() == Some(&Node::End) {
                nodes.pop();
            }
            match nodes.len() {
                0 => Node::Concat(nodes),
                1 => nodes.remove(0),
                _ => Node::Concat(nodes),
            }
        }
        Node::Start | Node::End => Node::Concat(Vec::new()),
        other => other,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Target {
    Rust,
    Export,
}

fn render(node: &Node, target: Target) -> String {
    let mut out = String::new();
    render_into(node, target, &mut out);
    out
}

fn render_into(node: &Node, target: Target, out: &mut String) {
    match node {
        Node::Literal(c) => push_char(*c, false, target, out),
        Node::Dot => render_class(
            &Class { negated: true, items: ['\n', '\r', '\u{2028}', '\u{2029}'].map(ClassItem::Char).to_vec() },
            target,
            out,
        ),
        Node::Class(class) => render_class(class, target, out),
        // `[\s\S]` reads as every code point in ECMA (with or without `u`), Python and Rust alike,
        // whatever each takes `\s` to mean; ECMA's `[^]` would not be portable.
        Node::AnyChar => out.push_str(match target {
            Target::Rust => "(?s:.)",
            Target::Export => "[\\s\\S]",
        }),
        Node::Group { capturing, inner } => {
            // Captures mean nothing to a validator; Rust skips their bookkeeping.
            out.push_str(if *capturing && target == Target::Export { "(" } else { "(?:" });
            render_into(inner, target, out);
            out.push(')');
        }
        Node::Concat(nodes) => nodes.iter().for_each(|n| render_into(n, target, out)),
        Node::Alternation(branches) => {
            for (i, branch) in branches.iter().enumerate() {
                if i > 0 {
                    out.push('|');
                }
                render_into(branch, target, out);
            }
        }
        Node::Repeat { inner, min, max, lazy } => {
            render_into(inner, target, out);
            match (min, max) {
                (0, None) => out.push('*'),
                (1, None) => out.push('+'),
                (0, Some(1)) => out.push('?'),
                (min, None) => _ = write!(out, "{{{min},}}"),
                (min, Some(max)) if min == max => _ = write!(out, "{{{min}}}"),
                (min, Some(max)) => _ = write!(out, "{{{min},{max}}}"),
            }
            if *lazy {
                out.push('?');
            }
        }
        Node::Start => out.push('^'),
        Node::End => out.push('$'),
    }
}

fn render_class(class: &Class, target: Target, out: &mut String) {
    out.push('[');
    if class.negated {
        out.push('^');
    }
    for item in &class.items {
        render_class_item(item, target, out);
    }
    out.push(']');
}

fn render_class_item(item: &ClassItem, target: Target, out: &mut String) {
    match item {
        ClassItem::Char(c) => push_char(*c, true, target, out),
        ClassItem::Range(a, b) => {
            push_range_end(*a, target, out);
            out.push('-');
            push_range_end(*b, target, out);
        }
        ClassItem::Builtin(builtin) => {
            for item in builtin.items() {
                render_class_item(&item, target, out);
            }
        }
        // `parse_class` turns a class with a negated shorthand into `AnyChar` or refuses it.
        ClassItem::NegatedBuiltin(_) => {}
    }
}

/// Range ends are written as hex when they are ASCII controls or space (`\x00-\x1F`, not `\0-\x1F`
/// or `\t-\r`), which reads as the vendor wrote it.
fn push_range_end(c: char, target: Target, out: &mut String) {
    if c <= ' ' || c == '\u{7f}' {
        _ = write!(out, "\\x{:02X}", c as u32);
    } else {
        push_char(c, true, target, out);
    }
}

fn push_char(c: char, in_class: bool, target: Target, out: &mut String) {
    let needs_escape = if in_class {
        // `&`, `~` (doubled: set operations) are only Rust's; the `u` grammar rejects `\&`, `\~`.
        matches!(c, '\\' | ']' | '[' | '^' | '-') || (target == Target::Rust && matches!(c, '&' | '~'))
    } else {
        matches!(c, '\\' | '.' | '+' | '*' | '?' | '(' | ')' | '|' | '[' | ']' | '{' | '}' | '^' | '$')
    };
    if needs_escape {
        out.push('\\');
        out.push(c);
    } else if let Some(short) = match c {
        '\n' => Some("\\n"),
        '\r' => Some("\\r"),
        '\t' => Some("\\t"),
        _ => None,
    } {
        out.push_str(short);
    } else if (c as u32) < 0x20 || c == '\u{7f}' {
        _ = write!(out, "\\x{:02X}", c as u32);
    } else if c.is_control() || (c.is_whitespace() && c != ' ') || c == '\u{feff}' {
        // Invisible code points are written as escapes that all three engines read.
        match target {
            Target::Rust => _ = write!(out, "\\x{{{:X}}}", c as u32),
            Target::Export if (c as u32) <= 0xff => _ = write!(out, "\\x{:02X}", c as u32),
            Target::Export => _ = write!(out, "\\u{:04X}", c as u32),
        }
    } else {
        out.push(c);
    }
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
