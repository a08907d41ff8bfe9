//! A connection's credential: a reference to an existing one, or a new one whose data follows its
//! type.

use super::credential_data::{self, CredentialData};
use crate::collect::Kind;
use crate::versori::platform::{SecretObject, Ulid};
use crate::{Collect, Cx, Loc, Model, Validate};
use schemars::SchemaGenerator;
use serde_json::Value;

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
#[model(rule(check = data_matches_type, schema = credential_data::schema))]
pub struct CredentialCreate {
    pub name: String,
    #[model(rename = "type")]
    pub credential_type: CredentialType,
    pub data: SecretObject,
}

impl CredentialCreate {
    /// The data read as the shape of the type (`None` when it does not fit).
    pub fn typed_data(&self) -> Option<CredentialData> {
        credential_data::read(self.credential_type, &self.data, &Loc::Root, &mut Cx::default())
    }
}

fn data_matches_type(credential: &CredentialCreate, loc: &Loc<'_>, cx: &mut Cx) {
    credential_data::read(credential.credential_type, &credential.data, &loc.key("data"), cx);
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

impl Collect for CredentialInput {
    const EXPECTED: Kind = Kind::Object;

    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        map: A,
        loc: &Loc<'_>,
        cx: &mut Cx,
    ) -> Result<Option<Self>, A::Error> {
        let members = crate::__private::buffer_object(map)?;
        let is_reference = members.contains_key("id");
        let value = Value::Object(members);
        Ok(if is_reference {
            crate::__private::collect_value(value, loc, cx).map(Self::Reference)
        } else {
            crate::__private::collect_value(value, loc, cx).map(Self::New)
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
