//! A connection's credential: a reference to an existing one, or a new one whose data follows its
//! type.

use super::credential_data::{self, CredentialData, CredentialType};
use crate::platform::Ulid;
use connschema::Model;
use std::borrow::Cow;

// The spec's schema offers only the new one, though its descriptions (and the documentation page) allow both
// (docs/contracts.md §4). The first member that belongs to one of them decides: `id` a reference,
// `name`, `type` or `data` a new credential; with none, a new one (which then lacks its members).
// An object with members of both is invalid as either, and is reported as the one its first such
// member names.
/// A reference to an existing credential ({"id": …}) or a new credential.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(untagged)]
pub enum CredentialInput<'a> {
    Reference(InferredReference),
    #[model(default)]
    New(CredentialCreate<'a>),
}

/// A reference to an existing credential (`InferredReference` of the embedded API).
#[derive(Debug, Clone, PartialEq, Model)]
pub struct InferredReference {
    pub id: Ulid,
}

/// CredentialCreate defines a new credential. Its `data` has the shape of its `type`.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rule(check = credential_data::check_fits, schema = credential_data::schema, reads(credential_type, data)))]
pub struct CredentialCreate<'a> {
    pub name: Cow<'a, str>,
    #[model(rename = "type")]
    pub credential_type: CredentialType,
    #[model(chosen_by = "type")]
    pub data: CredentialData<'a>,
}
