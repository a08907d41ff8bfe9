//! The peer for EventBridge's request: the same constraints written by hand for garde, on structs
//! that serde reads (which also makes them the floor of a typed parse with no validation).
//!
//! Generic over the string type: `String` for serde's owned parse, `&str` for its borrowed one
//! (connschema's models borrow too), the same constraints on both.
//!
//! The patterns are connschema's Rust forms (anchored, ECMA meanings), lengths count `chars`, and
//! the AuthParameters rule is a custom check, so both sides do the same work.

#![allow(dead_code)] // Some fields are there only for serde to read.

use serde::Deserialize;

/// What garde's `length(chars)` and `pattern` need of a string member.
pub trait Text: garde::rules::AsStr + garde::rules::length::chars::HasChars + std::fmt::Debug {}

impl<T: garde::rules::AsStr + garde::rules::length::chars::HasChars + std::fmt::Debug> Text for T {}

#[derive(Debug, Deserialize, garde::Validate)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Request<S: Text> {
    #[garde(length(chars, min = 1, max = 64), pattern(r"^(?:[.\-_A-Za-z0-9]+)$"))]
    pub name: S,
    #[garde(length(chars, max = 512), pattern(r"^(?:[^\n\r\x{2028}\x{2029}]*)$"))]
    pub description: Option<S>,
    #[garde(skip)]
    pub authorization_type: AuthorizationType,
    #[garde(dive, custom(matches_type(self.authorization_type)))]
    pub auth_parameters: AuthParameters<S>,
    #[garde(dive)]
    pub invocation_connectivity_parameters: Option<Connectivity<S>>,
    #[garde(length(chars, max = 2048), pattern(r"^(?:[a-zA-Z0-9_\-/:]*)$"))]
    pub kms_key_identifier: Option<S>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AuthorizationType {
    Basic,
    OauthClientCredentials,
    ApiKey,
}

fn matches_type<S: Text>(kind: AuthorizationType) -> impl FnOnce(&AuthParameters<S>, &()) -> garde::Result {
    move |auth, _| {
        let present = [
            auth.basic_auth_parameters.is_some(),
            auth.oauth_parameters.is_some(),
            auth.api_key_auth_parameters.is_some(),
        ];
        let wanted = match kind {
            AuthorizationType::Basic => [true, false, false],
            AuthorizationType::OauthClientCredentials => [false, true, false],
            AuthorizationType::ApiKey => [false, false, true],
        };
        if present == wanted {
            Ok(())
        } else {
            Err(garde::Error::new("the parameters must match AuthorizationType"))
        }
    }
}

#[derive(Debug, Deserialize, garde::Validate)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct AuthParameters<S: Text> {
    #[garde(dive)]
    pub basic_auth_parameters: Option<Basic<S>>,
    #[serde(rename = "OAuthParameters")]
    #[garde(dive)]
    pub oauth_parameters: Option<OAuth<S>>,
    #[garde(dive)]
    pub api_key_auth_parameters: Option<ApiKey<S>>,
    #[garde(dive)]
    pub invocation_http_parameters: Option<HttpParameters<S>>,
    #[garde(dive)]
    pub connectivity_parameters: Option<Connectivity<S>>,
}

#[derive(Debug, Deserialize, garde::Validate)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Basic<S: Text> {
    #[garde(
        length(chars, min = 1, max = 512),
        pattern(r"^(?:[ \t]*[^\x00-\x1F:\x7F]+(?:[ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*)$")
    )]
    pub username: S,
    #[garde(
        length(chars, min = 1, max = 512),
        pattern(r"^(?:[ \t]*[^\x00-\x1F:\x7F]+(?:[ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*)$")
    )]
    pub password: S,
}

#[derive(Debug, Deserialize, garde::Validate)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ApiKey<S: Text> {
    #[garde(
        length(chars, min = 1, max = 512),
        pattern(r"^(?:[ \t]*[^\x00-\x1F:\x7F]+(?:[ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*)$")
    )]
    pub api_key_name: S,
    #[garde(
        length(chars, min = 1, max = 512),
        pattern(r"^(?:[ \t]*[^\x00-\x1F:\x7F]+(?:[ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*)$")
    )]
    pub api_key_value: S,
}

