//! The shapes of a credential's `data`, chosen by its `type` (docs/contracts.md §4). The vendor's `oneOf` has no
//! discriminator and two identical branches, so `type` selects the shape here: one table drives the
//! check and the `if`/`then` schema. `custom-function` and `jwt-bearer` have no shape in the spec:
//! any object. Every value is secret but scopes and mTLS settings.

use crate::platform::SecretObject;
use connschema::patterns::{PatternInventory, Patterns};
use connschema::schemars::{JsonSchema, SchemaGenerator};
use connschema::serde_json::{json, Value};
use connschema::{Bound, Code, Collect, CollectBy, Collector, IntoOwned, Loc, Model, Secret, Shown, Validate};
use std::borrow::Cow;

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

/// `type: none`: no data at all.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(deny_unknown_fields)]
pub struct CredentialDataNone {}

/// `type: string`.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct CredentialDataString<'a> {
    pub value: Secret<'a>,
}

/// `type: binary`.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct CredentialDataBinary<'a> {
    pub value_base64: Secret<'a>,
}

/// `type: basic-auth`, and (the same members) `type: oauth2-password`.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct CredentialDataBasicAuth<'a> {
    pub username: Secret<'a>,
    pub password: Secret<'a>,
}

/// `type: oauth2-client`. `authorizeUrl` is `""` for the client_credentials grant, as the vendor
/// says; otherwise an absolute URI.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(
    rename_all = "camelCase",
    rule(check = authorize_url_empty_or_uri, schema = authorize_url_empty_or_uri_schema, reads(authorize_url))
)]
pub struct CredentialDataOAuth2Client<'a> {
    pub client_id: Secret<'a>,
    pub client_secret: Secret<'a>,
    pub authorize_url: Secret<'a>,
    #[model(format = "uri")]
    pub token_url: Secret<'a>,
    pub scopes: Option<Vec<Cow<'a, str>>>,
    pub additional_params: Option<Secret<'a>>,
    #[model(rename = "mTLSEnabled")]
    pub mtls_enabled: Option<bool>,
    #[model(rename = "mTLSCredentialId")]
    pub mtls_credential_id: Option<Cow<'a, str>>,
}

fn authorize_url_empty_or_uri(url: &Secret<'_>, loc: &Loc<'_>, cx: &mut Collector) {
    let url = url.expose();
    if !url.is_empty() && !connschema::Format::Uri.is_valid(url) {
        cx.report(&loc.key("authorizeUrl"), Code::Format, "must be \"\" or an absolute URI (value not shown: secret)");
    }
}

fn authorize_url_empty_or_uri_schema(_: &mut SchemaGenerator) -> Value {
    let mut uri = connschema::Format::Uri.keywords();
    uri.insert("type".into(), "string".into());
    json!({ "properties": { "authorizeUrl": { "anyOf": [{ "const": "" }, uri] } } })
}

/// `type: oauth2-code`.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct CredentialDataOAuth2Code<'a> {
    pub code: Secret<'a>,
    pub state: Secret<'a>,
}

/// `type: oauth2-token`.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct CredentialDataOAuth2Token<'a> {
    pub access_token: Option<Secret<'a>>,
    pub refresh_token: Option<Secret<'a>>,
    pub scopes: Vec<Cow<'a, str>>,
}

/// `type: certificate`.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct CredentialDataCertificate<'a> {
    pub certificate: Secret<'a>,
    pub key: Secret<'a>,
    pub ca: Secret<'a>,
}

