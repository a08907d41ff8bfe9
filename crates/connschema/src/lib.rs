//! # connschema
//!
//! Validation and JSON Schemas for the requests and responses of five real "create a connection"
//! APIs: Amazon EventBridge `CreateConnection`, Huawei Cloud EG `CreateConnection`, AWS Network
//! Manager `CreateConnection`, Amazon QuickSight `CreateActionConnector` and Versori
//! `CreateConnectorConnection`.
//!
//! Every message has a Rust type. [`from_slice`] parses and validates bytes in one pass and returns
//! every violation, each with a JSON Pointer (wire names), a stable [`Code`] and a message that never
//! quotes a secret. [`Validate`] checks a typed value you built. The exported JSON Schemas (see
//! [`registry`]) mean exactly what the Rust checks mean: lengths in code points, patterns matched
//! against the whole value with ECMA-262 meanings.
//!
//! ```
//! use connschema::aws::events::CreateConnectionRequest;
//!
//! let body = br#"{"Name": "my conn", "AuthorizationType": "BASIC",
//!                 "AuthParameters": {"BasicAuthParameters": {"Username": "u", "Password": "p"}}}"#;
//! let errors = connschema::from_slice::<CreateConnectionRequest>(body).unwrap_err();
//! for v in &errors {
//!     println!("{} [{}] {}", v.path, v.code, v.message);
//! }
//! assert_eq!(errors.0[0].path, "/Name");
//! assert_eq!(errors.0[0].code, connschema::Code::Pattern);
//! ```
//!
//! ## The `Model` derive
//!
//! Each constraint is written once, as an attribute, and drives the check, the parser and the schema:
//!
//! | attribute | on | check | schema |
//! |---|---|---|---|
//! | `#[model(rename_all = "PascalCase")]` | struct, enum | wire names | property names, enum values |
//! | `#[model(deny_unknown_fields)]` | struct | unknown members rejected, here and in every object inside | `additionalProperties: false`, likewise |
//! | `#[model(union)]` | struct | exactly one member present | `oneOf` of `required` |
//! | `#[model(rule(check = f, schema = g, reads(a, present(b), members(c))))]` | struct | `f(&a, b_is_there, c_members, loc, cx)` whenever what it reads was read | `g(generator)` in `allOf` |
//! | `#[model(rule(check = f, schema = g))]` | struct | `f(&value, loc, cx)` on a wholly read object | `g(generator)` in `allOf` |
//! | `#[model(rename = "ClientID")]` | field, variant | wire name | |
//! | `#[model(length(min = 1, max = 64))]` | a [`Text`] value | code points | `minLength`/`maxLength` |
//! | `#[model(pattern = "…")]` | a [`Text`] value | whole value, ECMA meanings | `^(?:…)$`, portable (`$comment` the text as written, where that differs) |
//! | `#[model(vendor_pattern = "…")]` | a [`Text`] value | as `pattern`: a vendor's documented pattern | as `pattern`, `$comment: "vendor pattern: …"` always |
//! | `#[model(check = f, schema = g)]` | field, transparent newtype | `f(&value, loc, cx)` (a newtype's check takes the newtype) | `g(generator)` in the value's `allOf` |
//! | `#[model(linear = "…")]` | with `pattern` | | a linear-time equivalent is exported |
//! | `#[model(items(min = 0, max = 100))]` | an [`Items`] value (`Vec<T>`) | list size | `minItems`/`maxItems` |
//! | `#[model(items(unique))]` | a `Vec<T>` member, `T` a [`Unique`] (string, number, boolean, enum) | no item twice, as JSON compares | `uniqueItems` |
//! | `#[model(items(each(length(max = 64), pattern = "…")))]` | a `Vec<T>` member | every item's constraints, at `/list/<i>` | the constraints in `items` |
//! | `#[model(properties(min = 1, max = 50, keys(length(max = 63), pattern = "…"), values(length(max = 255))))]` | a `BTreeMap`/`HashMap` member with `String` or `Cow<str>` keys | members counted, each key (at `/map/<key>`) and each value | `minProperties`/`maxProperties`, `propertyNames`, `additionalProperties` |
//! | `#[model(range(min = 1, max = 65535))]`, `exclusive_min`, `exclusive_max` | a [`Numeric`] value (`i8`…`i64`, `u8`…`u64`, `f32`, `f64`) | bounds, integers exact | `minimum`/`maximum`/`exclusiveMinimum`/`exclusiveMaximum` |
//! | `#[model(format = "date-time")]`, `"uri"`, `"ulid"` | a [`Text`] value | RFC 3339, RFC 3986, ULID | `format` (and its pattern); `ulid` its pattern alone |
//! | `#[model(chosen_by = "type")]` | a field whose type is [`CollectBy`] | read in the shape the `type` member's value chooses | by a `rule` of the struct |
//! | `#[model(transparent)]` | newtype `struct Name(Inner)` | read, checked and written as `Inner`, plus its own `length`, `pattern`, `format`, `items` | `Inner`'s schema with those keywords, inlined |
//! | `#[model(transparent, secret)]` | newtype | never shown (`Debug` redacted) | `writeOnly` |
//!
//! [`Text`] values are `String`, `Cow<str>`, [`Secret`] and transparent newtypes over one; a
//! constraint on a type that cannot take it is a type error at the attribute. Every number type
//! holds its own range too: a `u16` member refuses `65536` (code `range`), and its schema says
//! `minimum: 0, maximum: 65535`; a `range` wider than the type's leaves the type's standing.
//!
//! An enum with `#[model(tag = "schemeType")]` and variants `Name(Model)` is internally tagged: the
//! tag member names the variant (`rename`/`rename_all` give its values), the variant's model holds the
//! other members, and the schema is a `oneOf` of the variants with the tag as a constant.
//!
//! An enum with `#[model(untagged)]` and variants `Name(Model)` is decided by its members: the first
//! member of the object that only one variant's model has chooses that variant; `#[model(default)]`
//! marks the variant read when no member decides (without one, that object breaks a `rule`). The
//! schema is a `oneOf` of the variants.
//!
//! A `rule` lists the members its check reads with `reads(...)`, by their Rust names, so that it
//! runs whenever those were read, even beside other members of the wrong type: every violation
//! comes back. The check takes, in the order listed:
//! - `a`: the member's value, `&T` (or `Option<&T>` for an optional member);
//! - `present(b)`: whether an optional member is there at all, `bool`, even when its value is invalid;
//! - `members(c)`: which members the object member `c` holds, valid or not, as [`Members`] (or
//!   `Option<Members>`), for a rule such as "the holder has the member for the type".
//!
//! A member the rule reads that is missing, or not of its type (not an object, for `members`), keeps
//! that rule from running, so that nothing is reported in its stead; a constraint the member breaks
//! does not count, as it still has its value. A rule without `reads` takes the whole `&Self` and
//! runs only when every member was read with its type.
//!
//! ```
//! use connschema::{Code, Cx, Loc, Model};
//!
//! /// `end` is at or after `start`.
//! #[derive(Debug, Model)]
//! #[model(rule(check = ordered, schema = ordered_schema, reads(start, end)))]
//! pub struct Window {
//!     pub start: i64,
//!     pub end: i64,
//!     pub label: Option<String>,
//! }
//!
//! fn ordered(start: &i64, end: &i64, loc: &Loc<'_>, cx: &mut Cx) {
//!     if end < start {
//!         cx.report(&loc.key("end"), Code::Rule, "must not be before start");
//!     }
//! }
//!
//! // JSON Schema cannot compare two members: the schema says it in words.
//! fn ordered_schema(_: &mut connschema::schemars::SchemaGenerator) -> connschema::serde_json::Value {
//!     connschema::serde_json::json!({ "description": "end is at or after start" })
//! }
//!
//! let errors = connschema::from_str::<Window>(r#"{"start": 5, "end": 1, "label": 7}"#).unwrap_err();
//! let found: Vec<_> = errors.iter().map(|v| (v.path.as_str(), v.code)).collect();
//! assert_eq!(found, [("/label", Code::Type), ("/end", Code::Rule)]);
//! ```
//!
//! Maps with string keys (`BTreeMap`/`HashMap<String, V>`, or `Cow<'a, str>` keys that borrow) are
//! JSON objects whose every member is a `V`.
//!
//! A list member with `items(...)` is read item by item with its checks (and a map member with
//! `properties(...)` entry by entry): its size counts every
//! item and each item's constraints are checked beside an item of the wrong type, as a validator
//! does.
//!
//! `Option<T>` members are optional; all others are required. `null` is never a value.
//! A model may have lifetime parameters: its `Cow<'a, str>` and [`Secret<'a>`](Secret) members borrow
//! from the input where the string has no escapes (no copy), and are owned otherwise. The derive
//! then writes [`IntoOwned`] (`T<'a>` to `T<'static>`) and [`Borrowable`]. Every shipped model
//! borrows: `connschema::from_slice::<CreateConnectionRequest>(&body)` holds `&body`'s strings, and
//! `.into_owned()` makes it `'static`. serde's `Deserialize` owns what it reads, so that
//! `T<'static>` is `DeserializeOwned` (axum's `Json<T>` and the like).
//! A [`Secret`] member is `writeOnly` and never shown.
//!
//! ## Cargo features
//!
//! - `preserve_order` (off by default): exported schemas keep the documented order of members and
//!   keywords, byte for byte the files in `schemas/`; without it their keys are sorted, with the
//!   same meaning. It turns on serde_json's `preserve_order`, which changes `serde_json::Map` for
//!   every crate in the build, so it is opt-in, as in schemars.

