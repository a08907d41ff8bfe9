//! The parsing path: one pass of serde over the input that builds the typed value and records every
//! violation on the way, where serde's own derive would stop at the first.
//!
//! Every value is read with `deserialize_any`, so a value of the wrong type is consumed whole and
//! reported, and parsing goes on with the next member.

use crate::{Code, Cx, Loc, Violation, Violations};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// The JSON kinds, for type errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Object,
    Array,
    String,
    Number,
    Integer,
    Boolean,
    Null,
}

impl Kind {
    pub const fn with_article(self) -> &'static str {
        match self {
            Self::Object => "an object",
            Self::Array => "an array",
            Self::String => "a string",
            Self::Number => "a number",
            Self::Integer => "an integer",
            Self::Boolean => "a boolean",
            Self::Null => "null",
        }
    }
}

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

    fn from_map<A: MapAccess<'de>>(mut map: A, loc: &Loc<'_>, cx: &mut Cx) -> Result<Option<Self>, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(wrong_kind::<Self>(Kind::Object, loc, cx))
    }

    fn from_seq<A: SeqAccess<'de>>(mut seq: A, loc: &Loc<'_>, cx: &mut Cx) -> Result<Option<Self>, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(wrong_kind::<Self>(Kind::Array, loc, cx))
    }

    fn from_str(_: &str, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        wrong_kind::<Self>(Kind::String, loc, cx)
    }

    /// A string borrowed from the input (it has no escapes), so that a `Cow<'de, str>` member can
    /// keep it without a copy.
    fn from_borrowed_str(value: &'de str, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        Self::from_str(value, loc, cx)
    }

    /// An owned string, so that `String` can keep it without a copy.
    fn from_string(value: String, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        Self::from_str(&value, loc, cx)
    }

    fn from_bool(_: bool, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        wrong_kind::<Self>(Kind::Boolean, loc, cx)
    }

    fn from_number(_: Number, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        wrong_kind::<Self>(Kind::Number, loc, cx)
    }

    fn from_null(loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        wrong_kind::<Self>(Kind::Null, loc, cx)
    }
}

fn wrong_kind<'de, T: Collect<'de>>(found: Kind, loc: &Loc<'_>, cx: &mut Cx) -> Option<T> {
    let message = format!("expected {}, got {}", T::EXPECTED.with_article(), found.with_article());
    cx.report_with(loc, Code::Type, message, crate::Bound::Type { expected: T::EXPECTED, found }, crate::Shown::Hidden);
    None
}

/// A value read only to be passed over: an unknown member, or a value of the wrong kind.
///
/// Unlike serde's `IgnoredAny`, it reads strings (and member names) the way a kept value is read,
/// so that invalid UTF-8 is a syntax error wherever it is: serde_json's skipping fast path does
/// not check it, and a body is either JSON for every consumer or for none. Its depth is bounded by
/// serde_json's nesting limit (128), as a kept value's is.
pub struct Skip;

impl<'de> de::Deserialize<'de> for Skip {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Skip)
    }
}

impl<'de> Visitor<'de> for Skip {
    type Value = Skip;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_unit<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_none<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Skip)
    }
}

/// Passes over the value at `loc` (an unknown or repeated member): a syntax error inside it is
/// reported there.
pub struct SkipAt<'a, 'l> {
    pub loc: &'a Loc<'l>,
    pub cx: &'a mut Cx,
}

impl<'de> DeserializeSeed<'de> for SkipAt<'_, '_> {
    type Value = Skip;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Skip, D::Error> {
        self.cx.noting_syntax_error_at(self.loc, deserializer.deserialize_any(Skip))
    }
}

/// Reads one value of type `T` at `loc` into `slot`: `None` if it was invalid.
///
/// The value is written where it is kept rather than returned up through serde's layers, each of
/// which would copy it (a request model is hundreds of bytes).
pub struct Seed<'a, 'l, T> {
    slot: &'a mut Option<T>,
    loc: &'a Loc<'l>,
    cx: &'a mut Cx,
}

impl<'a, 'l, T> Seed<'a, 'l, T> {
    pub fn new(slot: &'a mut Option<T>, loc: &'a Loc<'l>, cx: &'a mut Cx) -> Self {
        Self { slot, loc, cx }
    }
}

impl<'de, T: Collect<'de>> DeserializeSeed<'de> for Seed<'_, '_, T> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let Seed { slot, loc, cx } = self;
        let result = deserializer.deserialize_any(KindVisitor { slot, loc, cx: &mut *cx });
        cx.noting_syntax_error_at(loc, result)
    }
}

