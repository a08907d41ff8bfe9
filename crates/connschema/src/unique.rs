//! `items(unique)`: no two items of a list the same, in JSON's meaning (`uniqueItems`).

use crate::{Bound, Code, Collector, Loc, Shown};
use std::collections::HashMap;

/// An item that `unique` can compare: a string, number, boolean or derived string enum, or a
/// `#[model(transparent)]` newtype over one. Objects are not compared: a model keeps only the
/// members it knows, and JSON's equality would see the others.
#[diagnostic::on_unimplemented(
    message = "`unique` compares items that are strings, numbers, booleans or enums, and `{Self}` is not one",
    label = "this list's items cannot be compared as JSON",
    note = "for a list of objects, state what makes two of them the same in a `rule`"
)]
pub trait Unique {
    /// The value as JSON compares it.
    fn unique_key(&self) -> Key<'_>;
}

/// A value as JSON's equality sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key<'a> {
    Text(&'a str),
    Int(i128),
    /// A float with a fraction, by its bits.
    Float(u64),
    Bool(bool),
}

impl Unique for String {
    fn unique_key(&self) -> Key<'_> {
        Key::Text(self)
    }
}

impl Unique for std::borrow::Cow<'_, str> {
    fn unique_key(&self) -> Key<'_> {
        Key::Text(self)
    }
}

impl Unique for bool {
    fn unique_key(&self) -> Key<'_> {
        Key::Bool(*self)
    }
}

macro_rules! unique_int {
    ($($int:ty),*) => {$(
        impl Unique for $int {
            fn unique_key(&self) -> Key<'_> {
                Key::Int(i128::from(*self))
            }
        }
    )*};
}

unique_int!(i8, i16, i32, i64, u8, u16, u32, u64);

/// A float as JSON compares it: one with no fraction equals the integer (`1.0` is `1`, `-0.0` is
/// `0`).
#[allow(clippy::cast_possible_truncation)]
fn float_key(f: f64) -> Key<'static> {
    if f.fract() == 0.0 && f.abs() < 1e30 {
        Key::Int(f as i128)
    } else {
        Key::Float(f.to_bits())
    }
}

impl Unique for f64 {
    fn unique_key(&self) -> Key<'_> {
        float_key(*self)
    }
}

impl Unique for f32 {
    fn unique_key(&self) -> Key<'_> {
        float_key(f64::from(*self))
    }
}

#[diagnostic::do_not_recommend]
impl<T: crate::check::Transparent> Unique for T
where
    T::Inner: Unique,
{
    fn unique_key(&self) -> Key<'_> {
        self.inner().unique_key()
    }
}

/// No two of `items` the same: the first repeat is reported, at the list.
pub fn check<T: Unique>(items: &[T], loc: &Loc<'_>, cx: &mut Collector) {
    let mut seen: HashMap<Key<'_>, usize> = HashMap::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        if let Some(first) = seen.insert(item.unique_key(), index) {
            cx.report_lazily(loc, Code::Items, || {
                let message = format!("must not hold the same item twice: items {first} and {index} are the same");
                (message, Bound::Unique, Shown::Hidden)
            });
            return;
        }
    }
}
