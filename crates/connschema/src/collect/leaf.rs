//! How the standard types read: strings, booleans, numbers, boxes and lists.

use super::{wrong_kind, Collect, Kind, Number, Seed};
use crate::{Bound, Code, Collector, Loc, Shown};
use serde::de::{MapAccess, SeqAccess};
use std::borrow::Cow;

impl Collect<'_> for String {
    const EXPECTED: Kind = Kind::String;

    fn from_str(value: &str, _: &Loc<'_>, _: &mut Collector) -> Option<Self> {
        Some(value.to_owned())
    }

    fn from_string(value: String, _: &Loc<'_>, _: &mut Collector) -> Option<Self> {
        Some(value)
    }
}

/// A string member that borrows from the input: no copy unless the string has escapes.
impl<'de: 'a, 'a> Collect<'de> for Cow<'a, str> {
    const EXPECTED: Kind = Kind::String;

    fn from_str(value: &str, _: &Loc<'_>, _: &mut Collector) -> Option<Self> {
        Some(Self::Owned(value.to_owned()))
    }

    fn from_borrowed_str(value: &'de str, _: &Loc<'_>, _: &mut Collector) -> Option<Self> {
        Some(Self::Borrowed(value))
    }

    fn from_string(value: String, _: &Loc<'_>, _: &mut Collector) -> Option<Self> {
        Some(Self::Owned(value))
    }
}

/// A secret is read as the `Cow<'a, str>` it wraps: borrowed from the input, so no copy is left
/// behind, unless it has escapes.
impl<'de: 'a, 'a> Collect<'de> for crate::Secret<'a> {
    const EXPECTED: Kind = Kind::String;

    fn from_str(value: &str, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        Cow::from_str(value, loc, cx).map(crate::Secret::from)
    }

    fn from_borrowed_str(value: &'de str, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        Cow::from_borrowed_str(value, loc, cx).map(crate::Secret::from)
    }

    fn from_string(value: String, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        Cow::from_string(value, loc, cx).map(crate::Secret::from)
    }
}

impl Collect<'_> for bool {
    const EXPECTED: Kind = Kind::Boolean;

    fn from_bool(value: bool, _: &Loc<'_>, _: &mut Collector) -> Option<Self> {
        Some(value)
    }
}

impl Collect<'_> for f64 {
    const EXPECTED: Kind = Kind::Number;

    #[allow(clippy::cast_precision_loss)] // JSON numbers are doubles to every other reader too.
    fn from_number(value: Number, _: &Loc<'_>, _: &mut Collector) -> Option<Self> {
        Some(match value {
            Number::Unsigned(n) => n as f64,
            Number::Signed(n) => n as f64,
            Number::Float(n) => n,
        })
    }
}

/// A JSON number as the nearest `f32`; one beyond `f32`'s range is a `range` violation.
impl Collect<'_> for f32 {
    const EXPECTED: Kind = Kind::Number;

    #[allow(clippy::cast_possible_truncation)]
    fn from_number(value: Number, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        let wide = f64::from_number(value, loc, cx)?;
        // Beyond `f32::MAX` is out of range even where it would round down to it: the schema's
        // `maximum` is `f32::MAX` exactly.
        if wide.abs() <= f64::from(f32::MAX) {
            Some(wide as f32)
        } else {
            cx.report_lazily(loc, Code::Range, || {
                (format!("must be a 32-bit float, from {} to {}", f32::MIN, f32::MAX), Bound::None, Shown::Hidden)
            });
            None
        }
    }
}

