//! Writes a pattern [tree](super::tree) for Rust's `regex` or for the exported schema.

use super::tree::{Class, ClassItem, Node};
use std::fmt::Write;

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Target {
    Rust,
    Export,
}

pub(crate) fn render(node: &Node, target: Target) -> String {
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
