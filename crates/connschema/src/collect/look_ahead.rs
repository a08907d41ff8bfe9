//! Look-ahead: reading an object whose shape one of its members decides, in one pass.
//!
//! Three readers meet a member before they know how to read it: an internally tagged enum
//! (`#[model(tag = …)]`), the member a `chosen_by` names, and an untagged enum whose variant the
//! first member of one of its variants decides (`#[model(untagged)]`). All three use the one
//! mechanism here: a value read ahead is [`Deferred`]: kept as JSON (a syntax error inside it reported at its
//! place) and read again as its type once the deciding member is known. A tag or an untagged enum
//! defers every member before the deciding one ([`look_ahead`]) and reads the object again, deciding
//! member first ([`Replay`]); a `chosen_by` member defers only itself, and only when it comes before
//! its chooser, since the members around it read the same whatever the chooser says.

use super::{Key, KeySeed, Seed, Skip, SkipAt};
use crate::check::{report_duplicate, report_enum, report_missing};
use crate::{Bound, Code, Collector, Loc, Shown};
use serde::de::{self, DeserializeSeed, MapAccess};
use std::borrow::Cow;

/// A member's value read ahead of the member that decides how to read it.
pub struct Deferred(serde_json::Value);

impl Deferred {
    /// Reads the next value of `map` (at `loc`) as JSON, to be read as its type later.
    pub fn take<'de, A: MapAccess<'de>>(map: &mut A, loc: &Loc<'_>, cx: &mut Collector) -> Result<Self, A::Error> {
        cx.noting_syntax_error_at(loc, map.next_value()).map(Deferred)
    }

    /// Reads the deferred value as `seed`'s type.
    pub fn read<'de, S: DeserializeSeed<'de>, E: de::Error>(self, seed: S) -> Result<S::Value, E> {
        // Already known to be JSON: only the type's own verdicts are left, and those go to `cx`.
        seed.deserialize(self.0).map_err(E::custom)
    }
}

/// Members read ahead, in document order.
type Members = Vec<(String, Deferred)>;

/// An object read up to the member that decides its shape (see [`look_ahead`]).
pub struct LookAhead<'de> {
    deferred: Members,
    /// The deciding member's name; its value is still in the input. `None`: no member decides.
    pub decider: Option<Key<'de>>,
}

/// Reads members of the object at `loc` until `decides` picks one out by its name, deferring those
/// before it (a syntax error inside one is reported at its place). The deciding member's value is
/// left unread.
pub fn look_ahead<'de, A: MapAccess<'de>>(
    map: &mut A,
    decides: impl Fn(&str) -> bool,
    loc: &Loc<'_>,
    cx: &mut Collector,
) -> Result<LookAhead<'de>, A::Error> {
    let mut deferred = Vec::new();
    while let Some(key) = map.next_key_seed(KeySeed)? {
        if decides(&key) {
            return Ok(LookAhead { deferred, decider: Some(key) });
        }
        let value = Deferred::take(map, &loc.key(&key), cx)?;
        deferred.push((key.into_owned(), value));
    }
    Ok(LookAhead { deferred, decider: None })
}

/// An object read ahead (see [`look_ahead`]), read again: the deciding member (unless it was
/// taken), then the deferred members, then the rest of the input.
pub struct Replay<'m, 'de, A> {
    decider: Option<Key<'de>>,
    deferred: <Members as IntoIterator>::IntoIter,
    value: Option<Deferred>,
    live: &'m mut A,
    /// A member already taken (a tag): passed over if the input gives it again, and noted.
    taken: Option<&'static str>,
    retaken: bool,
}

impl<'m, 'de, A> Replay<'m, 'de, A> {
    /// The whole object, the deciding member first.
    pub fn new(ahead: LookAhead<'de>, live: &'m mut A) -> Self {
        Self {
            decider: ahead.decider,
            deferred: ahead.deferred.into_iter(),
            value: None,
            live,
            taken: None,
            retaken: false,
        }
    }

