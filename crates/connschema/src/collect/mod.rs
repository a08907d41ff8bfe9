//! The parsing path, and the only place where bytes become a typed value: one pass of serde over
//! the input that builds the value and records every violation on the way, where serde's own
//! derive would stop at the first.
//!
//! Every value is read with `deserialize_any`, so a value of the wrong type is consumed whole and
//! reported, and parsing goes on with the next member.
//!
//! - `each_kind`: [`Collect`], how a type reads each JSON kind; derived for models.
//! - `entry`: [`from_slice`], [`from_str`], [`deserialize`], [`deserialize_owned`].
//! - `seed`: reading one value of a type at its place ([`Seed`], and [`SeedBy`] for [`CollectBy`]).
//! - `look_ahead`: an object whose shape one of its members decides (tags, `chosen_by`, untagged).
//! - `skip`, `key`: values passed over, and member names.
//! - `leaf`: the standard types.

mod checked;
mod each_kind;
mod entry;
mod key;
mod leaf;
mod list;
mod look_ahead;
mod map;
mod seed;
mod skip;

pub use checked::CheckedSeed;
pub use entry::{
    deserialize, deserialize_owned, from_slice, from_slice_with, from_str, from_str_with, from_strings_with,
};
pub use key::{Key, KeySeed};
pub use list::{List, ListChecks};
pub use look_ahead::{collect_tagged, collect_untagged, look_ahead, Deferred, LookAhead, Replay};
pub use map::{Map, MapChecks};
pub use seed::{CollectBy, Seed, SeedBy};
pub use skip::{Skip, SkipAt};

pub use crate::kind::Kind;
pub(crate) use each_kind::wrong_kind;
pub use each_kind::{Collect, Number};
