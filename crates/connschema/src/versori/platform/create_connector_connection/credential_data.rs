//! The shapes of a credential's `data`, chosen by its `type` (DESIGN §4). The vendor's `oneOf` has no
//! discriminator and two identical branches, so `type` selects the shape here: one table drives the
//! check and the `if`/`then` schema. `custom-function` and `jwt-bearer` have no shape in the spec:
//! any object. Every value is secret but scopes and mTLS settings.

use super::CredentialType;
use crate::versori::platform::SecretObject;
use crate::{Code, Cx, Loc, Model, Secret};
use schemars::{JsonSchema, SchemaGenerator};
use serde_json::{json, Value};

/// `type: none`: no data at all.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(deny_unknown_fields)]
pub struct CredentialDataNone {}

/// `type: string`.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct CredentialDataString {
    pub value: Secret,
}

/// `type: binary`.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct CredentialDataBinary {
    pub value_base64: Secret,
}

/// `type: basic-auth`, and (the same members) `type: oauth2-password`.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct CredentialDataBasicAuth {
    pub username: Secret,
    pub password: Secret,
}

/// `type: oauth2-client`. `authorizeUrl` is `""` for the client_credentials grant, as the vendor
/// says; otherwise an absolute URI.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(
    rename_all = "camelCase",
    rule(check = authorize_url_empty_or_uri, schema = authorize_url_empty_or_uri_schema)
)]
pub struct CredentialDataOAuth2Client {
    pub client_id: Secret,
    pub client_secret: Secret,
    pub authorize_url: Secret,
    #[model(format = "uri")]
    pub token_url: Secret,
    pub scopes: Option<Vec<String>>,
    pub additional_params: Option<Secret>,
    #[model(rename = "mTLSEnabled")]
    pub mtls_enabled: Option<bool>,
    #[model(rename = "mTLSCredentialId")]
    pub mtls_credential_id: Option<String>,
}

fn authorize_url_empty_or_uri(data: &CredentialDataOAuth2Client, loc: &Loc<'_>, cx: &mut Cx) {
    let url = data.authorize_url.expose();
    if !url.is_empty() && !crate::Format::Uri.is_valid(url) {
        cx.report(&loc.key("authorizeUrl"), Code::Format, "must be \"\" or an absolute URI (value not shown: secret)");
    }
}

fn authorize_url_empty_or_uri_schema(_: &mut SchemaGenerator) -> Value {
    let mut uri = crate::Format::Uri.keywords();
    uri.insert("type".into(), "string".into());
    json!({ "properties": { "authorizeUrl": { "anyOf": [{ "const": "" }, uri] } } })
}

/// `type: oauth2-code`.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct CredentialDataOAuth2Code {
    pub code: Secret,
    pub state: Secret,
}

/// `type: oauth2-token`.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct CredentialDataOAuth2Token {
    pub access_token: Option<Secret>,
    pub refresh_token: Option<Secret>,
    pub scopes: Vec<String>,
}

/// `type: certificate`.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct CredentialDataCertificate {
    pub certificate: Secret,
    pub key: Secret,
    pub ca: Secret,
}

/// A credential's data, read according to its type.
#[derive(Debug, Clone, PartialEq)]
pub enum CredentialData {
    None(CredentialDataNone),
    String(CredentialDataString),
    Binary(CredentialDataBinary),
    BasicAuth(CredentialDataBasicAuth),
    OAuth2Client(CredentialDataOAuth2Client),
    OAuth2Code(CredentialDataOAuth2Code),
    OAuth2Password(CredentialDataBasicAuth),
    OAuth2Token(CredentialDataOAuth2Token),
    Certificate(CredentialDataCertificate),
    /// `custom-function` and `jwt-bearer`: the spec gives no shape.
    Unspecified(SecretObject),
}

/// Reads `data` as the shape of `ty`, reporting what does not fit at `loc` (the `data` member).
/// Unknown members are rejected when `cx` rejects them (in a request), accepted otherwise.
pub(super) fn read(ty: CredentialType, data: &SecretObject, loc: &Loc<'_>, cx: &mut Cx) -> Option<CredentialData> {
    use crate::__private::collect_value as read;
    use CredentialType as T;
    // Read in place: the buffered object is not copied for each check.
    let value = &data.0;
    match ty {
        T::None => read(value, loc, cx).map(CredentialData::None),
        T::String => read(value, loc, cx).map(CredentialData::String),
        T::Binary => read(value, loc, cx).map(CredentialData::Binary),
        T::BasicAuth => read(value, loc, cx).map(CredentialData::BasicAuth),
        T::Oauth2Client => read(value, loc, cx).map(CredentialData::OAuth2Client),
        T::Oauth2Code => read(value, loc, cx).map(CredentialData::OAuth2Code),
        T::Oauth2Password => read(value, loc, cx).map(CredentialData::OAuth2Password),
        T::Oauth2Token => read(value, loc, cx).map(CredentialData::OAuth2Token),
        T::Certificate => read(value, loc, cx).map(CredentialData::Certificate),
        T::CustomFunction | T::JwtBearer => Some(CredentialData::Unspecified(data.clone())),
    }
}

/// The schema form of [`read`]: for each type with a shape, `if type is … then data is …`.
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
