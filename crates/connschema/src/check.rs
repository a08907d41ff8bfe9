//! The constraint checks that generated code calls, and the messages they write. A secret's value
//! is never put in a message.

use crate::runs::{self, Run};
use crate::{Bound, Code, Collector, Format, Loc, Secret, Shown};
use regex::Regex;
use std::sync::LazyLock;

/// A string value, and whether it is secret: what `length`, `pattern` and `format` apply to.
///
/// Implemented by `String`, `Cow<str>`, [`Secret`] and every `#[model(transparent)]` newtype over
/// one of them.
#[diagnostic::on_unimplemented(
    message = "`length`, `pattern` and `format` apply to strings, and `{Self}` is not one",
    label = "this constraint needs a string member",
    note = "strings are `String`, `Cow<str>`, `connschema::Secret`, or a `#[model(transparent)]` newtype over one; for the size of a list use `items(min = …, max = …)`"
)]
pub trait Text {
    const SECRET: bool;
    fn text(&self) -> &str;
}

/// A newtype that reads, writes and exports as its inner value: what `#[model(transparent)]`
/// implements, so that the newtype is a string (or a list) where its inner value is one.
#[doc(hidden)]
pub trait Transparent {
    type Inner;
    /// The value is never shown.
    const SECRET: bool;
    fn inner(&self) -> &Self::Inner;
}

// Not named in errors: a type that is no string is reported as such, not as a missing newtype.
#[diagnostic::do_not_recommend]
impl<T: Transparent> Text for T
where
    T::Inner: Text,
{
    const SECRET: bool = T::SECRET || <T::Inner as Text>::SECRET;
    fn text(&self) -> &str {
        self.inner().text()
    }
}

/// A list: what `items` applies to.
#[diagnostic::on_unimplemented(
    message = "`items` applies to lists, and `{Self}` is not one",
    label = "this constraint needs a list member",
    note = "lists are `Vec<T>`, or a `#[model(transparent)]` newtype over one; for the length of a string use `length(min = …, max = …)`"
)]
pub trait Items {
    /// The number of items.
    fn count(&self) -> usize;
}

impl<T> Items for Vec<T> {
    fn count(&self) -> usize {
        self.len()
    }
}

#[diagnostic::do_not_recommend]
impl<T: Transparent> Items for T
where
    T::Inner: Items,
{
    fn count(&self) -> usize {
        self.inner().count()
    }
}

/// A member name, for `properties(keys(...))`.
impl Text for str {
    const SECRET: bool = false;
    fn text(&self) -> &str {
        self
    }
}

impl Text for String {
    const SECRET: bool = false;
    fn text(&self) -> &str {
        self
    }
}

impl Text for std::borrow::Cow<'_, str> {
    const SECRET: bool = false;
    fn text(&self) -> &str {
        self
    }
}

impl Text for Secret<'_> {
    const SECRET: bool = true;
    fn text(&self) -> &str {
        self.expose()
    }
}

/// The value as a violation may keep it: never a secret's.
fn shown<T: Text + ?Sized>(value: &T) -> Shown {
    if T::SECRET {
        Shown::Hidden
    } else {
        Shown::text(value.text())
    }
}

fn characters(n: usize) -> &'static str {
    if n == 1 {
        "character"
    } else {
        "characters"
    }
}

/// Length in code points, within `min..=max`.
pub fn length<T: Text + ?Sized>(value: &T, min: Option<usize>, max: Option<usize>, loc: &Loc<'_>, cx: &mut Collector) {
    let text = value.text();
    let bytes = text.len();
    // A code point takes 1 to 4 bytes in UTF-8: the byte length often settles the question
    // without counting.
    let surely_short_enough = max.is_none_or(|max| bytes <= max);
    let surely_long_enough = min.is_none_or(|min| bytes.div_ceil(4) >= min);
    if surely_short_enough && surely_long_enough {
        return;
    }
    let n = text.chars().count();
    if let Some(min) = min.filter(|&min| n < min) {
        cx.report_lazily(loc, Code::Length, || {
            (format!("must be at least {min} {}, got {n}", characters(min)), Bound::Min(min), shown(value))
        });
    }
    if let Some(max) = max.filter(|&max| n > max) {
        cx.report_lazily(loc, Code::Length, || {
            (format!("must be at most {max} {}, got {n}", characters(max)), Bound::Max(max), shown(value))
        });
    }
}