struct KindVisitor<'a, 'l, T> {
    slot: &'a mut Option<T>,
    loc: &'a Loc<'l>,
    cx: &'a mut Cx,
}

impl<'de, T: Collect<'de>> Visitor<'de> for KindVisitor<'_, '_, T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTED.with_article())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        *self.slot = T::from_map(map, self.loc, self.cx)?;
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        *self.slot = T::from_seq(seq, self.loc, self.cx)?;
        Ok(())
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<(), E> {
        *self.slot = T::from_str(value, self.loc, self.cx);
        Ok(())
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<(), E> {
        *self.slot = T::from_borrowed_str(value, self.loc, self.cx);
        Ok(())
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<(), E> {
        *self.slot = T::from_string(value, self.loc, self.cx);
        Ok(())
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<(), E> {
        *self.slot = T::from_bool(value, self.loc, self.cx);
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<(), E> {
        *self.slot = T::from_number(Number::Unsigned(value), self.loc, self.cx);
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<(), E> {
        *self.slot = T::from_number(Number::Signed(value), self.loc, self.cx);
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<(), E> {
        *self.slot = T::from_number(Number::Float(value), self.loc, self.cx);
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        *self.slot = T::from_null(self.loc, self.cx);
        Ok(())
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        *self.slot = T::from_null(self.loc, self.cx);
        Ok(())
    }
}

/// A type whose shape another member of the same object chooses, such as Versori's credential
/// `data` by the credential's `type`: the member of a model marked `#[model(chosen_by = "type")]`.
///
/// `by` is the chooser's value; `value` is the member's JSON, from the input or held in memory
/// when the member came first.
pub trait CollectBy<'de, By>: Sized {
    fn collect_by<D: de::Deserializer<'de>>(
        by: &By,
        value: D,
        loc: &Loc<'_>,
        cx: &mut Cx,
    ) -> Result<Option<Self>, D::Error>;
}

/// Reads one value of type `T`, shaped as `by` chooses, at `loc`.
pub struct SeedBy<'a, 'l, T, By> {
    by: &'a By,
    loc: &'a Loc<'l>,
    cx: &'a mut Cx,
    marker: PhantomData<T>,
}

impl<'a, 'l, T, By> SeedBy<'a, 'l, T, By> {
    pub fn new(by: &'a By, loc: &'a Loc<'l>, cx: &'a mut Cx) -> Self {
        Self { by, loc, cx, marker: PhantomData }
    }
}

impl<'de, T: CollectBy<'de, By>, By> DeserializeSeed<'de> for SeedBy<'_, '_, T, By> {
    type Value = Option<T>;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        let result = T::collect_by(self.by, deserializer, self.loc, self.cx);
        self.cx.noting_syntax_error_at(self.loc, result)
    }
}

/// [`SeedBy`] for a member held in memory because it came before its chooser.
pub fn collect_value_by<'de, T: CollectBy<'de, By>, By>(
    by: &By,
    value: serde_json::Value,
    loc: &Loc<'_>,
    cx: &mut Cx,
) -> Option<T> {
    T::collect_by(by, value, loc, cx).unwrap_or_else(|error| {
        cx.report(loc, Code::Syntax, crate::cx::syntax_message(&error));
        None
    })
}

/// Holds the value at `loc` in memory, for a member whose chooser comes after it: a syntax error
/// inside it is reported there.
pub struct HoldAt<'a, 'l> {
    pub loc: &'a Loc<'l>,
    pub cx: &'a mut Cx,
}

impl<'de> DeserializeSeed<'de> for HoldAt<'_, '_> {
    type Value = serde_json::Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<serde_json::Value, D::Error> {
        self.cx.noting_syntax_error_at(self.loc, de::Deserialize::deserialize(deserializer))
    }
}

/// An object key, borrowed from the input when it has no escapes.
pub type Key<'de> = Cow<'de, str>;

/// Reads an object key as a [`Key`].
pub struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key<'de>;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Key<'de>, E> {
        Ok(Cow::Borrowed(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Key<'de>, E> {
        Ok(Cow::Owned(value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Key<'de>, E> {
        Ok(Cow::Owned(value))
    }
}

impl Collect<'_> for String {
    const EXPECTED: Kind = Kind::String;

    fn from_str(value: &str, _: &Loc<'_>, _: &mut Cx) -> Option<Self> {
        Some(value.to_owned())
    }

    fn from_string(value: String, _: &Loc<'_>, _: &mut Cx) -> Option<Self> {
        Some(value)
    }
}

/// A string member that borrows from the input: no copy unless the string has escapes.
impl<'de: 'a, 'a> Collect<'de> for Cow<'a, str> {
    const EXPECTED: Kind = Kind::String;

    fn from_str(value: &str, _: &Loc<'_>, _: &mut Cx) -> Option<Self> {
        Some(Self::Owned(value.to_owned()))
    }

    fn from_borrowed_str(value: &'de str, _: &Loc<'_>, _: &mut Cx) -> Option<Self> {
        Some(Self::Borrowed(value))
    }

    fn from_string(value: String, _: &Loc<'_>, _: &mut Cx) -> Option<Self> {
        Some(Self::Owned(value))
    }
}

/// A secret is read as the `Cow<'a, str>` it wraps: borrowed from the input, so no copy is left
/// behind, unless it has escapes.
impl<'de: 'a, 'a> Collect<'de> for crate::Secret<'a> {
    const EXPECTED: Kind = Kind::String;

    fn from_str(value: &str, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        Cow::from_str(value, loc, cx).map(crate::Secret::from)
    }

    fn from_borrowed_str(value: &'de str, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        Cow::from_borrowed_str(value, loc, cx).map(crate::Secret::from)
    }

    fn from_string(value: String, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        Cow::from_string(value, loc, cx).map(crate::Secret::from)
    }
}

impl Collect<'_> for bool {
    const EXPECTED: Kind = Kind::Boolean;

    fn from_bool(value: bool, _: &Loc<'_>, _: &mut Cx) -> Option<Self> {
        Some(value)
    }
}

