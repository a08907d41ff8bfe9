//! Seeds: how one value of a type is read from serde, with its place in the document.

use super::{Collect, Number};
use crate::{Collector, Loc};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// Reads one value of type `T` at `loc` into `slot`: `None` if it was invalid.
///
/// The value is written where it is kept rather than returned up through serde's layers, each of
/// which would copy it (a request model is hundreds of bytes).
pub struct Seed<'a, 'l, T> {
    slot: &'a mut Option<T>,
    loc: &'a Loc<'l>,
    cx: &'a mut Collector,
}

impl<'a, 'l, T> Seed<'a, 'l, T> {
    pub fn new(slot: &'a mut Option<T>, loc: &'a Loc<'l>, cx: &'a mut Collector) -> Self {
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

pub(super) struct KindVisitor<'a, 'l, T> {
    pub(super) slot: &'a mut Option<T>,
    pub(super) loc: &'a Loc<'l>,
    pub(super) cx: &'a mut Collector,
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

/// A type whose shape another member of the same object chooses, such as a credential's
/// `data` by the credential's `type`: the member of a model marked `#[model(chosen_by = "type")]`.
///
/// `by` is the chooser's value; `value` is the member's JSON, from the input, or held while the
/// chooser was looked for (see [`look_ahead`](super::look_ahead)).
#[diagnostic::on_unimplemented(
    message = "`chosen_by` reads `{Self}` in a shape that a `{By}` chooses, and `{Self}` cannot be read so",
    label = "this member's type needs `connschema::CollectBy<{By}>`",
    note = "implement `connschema::CollectBy` for the member's type: see `connschema::read`"
)]
pub trait CollectBy<'de, By>: Sized {
    fn collect_by<D: de::Deserializer<'de>>(
        by: &By,
        value: D,
        loc: &Loc<'_>,
        cx: &mut Collector,
    ) -> Result<Option<Self>, D::Error>;
}

/// Reads one value of type `T`, shaped as `by` chooses, at `loc`.
pub struct SeedBy<'a, 'l, T, By> {
    by: &'a By,
    loc: &'a Loc<'l>,
    cx: &'a mut Collector,
    marker: PhantomData<T>,
}

impl<'a, 'l, T, By> SeedBy<'a, 'l, T, By> {
    pub fn new(by: &'a By, loc: &'a Loc<'l>, cx: &'a mut Collector) -> Self {
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
