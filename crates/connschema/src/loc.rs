//! Where a value sits in the document, in two forms. A [`Loc`] lives on the stack, linked to its
//! parent, so that walking a valid document allocates nothing. A [`Location`] is what a violation
//! keeps: the same steps, owned, rendered only where they are shown (a JSON Pointer here, a
//! vendor's own path in its error protocol), so that no one parses a rendered path back.

use serde::{Serialize, Serializer};
use std::fmt::{self, Write};

/// A location in a JSON document while it is read: the root, a member of an object, or an item
/// of an array.
///
/// ```
/// use connschema::{Loc, Step};
///
/// let root = Loc::Root;
/// let params = root.key("AuthParameters");
/// let tags = params.key("a/b~c");
/// let location = tags.index(3).location();
/// assert_eq!(location.pointer(), "/AuthParameters/a~1b~0c/3");
/// assert_eq!(location.steps().last(), Some(Step::Item(3)));
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

    /// The steps from the root to here, owned.
    pub fn location(&self) -> Location {
        // Sized first: two allocations, however deep.
        let (names, depth) = self.size();
        let mut location = Location { names: String::with_capacity(names), marks: Vec::with_capacity(depth) };
        self.push_into(&mut location);
        location
    }

    /// The bytes of every name and the number of steps.
    fn size(&self) -> (usize, usize) {
        match self {
            Loc::Root => (0, 0),
            Loc::Key(parent, name) => {
                let (names, depth) = parent.size();
                (names + name.len(), depth + 1)
            }
            Loc::Index(parent, _) => {
                let (names, depth) = parent.size();
                (names, depth + 1)
            }
        }
    }

    fn push_into(&self, location: &mut Location) {
        match self {
            Loc::Root => {}
            Loc::Key(parent, name) => {
                parent.push_into(location);
                location.push_member(name);
            }
            Loc::Index(parent, index) => {
                parent.push_into(location);
                location.marks.push(Mark::Item(*index));
            }
        }
    }
}

/// Where a violation is: the steps from the document's root, by wire names and 0-based items.
///
/// It renders as a JSON Pointer (RFC 6901) for `Display` and `Serialize`; an error protocol that
/// writes paths its own way reads [`Location::steps`].
///
/// ```
/// use connschema::{Location, Step};
///
/// let location = Location::root().member("Parameters").item(0).member("Key");
/// assert_eq!(location.to_string(), "/Parameters/0/Key");
/// let one_based: Vec<String> = location
///     .steps()
///     .map(|step| match step {
///         Step::Member(name) => name.to_owned(),
///         Step::Item(i) => format!("{}.member", i + 1),
///     })
///     .collect();
/// assert_eq!(one_based.join("."), "Parameters.1.member.Key");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Location {
    /// Every member name, one after the other.
    names: String,
    marks: Vec<Mark>,
}

/// A step, as kept: a member by where its name sits in `names`, or an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Mark {
    Member { start: usize, end: usize },
    Item(usize),
}

/// One step of a [`Location`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// The member of this wire name (as it is, unescaped).
    Member(&'a str),
    /// The item of this 0-based index.
    Item(usize),
}

impl Location {
    /// The document itself.
    pub fn root() -> Self {
        Self::default()
    }

    /// The member `name` (a wire name) of the object here.
    pub fn member(mut self, name: &str) -> Self {
        self.push_member(name);
        self
    }

    fn push_member(&mut self, name: &str) {
        let start = self.names.len();
        self.names.push_str(name);
        self.marks.push(Mark::Member { start, end: self.names.len() });
    }

    /// The item `index` of the array here.
    pub fn item(mut self, index: usize) -> Self {
        self.marks.push(Mark::Item(index));
        self
    }

    /// Whether this is the document itself.
    pub fn is_root(&self) -> bool {
        self.marks.is_empty()
    }

    /// The steps from the root, in order.
    pub fn steps(&self) -> impl DoubleEndedIterator<Item = Step<'_>> + ExactSizeIterator + '_ {
        self.marks.iter().map(|mark| match *mark {
            Mark::Member { start, end } => Step::Member(&self.names[start..end]),
            Mark::Item(index) => Step::Item(index),
        })
    }

    /// The JSON Pointer (RFC 6901): `""` for the root, `~` and `/` escaped in names.
    pub fn pointer(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for step in self.steps() {
            f.write_char('/')?;
            match step {
                Step::Member(name) if !name.contains(['~', '/']) => f.write_str(name)?,
                Step::Member(name) => {
                    for c in name.chars() {
                        match c {
                            '~' => f.write_str("~0")?,
                            '/' => f.write_str("~1")?,
                            c => f.write_char(c)?,
                        }
                    }
                }
                Step::Item(index) => write!(f, "{index}")?,
            }
        }
        Ok(())
    }
}

impl Serialize for Location {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Compares the JSON Pointer, as tests and quick checks write a location, without rendering it.
impl PartialEq<str> for Location {
    fn eq(&self, pointer: &str) -> bool {
        /// What is left of the pointer once each rendered piece matched its start.
        struct Rest<'a>(&'a str);
        impl Write for Rest<'_> {
            fn write_str(&mut self, piece: &str) -> fmt::Result {
                self.0 = self.0.strip_prefix(piece).ok_or(fmt::Error)?;
                Ok(())
            }
        }
        let mut rest = Rest(pointer);
        write!(rest, "{self}").is_ok() && rest.0.is_empty()
    }
}

impl PartialEq<&str> for Location {
    fn eq(&self, pointer: &&str) -> bool {
        self == *pointer
    }
}

impl PartialEq<String> for Location {
    fn eq(&self, pointer: &String) -> bool {
        self == pointer.as_str()
    }
}

impl From<&Loc<'_>> for Location {
    fn from(loc: &Loc<'_>) -> Self {
        loc.location()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_come_back_as_they_went_in() {
        let root = Loc::Root;
        let (a, b) = (root.key("a/b"), root.key("ignored"));
        let (list, deep) = (a.index(12), b.key(""));
        let location = list.key("~").location();
        let steps: Vec<_> = location.steps().collect();
        assert_eq!(steps, [Step::Member("a/b"), Step::Item(12), Step::Member("~")]);
        assert_eq!(location.pointer(), "/a~1b/12/~0");
        assert_eq!(deep.location().steps().collect::<Vec<_>>(), [Step::Member("ignored"), Step::Member("")]);
        assert!(Loc::Root.location().is_root());
        assert_eq!(Loc::Root.location().pointer(), "");
    }

    #[test]
    fn a_member_named_by_digits_stays_a_member() {
        let location = Location::root().member("7").item(7);
        assert_eq!(location.steps().collect::<Vec<_>>(), [Step::Member("7"), Step::Item(7)]);
        assert_eq!(location, "/7/7");
        assert_ne!(location, "/7/77");
        assert_ne!(location, "/7");
        assert_ne!(location, "/7/");
    }

    #[test]
    fn it_serializes_as_its_pointer() {
        let location = Location::root().member("Tags").item(0);
        assert_eq!(serde_json::to_string(&location).unwrap(), r#""/Tags/0""#);
    }
}