impl Collect<'_> for f64 {
    const EXPECTED: Kind = Kind::Number;

    #[allow(clippy::cast_precision_loss)] // JSON numbers are doubles to every other reader too.
    fn from_number(value: Number, _: &Loc<'_>, _: &mut Cx) -> Option<Self> {
        Some(match value {
            Number::Unsigned(n) => n as f64,
            Number::Signed(n) => n as f64,
            Number::Float(n) => n,
        })
    }
}

/// JSON Schema's `integer` is any number with no fraction (`1.0` included); one beyond the Rust
/// type's range is a `range` violation, and the exported schema states the same bounds.
macro_rules! integer {
    ($($int:ty => $bits:literal),*) => {$(
        impl Collect<'_> for $int {
            const EXPECTED: Kind = Kind::Integer;

            #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation)]
            fn from_number(value: Number, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
                let fits = match value {
                    Number::Signed(n) => <$int>::try_from(n).map_err(|_| true),
                    Number::Unsigned(n) => <$int>::try_from(n).map_err(|_| true),
                    Number::Float(f) if f.fract() != 0.0 || !f.is_finite() => Err(false),
                    // Both bounds are powers of two, exact as doubles.
                    Number::Float(f) if f >= <$int>::MIN as f64 && f < -(<$int>::MIN as f64) => Ok(f as $int),
                    Number::Float(_) => Err(true),
                };
                match fits {
                    Ok(n) => Some(n),
                    Err(true) => {
                        let message = concat!("must be a ", $bits, "-bit integer, from ");
                        cx.report(loc, Code::Range, format!("{message}{} to {}", <$int>::MIN, <$int>::MAX));
                        None
                    }
                    Err(false) => wrong_kind::<Self>(Kind::Number, loc, cx),
                }
            }
        }
    )*};
}

integer!(i32 => "32", i64 => "64");

/// A boxed model reads as the model (for large variants of tagged enums).
impl<'de, T: Collect<'de>> Collect<'de> for Box<T> {
    const EXPECTED: Kind = T::EXPECTED;

    fn from_map<A: MapAccess<'de>>(map: A, loc: &Loc<'_>, cx: &mut Cx) -> Result<Option<Self>, A::Error> {
        T::from_map(map, loc, cx).map(|found| found.map(Box::new))
    }

    fn from_seq<A: SeqAccess<'de>>(seq: A, loc: &Loc<'_>, cx: &mut Cx) -> Result<Option<Self>, A::Error> {
        T::from_seq(seq, loc, cx).map(|found| found.map(Box::new))
    }

    fn from_str(value: &str, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        T::from_str(value, loc, cx).map(Box::new)
    }

    fn from_borrowed_str(value: &'de str, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        T::from_borrowed_str(value, loc, cx).map(Box::new)
    }

    fn from_string(value: String, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        T::from_string(value, loc, cx).map(Box::new)
    }

    fn from_bool(value: bool, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        T::from_bool(value, loc, cx).map(Box::new)
    }

    fn from_number(value: Number, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        T::from_number(value, loc, cx).map(Box::new)
    }

    fn from_null(loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        T::from_null(loc, cx).map(Box::new)
    }
}