#[derive(Debug, Deserialize, garde::Validate)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct OAuth<S: Text> {
    #[garde(dive)]
    pub client_parameters: Client<S>,
    #[garde(
        length(chars, min = 1, max = 2048),
        pattern(r"^(?:(?:(?:%[0-9A-Fa-f]{2}|[\-()_.!\~*';/?:@\&=+$,A-Za-z0-9])+)(?:[).!';/?:,])?)$")
    )]
    pub authorization_endpoint: S,
    #[garde(skip)]
    pub http_method: HttpMethod,
    #[serde(rename = "OAuthHttpParameters")]
    #[garde(dive)]
    pub oauth_http_parameters: Option<HttpParameters<S>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum HttpMethod {
    Get,
    Post,
    Put,
}

#[derive(Debug, Deserialize, garde::Validate)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Client<S: Text> {
    #[serde(rename = "ClientID")]
    #[garde(
        length(chars, min = 1, max = 512),
        pattern(r"^(?:[ \t]*[^\x00-\x1F:\x7F]+(?:[ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*)$")
    )]
    pub client_id: S,
    #[garde(
        length(chars, min = 1, max = 512),
        pattern(r"^(?:[ \t]*[^\x00-\x1F:\x7F]+(?:[ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*)$")
    )]
    pub client_secret: S,
}

#[derive(Debug, Deserialize, garde::Validate)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct HttpParameters<S: Text> {
    #[garde(length(max = 100), dive)]
    pub header_parameters: Option<Vec<Header<S>>>,
    #[garde(length(max = 100), dive)]
    pub query_string_parameters: Option<Vec<Query<S>>>,
    #[garde(length(max = 100), dive)]
    pub body_parameters: Option<Vec<Body<S>>>,
}

#[derive(Debug, Deserialize, garde::Validate)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Header<S: Text> {
    #[garde(length(chars, max = 512), pattern(r"^(?:[!#$%\&'*+-.\^_`|\~0-9a-zA-Z]+)$"))]
    pub key: Option<S>,
    #[garde(length(chars, max = 512), pattern(r"^(?:[ \t]*[\x20-\~]+(?:[ \t]+[\x20-\~]+)*[ \t]*)$"))]
    pub value: Option<S>,
    #[garde(skip)]
    pub is_value_secret: Option<bool>,
}

#[derive(Debug, Deserialize, garde::Validate)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Query<S: Text> {
    #[garde(length(chars, max = 512), pattern(r"^(?:[^\x00-\x1F\x7F]+)$"))]
    pub key: Option<S>,
    #[garde(length(chars, max = 512), pattern(r"^(?:[^\x00-\x09\x0B\x0C\x0E-\x1F\x7F]+)$"))]
    pub value: Option<S>,
    #[garde(skip)]
    pub is_value_secret: Option<bool>,
}

#[derive(Debug, Deserialize, garde::Validate)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Body<S: Text> {
    #[garde(skip)]
    pub key: Option<S>,
    #[garde(skip)]
    pub value: Option<S>,
    #[garde(skip)]
    pub is_value_secret: Option<bool>,
}

#[derive(Debug, Deserialize, garde::Validate)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Connectivity<S: Text> {
    #[garde(dive)]
    pub resource_parameters: ResourceParameters<S>,
}

#[derive(Debug, Deserialize, garde::Validate)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ResourceParameters<S: Text> {
    #[garde(length(chars, max = 2048), pattern(r"^(?:(?:^arn:[a-z0-9\-]+:vpc-lattice:[a-zA-Z0-9\-]+:[0-9]{12}:resourceconfiguration/rcfg-[0-9a-z]{17}$|^$))$"))]
    pub resource_configuration_arn: S,
}
