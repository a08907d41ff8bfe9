//! A member read with checks of its own as it is read: a list's `items(...)` item by item, a map's
//! `properties(...)` entry by entry, so that what they check is reported beside a part of the
//! wrong type, as a validator reports it.

use super::seed::KindVisitor;
use super::Collect;
use crate::{Collector, Loc};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// Checks that read a value of type `T` themselves, where it has the JSON kind they are for; any
/// other kind is read as `T` reads it (a type error).
pub trait ReadWith<'de, T: Collect<'de>> {
    fn read_seq<A: SeqAccess<'de>>(&self, seq: A, loc: &Loc<'_>, cx: &mut Collector) -> Result<Option<T>, A::Error> {
        T::from_seq(seq, loc, cx)
    }

    fn read_map<A: MapAccess<'de>>(&self, map: A, loc: &Loc<'_>, cx: &mut Collector) -> Result<Option<T>, A::Error> {
        T::from_map(map, loc, cx)
    }
}

/// Reads a value at `loc` into `slot` with `checks`.
pub struct CheckedSeed<'a, 'l, T, C> {
    slot: &'a mut Option<T>,
    checks: &'a C,
    loc: &'a Loc<'l>,
    cx: &'a mut Collector,
}

impl<'a, 'l, T, C> CheckedSeed<'a, 'l, T, C> {
    pub fn new(slot: &'a mut Option<T>, checks: &'a C, loc: &'a Loc<'l>, cx: &'a mut Collector) -> Self {
        Self { slot, checks, loc, cx }
    }
}

impl<'de, T: Collect<'de>, C: ReadWith<'de, T>> DeserializeSeed<'de> for CheckedSeed<'_, '_, T, C> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let CheckedSeed { slot, checks, loc, cx } = self;
        let result = deserializer.deserialize_any(CheckedVisitor { slot, checks, loc, cx: &mut *cx });
        cx.noting_syntax_error_at(loc, result)
    }
}

struct CheckedVisitor<'a, 'l, T, C> {
    slot: &'a mut Option<T>,
    checks: &'a C,
    loc: &'a Loc<'l>,
    cx: &'a mut Collector,
}

impl<'a, 'l, T, C> CheckedVisitor<'a, 'l, T, C> {
    fn other(self) -> KindVisitor<'a, 'l, T> {
        KindVisitor { slot: self.slot, loc: self.loc, cx: self.cx }
    }
}

/// Visitor methods for the kinds no checks read, passed to [`CheckedVisitor::other`].
macro_rules! as_the_type_reads {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        fn $method<E: de::Error>(self, $($arg: $ty),*) -> Result<(), E> {
            self.other().$method($($arg),*)
        }
    )*};
}

impl<'de, T: Collect<'de>, C: ReadWith<'de, T>> Visitor<'de> for CheckedVisitor<'_, '_, T, C> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTED.with_article())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        *self.slot = self.checks.read_seq(seq, self.loc, self.cx)?;
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        *self.slot = self.checks.read_map(map, self.loc, self.cx)?;
        Ok(())
    }

    as_the_type_reads! {
        visit_str(value: &str);
        visit_borrowed_str(value: &'de str);
        visit_string(value: String);
        visit_bool(value: bool);
        visit_u64(value: u64);
        visit_i64(value: i64);
        visit_f64(value: f64);
        visit_unit();
        visit_none();
    }
}
