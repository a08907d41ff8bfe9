//! A connection's credential: a reference to an existing one, or a new one whose data follows its
//! type.

use super::credential_data::{self, CredentialData};
use crate::collect::Kind;
use crate::versori::platform::Ulid;
use crate::{Collect, Cx, IntoOwned, Loc, Model, Validate};
use schemars::SchemaGenerator;
use std::borrow::Cow;

/// DESIGN §4: `{"id": "<ulid>"}` refers to an existing credential; anything else is a new one. The
/// spec's schema offers only the new one, though its descriptions (and the seed) allow both.
#[derive(Debug, Clone, PartialEq)]
pub enum CredentialInput<'a> {
    Reference(InferredReference),
    New(CredentialCreate<'a>),
}

/// A reference to an existing credential (`InferredReference` of the embedded API).
#[derive(Debug, Clone, PartialEq, Model)]
pub struct InferredReference {
    pub id: Ulid,
}

/// CredentialCreate defines a new credential. Its `data` has the shape of its `type`.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rule(check = data_fits_type, schema = credential_data::schema))]
pub struct CredentialCreate<'a> {
    pub name: Cow<'a, str>,
    #[model(rename = "type")]
    pub credential_type: CredentialType,
    #[model(chosen_by = "type")]
    pub data: CredentialData<'a>,
}

fn data_fits_type(credential: &CredentialCreate<'_>, loc: &Loc<'_>, cx: &mut Cx) {
    credential_data::check_fits(credential.credential_type, &credential.data, loc, cx);
}

/// The kinds of credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "kebab-case")]
pub enum CredentialType {
    None,
    String,
    Binary,
    BasicAuth,
    Oauth2Client,
    Oauth2Code,
    Oauth2Password,
    Oauth2Token,
    CustomFunction,
    Certificate,
    JwtBearer,
}

impl<'de: 'a, 'a> Collect<'de> for CredentialInput<'a> {
    const EXPECTED: Kind = Kind::Object;

    /// The first member that belongs to one variant decides: `id` a reference, `name`, `type` or
    /// `data` a new credential, no such member a new one (which then lacks its members). Read in one
    /// pass: only members before the deciding one are held. An object with members of both is
    /// invalid as either, and is reported as the variant its first such member names.
    fn from_map<A: serde::de::MapAccess<'de>>(
        mut map: A,
        loc: &Loc<'_>,
        cx: &mut Cx,
    ) -> Result<Option<Self>, A::Error> {
        use crate::__private::{read_ahead, Replay};
        let (ahead, decider) = read_ahead(&mut map, |key| matches!(key, "id" | "name" | "type" | "data"))?;
        let is_reference = decider.as_deref() == Some("id");
        let mut object = Replay::new(ahead, decider, &mut map);
        Ok(if is_reference {
            InferredReference::from_map(&mut object, loc, cx)?.map(Self::Reference)
        } else {
            CredentialCreate::from_map(&mut object, loc, cx)?.map(Self::New)
        })
    }
}

impl Validate for CredentialInput<'_> {
    fn validate_at(&self, loc: &Loc<'_>, cx: &mut Cx) {
        match self {
            Self::Reference(reference) => reference.validate_at(loc, cx),
            Self::New(credential) => credential.validate_at(loc, cx),
        }
    }
}

impl schemars::JsonSchema for CredentialInput<'_> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CredentialInput".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> schemars::Schema {
        let reference = generator.subschema_for::<InferredReference>();
        let new = generator.subschema_for::<CredentialCreate<'static>>();
        schemars::json_schema!({
            "description": "A reference to an existing credential ({\"id\": …}) or a new credential.",
            "oneOf": [reference, new]
        })
    }
}

impl serde::Serialize for CredentialInput<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Reference(reference) => reference.serialize(serializer),
            Self::New(credential) => credential.serialize(serializer),
        }
    }
}

impl IntoOwned for CredentialInput<'_> {
    type Owned = CredentialInput<'static>;

    fn into_owned(self) -> CredentialInput<'static> {
        match self {
            Self::Reference(reference) => CredentialInput::Reference(reference),
            Self::New(credential) => CredentialInput::New(credential.into_owned()),
        }
    }
}

/// Owns what it reads, as every model with a lifetime does (see `IntoOwned`).
impl<'de> serde::Deserialize<'de> for CredentialInput<'_> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::deserialize_owned::<CredentialInput<'de>, D>(deserializer)
    }
}