extern crate self as connschema;

mod check;
mod collect;
mod cx;
mod error;
pub mod format;
mod loc;
mod members;
mod owned;
pub mod patterns;
mod range;
pub mod registry;
pub mod rules;

pub mod schema;
mod secret;
mod ser;
mod unique;
mod validate;

pub mod aws;
pub mod huaweicloud;
pub mod versori;

pub use check::{Items, Text};
pub use collect::{deserialize, deserialize_owned, from_slice, from_str, Collect, CollectBy, Kind, Number};
pub use connschema_derive::Model;
/// Class-run matching of patterns, from `connschema-pattern`: what generated checks call.
pub use connschema_pattern::runs;
pub use cx::Cx;
pub use error::{Bound, Code, Shown, Violation, Violations};
pub use format::Format;
pub use loc::Loc;
pub use members::{Members, Object};
pub use owned::{Borrowable, IntoOwned};
pub use patterns::PatternInfo;
pub use range::{Limit, Numeric};
pub use secret::Secret;
pub use unique::{Key as UniqueKey, Unique};
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
/// A reader reads one value at its place in the document ([`Seed`], or [`SeedBy`] for a shape
/// that another member chooses), passes over what it does not keep ([`SkipAt`]) so that a syntax
/// error inside is still reported at its place, and, for an object whose shape one of its members
/// decides, looks ahead to that member and reads the object again ([`look_ahead`], [`Replay`]), or
/// holds the one member that waits for another ([`Held`]).
///
/// ```
/// use connschema::read::{Collect, Kind, Seed};
/// use connschema::{Cx, Loc};
/// use serde::de::MapAccess;
///
/// /// An object `{"n": <integer>}` read as the integer alone.
/// #[derive(Debug)]
/// struct Wrapped(i64);
///
/// impl<'de> Collect<'de> for Wrapped {
///     const EXPECTED: Kind = Kind::Object;
///
///     fn from_map<A: MapAccess<'de>>(mut map: A, loc: &Loc<'_>, cx: &mut Cx) -> Result<Option<Self>, A::Error> {
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
/// assert_eq!(errors.0[0].path, "/n");
/// ```
pub mod read {
    pub use crate::collect::{
        look_ahead, Ahead, Collect, CollectBy, Held, Key, KeySeed, Kind, Number, Replay, Seed, SeedBy, Skip, SkipAt,
    };
}

/// What generated code uses. Not a public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::check::{report_duplicate, report_enum, report_missing, report_unknown};
    pub use crate::check::{Pattern, Transparent};
    pub use crate::collect::{
        collect_tagged, collect_untagged, deserialize, deserialize_owned, look_ahead, CheckedSeed, Held, Key, KeySeed,
        Kind, List, ListChecks, Map, MapChecks, Replay, Seed, SeedBy, Skip, SkipAt,
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
        pub use crate::check::{exactly_one, format, items, length, pattern};
        pub use crate::range::check as range;
        pub use crate::unique::check as unique;
    }

    pub mod schema {
        pub use crate::schema::{
            also, also_schema, exactly_one, leaf, member, object, one_of, part, string_enum, tagged, unique,
            DenyUnknownScope, MemberPattern,
        };
    }

    /// Compiles a pattern that the derive has already proven to compile.
    pub fn compile_pattern(rust: &str) -> Regex {
        Regex::new(rust).unwrap_or_else(|e| unreachable!("the derive checked this pattern: {e}"))
    }
}
