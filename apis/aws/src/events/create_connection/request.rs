//! The request body.

use super::auth_rule::{self, ConnectionAuthorizationType};
use connschema::{Model, Secret};
use std::borrow::Cow;

/// Creates a connection. A connection defines the authorization type and credentials to use for
/// authorization with an API destination HTTP endpoint.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(
    rename_all = "PascalCase",
    deny_unknown_fields,
    rule(check = auth_rule::check, schema = auth_rule::schema, reads(authorization_type, members(auth_parameters)))
)]
pub struct CreateConnectionRequest<'a> {
    /// The name for the connection to create.
    #[model(length(min = 1, max = 64), vendor_pattern = r"[\.\-_A-Za-z0-9]+")]
    pub name: Cow<'a, str>,

    /// A description for the connection to create.
    #[model(length(max = 512), vendor_pattern = ".*")]
    pub description: Option<Cow<'a, str>>,

    /// The type of authorization to use for the connection. OAUTH tokens are refreshed when a 401
    /// or 407 response is returned.
    pub authorization_type: ConnectionAuthorizationType,

    /// The authorization parameters to use to authorize with the endpoint. You must include only
    /// authorization parameters for the AuthorizationType you specify.
    pub auth_parameters: CreateConnectionAuthRequestParameters<'a>,

    /// For connections to private APIs, the parameters to use for invoking the API.
    pub invocation_connectivity_parameters: Option<ConnectivityResourceParameters<'a>>,

    /// The identifier of the KMS customer managed key for EventBridge to use, if you choose to use a
    /// customer managed key to encrypt this connection. The identifier can be the key Amazon
    /// Resource Name (ARN), KeyId, key alias, or key alias ARN. If you do not specify a customer
    /// managed key identifier, EventBridge uses an Amazon Web Services owned key to encrypt the
    /// connection.
    #[model(length(max = 2048), vendor_pattern = r"^[a-zA-Z0-9_\-/:]*$")]
    pub kms_key_identifier: Option<Cow<'a, str>>,
}

/// The authorization parameters for the connection. You must include only authorization
/// parameters for the AuthorizationType you specify.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct CreateConnectionAuthRequestParameters<'a> {
    /// The Basic authorization parameters to use for the connection.
    pub basic_auth_parameters: Option<CreateConnectionBasicAuthRequestParameters<'a>>,

    /// The OAuth authorization parameters to use for the connection.
    #[model(rename = "OAuthParameters")]
    pub oauth_parameters: Option<CreateConnectionOAuthRequestParameters<'a>>,

    /// The API key authorization parameters to use for the connection.
    pub api_key_auth_parameters: Option<CreateConnectionApiKeyAuthRequestParameters<'a>>,

    /// Additional parameters for the connection that are passed through with every invocation to
    /// the HTTP endpoint. If you include additional parameters for the target of a rule via
    /// HttpParameters, including query strings, the parameters added for the connection take
    /// precedence.
    pub invocation_http_parameters: Option<ConnectionHttpParameters<'a>>,

    /// If you specify a private OAuth endpoint, the parameters for EventBridge to use when
    /// authenticating against the endpoint.
    pub connectivity_parameters: Option<ConnectivityResourceParameters<'a>>,
}

// `AuthHeaderParameters` in the model. Its pattern backtracks catastrophically on engines such as
// ajv's and Python's; `linear` is the equivalent the schema carries (strings of non-control
// characters other than `:`, plus tab, with at least one that is not a tab), proven equal by test.

/// The Basic authorization parameters to use for the connection.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct CreateConnectionBasicAuthRequestParameters<'a> {
    /// The user name to use for Basic authorization.
    #[model(
        length(min = 1, max = 512),
        vendor_pattern = r"^[ \t]*[^\x00-\x1F:\x7F]+([ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*$",
        linear = r"^\t*[^\x00-\x1F:\x7F][^\x00-\x08\x0A-\x1F:\x7F]*$"
    )]
    pub username: Cow<'a, str>,

    /// The password associated with the user name to use for Basic authorization.
    #[model(
        length(min = 1, max = 512),
        vendor_pattern = r"^[ \t]*[^\x00-\x1F:\x7F]+([ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*$",
        linear = r"^\t*[^\x00-\x1F:\x7F][^\x00-\x08\x0A-\x1F:\x7F]*$"
    )]
    pub password: Secret<'a>,
}

/// The API key authorization parameters for the connection.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct CreateConnectionApiKeyAuthRequestParameters<'a> {
    /// The name of the API key to use for authorization.
    #[model(
        length(min = 1, max = 512),
        vendor_pattern = r"^[ \t]*[^\x00-\x1F:\x7F]+([ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*$",
        linear = r"^\t*[^\x00-\x1F:\x7F][^\x00-\x08\x0A-\x1F:\x7F]*$"
    )]
    pub api_key_name: Cow<'a, str>,

    /// The value for the API key to use for authorization.
    #[model(
        length(min = 1, max = 512),
        vendor_pattern = r"^[ \t]*[^\x00-\x1F:\x7F]+([ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*$",
        linear = r"^\t*[^\x00-\x1F:\x7F][^\x00-\x08\x0A-\x1F:\x7F]*$"
    )]
    pub api_key_value: Secret<'a>,
}

