//! Validation of typed values already in memory.

use crate::{Cx, Loc, Secret, Violations};

/// Checks a typed value against every constraint and rule of its model.
///
/// Derived by `#[derive(Model)]`. Use it on values you build in code; input you receive as bytes is
/// better read with [`from_slice`](crate::from_slice), which validates while it parses.
///
/// ```
/// use connschema::Validate;
/// use connschema::aws::events::{ConnectionAuthorizationType, CreateConnectionRequest};
///
/// let mut request: CreateConnectionRequest = serde_json::from_str(r#"{
///     "Name": "orders",
///     "AuthorizationType": "BASIC",
///     "AuthParameters": {"BasicAuthParameters": {"Username": "u", "Password": "p"}}
/// }"#).unwrap();
/// request.authorization_type = ConnectionAuthorizationType::ApiKey;
/// let errors = request.validate().unwrap_err();
/// assert_eq!(errors.0[0].path, "/AuthParameters/BasicAuthParameters");
/// ```
pub trait Validate {
    /// Reports every violation of `self`, which sits at `loc`, into `cx`.
    fn validate_at(&self, loc: &Loc<'_>, cx: &mut Cx);

    /// Every violation of `self` as a document of its own.
    fn validate(&self) -> Result<(), Violations> {
        let mut cx = Cx::default();
        self.validate_at(&Loc::Root, &mut cx);
        cx.finish()
    }
}

macro_rules! leaf {
    ($($ty:ty),*) => {$(
        impl Validate for $ty {
            fn validate_at(&self, _: &Loc<'_>, _: &mut Cx) {}
        }
    )*};
}

leaf!(String, std::borrow::Cow<'_, str>, Secret<'_>, bool, f64, i32, i64);

impl<T: Validate> Validate for Box<T> {
    fn validate_at(&self, loc: &Loc<'_>, cx: &mut Cx) {
        T::validate_at(self, loc, cx);
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate_at(&self, loc: &Loc<'_>, cx: &mut Cx) {
        for (index, item) in self.iter().enumerate() {
            item.validate_at(&loc.index(index), cx);
        }
    }
}
