//! # connschema
//!
//! Validation and JSON Schemas for API messages, from one annotation per constraint: a model's
//! `#[derive(Model)]` gives it a reader that parses and validates bytes in one pass, a check of a
//! typed value, and a JSON Schema that means exactly what the Rust checks mean (lengths in code
//! points, patterns matched against the whole value with ECMA-262 meanings). [`registry`] names
//! an operation's messages and [`catalog`] gathers operations for the tools (schema files,
//! OpenAPI documents, the CLI). The APIs themselves are crates of their own, each on this crate's public API
//! alone.
//!
//! [`from_slice`] returns every violation, each with a JSON Pointer (wire names), a stable
//! [`Code`] and a message that never quotes a secret. [`Validate`] checks a typed value you built.
//!
//! ```
//! use connschema::{Model, Secret};
//! use std::borrow::Cow;
//!
//! /// Creates a connection.
//! #[derive(Debug, Model)]
//! #[model(rename_all = "PascalCase")]
//! struct CreateConnection<'a> {
//!     #[model(length(min = 1, max = 64), pattern = "[.\\-_A-Za-z0-9]+")]
//!     name: Cow<'a, str>,
//!     #[model(length(min = 1, max = 512))]
//!     password: Secret<'a>,
//! }
//!
//! let errors = connschema::from_slice::<CreateConnection>(br#"{"Name": "my conn", "Password": ""}"#).unwrap_err();
//! for v in &errors {
//!     println!("{} [{}] {}", v.path, v.code, v.message);
//! }
//! assert_eq!(errors[0].path, "/Name");
//! assert_eq!(errors[0].code, connschema::Code::Pattern);
//! assert_eq!(errors[1].path, "/Password");
//! ```
//!
//! ## The `Model` derive
//!
#![doc = include_str!("../docs/model.md")]
//!
//! ## Cargo features
//!
//! - `preserve_order` (off by default): exported schemas keep the documented order of members and
//!   keywords, byte for byte the files in `schemas/`; without it their keys are sorted, with the
//!   same meaning. It turns on serde_json's `preserve_order`, which changes `serde_json::Map` for
//!   every crate in the build, so it is opt-in, as in schemars.

extern crate self as connschema;

pub mod catalog;
mod check;
mod code;
mod collect;
mod collector;
mod error;
pub mod format;
pub mod http;
mod kind;
mod limits;
mod loc;
mod members;
pub mod openapi;
mod owned;
pub mod patterns;
mod range;
pub mod registry;
mod report;
pub mod rules;

pub mod schema;
mod secret;
mod ser;
mod suggest;
mod unique;
mod unknown_members;
mod validate;

pub use check::{Items, Text};
pub use code::Code;
pub use collect::{
    deserialize, deserialize_owned, from_slice, from_slice_with, from_str, from_str_with, from_strings_with, Collect,
    CollectBy, Number,
};
pub use collector::Collector;
/// Derives a model's reader, its check and its JSON Schema from its `#[model(...)]` attributes.
///
#[doc = include_str!("../docs/model.md")]
pub use connschema_derive::Model;
/// Class-run matching of patterns, from `connschema-pattern`: what generated checks call.
pub use connschema_pattern::runs;
pub use error::{Bound, Shown, Violation, Violations};
pub use format::Format;
pub use kind::Kind;
pub use limits::Limits;
pub use loc::{Loc, Location, Step};
pub use members::{Members, Object};
pub use owned::{Borrowable, IntoOwned};
pub use patterns::PatternInfo;
pub use range::{Limit, Numeric};
pub use report::Report;
pub use secret::Secret;
pub use unique::{Key as UniqueKey, Unique};
pub use unknown_members::UnknownMembers;
pub use validate::Validate;

/// The schemars the derived schemas are built with: a rule's schema function takes its
/// `SchemaGenerator` without a schemars dependency of its own.
#[doc(no_inline)]
pub use schemars;
/// The serde_json of [`Collect`] and the schemas: a rule's schema function returns its `Value`.
#[doc(no_inline)]
pub use serde_json;

/// The parts of the reader for a hand-written [`Collect`] or [`CollectBy`]: the rare type that no
/// `#[derive(Model)]` attribute describes.
///
/// A reader reads one value at its place in the document ([`Seed`](read::Seed), or [`SeedBy`](read::SeedBy) for a shape
/// that another member chooses), passes over what it does not keep ([`SkipAt`](read::SkipAt)) so that a syntax
/// error inside is still reported at its place, and, for an object whose shape one of its members
/// decides, looks ahead to that member and reads the object again ([`look_ahead`](read::look_ahead), [`Replay`](read::Replay)), or
/// defers the one member that waits for another ([`Deferred`](read::Deferred)).
///
/// ```
/// use connschema::read::{Collect, Kind, Seed};
/// use connschema::{Collector, Loc};
/// use serde::de::MapAccess;
///
/// /// An object `{"n": <integer>}` read as the integer alone.
/// #[derive(Debug)]
/// struct Wrapped(i64);
///
/// impl<'de> Collect<'de> for Wrapped {
///     const EXPECTED: Kind = Kind::Object;
///
///     fn from_map<A: MapAccess<'de>>(mut map: A, loc: &Loc<'_>, cx: &mut Collector) -> Result<Option<Self>, A::Error> {
///         let mut n = None;
///         while let Some(key) = map.next_key::<String>()? {
///             let at = loc.key(&key);
///             map.next_value_seed(Seed::<i64>::new(&mut n, &at, cx))?;
///         }
///         Ok(n.map(Wrapped))
///     }
/// }
///
/// assert_eq!(connschema::from_slice::<Wrapped>(br#"{"n": 7}"#).unwrap().0, 7);
/// let errors = connschema::from_slice::<Wrapped>(br#"{"n": "7"}"#).unwrap_err();
/// assert_eq!(errors[0].path, "/n");
/// ```
pub mod read {
    pub use crate::collect::{
        look_ahead, Collect, CollectBy, Deferred, Key, KeySeed, Kind, LookAhead, Number, Replay, Seed, SeedBy, Skip,
        SkipAt,
    };
}

/// What generated code uses. Not a public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::check::{report_duplicate, report_enum, report_missing, report_unknown};
    pub use crate::check::{Pattern, Transparent};
    pub use crate::collect::{
        collect_tagged, collect_untagged, deserialize, deserialize_owned, look_ahead, CheckedSeed, Deferred, Key,
        KeySeed, Kind, List, ListChecks, Map, MapChecks, Replay, Seed, SeedBy, Skip, SkipAt,
    };
    pub use crate::format::Format;
    pub use crate::members::{Members, Object};
    pub use crate::range::{Limit, Range};
    pub use crate::ser::serialize_tagged;
    pub use regex::Regex;
    pub use schemars;
    pub use serde;
    pub use serde_json;
    pub use std::borrow::Cow;
    pub use std::sync::LazyLock;

    pub mod check {
        pub use crate::check::{exactly_one, format, items, length, pattern, pattern_accepting_everything};
        pub use crate::range::check as range;
        pub use crate::unique::check as unique;
    }

    pub mod schema {
        pub use crate::schema::{
            exactly_one, member, object, one_of, schema_with_all_of, string_enum, tagged, transparent, unique,
            with_all_of, with_part, MemberPattern,
        };
        pub use crate::unknown_members::ExportScope;
    }

    /// Compiles a pattern that the derive has already proven to compile.
    pub fn compile_pattern(rust: &str) -> Regex {
        Regex::new(rust).unwrap_or_else(|e| unreachable!("the derive checked this pattern: {e}"))
    }
}
