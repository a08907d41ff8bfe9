//! Maps with string keys (`BTreeMap`/`HashMap<String, V>`, or `Cow<str>` keys that borrow): read
//! entry by entry, with a member's `properties(min, max, keys(...), values(...))` checked as they
//! are read, so that a key's or a value's constraint is reported beside a value of the wrong type.

use super::checked::ReadWith;
use super::{Collect, Key, KeySeed, Kind, Seed};
use crate::{Collector, Loc};
use serde::de::MapAccess;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

/// A map key read from a member name: `String`, or `Cow<str>` that borrows where it can.
pub trait MapKey<'de>: Sized {
    fn from_key(key: Key<'de>) -> Self;
    fn as_str(&self) -> &str;
}

impl<'de> MapKey<'de> for String {
    fn from_key(key: Key<'de>) -> Self {
        key.into_owned()
    }

    fn as_str(&self) -> &str {
        self
    }
}

impl<'de: 'a, 'a> MapKey<'de> for Cow<'a, str> {
    fn from_key(key: Key<'de>) -> Self {
        key
    }

    fn as_str(&self) -> &str {
        self
    }
}

/// A map with string keys: what `properties(...)` applies to.
#[diagnostic::on_unimplemented(
    message = "`properties(...)` applies to maps with string keys, and `{Self}` is not one",
    label = "this constraint needs a `BTreeMap` or `HashMap` member",
    note = "maps are `BTreeMap<String, V>` or `HashMap<String, V>` (or with `Cow<str>` keys)"
)]
pub trait Map: Sized {
    type Key;
    type Value;
    fn new() -> Self;
    fn has(&self, key: &str) -> bool;
    fn add(&mut self, key: Self::Key, value: Self::Value);
    fn count(&self) -> usize;
    fn entries(&self) -> impl Iterator<Item = (&str, &Self::Value)>;
}

macro_rules! map {
    ($map:ident, $order:ident, $($bound:tt)*) => {
        impl<K: $($bound)* + std::borrow::Borrow<str>, V> Map for $map<K, V> {
            type Key = K;
            type Value = V;

            fn new() -> Self {
                $map::new()
            }

            fn has(&self, key: &str) -> bool {
                self.contains_key(key)
            }

            fn add(&mut self, key: K, value: V) {
                self.insert(key, value);
            }

            fn count(&self) -> usize {
                $map::len(self)
            }

            fn entries(&self) -> impl Iterator<Item = (&str, &V)> {
                $order(self.iter().map(|(k, v)| (k.borrow(), v)))
            }
        }
    };
}

map!(BTreeMap, as_stored, Ord);
map!(HashMap, by_key, Eq + Hash);

/// A `BTreeMap`'s entries: already in key order.
fn as_stored<'a, V: 'a>(entries: impl Iterator<Item = (&'a str, &'a V)>) -> impl Iterator<Item = (&'a str, &'a V)> {
    entries
}

/// A `HashMap`'s entries in key order, as a `BTreeMap`'s come: its own order changes from run to
/// run, and a map built in code would report its violations in a different order every time.
fn by_key<'a, V: 'a>(entries: impl Iterator<Item = (&'a str, &'a V)>) -> std::vec::IntoIter<(&'a str, &'a V)> {
    let mut sorted: Vec<_> = entries.collect();
    sorted.sort_unstable_by(|a, b| a.0.cmp(b.0));
    sorted.into_iter()
}

/// What a map member's `properties(...)` checks.
pub struct MapChecks<V> {
    pub min: Option<usize>,
    pub max: Option<usize>,
    /// `keys(...)`: the check of one key, at the member it names.
    pub key: Option<fn(&str, &Loc<'_>, &mut Collector)>,
    /// `values(...)`: the check of one value, at its place.
    pub value: Option<fn(&V, &Loc<'_>, &mut Collector)>,
}

impl<V> MapChecks<V> {
    /// No checks: a map member without `properties(...)`.
    pub const NONE: Self = Self { min: None, max: None, key: None, value: None };

    /// The checks on a map built in code (`Validate`).
    pub fn check<M: Map<Value = V>>(&self, map: &M, loc: &Loc<'_>, cx: &mut Collector) {
        for (key, value) in map.entries() {
            let at = loc.key(key);
            self.check_entry(key, Some(value), &at, cx);
        }
        self.check_size(map.count(), loc, cx);
    }

    fn check_entry(&self, key: &str, value: Option<&V>, at: &Loc<'_>, cx: &mut Collector) {
        if let Some(check) = self.key {
            check(key, at, cx);
        }
        if let (Some(check), Some(value)) = (self.value, value) {
            check(value, at, cx);
        }
    }

    fn check_size(&self, count: usize, loc: &Loc<'_>, cx: &mut Collector) {
        crate::check::properties(count, self.min, self.max, loc, cx);
    }
}

/// Reads a map's entries from `map` with `checks`: `None` when a value was invalid.
fn read_map<'de, M, A>(
    mut map: A,
    checks: &MapChecks<M::Value>,
    loc: &Loc<'_>,
    cx: &mut Collector,
) -> Result<Option<M>, A::Error>
where
    M: Map,
    M::Key: MapKey<'de>,
    M::Value: Collect<'de>,
    A: MapAccess<'de>,
{
    let mut out = M::new();
    let (mut count, mut all_valid) = (0, true);
    while let Some(key) = map.next_key_seed(KeySeed)? {
        let key = M::Key::from_key(key);
        let value = {
            let at = loc.key(key.as_str());
            let mut value = None;
            map.next_value_seed(Seed::new(&mut value, &at, cx))?;
            count += 1;
            checks.check_entry(key.as_str(), value.as_ref(), &at, cx);
            if value.is_some() && out.has(key.as_str()) {
                crate::check::report_duplicate(&at, cx);
                value = None;
            }
            value
        };
        match value {
            Some(value) => out.add(key, value),
            None => all_valid = false,
        }
    }
    checks.check_size(count, loc, cx);
    Ok(all_valid.then_some(out))
}

/// A map is read entry by entry: each key checked, and each value read with its type.
impl<'de, M: Map + Collect<'de>> ReadWith<'de, M> for MapChecks<M::Value>
where
    M::Key: MapKey<'de>,
    M::Value: Collect<'de>,
{
    fn read_map<A: MapAccess<'de>>(&self, map: A, loc: &Loc<'_>, cx: &mut Collector) -> Result<Option<M>, A::Error> {
        read_map(map, self, loc, cx)
    }
}

macro_rules! collect_map {
    ($map:ident, $($bound:tt)*) => {
        impl<'de, K: MapKey<'de> + $($bound)* + std::borrow::Borrow<str>, V: Collect<'de>> Collect<'de> for $map<K, V> {
            const EXPECTED: Kind = Kind::Object;

            fn from_map<A: MapAccess<'de>>(map: A, loc: &Loc<'_>, cx: &mut Collector) -> Result<Option<Self>, A::Error> {
                read_map(map, &MapChecks::NONE, loc, cx)
            }
        }
    };
}

collect_map!(BTreeMap, Ord);
collect_map!(HashMap, Eq + Hash);
