//! Where a value sits in the document. A `Loc` lives on the stack, linked to its parent, so that
//! walking a valid document allocates nothing; the JSON Pointer is rendered only for a violation.

use std::fmt::Write;

/// A location in a JSON document: the root, a member of an object, or an item of an array.
///
/// ```
/// use connschema::Loc;
///
/// let root = Loc::Root;
/// let params = root.key("AuthParameters");
/// let tags = params.key("a/b~c");
/// assert_eq!(tags.index(3).pointer(), "/AuthParameters/a~1b~0c/3");
/// ```
#[derive(Debug, Clone, Copy)]
pub enum Loc<'a> {
    Root,
    Key(&'a Loc<'a>, &'a str),
    Index(&'a Loc<'a>, usize),
}

impl<'a> Loc<'a> {
    /// The member `name` (a wire name) of the object here.
    pub fn key<'b>(&'b self, name: &'b str) -> Loc<'b> {
        Loc::Key(self, name)
    }

    /// The item `index` of the array here.
    pub fn index(&self, index: usize) -> Loc<'_> {
        Loc::Index(self, index)
    }

    /// The JSON Pointer (RFC 6901): `""` for the root, `~` and `/` escaped in names.
    pub fn pointer(&self) -> String {
        // Sized first: one allocation, where growing from empty took several.
        let mut out = String::with_capacity(self.pointer_len());
        self.write_pointer(&mut out);
        out
    }

    /// The length of the pointer, near enough to size its string: escapes add a byte each, and an
    /// index is taken as three digits.
    fn pointer_len(&self) -> usize {
        match self {
            Loc::Root => 0,
            Loc::Key(parent, name) => parent.pointer_len() + 1 + name.len(),
            Loc::Index(parent, _) => parent.pointer_len() + 4,
        }
    }

    fn write_pointer(&self, out: &mut String) {
        match self {
            Loc::Root => {}
            Loc::Key(parent, name) => {
                parent.write_pointer(out);
                out.push('/');
                if !name.contains(['~', '/']) {
                    out.push_str(name);
                    return;
                }
                for c in name.chars() {
                    match c {
                        '~' => out.push_str("~0"),
                        '/' => out.push_str("~1"),
                        c => out.push(c),
                    }
                }
            }
            Loc::Index(parent, index) => {
                parent.write_pointer(out);
                _ = write!(out, "/{index}");
            }
        }
    }
}