/// How a member's pattern is decided: by class runs where the derive could compile it into them,
/// else by the regex engine.
pub enum Pattern {
    Runs(&'static [Run]),
    Regex(&'static LazyLock<Regex>),
}

impl Pattern {
    fn is_match(&self, text: &str) -> bool {
        match self {
            Self::Runs(runs) => runs::matches(runs, text),
            Self::Regex(regex) => regex.is_match(text),
        }
    }
}

/// The whole value matches `pattern`, compiled from the vendor's pattern `vendor`; `export` is its
/// exported form, which the message names.
pub fn pattern<T: Text + ?Sized>(
    value: &T,
    pattern: &Pattern,
    vendor: &'static str,
    export: &str,
    loc: &Loc<'_>,
    cx: &mut Collector,
) {
    let text = value.text();
    if pattern.is_match(text) {
        return;
    }
    cx.report_lazily(loc, Code::Pattern, || {
        let message = if T::SECRET {
            format!("must match the pattern {export} (value not shown: secret)")
        } else {
            format!("must match the pattern {export}, got {}", quote(text))
        };
        (message, Bound::Pattern(vendor), shown(value))
    });
}

/// A pattern that accepts every string (`[\s\S]*`): nothing to check, but only text may have a
/// pattern, as for [`pattern`].
#[inline(always)]
pub fn pattern_accepting_everything<T: Text + ?Sized>(_: &T) {}

/// The value is of `format`.
pub fn format<T: Text + ?Sized>(value: &T, format: Format, loc: &Loc<'_>, cx: &mut Collector) {
    let text = value.text();
    if format.is_valid(text) {
        return;
    }
    cx.report_lazily(loc, format.code(), || {
        let message = if T::SECRET {
            format!("must be {} (value not shown: secret)", format.describe())
        } else {
            format!("must be {}, got {}", format.describe(), quote(text))
        };
        (message, Bound::Format(format), shown(value))
    });
}

/// The number of items, within `min..=max`.
pub fn items<T: Items>(value: &T, min: Option<usize>, max: Option<usize>, loc: &Loc<'_>, cx: &mut Collector) {
    size(value.count(), min, max, loc, cx);
}

/// A list of `n` items within `min..=max`.
pub fn size(n: usize, min: Option<usize>, max: Option<usize>, loc: &Loc<'_>, cx: &mut Collector) {
    bounds(n, min, max, "item", loc, cx);
}

/// An object of `n` members within `min..=max` (`properties(min, max)`).
pub fn properties(n: usize, min: Option<usize>, max: Option<usize>, loc: &Loc<'_>, cx: &mut Collector) {
    bounds(n, min, max, "member", loc, cx);
}

/// `n` of `what` (items, members) within `min..=max`.
fn bounds(n: usize, min: Option<usize>, max: Option<usize>, what: &str, loc: &Loc<'_>, cx: &mut Collector) {
    if let Some(min) = min.filter(|&min| n < min) {
        cx.report_lazily(loc, Code::Items, || {
            (format!("must have at least {min} {what}{}, got {n}", plural(min)), Bound::Min(min), Shown::Hidden)
        });
    }
    if let Some(max) = max.filter(|&max| n > max) {
        cx.report_lazily(loc, Code::Items, || {
            (format!("must have at most {max} {what}{}, got {n}", plural(max)), Bound::Max(max), Shown::Hidden)
        });
    }
}

/// A union: exactly one of `members` (wire name, present) is present.
pub fn exactly_one(members: &[(&str, bool)], loc: &Loc<'_>, cx: &mut Collector) {
    if members.iter().filter(|(_, p)| *p).count() == 1 {
        return;
    }
    cx.report_lazily(loc, Code::Rule, || {
        let present: Vec<&str> = members.iter().filter(|(_, p)| *p).map(|(name, _)| *name).collect();
        let names: Vec<&str> = members.iter().map(|(name, _)| *name).collect();
        let holds = if present.is_empty() { "none".to_owned() } else { present.join(" and ") };
        let what = if names.len() == 1 {
            format!("must hold {}", names[0])
        } else {
            format!("must hold exactly one of {}", names.join(", "))
        };
        (format!("{what}; it holds {holds}"), Bound::None, Shown::Hidden)
    });
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A non-secret value for a message: JSON-quoted, shortened to 40 code points.
pub fn quote(value: &str) -> String {
    const MAX: usize = 40;
    let mut shown: String = value.chars().take(MAX).collect();
    if value.chars().nth(MAX).is_some() {
        shown.push('…');
    }
    serde_json::Value::String(shown).to_string()
}

pub fn report_missing(loc: &Loc<'_>, cx: &mut Collector) {
    cx.report_with(loc, Code::Required, "is required", Bound::None, Shown::Missing);
}

pub fn report_unknown(loc: &Loc<'_>, cx: &mut Collector) {
    cx.report(loc, Code::UnknownField, "is not a member of this object");
}

pub fn report_duplicate(loc: &Loc<'_>, cx: &mut Collector) {
    cx.report(loc, Code::Syntax, "is given more than once");
}

pub fn report_enum(value: &str, allowed: &'static [&'static str], loc: &Loc<'_>, cx: &mut Collector) {
    cx.report_lazily(loc, Code::Enum, || {
        let message = format!("must be one of {}, got {}", allowed.join(", "), quote(value));
        (message, Bound::Values(allowed), Shown::text(value))
    });
}
