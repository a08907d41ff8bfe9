//! The request body and the path parameters.

use super::{AuthSchemeConfig, CredentialInput};
use crate::platform::Ulid;
use connschema::Model;
use std::borrow::Cow;

/// ConnectionCreate defines the connection to create against a Connector. A connection name must
/// be unique within its connector: a rule no validator of one document can check.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConnectionCreate<'a> {
    /// Name is the name of the Connection.
    pub name: Cow<'a, str>,

    /// The Action and Trigger credentials for the owning Connector.
    pub credentials: ConnectionCredentialsCreate<'a>,

    /// Variables that customise the Connector in this connection.
    pub variables: Vec<ConnectionVariable<'a>>,
}

/// ConnectionCredentialsCreate defines the Action and Trigger credentials for the owning Connector.
/// Several credentials of each kind are applied to the request in the order they are defined.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct ConnectionCredentialsCreate<'a> {
    pub action: Option<Vec<ConnectionCredentialCreate<'a>>>,
    pub trigger: Option<Vec<ConnectionCredentialCreate<'a>>>,
}

/// One credential of a connection: how it is applied, and the credential itself.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct ConnectionCredentialCreate<'a> {
    /// How the credential is applied to requests.
    pub auth_scheme_config: AuthSchemeConfig<'a>,

    /// A reference to an existing Credential (`{"id": …}`) or a new Credential.
    pub credential: CredentialInput<'a>,
}

/// A connection variable.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct ConnectionVariable<'a> {
    /// Name is the name of the connection variable.
    pub name: Cow<'a, str>,

    /// Value is the value of the connection variable.
    pub value: Cow<'a, str>,
}

/// The path parameters of `POST /o/{organisation_id}/connectors/{connector_id}/connections`.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(deny_unknown_fields)]
pub struct CreateConnectorConnectionParams {
    /// The organisation's ID.
    pub organisation_id: Ulid,

    /// ID is the unique identifier of the Connector.
    pub connector_id: Ulid,
}