    /// The object without its deciding member `taken`, whose value the caller has read.
    fn without(ahead: LookAhead<'de>, taken: &'static str, live: &'m mut A) -> Self {
        Self { taken: Some(taken), ..Self::new(LookAhead { decider: None, ..ahead }, live) }
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<'_, 'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        use de::value::{BorrowedStrDeserializer, StringDeserializer};
        let key = match self.decider.take() {
            Some(key) => key,
            None => {
                if let Some((key, value)) = self.deferred.next() {
                    self.value = Some(value);
                    return seed.deserialize(StringDeserializer::new(key)).map(Some);
                }
                match self.taken {
                    None => return self.live.next_key_seed(seed),
                    Some(taken) => loop {
                        match self.live.next_key_seed(KeySeed)? {
                            None => return Ok(None),
                            Some(key) if key == taken => {
                                self.retaken = true;
                                self.live.next_value::<Skip>()?;
                            }
                            Some(key) => break key,
                        }
                    },
                }
            }
        };
        match key {
            Cow::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::new(key)).map(Some),
            Cow::Owned(key) => seed.deserialize(StringDeserializer::new(key)).map(Some),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.value.take() {
            Some(value) => value.read(seed),
            None => self.live.next_value_seed(seed),
        }
    }
}

/// Passes over the rest of an object that is invalid whatever else it holds, still reading it as
/// JSON.
fn skip_rest<'de, A: MapAccess<'de>>(map: &mut A, loc: &Loc<'_>, cx: &mut Collector) -> Result<(), A::Error> {
    while let Some(key) = map.next_key_seed(KeySeed)? {
        map.next_value_seed(SkipAt { loc: &loc.key(&key), cx })?;
    }
    Ok(())
}

/// Reads an object whose member `tag` names its variant (an internally tagged enum): `pick` reads
/// the rest of the object as the variant's type.
pub fn collect_tagged<'de, A: MapAccess<'de>, T>(
    mut map: A,
    tag: &'static str,
    values: &'static [&'static str],
    loc: &Loc<'_>,
    cx: &mut Collector,
    pick: impl FnOnce(&'static str, &mut Replay<'_, 'de, A>, &Loc<'_>, &mut Collector) -> Result<Option<T>, A::Error>,
) -> Result<Option<T>, A::Error> {
    let ahead = look_ahead(&mut map, |key| key == tag, loc, cx)?;
    let tag_loc = loc.key(tag);
    let variant = if ahead.decider.is_none() {
        report_missing(&tag_loc, cx);
        None
    } else {
        // Borrowed from the input: no allocation for the tag.
        let mut tag_value: Option<Cow<'de, str>> = None;
        map.next_value_seed(Seed::new(&mut tag_value, &tag_loc, cx))?;
        tag_value.and_then(|value| {
            let known = values.iter().find(|v| **v == value).copied();
            if known.is_none() {
                report_enum(&value, values, &tag_loc, cx);
            }
            known
        })
    };
    let Some(variant) = variant else {
        skip_rest(&mut map, loc, cx)?;
        return Ok(None);
    };
    let mut rest = Replay::without(ahead, tag, &mut map);
    let found = pick(variant, &mut rest, loc, cx)?;
    if rest.retaken {
        report_duplicate(&tag_loc, cx);
    }
    Ok(found)
}

/// Reads an object as the one of several object types (`variants`, each given by its members'
/// names) that its first deciding member belongs to: a member of exactly one variant decides.
/// With no such member, the object is read as `default` if there is one, else it is a `rule`
/// violation. `pick` reads the whole object as the chosen variant's type.
pub fn collect_untagged<'de, A: MapAccess<'de>, T>(
    mut map: A,
    variants: &[&'static [&'static str]],
    default: Option<usize>,
    loc: &Loc<'_>,
    cx: &mut Collector,
    pick: impl FnOnce(usize, &mut Replay<'_, 'de, A>, &Loc<'_>, &mut Collector) -> Result<Option<T>, A::Error>,
) -> Result<Option<T>, A::Error> {
    let owner = |key: &str| {
        let mut owners = variants.iter().enumerate().filter(|(_, members)| members.contains(&key));
        match (owners.next(), owners.next()) {
            (Some((index, _)), None) => Some(index),
            _ => None,
        }
    };
    let ahead = look_ahead(&mut map, |key| owner(key).is_some(), loc, cx)?;
    let Some(variant) = ahead.decider.as_deref().and_then(owner).or(default) else {
        // The members that would have decided: each belongs to one variant, so none is repeated.
        cx.report_lazily(loc, Code::Rule, || {
            let names: Vec<&str> = variants
                .iter()
                .flat_map(|members| members.iter().copied())
                .filter(|name| owner(name).is_some())
                .collect();
            (format!("must hold one of the members {}", names.join(", ")), Bound::None, Shown::Hidden)
        });
        return Ok(None);
    };
    pick(variant, &mut Replay::new(ahead, &mut map), loc, cx)
}