/// A credential's data, in the shape its `type` chooses.
#[derive(Debug, Clone, PartialEq)]
pub enum CredentialData<'a> {
    None(CredentialDataNone),
    String(CredentialDataString<'a>),
    Binary(CredentialDataBinary<'a>),
    BasicAuth(CredentialDataBasicAuth<'a>),
    OAuth2Client(CredentialDataOAuth2Client<'a>),
    OAuth2Code(CredentialDataOAuth2Code<'a>),
    OAuth2Password(CredentialDataBasicAuth<'a>),
    OAuth2Token(CredentialDataOAuth2Token<'a>),
    Certificate(CredentialDataCertificate<'a>),
    /// `custom-function` and `jwt-bearer`: the spec gives no shape.
    Unspecified(SecretObject),
}

impl CredentialData<'_> {
    /// Whether this is the shape that `ty` chooses.
    pub fn fits(&self, ty: CredentialType) -> bool {
        use CredentialType as T;
        matches!(
            (self, ty),
            (Self::None(_), T::None)
                | (Self::String(_), T::String)
                | (Self::Binary(_), T::Binary)
                | (Self::BasicAuth(_), T::BasicAuth)
                | (Self::OAuth2Client(_), T::Oauth2Client)
                | (Self::OAuth2Code(_), T::Oauth2Code)
                | (Self::OAuth2Password(_), T::Oauth2Password)
                | (Self::OAuth2Token(_), T::Oauth2Token)
                | (Self::Certificate(_), T::Certificate)
                | (Self::Unspecified(_), T::CustomFunction | T::JwtBearer)
        )
    }
}

/// `$body` for whichever shape `$data` holds, as `$inner`.
macro_rules! for_shape {
    ($data:expr, $inner:ident => $body:expr) => {
        match $data {
            CredentialData::None($inner) => $body,
            CredentialData::String($inner) => $body,
            CredentialData::Binary($inner) => $body,
            CredentialData::BasicAuth($inner) | CredentialData::OAuth2Password($inner) => $body,
            CredentialData::OAuth2Client($inner) => $body,
            CredentialData::OAuth2Code($inner) => $body,
            CredentialData::OAuth2Token($inner) => $body,
            CredentialData::Certificate($inner) => $body,
            CredentialData::Unspecified($inner) => $body,
        }
    };
}

/// Reads `data` in the shape of the credential's `type`. Unknown members are rejected where `cx`
/// rejects them (in a request), accepted otherwise.
impl<'de: 'a, 'a> CollectBy<'de, CredentialType> for CredentialData<'a> {
    fn collect_by<D: serde::Deserializer<'de>>(
        ty: &CredentialType,
        value: D,
        loc: &Loc<'_>,
        cx: &mut Collector,
    ) -> Result<Option<Self>, D::Error> {
        use connschema::read::Seed;
        use serde::de::DeserializeSeed;
        use CredentialType as T;
        fn read<'de, 'a, M: Collect<'de>, D: serde::Deserializer<'de>>(
            value: D,
            loc: &Loc<'_>,
            cx: &mut Collector,
            variant: fn(M) -> CredentialData<'a>,
        ) -> Result<Option<CredentialData<'a>>, D::Error> {
            let mut slot = None;
            Seed::<M>::new(&mut slot, loc, cx).deserialize(value)?;
            Ok(slot.map(variant))
        }
        match ty {
            T::None => read(value, loc, cx, Self::None),
            T::String => read(value, loc, cx, Self::String),
            T::Binary => read(value, loc, cx, Self::Binary),
            T::BasicAuth => read(value, loc, cx, Self::BasicAuth),
            T::Oauth2Client => read(value, loc, cx, Self::OAuth2Client),
            T::Oauth2Code => read(value, loc, cx, Self::OAuth2Code),
            T::Oauth2Password => read(value, loc, cx, Self::OAuth2Password),
            T::Oauth2Token => read(value, loc, cx, Self::OAuth2Token),
            T::Certificate => read(value, loc, cx, Self::Certificate),
            T::CustomFunction | T::JwtBearer => read(value, loc, cx, Self::Unspecified),
        }
    }
}

impl Validate for CredentialData<'_> {
    fn validate_at(&self, loc: &Loc<'_>, cx: &mut Collector) {
        for_shape!(self, data => data.validate_at(loc, cx));
    }
}

impl Patterns for CredentialData<'_> {
    fn visit_patterns(found: &mut PatternInventory) {
        if found.enter(concat!(module_path!(), "::CredentialData"), &[]) {
            CredentialDataNone::visit_patterns(found);
            CredentialDataString::visit_patterns(found);
            CredentialDataBinary::visit_patterns(found);
            CredentialDataBasicAuth::visit_patterns(found);
            CredentialDataOAuth2Client::visit_patterns(found);
            CredentialDataOAuth2Code::visit_patterns(found);
            CredentialDataOAuth2Token::visit_patterns(found);
            CredentialDataCertificate::visit_patterns(found);
            SecretObject::visit_patterns(found);
        }
    }
}

impl serde::Serialize for CredentialData<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        for_shape!(self, data => data.serialize(serializer))
    }
}

