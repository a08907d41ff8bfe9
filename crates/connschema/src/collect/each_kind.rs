//! [`Collect`]: how a type reads each JSON kind, a type error for every kind it does not take.

use super::skip::Skip;
use crate::{Code, Collector, Kind, Loc};
use serde::de::{MapAccess, SeqAccess};

/// A JSON number as serde hands it over.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    Unsigned(u64),
    Signed(i64),
    Float(f64),
}

/// A type that can be read from JSON while collecting violations.
///
/// Implemented by `#[derive(Model)]`; you only call it through [`from_slice`](crate::from_slice).
/// Each method handles one JSON kind and defaults to a type error: an implementation overrides the
/// kinds it accepts. `None` means the value was invalid (and the reason was reported).
pub trait Collect<'de>: Sized {
    /// The JSON kind this type accepts, named in type errors.
    const EXPECTED: Kind;

    /// The names of the members an object of this type has, for a reader that chooses among
    /// types by their members (`#[model(untagged)]`). Empty for types that are not objects.
    const MEMBERS: &'static [&'static str] = &[];

    fn from_map<A: MapAccess<'de>>(mut map: A, loc: &Loc<'_>, cx: &mut Collector) -> Result<Option<Self>, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(wrong_kind::<Self>(Kind::Object, loc, cx))
    }

    fn from_seq<A: SeqAccess<'de>>(mut seq: A, loc: &Loc<'_>, cx: &mut Collector) -> Result<Option<Self>, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(wrong_kind::<Self>(Kind::Array, loc, cx))
    }

    fn from_str(_: &str, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        wrong_kind::<Self>(Kind::String, loc, cx)
    }

    /// A string borrowed from the input (it has no escapes), so that a `Cow<'de, str>` member can
    /// keep it without a copy.
    fn from_borrowed_str(value: &'de str, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        Self::from_str(value, loc, cx)
    }

    /// An owned string, so that `String` can keep it without a copy.
    fn from_string(value: String, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        Self::from_str(&value, loc, cx)
    }

    fn from_bool(_: bool, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        wrong_kind::<Self>(Kind::Boolean, loc, cx)
    }

    fn from_number(_: Number, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        wrong_kind::<Self>(Kind::Number, loc, cx)
    }

    fn from_null(loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        wrong_kind::<Self>(Kind::Null, loc, cx)
    }
}

pub(crate) fn wrong_kind<'de, T: Collect<'de>>(found: Kind, loc: &Loc<'_>, cx: &mut Collector) -> Option<T> {
    cx.report_lazily(loc, Code::Type, || {
        let message = format!("expected {}, got {}", T::EXPECTED.with_article(), found.with_article());
        (message, crate::Bound::Type { expected: T::EXPECTED, found }, crate::Shown::Hidden)
    });
    None
}
