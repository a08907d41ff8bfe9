//! [`Run`]: `min..=max` characters of one class, what [`compile`](super::compile) finds and
//! [`matches`](super::matches) decides with.

use std::borrow::Cow;

/// `min..=max` characters of one class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// Whether a byte is an ASCII member of the class: entry `b` for byte `b`, `false` from 0x80 on
    /// (a table of every byte needs no bounds check, and one load is the cheapest test).
    pub ascii: [bool; 256],
    /// The class's members above ASCII: sorted, disjoint, inclusive ranges.
    pub wide: Cow<'static, [(char, char)]>,
    pub min: u32,
    /// `u32::MAX` for no bound.
    pub max: u32,
    /// A percent-encoded octet (`%` and two hex digits) is one more unit of the run.
    pub escapes: bool,
}

impl Run {
    /// The run of `min..=max` (`None`: no bound) characters of `class`, given as sorted, disjoint,
    /// inclusive ranges.
    pub fn new(class: &[(char, char)], min: u32, max: Option<u32>, escapes: bool) -> Self {
        let mut ascii = [false; 256];
        let mut wide = Vec::new();
        for &(start, end) in class {
            for c in u32::from(start)..=u32::from(end).min(0x7f) {
                ascii[c as usize] = true;
            }
            if u32::from(end) >= 0x80 {
                wide.push((start.max('\u{80}'), end));
            }
        }
        Self { ascii, wide: Cow::Owned(wide), min, max: max.unwrap_or(u32::MAX), escapes }
    }

    /// How many bytes at the start of `bytes` are ASCII members.
    pub(super) fn ascii_prefix(&self, bytes: &[u8]) -> usize {
        // Eight at a time with no early exit inside a group: fewer branches than a byte loop.
        let mut n = 0;
        for group in bytes.chunks_exact(8) {
            if !group.iter().fold(true, |all, &b| all & self.ascii[usize::from(b)]) {
                break;
            }
            n += 8;
        }
        let rest = &bytes[n..];
        n + rest.iter().position(|&b| !self.ascii[usize::from(b)]).unwrap_or(rest.len())
    }

    pub(super) fn has_wide(&self, c: char) -> bool {
        self.wide.iter().any(|&(start, end)| start <= c && c <= end)
    }

    /// The length in bytes of the unit that starts `rest` beyond the ASCII table: a
    /// percent-encoded octet or a member above ASCII.
    pub(super) fn other_unit(&self, rest: &str) -> Option<usize> {
        match rest.as_bytes() {
            [b'%', h1, h2, ..] if self.escapes && h1.is_ascii_hexdigit() && h2.is_ascii_hexdigit() => Some(3),
            _ => rest.chars().next().filter(|&c| !c.is_ascii() && self.has_wide(c)).map(char::len_utf8),
        }
    }
}
