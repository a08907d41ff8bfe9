//! The floor of a typed parse for the requests of Huawei, Network Manager, QuickSight and Versori:
//! structs serde reads with `&str` members borrowed from the input, as connschema's models borrow,
//! and no checks at all. (EventBridge's floor is garde's mirror, `garde_events.rs`.) Each is what a
//! serde user would write: unknown members refused where the request refuses them, a tagged union
//! as serde's internally tagged enum, a credential that is a reference or a new one as an untagged
//! enum.

#![allow(dead_code)] // The fields are there only for serde to read.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Huawei<'a> {
    pub name: &'a str,
    pub description: Option<&'a str>,
    #[serde(rename = "type")]
    pub connection_type: Option<HuaweiType>,
    pub vpc_id: &'a str,
    pub subnet_id: &'a str,
    #[serde(borrow)]
    pub kafka_detail: Option<HuaweiKafka<'a>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum HuaweiType {
    Webhook,
    Kafka,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HuaweiKafka<'a> {
    pub instance_id: &'a str,
    pub addr: &'a str,
    pub enable_sasl_ssl: bool,
    pub security_protocol: Option<&'a str>,
    pub user_name: Option<&'a str>,
    pub password: Option<&'a str>,
    pub acks: Option<HuaweiAcks>,
}

#[derive(Debug, Deserialize)]
pub enum HuaweiAcks {
    #[serde(rename = "0")]
    None,
    #[serde(rename = "1")]
    Leader,
    #[serde(rename = "all")]
    All,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct NetworkManager<'a> {
    pub device_id: &'a str,
    pub connected_device_id: &'a str,
    pub link_id: Option<&'a str>,
    pub connected_link_id: Option<&'a str>,
    pub description: Option<&'a str>,
    #[serde(borrow)]
    pub tags: Option<Vec<Tag<'a>>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Tag<'a> {
    pub key: Option<&'a str>,
    pub value: Option<&'a str>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct QuickSight<'a> {
    pub action_connector_id: &'a str,
    pub name: &'a str,
    #[serde(rename = "Type")]
    pub connector_type: &'a str,
    pub description: Option<&'a str>,
    #[serde(borrow)]
    pub authentication_config: QuickSightAuthentication<'a>,
    #[serde(borrow)]
    pub permissions: Option<Vec<QuickSightPermission<'a>>>,
    #[serde(borrow)]
    pub tags: Option<Vec<Tag<'a>>>,
    pub vpc_connection_arn: Option<&'a str>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct QuickSightAuthentication<'a> {
    pub authentication_type: QuickSightAuthenticationType,
    #[serde(borrow)]
    pub authentication_metadata: QuickSightMetadata<'a>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum QuickSightAuthenticationType {
    Oauth2ClientCredentials,
    Oauth2AuthorizationCode,
    Basic,
    ApiKey,
    Iam,
    None,
}

/// AWS's union: one member of several, each optional to serde.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct QuickSightMetadata<'a> {
    #[serde(borrow)]
    pub client_credentials_grant_metadata: Option<ClientCredentialsGrantMetadata<'a>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ClientCredentialsGrantMetadata<'a> {
    pub base_endpoint: &'a str,
    pub client_credentials_source: Option<&'a str>,
    #[serde(borrow)]
    pub client_credentials_details: Option<ClientCredentialsDetails<'a>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ClientCredentialsDetails<'a> {
    #[serde(borrow)]
    pub client_credentials_grant_details: Option<ClientCredentialsGrantDetails<'a>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ClientCredentialsGrantDetails<'a> {
    pub client_id: &'a str,
    pub client_secret: &'a str,
    pub token_endpoint: &'a str,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct QuickSightPermission<'a> {
    pub principal: &'a str,
    #[serde(borrow)]
    pub actions: Vec<&'a str>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Versori<'a> {
    pub name: &'a str,
    #[serde(borrow)]
    pub credentials: VersoriCredentials<'a>,
    #[serde(borrow)]
    pub variables: Option<Vec<&'a str>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersoriCredentials<'a> {
    #[serde(borrow)]
    pub action: Option<Vec<VersoriEntry<'a>>>,
    #[serde(borrow)]
    pub trigger: Option<Vec<VersoriEntry<'a>>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VersoriEntry<'a> {
    #[serde(borrow)]
    pub auth_scheme_config: AuthScheme<'a>,
    #[serde(borrow)]
    pub credential: Credential<'a>,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "schemeType", rename_all = "kebab-case")]
pub enum AuthScheme<'a> {
    #[serde(rename_all = "camelCase")]
    Oauth2 {
        id: &'a str,
        description: Option<&'a str>,
        authorize_url: &'a str,
        token_url: &'a str,
        #[serde(borrow)]
        scopes: Vec<Scope<'a>>,
        #[serde(borrow)]
        default_scopes: Vec<&'a str>,
        grant: Grant,
    },
    ApiKey {
        id: &'a str,
        description: Option<&'a str>,
        name: &'a str,
        r#in: &'a str,
    },
}

#[derive(Debug, Deserialize)]
pub struct Scope<'a> {
    pub name: &'a str,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "grantType", rename_all = "snake_case")]
pub enum Grant {
    ClientCredentials {},
    AuthorizationCode {},
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Credential<'a> {
    New {
        name: &'a str,
        r#type: &'a str,
        #[serde(borrow)]
        data: OAuth2ClientData<'a>,
    },
    Reference {
        id: &'a str,
    },
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OAuth2ClientData<'a> {
    pub client_id: &'a str,
    pub client_secret: &'a str,
    pub authorize_url: &'a str,
    pub token_url: &'a str,
    #[serde(borrow)]
    pub scopes: Vec<&'a str>,
}
