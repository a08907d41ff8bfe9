//! Values passed over: unknown members, repeated members and values of the wrong kind.

use crate::{Collector, Loc};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::fmt;

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
    pub cx: &'a mut Collector,
}

impl<'de> DeserializeSeed<'de> for SkipAt<'_, '_> {
    type Value = Skip;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Skip, D::Error> {
        self.cx.noting_syntax_error_at(self.loc, deserializer.deserialize_any(Skip))
    }
}
