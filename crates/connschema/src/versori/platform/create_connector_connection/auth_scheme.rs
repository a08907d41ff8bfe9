//! How a credential is applied: `AuthSchemeConfig`, chosen by `schemeType`, and the OAuth2 grant,
//! chosen by `grantType`. Every scheme carries the base members (`id`, `description`,
//! `validationMessages`).

use crate::versori::platform::Ulid;
use crate::{Model, Secret};

/// AuthSchemeConfig: how a credential is applied to requests, by `schemeType`.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(tag = "schemeType")]
pub enum AuthSchemeConfig {
    #[model(rename = "none")]
    None(AuthSchemeConfigBase),
    #[model(rename = "api-key")]
    ApiKey(AuthSchemeConfigApiKey),
    #[model(rename = "basic-auth")]
    BasicAuth(AuthSchemeConfigBase),
    #[model(rename = "oauth2")]
    OAuth2(Box<AuthSchemeConfigOAuth2>),
    #[model(rename = "hmac")]
    Hmac(AuthSchemeConfigHmac),
    #[model(rename = "certificate")]
    Certificate(AuthSchemeConfigBase),
}

/// The members every scheme has (and all that `none`, `basic-auth` and `certificate` have).
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct AuthSchemeConfigBase {
    pub id: Ulid,
    pub description: String,
    pub validation_messages: Option<Vec<Message>>,
}

/// An API key sent in a query parameter, header or cookie.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct AuthSchemeConfigApiKey {
    pub id: Ulid,
    pub description: String,
    pub validation_messages: Option<Vec<Message>>,
    pub name: String,
    #[model(rename = "in")]
    pub location: ParameterLocation,
}

/// An HMAC signature sent in a query parameter, header or cookie.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct AuthSchemeConfigHmac {
    pub id: Ulid,
    pub description: String,
    pub validation_messages: Option<Vec<Message>>,
    pub name: String,
    #[model(rename = "in")]
    pub location: ParameterLocation,
    pub algorithm: HmacAlgorithm,
    pub digest_inputs: Vec<DigestInput>,
}

/// OAuth 2.0. (The spec spells these `mtlsEnabled`/`mtlsCredentialId`, unlike the credential data's
/// `mTLSEnabled`/`mTLSCredentialId`.)
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct AuthSchemeConfigOAuth2 {
    pub id: Ulid,
    pub description: String,
    pub validation_messages: Option<Vec<Message>>,
    #[model(format = "uri")]
    pub authorize_url: String,
    #[model(format = "uri")]
    pub token_url: String,
    pub scopes: Vec<OAuth2Scope>,
    pub default_scopes: Vec<String>,
    pub grant: OAuth2Grant,
    pub additional_authorize_params: Option<String>,
    pub additional_token_params: Option<String>,
    pub mtls_enabled: Option<bool>,
    pub mtls_credential_id: Option<String>,
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "snake_case")]
pub enum ParameterLocation {
    Query,
    Header,
    Cookie,
}

/// An HMAC digest algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "snake_case")]
pub enum HmacAlgorithm {
    Sha1,
    Sha256,
    Sha512,
}

/// What an HMAC digest covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "snake_case")]
pub enum DigestInput {
    Body,
    Url,
}

/// An OAuth 2.0 scope.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct OAuth2Scope {
    pub name: String,
}

/// The OAuth 2.0 grant, by `grantType`.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(tag = "grantType", rename_all = "snake_case")]
pub enum OAuth2Grant {
    AuthorizationCode(OAuth2GrantDetails),
    ClientCredentials(OAuth2GrantClientCredentials),
    Password(OAuth2GrantDetails),
}

/// The members of the `authorization_code` and `password` grants.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct OAuth2GrantDetails {
    pub client_id: Option<String>,
    pub client_secret: Option<Secret>,
    pub credential_id: Option<Ulid>,
    pub organisation_id: Option<Ulid>,
}

/// The `client_credentials` grant has no members of its own.
#[derive(Debug, Clone, Default, PartialEq, Model)]
pub struct OAuth2GrantClientCredentials {}

/// A validation message.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct Message {
    pub text: String,
    pub severity: MessageSeverity,
    pub detail: Option<Vec<String>>,
}

/// How severe a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "snake_case")]
pub enum MessageSeverity {
    Info,
    Warning,
    Error,
}
