//! Reads a vendor pattern (the non-`u` grammar) into its [tree](super::tree); constructs the
//! engines do not share are refused with an error that names their offset.

use super::tree::{Builtin, Class, ClassItem, Node};

/// The tree of the whole pattern `src`.
pub(crate) fn parse(src: &str) -> Result<Node, String> {
    let mut parser = Parser { chars: src.chars().collect(), pos: 0 };
    let tree = parser.parse_alternation()?;
    if parser.pos < parser.chars.len() {
        return Err(format!("unbalanced `)` at offset {}", parser.pos));
    }
    Ok(tree)
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
