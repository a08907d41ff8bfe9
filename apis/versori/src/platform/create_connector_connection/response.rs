//! The success body (HTTP 200) and the error body (every other status).

use super::credential_data::{self, CredentialData};
use super::{AuthSchemeConfig, ConnectionVariable, CredentialType};
use crate::platform::Ulid;
use connschema::schemars::SchemaGenerator;
use connschema::serde_json::{json, Value};
use connschema::{Code, Collector, Loc, Model};
use std::borrow::Cow;

/// Connection defines the Action and Trigger credentials for the owning Connector, and additional
/// variables which can be used to customise the Connector in a particular connection.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct Connection<'a> {
    /// ID is the unique identifier of the Connection.
    pub id: Ulid,
    /// Name is the name of the Connection. This must be unique within the owning Connector.
    pub name: Cow<'a, str>,
    /// The Action and Trigger credentials for the owning Connector.
    pub credentials: ConnectionCredentials<'a>,
    pub variables: Vec<ConnectionVariable<'a>>,
    /// CreatedAt is the time the Connection was created.
    #[model(format = "date-time")]
    pub created_at: Cow<'a, str>,
    /// UpdatedAt is the time the Connection was last updated.
    #[model(format = "date-time")]
    pub updated_at: Cow<'a, str>,
}

/// The credentials of a connection. The spec's `minProperties: 1` is read as "at least one of
/// `action` and `trigger`" (in a response, an unknown member alone would otherwise satisfy it).
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rule(check = action_or_trigger, schema = action_or_trigger_schema, reads(present(action), present(trigger))))]
pub struct ConnectionCredentials<'a> {
    pub action: Option<Vec<ConnectionCredential<'a>>>,
    pub trigger: Option<Vec<ConnectionCredential<'a>>>,
}

/// Reads only whether each list is there: one that is there but invalid is reported for what is
/// wrong in it.
fn action_or_trigger(action: bool, trigger: bool, loc: &Loc<'_>, cx: &mut Collector) {
    if !action && !trigger {
        cx.report(loc, Code::Rule, "must hold action, trigger or both");
    }
}

fn action_or_trigger_schema(_: &mut SchemaGenerator) -> Value {
    json!({ "anyOf": [connschema::schema::requires(&["action"]), connschema::schema::requires(&["trigger"])] })
}

/// One credential of a connection.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct ConnectionCredential<'a> {
    pub id: Ulid,
    pub auth_scheme_config: AuthSchemeConfig<'a>,
    pub credential: Credential<'a>,
}

/// A stored credential. Its `data` has the shape of its `type`.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(
    rename_all = "camelCase",
    rule(check = credential_data::check_fits, schema = credential_data::schema, reads(credential_type, data))
)]
pub struct Credential<'a> {
    pub id: Ulid,
    pub organisation_id: Ulid,
    pub name: Cow<'a, str>,
    #[model(rename = "type")]
    pub credential_type: CredentialType,
    #[model(chosen_by = "type")]
    pub data: CredentialData<'a>,
    pub errors: Option<Vec<Cow<'a, str>>>,
    #[model(format = "date-time")]
    pub expires_at: Option<Cow<'a, str>>,
    pub usages: Option<Vec<CredentialUsage<'a>>>,
}

/// Where a credential is used.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct CredentialUsage<'a> {
    pub connection: CredentialUsageConnection<'a>,
}

/// A connection that uses a credential.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct CredentialUsageConnection<'a> {
    pub id: Ulid,
    pub name: Cow<'a, str>,
    pub connector: ConnectorSummaryBase<'a>,
    #[model(format = "date-time")]
    pub created_at: Cow<'a, str>,
    #[model(format = "date-time")]
    pub updated_at: Cow<'a, str>,
}

/// A connector, in short.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "camelCase")]
pub struct ConnectorSummaryBase<'a> {
    pub id: Ulid,
    pub organisation_id: Ulid,
    pub name: Cow<'a, str>,
    pub protocol: ProtocolType,
    #[model(format = "date-time")]
    pub created_at: Cow<'a, str>,
    #[model(format = "date-time")]
    pub updated_at: Cow<'a, str>,
}

/// A connector's protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "snake_case")]
pub enum ProtocolType {
    Http,
    Bigquery,
}

/// The error body, for every status but 200. `fields[].field` paths read `field1.field2[0].field3`.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct Error<'a> {
    pub code: Cow<'a, str>,
    pub message: Cow<'a, str>,
    pub fields: Option<Vec<ErrorField<'a>>>,
    pub details: Option<Cow<'a, str>>,
}

/// A field an error is about.
#[derive(Debug, Clone, PartialEq, Model)]
pub struct ErrorField<'a> {
    pub field: Cow<'a, str>,
    pub message: Cow<'a, str>,
}
