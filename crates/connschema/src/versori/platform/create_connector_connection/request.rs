//! The request body and the path parameters.

use super::{AuthSchemeConfig, CredentialInput};
use crate::versori::platform::Ulid;
use crate::Model;

/// ConnectionCreate defines the connection to create against a Connector. A connection name must
/// be unique within its connector: a rule no validator of one document can check.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConnectionCreate {
    /// Name is the name of the Connection.
    pub name: String,

    /// The Action and Trigger credentials for the owning Connector.
    pub credentials: ConnectionCredentialsCreate,

    /// Variables that customise the Connector in this connection.
    pub variables: Vec<ConnectionVariable>,
}

/// ConnectionCredentialsCreate defines the Action and Trigger credentials for the owning Connector.
/// Several credentials of each kind are applied to the request in the order they are defined.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct ConnectionCredentialsCreate {
    pub action: Option<Vec<ConnectionCredentialCreate>>,
    pub trigger: Option<Vec<ConnectionCredentialCreate>>,
}

/// One credential of a connection: how it is applied, and the credential itself.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct ConnectionCredentialCreate {
    /// How the credential is applied to requests.
    pub auth_scheme_config: AuthSchemeConfig,

    /// A reference to an existing Credential (`{"id": …}`) or a new Credential.
    pub credential: CredentialInput,
}

/// A connection variable.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct ConnectionVariable {
    /// Name is the name of the connection variable.
    pub name: String,

    /// Value is the value of the connection variable.
    pub value: String,
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
