//! A list member with constraints of its own (`items(min, max, unique, each(...))`): read item by
//! item with its checks, so that its size, its uniqueness and each item's constraints are
//! reported beside an item of the wrong type, as a validator reports them.

use super::seed::KindVisitor;
use super::{Collect, Seed};
use crate::{Cx, Loc};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// A list whose items a member's `items(unique, each(...))` checks: `Vec<T>`.
#[diagnostic::on_unimplemented(
    message = "`items(...)` on a member reads it as a list, and `{Self}` is not a `Vec`",
    label = "this constraint needs a `Vec<T>` member",
    note = "for a `#[model(transparent)]` newtype over a list, give `items(min, max)` on the newtype"
)]
pub trait List: Sized {
    type Item;
    fn items(&self) -> &[Self::Item];
    fn from_items(items: Vec<Self::Item>) -> Self;
}

impl<T> List for Vec<T> {
    type Item = T;

    fn items(&self) -> &[T] {
        self
    }

    fn from_items(items: Vec<T>) -> Self {
        items
    }
}

/// What a list member's `items(...)` checks.
pub struct ListChecks<T> {
    pub min: Option<usize>,
    pub max: Option<usize>,
    /// `unique`: the check of the items read with their types.
    pub unique: Option<fn(&[T], &Loc<'_>, &mut Cx)>,
    /// `each(...)`: the check of one item, at its place.
    pub each: Option<fn(&T, &Loc<'_>, &mut Cx)>,
}

impl<T> ListChecks<T> {
    /// The checks on a list built in code (`Validate`).
    pub fn check<L: List<Item = T>>(&self, list: &L, loc: &Loc<'_>, cx: &mut Cx) {
        let items = list.items();
        if let Some(each) = self.each {
            for (index, item) in items.iter().enumerate() {
                each(item, &loc.index(index), cx);
            }
        }
        self.check_list(items, items.len(), loc, cx);
    }

    /// The size of all `count` items, and the uniqueness of those read.
    fn check_list(&self, read: &[T], count: usize, loc: &Loc<'_>, cx: &mut Cx) {
        crate::check::size(count, self.min, self.max, loc, cx);
        if let Some(unique) = self.unique {
            unique(read, loc, cx);
        }
    }
}

/// Reads a list at `loc` into `slot` with its `checks`.
pub struct ListSeed<'a, 'l, L: List> {
    slot: &'a mut Option<L>,
    checks: &'a ListChecks<L::Item>,
    loc: &'a Loc<'l>,
    cx: &'a mut Cx,
}

impl<'a, 'l, L: List> ListSeed<'a, 'l, L> {
    pub fn new(slot: &'a mut Option<L>, checks: &'a ListChecks<L::Item>, loc: &'a Loc<'l>, cx: &'a mut Cx) -> Self {
        Self { slot, checks, loc, cx }
    }
}

impl<'de, L: List + Collect<'de>> DeserializeSeed<'de> for ListSeed<'_, '_, L>
where
    L::Item: Collect<'de>,
{
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let ListSeed { slot, checks, loc, cx } = self;
        let result = deserializer.deserialize_any(ListVisitor { slot, checks, loc, cx: &mut *cx });
        cx.noting_syntax_error_at(loc, result)
    }
}

struct ListVisitor<'a, 'l, L: List> {
    slot: &'a mut Option<L>,
    checks: &'a ListChecks<L::Item>,
    loc: &'a Loc<'l>,
    cx: &'a mut Cx,
}

impl<'a, 'l, L: List> ListVisitor<'a, 'l, L> {
    /// What is not a list is read as the list type reads it: a type error.
    fn other(self) -> KindVisitor<'a, 'l, L> {
        KindVisitor { slot: self.slot, loc: self.loc, cx: self.cx }
    }
}

/// Visitor methods for what is not a list, passed to [`ListVisitor::other`].
macro_rules! not_a_list {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        fn $method<E: de::Error>(self, $($arg: $ty),*) -> Result<(), E> {
            self.other().$method($($arg),*)
        }
    )*};
}

impl<'de, L: List + Collect<'de>> Visitor<'de> for ListVisitor<'_, '_, L>
where
    L::Item: Collect<'de>,
{
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(256));
        let mut count = 0;
        loop {
            let item_loc = self.loc.index(count);
            let mut item = None;
            if seq.next_element_seed(Seed::new(&mut item, &item_loc, self.cx))?.is_none() {
                break;
            }
            count += 1;
            if let Some(item) = item {
                if let Some(each) = self.checks.each {
                    each(&item, &item_loc, self.cx);
                }
                items.push(item);
            }
        }
        self.checks.check_list(&items, count, self.loc, self.cx);
        *self.slot = (items.len() == count).then(|| L::from_items(items));
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        self.other().visit_map(map)
    }

    not_a_list! {
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
