//! A list member with constraints of its own (`items(min, max, unique, each(...))`): read item by
//! item with its checks, so that its size, its uniqueness and each item's constraints are
//! reported beside an item of the wrong type, as a validator reports them.

use super::checked::ReadWith;
use super::{Collect, Seed};
use crate::{Collector, Loc};
use serde::de::SeqAccess;

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
    pub unique: Option<fn(&[T], &Loc<'_>, &mut Collector)>,
    /// `each(...)`: the check of one item, at its place.
    pub each: Option<fn(&T, &Loc<'_>, &mut Collector)>,
}

impl<T> ListChecks<T> {
    /// The checks on a list built in code (`Validate`).
    pub fn check<L: List<Item = T>>(&self, list: &L, loc: &Loc<'_>, cx: &mut Collector) {
        let items = list.items();
        if let Some(each) = self.each {
            for (index, item) in items.iter().enumerate() {
                each(item, &loc.index(index), cx);
            }
        }
        self.check_list(items, items.len(), loc, cx);
    }

    /// The size of all `count` items, and the uniqueness of those read.
    fn check_list(&self, read: &[T], count: usize, loc: &Loc<'_>, cx: &mut Collector) {
        crate::check::size(count, self.min, self.max, loc, cx);
        if let Some(unique) = self.unique {
            unique(read, loc, cx);
        }
    }
}

/// A list is read item by item: each item read with its type is checked at once.
impl<'de, L: List + Collect<'de>> ReadWith<'de, L> for ListChecks<L::Item>
where
    L::Item: Collect<'de>,
{
    fn read_seq<A: SeqAccess<'de>>(
        &self,
        mut seq: A,
        loc: &Loc<'_>,
        cx: &mut Collector,
    ) -> Result<Option<L>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(256));
        let mut count = 0;
        loop {
            let item_loc = loc.index(count);
            let mut item = None;
            if seq.next_element_seed(Seed::new(&mut item, &item_loc, cx))?.is_none() {
                break;
            }
            count += 1;
            if let Some(item) = item {
                if let Some(each) = self.each {
                    each(&item, &item_loc, cx);
                }
                items.push(item);
            }
        }
        self.check_list(&items, count, loc, cx);
        Ok((items.len() == count).then(|| L::from_items(items)))
    }
}