/// Contains the OAuth authorization parameters to use for the connection.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct CreateConnectionOAuthRequestParameters<'a> {
    /// The client parameters for OAuth authorization.
    pub client_parameters: CreateConnectionOAuthClientRequestParameters<'a>,

    /// The URL to the authorization endpoint when OAuth is specified as the authorization type.
    #[model(
        length(min = 1, max = 2048),
        vendor_pattern = r"^((%[0-9A-Fa-f]{2}|[-()_.!~*';/?:@\x26=+$,A-Za-z0-9])+)([).!';/?:,])?$"
    )]
    pub authorization_endpoint: Cow<'a, str>,

    /// The method to use for the authorization request.
    pub http_method: ConnectionOAuthHttpMethod,

    /// Details about the additional parameters to use for the connection.
    #[model(rename = "OAuthHttpParameters")]
    pub oauth_http_parameters: Option<ConnectionHttpParameters<'a>>,
}

/// The client ID and secret to use for OAuth authorization for the connection.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct CreateConnectionOAuthClientRequestParameters<'a> {
    /// The client ID to use for OAuth authorization for the connection.
    #[model(
        rename = "ClientID",
        length(min = 1, max = 512),
        vendor_pattern = r"^[ \t]*[^\x00-\x1F:\x7F]+([ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*$",
        linear = r"^\t*[^\x00-\x1F:\x7F][^\x00-\x08\x0A-\x1F:\x7F]*$"
    )]
    pub client_id: Cow<'a, str>,

    /// The client secret associated with the client ID to use for OAuth authorization for the
    /// connection.
    #[model(
        length(min = 1, max = 512),
        vendor_pattern = r"^[ \t]*[^\x00-\x1F:\x7F]+([ \t]+[^\x00-\x1F:\x7F]+)*[ \t]*$",
        linear = r"^\t*[^\x00-\x1F:\x7F][^\x00-\x08\x0A-\x1F:\x7F]*$"
    )]
    pub client_secret: Secret<'a>,
}

/// The method to use for the OAuth authorization request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ConnectionOAuthHttpMethod {
    Get,
    Post,
    Put,
}

/// Any additional parameters for the connection.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ConnectionHttpParameters<'a> {
    /// Any additional header parameters for the connection.
    #[model(items(min = 0, max = 100))]
    pub header_parameters: Option<Vec<ConnectionHeaderParameter<'a>>>,

    /// Any additional query string parameters for the connection.
    #[model(items(min = 0, max = 100))]
    pub query_string_parameters: Option<Vec<ConnectionQueryStringParameter<'a>>>,

    /// Any additional body string parameters for the connection.
    #[model(items(min = 0, max = 100))]
    pub body_parameters: Option<Vec<ConnectionBodyParameter<'a>>>,
}

/// Additional parameter included in the header. You can include up to 100 additional header
/// parameters per request. An event payload cannot exceed 64 KB.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ConnectionHeaderParameter<'a> {
    /// The key for the parameter.
    #[model(length(max = 512), vendor_pattern = r"^[!#$%&'*+-.^_`|~0-9a-zA-Z]+$")]
    pub key: Option<Cow<'a, str>>,

    /// The value associated with the key.
    #[model(
        length(max = 512),
        vendor_pattern = r"^[ \t]*[\x20-\x7E]+([ \t]+[\x20-\x7E]+)*[ \t]*$",
        linear = r"^\t*[\x20-\x7E][\t\x20-\x7E]*$"
    )]
    pub value: Option<Secret<'a>>,

    /// Specifies whether the value is a secret.
    pub is_value_secret: Option<bool>,
}

/// Any additional query string parameter for the connection. You can include up to 100 additional
/// query string parameters per request. Each additional parameter counts towards the event payload
/// size, which cannot exceed 64 KB.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ConnectionQueryStringParameter<'a> {
    /// The key for a query string parameter.
    #[model(length(max = 512), vendor_pattern = r"[^\x00-\x1F\x7F]+")]
    pub key: Option<Cow<'a, str>>,

    /// The value associated with the key for the query string parameter.
    #[model(length(max = 512), vendor_pattern = r"[^\x00-\x09\x0B\x0C\x0E-\x1F\x7F]+")]
    pub value: Option<Secret<'a>>,

    /// Specifies whether the value is secret.
    pub is_value_secret: Option<bool>,
}

/// Additional parameter included in the body. You can include up to 100 additional body parameters
/// per request. An event payload cannot exceed 64 KB.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ConnectionBodyParameter<'a> {
    /// The key for the parameter.
    pub key: Option<Cow<'a, str>>,

    /// The value associated with the key.
    pub value: Option<Secret<'a>>,

    /// Specifies whether the value is secret.
    pub is_value_secret: Option<bool>,
}

/// The parameters for EventBridge to use when invoking the resource endpoint.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ConnectivityResourceParameters<'a> {
    /// The parameters for EventBridge to use when invoking the resource endpoint.
    pub resource_parameters: ConnectivityResourceConfigurationArn<'a>,
}

/// The Amazon Resource Name (ARN) of the Amazon VPC Lattice resource configuration for the resource
/// endpoint.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ConnectivityResourceConfigurationArn<'a> {
    /// The Amazon Resource Name (ARN) of the Amazon VPC Lattice resource configuration for the
    /// resource endpoint.
    #[model(
        length(min = 0, max = 2048),
        vendor_pattern = r"^(?:^arn:[a-z0-9\-]+:vpc-lattice:[a-zA-Z0-9\-]+:\d{12}:resourceconfiguration/rcfg-[0-9a-z]{17}$|^$)"
    )]
    pub resource_configuration_arn: Cow<'a, str>,
}