/// Every shape is an object of secrets, as far as one schema without the `type` can tell; the
/// credential's rule gives the shape for each type.
impl JsonSchema for CredentialData<'_> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CredentialData".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> connschema::schemars::Schema {
        SecretObject::json_schema(generator)
    }
}

impl IntoOwned for CredentialData<'_> {
    type Owned = CredentialData<'static>;

    fn into_owned(self) -> CredentialData<'static> {
        match self {
            Self::None(data) => CredentialData::None(data),
            Self::String(data) => CredentialData::String(data.into_owned()),
            Self::Binary(data) => CredentialData::Binary(data.into_owned()),
            Self::BasicAuth(data) => CredentialData::BasicAuth(data.into_owned()),
            Self::OAuth2Client(data) => CredentialData::OAuth2Client(data.into_owned()),
            Self::OAuth2Code(data) => CredentialData::OAuth2Code(data.into_owned()),
            Self::OAuth2Password(data) => CredentialData::OAuth2Password(data.into_owned()),
            Self::OAuth2Token(data) => CredentialData::OAuth2Token(data.into_owned()),
            Self::Certificate(data) => CredentialData::Certificate(data.into_owned()),
            Self::Unspecified(data) => CredentialData::Unspecified(data),
        }
    }
}

/// The rule of a credential that holds `data`: its shape is the one `type` chooses. Parsing
/// guarantees it; a value built in code may break it.
/// The rule that a credential's `data` has the shape of its `type`.
pub(super) fn check_fits(ty: &CredentialType, data: &CredentialData, loc: &Loc<'_>, cx: &mut Collector) {
    let ty = *ty;
    if !data.fits(ty) {
        cx.report_lazily(&loc.key("data"), Code::Rule, || {
            (format!("must have the shape of type {}", ty.as_str()), Bound::None, Shown::Hidden)
        });
    }
}

/// The schema form of [`CredentialData`]'s reading: for each type with a shape, `if type is … then data is …`.
pub(super) fn schema(generator: &mut SchemaGenerator) -> Value {
    use CredentialType as T;
    let shapes: [(T, Value); 9] = [
        (T::None, CredentialDataNone::json_schema_ref(generator)),
        (T::String, CredentialDataString::json_schema_ref(generator)),
        (T::Binary, CredentialDataBinary::json_schema_ref(generator)),
        (T::BasicAuth, CredentialDataBasicAuth::json_schema_ref(generator)),
        (T::Oauth2Client, CredentialDataOAuth2Client::json_schema_ref(generator)),
        (T::Oauth2Code, CredentialDataOAuth2Code::json_schema_ref(generator)),
        (T::Oauth2Password, CredentialDataBasicAuth::json_schema_ref(generator)),
        (T::Oauth2Token, CredentialDataOAuth2Token::json_schema_ref(generator)),
        (T::Certificate, CredentialDataCertificate::json_schema_ref(generator)),
    ];
    let branches: Vec<Value> = shapes
        .into_iter()
        .map(|(ty, shape)| {
            json!({
                "if": { "properties": { "type": { "const": ty.as_str() } }, "required": ["type"] },
                "then": { "properties": { "data": shape } }
            })
        })
        .collect();
    json!({ "description": "The shape of data follows type.", "allOf": branches })
}

/// A `$ref` to a model's definition.
trait JsonSchemaRef {
    fn json_schema_ref(generator: &mut SchemaGenerator) -> Value;
}

impl<T: JsonSchema> JsonSchemaRef for T {
    fn json_schema_ref(generator: &mut SchemaGenerator) -> Value {
        generator.subschema_for::<T>().to_value()
    }
}
