//! Validation of typed values already in memory.

use crate::{Collector, Limits, Loc, Secret, Violations};

/// Checks a typed value against every constraint and rule of its model.
///
/// Derived by `#[derive(Model)]`. Use it on values you build in code; input you receive as bytes is
/// better read with [`from_slice`](crate::from_slice), which validates while it parses.
///
/// ```
/// use connschema::Model;
/// use std::borrow::Cow;
///
/// /// Creates a connection.
/// #[derive(Debug, Model)]
/// #[model(rename_all = "PascalCase", deny_unknown_fields)]
/// struct CreateConnection<'a> {
///     #[model(length(min = 1, max = 64), pattern = "[.\\-_A-Za-z0-9]+")]
///     name: Cow<'a, str>,
///     #[model(length(max = 512))]
///     description: Option<Cow<'a, str>>,
///     authorization_type: AuthorizationType,
/// }
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, Model)]
/// #[model(rename_all = "SCREAMING_SNAKE_CASE")]
/// enum AuthorizationType {
///     Basic,
///     ApiKey,
/// }
///
/// use connschema::Validate;
///
/// let mut request: CreateConnection = serde_json::from_str(r#"{"Name": "orders", "AuthorizationType": "BASIC"}"#).unwrap();
/// request.name = "orders api".into();
/// let errors = request.validate().unwrap_err();
/// assert_eq!(errors[0].path, "/Name");
/// ```
pub trait Validate {
    /// Reports every violation of `self`, which sits at `loc`, into `cx`.
    fn validate_at(&self, loc: &Loc<'_>, cx: &mut Collector);

    /// Every violation of `self` as a document of its own.
    fn validate(&self) -> Result<(), Violations> {
        self.validate_with(&Limits::ALL)
    }

    /// [`Validate::validate`], keeping what `limits` allow (see [`Limits`]).
    fn validate_with(&self, limits: &Limits) -> Result<(), Violations> {
        let mut cx = Collector::new(limits);
        self.validate_at(&Loc::Root, &mut cx);
        cx.finish()
    }
}

/// The standard leaf types: nothing inside to check (a member's constraints are checked by the
/// model that holds it), and nothing borrowed, so each is its own owned form.
macro_rules! plain_leaf {
    ($($ty:ty),*) => {$(
        impl Validate for $ty {
            fn validate_at(&self, _: &Loc<'_>, _: &mut Collector) {}
        }

        impl crate::IntoOwned for $ty {
            type Owned = $ty;

            fn into_owned(self) -> $ty {
                self
            }
        }
    )*};
}

plain_leaf!(String, bool, f32, f64, i8, i16, i32, i64, u8, u16, u32, u64, serde_json::Map<String, serde_json::Value>);

/// Borrowing strings: nothing to check inside; their owned forms are their own impls.
impl Validate for std::borrow::Cow<'_, str> {
    fn validate_at(&self, _: &Loc<'_>, _: &mut Collector) {}
}

impl Validate for Secret<'_> {
    fn validate_at(&self, _: &Loc<'_>, _: &mut Collector) {}
}

impl<T: Validate> Validate for Box<T> {
    fn validate_at(&self, loc: &Loc<'_>, cx: &mut Collector) {
        T::validate_at(self, loc, cx);
    }
}

/// A map's values, each at its key, in key order (a `HashMap`'s too, so that its violations come
/// in the same order on every run).
macro_rules! validate_map {
    ($($map:ident: [$($bound:tt)*]),*) => {$(
        impl<K: $($bound)* + std::borrow::Borrow<str>, V: Validate> Validate for std::collections::$map<K, V> {
            fn validate_at(&self, loc: &Loc<'_>, cx: &mut Collector) {
                for (key, value) in crate::collect::Map::entries(self) {
                    value.validate_at(&loc.key(key), cx);
                }
            }
        }
    )*};
}

validate_map!(BTreeMap: [Ord], HashMap: [Eq + std::hash::Hash]);

impl<T: Validate> Validate for Vec<T> {
    fn validate_at(&self, loc: &Loc<'_>, cx: &mut Collector) {
        for (index, item) in self.iter().enumerate() {
            item.validate_at(&loc.index(index), cx);
        }
    }
}
