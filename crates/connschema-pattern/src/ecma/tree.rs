//! The parsed form of an ECMA-262 pattern: only the constructs the engines share.

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
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
pub(crate) struct Class {
    pub(crate) negated: bool,
    pub(crate) items: Vec<ClassItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ClassItem {
    Char(char),
    Range(char, char),
    Builtin(Builtin),
    /// `\D`, `\W`, `\S` inside a class: only usable beside their positive form.
    NegatedBuiltin(Builtin),
}

/// ECMA's ASCII-only shorthand classes (positive forms).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Builtin {
    Digit,
    Word,
    Space,
}

impl Builtin {
    pub(crate) fn items(self) -> Vec<ClassItem> {
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

/// Drops a leading `^` and a trailing `$` of the top level: the whole-value anchoring replaces them.
pub(crate) fn strip_outer_anchors(tree: Node) -> Node {
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
