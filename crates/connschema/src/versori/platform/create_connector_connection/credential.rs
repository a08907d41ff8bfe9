//! A connection's credential: a reference to an existing one, or a new one whose data follows its
//! type.

use super::credential_data::{self, CredentialData};
use crate::collect::Kind;
use crate::versori::platform::Ulid;
use crate::{Collect, Cx, Loc, Model, Validate};
use schemars::SchemaGenerator;

/// DESIGN §4: `{"id": "<ulid>"}` refers to an existing credential; anything else is a new one. The
/// spec's schema offers only the new one, though its descriptions (and the seed) allow both.
#[derive(Debug, Clone, PartialEq)]
pub enum CredentialInput {
    Reference(InferredReference),
    New(CredentialCreate),
}

/// A reference to an existing credential (`InferredReference` of the embedded API).
#[derive(Debug, Clone, PartialEq, Model)]
pub struct InferredReference {
    pub id: Ulid,
}

/// CredentialCreate defines a new credential. Its `data` has the shape of its `type`.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rule(check = data_fits_type, schema = credential_data::schema))]
pub struct CredentialCreate {
    pub name: String,
    #[model(rename = "type")]
    pub credential_type: CredentialType,
    #[model(chosen_by = "type")]
    pub data: CredentialData,
}

fn data_fits_type(credential: &CredentialCreate, loc: &Loc<'_>, cx: &mut Cx) {
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

impl<'de> Collect<'de> for CredentialInput {
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

impl Validate for CredentialInput {
    fn validate_at(&self, loc: &Loc<'_>, cx: &mut Cx) {
        match self {
            Self::Reference(reference) => reference.validate_at(loc, cx),
            Self::New(credential) => credential.validate_at(loc, cx),
        }
    }
}

impl schemars::JsonSchema for CredentialInput {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CredentialInput".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> schemars::Schema {
        let reference = generator.subschema_for::<InferredReference>();
        let new = generator.subschema_for::<CredentialCreate>();
        schemars::json_schema!({
            "description": "A reference to an existing credential ({\"id\": …}) or a new credential.",
            "oneOf": [reference, new]
        })
    }
}

impl serde::Serialize for CredentialInput {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Reference(reference) => reference.serialize(serializer),
            Self::New(credential) => credential.serialize(serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CredentialInput {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::deserialize(deserializer)
    }
}