impl<'de, T: Collect<'de>> Collect<'de> for Vec<T> {
    const EXPECTED: Kind = Kind::Array;

    fn from_seq<A: SeqAccess<'de>>(mut seq: A, loc: &Loc<'_>, cx: &mut Cx) -> Result<Option<Self>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(256));
        let mut all_valid = true;
        for index in 0.. {
            let item_loc = loc.index(index);
            let mut item = None;
            if seq.next_element_seed(Seed::new(&mut item, &item_loc, cx))?.is_none() {
                break;
            }
            match item {
                Some(item) => items.push(item),
                None => all_valid = false,
            }
        }
        Ok(all_valid.then_some(items))
    }
}

/// Reads an object whose member `tag` names its variant in one pass: the members before the tag
/// (usually none) are read ahead, and `pick` reads the object again as the variant's type, those
/// members first, then the rest from the input.
pub fn collect_tagged<'de, A: MapAccess<'de>, T>(
    mut map: A,
    tag: &'static str,
    values: &'static [&'static str],
    loc: &Loc<'_>,
    cx: &mut Cx,
    pick: impl FnOnce(&'static str, &mut Replay<'_, 'de, A>, &Loc<'_>, &mut Cx) -> Result<Option<T>, A::Error>,
) -> Result<Option<T>, A::Error> {
    let (ahead, found) = read_ahead(&mut map, |key| key == tag)?;
    let tag_loc = loc.key(tag);
    let variant = if found.is_none() {
        crate::check::report_missing(&tag_loc, cx);
        None
    } else {
        // Borrowed from the input: no allocation for the tag.
        let mut tag_value: Option<Cow<'de, str>> = None;
        map.next_value_seed(Seed::new(&mut tag_value, &tag_loc, cx))?;
        match tag_value {
            Some(value) => {
                let known = values.iter().find(|v| **v == value);
                if known.is_none() {
                    crate::check::report_enum(&value, values, &tag_loc, cx);
                }
                known.copied()
            }
            None => None,
        }
    };
    let Some(variant) = variant else {
        // The object is invalid whatever else it holds; what is left is still read as JSON.
        while let Some(key) = map.next_key_seed(KeySeed)? {
            map.next_value_seed(SkipAt { loc: &loc.key(&key), cx })?;
        }
        return Ok(None);
    };
    let mut rest = Replay { taken: Some(tag), ..Replay::new(ahead, None, &mut map) };
    let found = pick(variant, &mut rest, loc, cx)?;
    if rest.retaken {
        crate::check::report_duplicate(&tag_loc, cx);
    }
    Ok(found)
}

/// Members read ahead, in document order.
pub type Ahead = Vec<(String, serde_json::Value)>;

/// Reads members of an object until `decides` picks one out by its name, keeping those before it:
/// for a reader that must see that member before it knows the object's type. The deciding
/// member's value is left unread; `None` if the object has no such member.
pub fn read_ahead<'de, A: MapAccess<'de>>(
    map: &mut A,
    decides: impl Fn(&str) -> bool,
) -> Result<(Ahead, Option<Key<'de>>), A::Error> {
    let mut ahead = Vec::new();
    while let Some(key) = map.next_key_seed(KeySeed)? {
        if decides(&key) {
            return Ok((ahead, Some(key)));
        }
        ahead.push((key.into_owned(), map.next_value()?));
    }
    Ok((ahead, None))
}

/// An object, some of whose members were read ahead (see [`read_ahead`]), read again from its
/// start: first those members, then the deciding one, then the rest of the input.
pub struct Replay<'m, 'de, A> {
    ahead: <Ahead as IntoIterator>::IntoIter,
    next: Option<Key<'de>>,
    value: Option<serde_json::Value>,
    live: &'m mut A,
    /// A member already taken (a tag): passed over if the input gives it again, and noted.
    taken: Option<&'static str>,
    retaken: bool,
}

impl<'m, 'de, A> Replay<'m, 'de, A> {
    /// Reads again `ahead`, then the member named `next` (whose value is still in `live`), then
    /// the rest of `live`.
    pub fn new(ahead: Ahead, next: Option<Key<'de>>, live: &'m mut A) -> Self {
        Self { ahead: ahead.into_iter(), next, value: None, live, taken: None, retaken: false }
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<'_, 'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        use de::value::{BorrowedStrDeserializer, StringDeserializer};
        if let Some((key, value)) = self.ahead.next() {
            self.value = Some(value);
            return seed.deserialize(StringDeserializer::new(key)).map(Some);
        }
        let key = match self.next.take() {
            Some(key) => key,
            None if self.taken.is_none() => return self.live.next_key_seed(seed),
            None => loop {
                match self.live.next_key_seed(KeySeed)? {
                    None => return Ok(None),
                    Some(key) if Some(&*key) == self.taken => {
                        self.retaken = true;
                        self.live.next_value::<Skip>()?;
                    }
                    Some(key) => break key,
                }
            },
        };
        match key {
            Cow::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::new(key)).map(Some),
            Cow::Owned(key) => seed.deserialize(StringDeserializer::new(key)).map(Some),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.value.take() {
            // Read ahead, so already known to be JSON: only the type's own verdicts are left.
            Some(value) => seed.deserialize(value).map_err(de::Error::custom),
            None => self.live.next_value_seed(seed),
        }
    }
}

