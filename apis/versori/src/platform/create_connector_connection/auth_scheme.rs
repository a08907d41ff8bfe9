//! How a credential is applied: `AuthSchemeConfig`, chosen by `schemeType`, and the OAuth2 grant,
//! chosen by `grantType`. Every scheme carries the base members (`id`, `description`,
//! `validationMessages`).

use crate::platform::Ulid;
use connschema::{Model, Secret};
use std::borrow::Cow;

/// AuthSchemeConfig: how a credential is applied to requests, by `schemeType`.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(tag = "schemeType")]
pub enum AuthSchemeConfig<'a> {
    #[model(rename = "none")]
    None(AuthSchemeConfigBase<'a>),
    #[model(rename = "api-key")]
    ApiKey(AuthSchemeConfigApiKey<'a>),
    #[model(rename = "basic-auth")]
    BasicAuth(AuthSchemeConfigBase<'a>),
    #[model(rename = "oauth2")]
    OAuth2(Box<AuthSchemeConfigOAuth2<'a>>),
    #[model(rename = "hmac")]
    Hmac(AuthSchemeConfigHmac<'a>),
    #[model(rename = "certificate")]
    Certificate(AuthSchemeConfigBase<'a>),
}

/// The members every scheme has (and all that `none`, `basic-auth` and `certificate` have).
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct AuthSchemeConfigBase<'a> {
    pub id: Ulid,
    pub description: Cow<'a, str>,
    pub validation_messages: Option<Vec<Message<'a>>>,
}

/// An API key sent in a query parameter, header or cookie.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct AuthSchemeConfigApiKey<'a> {
    pub id: Ulid,
    pub description: Cow<'a, str>,
    pub validation_messages: Option<Vec<Message<'a>>>,
    pub name: Cow<'a, str>,
    #[model(rename = "in")]
    pub location: ParameterLocation,
}

/// An HMAC signature sent in a query parameter, header or cookie.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct AuthSchemeConfigHmac<'a> {
    pub id: Ulid,
    pub description: Cow<'a, str>,
    pub validation_messages: Option<Vec<Message<'a>>>,
    pub name: Cow<'a, str>,
    #[model(rename = "in")]
    pub location: ParameterLocation,
    pub algorithm: HmacAlgorithm,
    pub digest_inputs: Vec<DigestInput>,
}

/// OAuth 2.0. (The spec spells these `mtlsEnabled`/`mtlsCredentialId`, unlike the credential data's
/// `mTLSEnabled`/`mTLSCredentialId`.)
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct AuthSchemeConfigOAuth2<'a> {
    pub id: Ulid,
    pub description: Cow<'a, str>,
    pub validation_messages: Option<Vec<Message<'a>>>,
    #[model(format = "uri")]
    pub authorize_url: Cow<'a, str>,
    #[model(format = "uri")]
    pub token_url: Cow<'a, str>,
    pub scopes: Vec<OAuth2Scope<'a>>,
    pub default_scopes: Vec<Cow<'a, str>>,
    pub grant: OAuth2Grant<'a>,
    pub additional_authorize_params: Option<Cow<'a, str>>,
    pub additional_token_params: Option<Cow<'a, str>>,
    pub mtls_enabled: Option<bool>,
    pub mtls_credential_id: Option<Cow<'a, str>>,
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
pub struct OAuth2Scope<'a> {
    pub name: Cow<'a, str>,
}

/// The OAuth 2.0 grant, by `grantType`.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(tag = "grantType", rename_all = "snake_case")]
pub enum OAuth2Grant<'a> {
    AuthorizationCode(OAuth2GrantDetails<'a>),
    ClientCredentials(OAuth2GrantClientCredentials),
    Password(OAuth2GrantDetails<'a>),
}

/// The members of the `authorization_code` and `password` grants.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct OAuth2GrantDetails<'a> {
    pub client_id: Option<Cow<'a, str>>,
    pub client_secret: Option<Secret<'a>>,
    pub credential_id: Option<Ulid>,
    pub organisation_id: Option<Ulid>,
}

/// The `client_credentials` grant has no members of its own.
#[derive(Debug, Clone, Default, PartialEq, Model)]
pub struct OAuth2GrantClientCredentials {}

/// A validation message.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct Message<'a> {
    pub text: Cow<'a, str>,
    pub severity: MessageSeverity,
    pub detail: Option<Vec<Cow<'a, str>>>,
}

/// How severe a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "snake_case")]
pub enum MessageSeverity {
    Info,
    Warning,
    Error,
}