/// JSON Schema's `integer` is any number with no fraction (`1.0` included); one beyond the Rust
/// type's range is a `range` violation, and the exported schema states the same bounds.
macro_rules! integer {
    ($($int:ty => $what:literal),*) => {$(
        impl Collect<'_> for $int {
            const EXPECTED: Kind = Kind::Integer;

            #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            fn from_number(value: Number, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
                // The bounds of every integer type are 0 or a power of two (less one), so the
                // exclusive upper bound `MAX + 1` is exact as a double.
                let above = <$int>::MAX as f64 + 1.0;
                let fits = match value {
                    Number::Signed(n) => <$int>::try_from(n).map_err(|_| true),
                    Number::Unsigned(n) => <$int>::try_from(n).map_err(|_| true),
                    Number::Float(f) if f.fract() != 0.0 || !f.is_finite() => Err(false),
                    Number::Float(f) if f >= <$int>::MIN as f64 && f < above => Ok(f as $int),
                    Number::Float(_) => Err(true),
                };
                match fits {
                    Ok(n) => Some(n),
                    Err(true) => {
                        cx.report_lazily(loc, Code::Range, || {
                            let message = format!(concat!("must be ", $what, ", from {} to {}"), <$int>::MIN, <$int>::MAX);
                            (message, Bound::None, Shown::Hidden)
                        });
                        None
                    }
                    Err(false) => wrong_kind::<Self>(Kind::Number, loc, cx),
                }
            }
        }
    )*};
}

integer!(
    i8 => "an 8-bit integer", i16 => "a 16-bit integer", i32 => "a 32-bit integer", i64 => "a 64-bit integer",
    u8 => "an unsigned 8-bit integer", u16 => "an unsigned 16-bit integer",
    u32 => "an unsigned 32-bit integer", u64 => "an unsigned 64-bit integer"
);

/// A boxed model reads as the model (for large variants of tagged enums).
impl<'de, T: Collect<'de>> Collect<'de> for Box<T> {
    const EXPECTED: Kind = T::EXPECTED;

    fn from_map<A: MapAccess<'de>>(map: A, loc: &Loc<'_>, cx: &mut Collector) -> Result<Option<Self>, A::Error> {
        T::from_map(map, loc, cx).map(|found| found.map(Box::new))
    }

    fn from_seq<A: SeqAccess<'de>>(seq: A, loc: &Loc<'_>, cx: &mut Collector) -> Result<Option<Self>, A::Error> {
        T::from_seq(seq, loc, cx).map(|found| found.map(Box::new))
    }

    fn from_str(value: &str, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        T::from_str(value, loc, cx).map(Box::new)
    }

    fn from_borrowed_str(value: &'de str, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        T::from_borrowed_str(value, loc, cx).map(Box::new)
    }

    fn from_string(value: String, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        T::from_string(value, loc, cx).map(Box::new)
    }

    fn from_bool(value: bool, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        T::from_bool(value, loc, cx).map(Box::new)
    }

    fn from_number(value: Number, loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        T::from_number(value, loc, cx).map(Box::new)
    }

    fn from_null(loc: &Loc<'_>, cx: &mut Collector) -> Option<Self> {
        T::from_null(loc, cx).map(Box::new)
    }
}

impl<'de, T: Collect<'de>> Collect<'de> for Vec<T> {
    const EXPECTED: Kind = Kind::Array;

    fn from_seq<A: SeqAccess<'de>>(mut seq: A, loc: &Loc<'_>, cx: &mut Collector) -> Result<Option<Self>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(256));
        let mut all_valid = true;
        for index in 0.. {
            let item_loc = loc.index(index);
            let mut item = None;
            if seq.next_element_seed(Seed::new(&mut item, &item_loc, cx))?.is_none() {
                break;
            }
            match item {
                Some(item) => items.push(item),
                None => all_valid = false,
            }
        }
        Ok(all_valid.then_some(items))
    }
}

/// Any JSON object, read whole: for values whose shape a rule of the object holding them checks
/// (a credential's data of a type the vendor gives no shape).
impl<'de> Collect<'de> for serde_json::Map<String, serde_json::Value> {
    const EXPECTED: Kind = Kind::Object;

    fn from_map<A: MapAccess<'de>>(map: A, _: &Loc<'_>, _: &mut Collector) -> Result<Option<Self>, A::Error> {
        use serde::Deserialize;
        Self::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Some)
    }
}
