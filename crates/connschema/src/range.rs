//! `range(min, max, exclusive_min, exclusive_max)` on numbers: the check, its bounds and how the
//! schema states them (`minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`).

use crate::{Bound, Code, Collector, Loc, Shown};
use serde_json::Value;
use std::cmp::Ordering;

/// A number a `range` applies to: every integer type from `i8` to `u64`, `f32` and `f64`, and
/// `#[model(transparent)]` newtypes over one.
#[diagnostic::on_unimplemented(
    message = "`range` applies to numbers, and `{Self}` is not one",
    label = "this constraint needs a number member",
    note = "numbers are `i8`…`i64`, `u8`…`u64`, `f32` and `f64`, or a `#[model(transparent)]` newtype over one"
)]
pub trait Numeric {
    /// How the value compares with `limit`; `None` only for a NaN, which JSON cannot hold.
    fn compare(&self, limit: Limit) -> Option<Ordering>;

    /// The value as a message shows it.
    fn show(&self) -> String;
}

/// One bound of a `range`, as written in the attribute: an integer or a float.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Limit {
    Int(i128),
    Float(f64),
}

impl Limit {
    /// The bound as the schema writes it.
    pub fn to_value(self) -> Value {
        match self {
            Limit::Int(n) => {
                i64::try_from(n).map(Value::from).or_else(|_| u64::try_from(n).map(Value::from)).unwrap_or(Value::Null)
            }
            Limit::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        }
    }
}

/// A `range`: each bound with the text it was written as (what messages show).
#[derive(Debug, Clone, Copy, Default)]
pub struct Range {
    pub min: Option<(Limit, &'static str)>,
    pub max: Option<(Limit, &'static str)>,
    pub exclusive_min: Option<(Limit, &'static str)>,
    pub exclusive_max: Option<(Limit, &'static str)>,
}

impl Range {
    /// The schema keywords that say the same.
    pub fn keywords(&self) -> impl Iterator<Item = (&'static str, Value)> + '_ {
        [
            ("minimum", self.min),
            ("maximum", self.max),
            ("exclusiveMinimum", self.exclusive_min),
            ("exclusiveMaximum", self.exclusive_max),
        ]
        .into_iter()
        .filter_map(|(keyword, limit)| limit.map(|(limit, _)| (keyword, limit.to_value())))
    }
}

macro_rules! integer_numeric {
    ($($int:ty),*) => {$(
        impl Numeric for $int {
            #[allow(clippy::cast_precision_loss)]
            fn compare(&self, limit: Limit) -> Option<Ordering> {
                match limit {
                    Limit::Int(n) => Some(i128::from(*self).cmp(&n)),
                    Limit::Float(f) => (*self as f64).partial_cmp(&f),
                }
            }

            fn show(&self) -> String {
                self.to_string()
            }
        }
    )*};
}

integer_numeric!(i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! float_numeric {
    ($($float:ty),*) => {$(
        impl Numeric for $float {
            #[allow(clippy::cast_precision_loss)]
            fn compare(&self, limit: Limit) -> Option<Ordering> {
                let value = f64::from(*self);
                match limit {
                    Limit::Int(n) => value.partial_cmp(&(n as f64)),
                    Limit::Float(f) => value.partial_cmp(&f),
                }
            }

            fn show(&self) -> String {
                self.to_string()
            }
        }
    )*};
}

float_numeric!(f32, f64);

#[diagnostic::do_not_recommend]
impl<T: crate::check::Transparent> Numeric for T
where
    T::Inner: Numeric,
{
    fn compare(&self, limit: Limit) -> Option<Ordering> {
        self.inner().compare(limit)
    }

    fn show(&self) -> String {
        self.inner().show()
    }
}

/// The value within `range`; each bound it breaks is one violation.
pub fn check<T: Numeric>(value: &T, range: &Range, loc: &Loc<'_>, cx: &mut Collector) {
    let bounds = [
        (range.min, Ordering::Less, false, "at least", Bound::Minimum as fn(&'static str) -> Bound),
        (range.max, Ordering::Greater, false, "at most", Bound::Maximum),
        (range.exclusive_min, Ordering::Less, true, "greater than", Bound::ExclusiveMinimum),
        (range.exclusive_max, Ordering::Greater, true, "less than", Bound::ExclusiveMaximum),
    ];
    for (limit, outside, exclusive, words, bound) in bounds {
        let Some((limit, text)) = limit else { continue };
        let breaks = match value.compare(limit) {
            Some(Ordering::Equal) => exclusive,
            Some(order) => order == outside,
            None => true,
        };
        if breaks {
            cx.report_lazily(loc, Code::Range, || {
                let shown = value.show();
                (format!("must be {words} {text}, got {shown}"), bound(text), Shown::Number(shown))
            });
        }
    }
}
