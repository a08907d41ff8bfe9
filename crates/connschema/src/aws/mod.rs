//! Amazon Web Services operations.
//!
//! AWS error bodies of `awsJson1.1` and `restJson1` carry members beyond the model's (`__type`,
//! `message`), which is why responses and errors accept unknown members.

pub mod events;
pub mod networkmanager;
pub mod quicksight;

use crate::collect::Number;
use crate::{Collect, Cx, Kind, Loc, Validate};

/// An AWS timestamp: seconds since the Unix epoch, sent as a JSON number (awsJson1.1, restJson1).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct EpochSeconds(pub f64);

impl Collect<'_> for EpochSeconds {
    const EXPECTED: Kind = Kind::Number;

    fn from_number(value: Number, loc: &Loc<'_>, cx: &mut Cx) -> Option<Self> {
        f64::from_number(value, loc, cx).map(Self)
    }
}

crate::owned::owned_as_is!(EpochSeconds);

impl Validate for EpochSeconds {
    fn validate_at(&self, _: &Loc<'_>, _: &mut Cx) {}
}

impl serde::Serialize for EpochSeconds {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self.0)
    }
}

impl<'de> serde::Deserialize<'de> for EpochSeconds {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::deserialize(deserializer)
    }
}

impl schemars::JsonSchema for EpochSeconds {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "EpochSeconds".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "number" })
    }
}

/// Declares the exception bodies of an awsJson1.1 service, whose model gives them no members: the
/// protocol's `__type` (the exception's name; SDKs drop any `namespace#` before it) and `message`.
/// Other members AWS adds are accepted.
macro_rules! json_exceptions {
    ($($(#[doc = $doc:literal])* $name:ident;)*) => {$(
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Default, PartialEq, crate::Model)]
        pub struct $name {
            /// The exception's name, which SDKs read to raise their typed error.
            #[model(rename = "__type")]
            pub error_type: String,
            /// What went wrong, for a person.
            pub message: Option<String>,
        }
    )*};
}
pub(crate) use json_exceptions;

/// Declares AWS's common client errors of a restJson1 service that its model does not list, which
/// a service answers before its own logic runs: the exception's name travels in the
/// `X-Amzn-ErrorType` header, the body holds the protocol's `message`.
macro_rules! rest_common_exceptions {
    ($($(#[doc = $doc:literal])* $name:ident;)*) => {$(
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Default, PartialEq, crate::Model)]
        pub struct $name {
            /// What went wrong, for a person.
            pub message: String,
        }
    )*};
}
pub(crate) use rest_common_exceptions;
