//! The authentication configuration and its unions.

use super::auth_rule::{self, ConnectionAuthType};
use connschema::{Model, Secret};
use std::borrow::Cow;

/// Authentication configuration for connecting to external services.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase", rule(check = auth_rule::check, schema = auth_rule::schema, reads(authentication_type, members(authentication_metadata))))]
pub struct AuthConfig<'a> {
    /// The type of authentication method.
    pub authentication_type: ConnectionAuthType,

    /// The authentication metadata containing the specific configuration for the chosen
    /// authentication type.
    pub authentication_metadata: AuthenticationMetadata<'a>,
}

/// Union type containing authentication metadata for different authentication methods.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase", union)]
pub struct AuthenticationMetadata<'a> {
    /// OAuth 2.0 authorization code grant authentication metadata.
    pub authorization_code_grant_metadata: Option<AuthorizationCodeGrantMetadata<'a>>,

    /// OAuth 2.0 client credentials grant authentication metadata.
    pub client_credentials_grant_metadata: Option<ClientCredentialsGrantMetadata<'a>>,

    /// Basic authentication metadata using username and password.
    pub basic_auth_connection_metadata: Option<BasicAuthConnectionMetadata<'a>>,

    /// API key authentication metadata.
    pub api_key_connection_metadata: Option<ApiKeyConnectionMetadata<'a>>,

    /// No authentication metadata for services that don't require authentication.
    pub none_connection_metadata: Option<NoneConnectionMetadata<'a>>,

    /// IAM role-based authentication metadata for Amazon Web Services services.
    pub iam_connection_metadata: Option<IamConnectionMetadata<'a>>,
}

// Every endpoint is the model's `Endpoint`: 1–8192 code points of `https://.*`, which the whole
// value must match, so it starts with `https://` and holds no line terminator.

/// Metadata for OAuth 2.0 authorization code grant authentication.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct AuthorizationCodeGrantMetadata<'a> {
    /// The base URL endpoint for the external service.
    #[model(length(min = 1, max = 8192), vendor_pattern = "https://.*")]
    pub base_endpoint: Cow<'a, str>,

    /// The redirect URL for the OAuth authorization flow.
    #[model(length(min = 1, max = 8192), vendor_pattern = "https://.*")]
    pub redirect_url: Cow<'a, str>,

    /// The source of the authorization code grant credentials.
    pub authorization_code_grant_credentials_source: Option<CredentialsSource>,

    /// The detailed credentials configuration for authorization code grant.
    pub authorization_code_grant_credentials_details: Option<AuthorizationCodeGrantCredentialsDetails<'a>>,
}

/// Where OAuth credentials come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CredentialsSource {
    PlainCredentials,
}

/// Details for OAuth 2.0 authorization code grant credentials.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase", union)]
pub struct AuthorizationCodeGrantCredentialsDetails<'a> {
    /// The authorization code grant configuration details.
    pub authorization_code_grant_details: Option<AuthorizationCodeGrantDetails<'a>>,
}

/// Configuration details for OAuth 2.0 authorization code grant flow.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct AuthorizationCodeGrantDetails<'a> {
    /// The client ID for the OAuth application.
    #[model(length(min = 0, max = 1024))]
    pub client_id: Cow<'a, str>,

    /// The client secret for the OAuth application.
    #[model(length(min = 0, max = 2048))]
    pub client_secret: Secret<'a>,

    /// The token endpoint URL for obtaining access tokens.
    #[model(length(min = 1, max = 8192), vendor_pattern = "https://.*")]
    pub token_endpoint: Cow<'a, str>,

    /// The authorization endpoint URL for the OAuth flow.
    #[model(length(min = 1, max = 8192), vendor_pattern = "https://.*")]
    pub authorization_endpoint: Cow<'a, str>,
}

/// Configuration for OAuth 2.0 client credentials grant authentication, including client ID,
/// client secret, token endpoint, and optional scopes.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ClientCredentialsGrantMetadata<'a> {
    /// The base endpoint URL for the external service.
    #[model(length(min = 1, max = 8192), vendor_pattern = "https://.*")]
    pub base_endpoint: Cow<'a, str>,

    /// The source of the client credentials configuration.
    pub client_credentials_source: Option<CredentialsSource>,

    /// The detailed client credentials configuration including client ID, client secret, and token
    /// endpoint.
    pub client_credentials_details: Option<ClientCredentialsDetails<'a>>,
}

/// Details for OAuth 2.0 client credentials grant authentication.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase", union)]
pub struct ClientCredentialsDetails<'a> {
    /// The OAuth2 client credentials grant configuration details for authentication.
    pub client_credentials_grant_details: Option<ClientCredentialsGrantDetails<'a>>,
}

/// Configuration details for OAuth2 client credentials grant flow.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ClientCredentialsGrantDetails<'a> {
    /// The client identifier issued to the client during the registration process with the
    /// authorization server.
    #[model(length(min = 0, max = 1024))]
    pub client_id: Cow<'a, str>,

    /// The client secret issued to the client during the registration process with the
    /// authorization server.
    #[model(length(min = 0, max = 2048))]
    pub client_secret: Secret<'a>,

    /// The authorization server endpoint used to obtain access tokens via the client credentials
    /// grant flow.
    #[model(length(min = 1, max = 8192), vendor_pattern = "https://.*")]
    pub token_endpoint: Cow<'a, str>,
}

/// Metadata for basic authentication using username and password.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct BasicAuthConnectionMetadata<'a> {
    /// The base URL endpoint for the external service.
    #[model(length(min = 1, max = 8192), vendor_pattern = "https://.*")]
    pub base_endpoint: Cow<'a, str>,

    /// The username for basic authentication.
    pub username: Secret<'a>,

    /// The password for basic authentication.
    pub password: Secret<'a>,
}

/// Configuration for API key-based authentication to external services.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ApiKeyConnectionMetadata<'a> {
    /// The base URL endpoint for the external service.
    #[model(length(min = 1, max = 8192), vendor_pattern = "https://.*")]
    pub base_endpoint: Cow<'a, str>,

    /// The API key used for authentication.
    pub api_key: Secret<'a>,

    /// The email address associated with the API key, if required.
    #[model(vendor_pattern = r"[\w.%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    pub email: Option<Secret<'a>>,
}

/// Authentication metadata for connections that do not require authentication credentials.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct NoneConnectionMetadata<'a> {
    /// The base endpoint URL for connections that do not require authentication.
    #[model(length(min = 1, max = 8192), vendor_pattern = "https://.*")]
    pub base_endpoint: Cow<'a, str>,
}

/// Authentication metadata for IAM-based connections, used for first-party Amazon Web Services
/// service integrations.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct IamConnectionMetadata<'a> {
    /// The Amazon Resource Name (ARN) of the IAM role to assume for authentication with Amazon Web
    /// Services services. This IAM role should be in the same account as QuickSight.
    #[model(length(min = 20, max = 2048))]
    pub role_arn: Cow<'a, str>,
}