/// Buffers the rest of an object, for readers that must see all of it before choosing a type.
pub fn buffer_object<'de, A: MapAccess<'de>>(map: A) -> Result<serde_json::Map<String, serde_json::Value>, A::Error> {
    use serde::Deserialize;
    serde_json::Map::deserialize(de::value::MapAccessDeserializer::new(map))
}

/// Serializes `inner`'s members after the tag member.
pub fn serialize_tagged<S: serde::Serializer, T: serde::Serialize>(
    serializer: S,
    tag: &'static str,
    value: &'static str,
    inner: &T,
) -> Result<S::Ok, S::Error> {
    use serde::ser::{Error, SerializeMap};
    let serde_json::Value::Object(rest) = serde_json::to_value(inner).map_err(S::Error::custom)? else {
        return Err(S::Error::custom("a tagged variant must serialize as an object"));
    };
    let mut map = serializer.serialize_map(Some(rest.len() + 1))?;
    map.serialize_entry(tag, value)?;
    for (key, member) in &rest {
        map.serialize_entry(key, member)?;
    }
    map.end()
}

/// Parses `bytes` as JSON into `T`, reporting every violation: syntax, types, missing and unknown
/// members, constraints and rules.
///
/// ```
/// use connschema::aws::events::CreateConnectionRequest;
///
/// let request = connschema::from_slice::<CreateConnectionRequest>(br#"{
///     "Name": "orders-api",
///     "AuthorizationType": "API_KEY",
///     "AuthParameters": {"ApiKeyAuthParameters": {"ApiKeyName": "x-api-key", "ApiKeyValue": "s3cr3t"}}
/// }"#).unwrap();
/// assert_eq!(request.name, "orders-api");
/// ```
pub fn from_slice<'de, T: Collect<'de>>(bytes: &'de [u8]) -> Result<T, Violations> {
    if let Some(problem) = not_a_document(bytes) {
        return Err(Violations(vec![Violation::new(String::new(), Code::Syntax, problem)]));
    }
    // One check of the whole input lets serde_json skip the check of each string (`StrRead`); input
    // that is not UTF-8 takes the byte reader, which finds the string at fault for the error's path.
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(serde_json::Deserializer::from_str(text)),
        Err(_) => parse(serde_json::Deserializer::from_slice(bytes)),
    }
}

fn parse<'de, T: Collect<'de>, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
) -> Result<T, Violations> {
    let mut cx = Cx::default();
    let mut value = None;
    if let Err(error) = Seed::<T>::new(&mut value, &Loc::Root, &mut cx).deserialize(&mut de).and_then(|()| de.end()) {
        return Err(cx.into_syntax_error(&error));
    }
    match value {
        Some(value) if cx.is_clean() => Ok(value),
        _ => Err(cx.finish().err().unwrap_or_default()),
    }
}

/// The two ways a body fails before its first value whose serde_json message would puzzle a person.
fn not_a_document(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with("\u{feff}".as_bytes()) {
        // RFC 8259 §8.1: JSON text must not begin with a byte order mark; serde_json would say
        // "expected value at line 1 column 1".
        Some("not valid JSON: the document starts with a byte order mark (U+FEFF)")
    } else if bytes.iter().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
        Some("not valid JSON: the document is empty")
    } else {
        None
    }
}

/// [`from_slice`] for text.
pub fn from_str<'de, T: Collect<'de>>(text: &'de str) -> Result<T, Violations> {
    from_slice(text.as_bytes())
}

/// The `serde::Deserialize` of every model: collects, then fails with all violations at once.
pub fn deserialize<'de, T: Collect<'de>, D: de::Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    let mut cx = Cx::default();
    let mut value = None;
    Seed::<T>::new(&mut value, &Loc::Root, &mut cx).deserialize(deserializer)?;
    match value {
        Some(value) if cx.is_clean() => Ok(value),
        _ => Err(de::Error::custom(cx.finish().err().unwrap_or_default())),
    }
}
