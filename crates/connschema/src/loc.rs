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
        let mut out = String::new();
        self.write_pointer(&mut out);
        out
    }

    fn write_pointer(&self, out: &mut String) {
        match self {
            Loc::Root => {}
            Loc::Key(parent, name) => {
                parent.write_pointer(out);
                out.push('/');
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
