//! The request body and the path parameter.

use super::AuthConfig;
use connschema::serde_json::{json, Value};
use connschema::{Bound, Code, Collector, Loc, Model, Secret, Shown};
use std::borrow::Cow;

/// Creates an action connector that QuickSight uses to call an external service.
///
/// The ID must be unique within the account: a rule no validator of one document can check.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase", deny_unknown_fields, rule(check = no_reserved_prefix, schema = no_reserved_prefix_schema, reads(action_connector_id)))]
pub struct CreateActionConnectorRequest<'a> {
    /// A unique identifier for the action connector. This ID must be unique within the Amazon Web
    /// Services account. The ActionConnectorId must not start with the prefix `quicksuite-`.
    #[model(length(min = 1, max = 512), vendor_pattern = r"[\w\-]+")]
    pub action_connector_id: Cow<'a, str>,

    /// A descriptive name for the action connector.
    #[model(length(min = 1, max = 255), vendor_pattern = r"[A-Za-z0-9](?:[\w- ]*[A-Za-z0-9])?")]
    pub name: Secret<'a>,

    /// The type of action connector.
    #[model(rename = "Type")]
    pub connector_type: ActionConnectorType,

    /// The authentication configuration for connecting to the external service. This includes the
    /// authentication type, base URL, and authentication metadata such as client ID, client
    /// secret, token URL, and other authentication-related parameters.
    #[model(rename = "AuthenticationConfig")]
    pub authentication_config: AuthConfig<'a>,

    /// An optional description of the action connector.
    #[model(length(min = 1, max = 2048), vendor_pattern = r"[A-Za-z0-9 _.,!?-]*")]
    pub description: Option<Secret<'a>>,

    /// The permissions configuration that defines which users, groups, or namespaces can access this
    /// action connector and what operations they can perform. (Namespace and account-root sharing
    /// are not supported for action connectors.)
    #[model(items(min = 1, max = 64))]
    pub permissions: Option<Vec<ResourcePermission<'a>>>,

    /// A list of tags to apply to the action connector for resource management and organization.
    #[model(items(min = 1, max = 200))]
    pub tags: Option<Vec<Tag<'a>>>,

    /// The ARN of the VPC connection to use for secure connectivity to the external service.
    pub vpc_connection_arn: Option<Cow<'a, str>>,
}

const RESERVED_PREFIX: &str = "quicksuite-";

fn no_reserved_prefix(id: &str, loc: &Loc<'_>, cx: &mut Collector) {
    if id.starts_with(RESERVED_PREFIX) {
        cx.report_lazily(&loc.key("ActionConnectorId"), Code::Rule, || {
            (format!("must not start with \"{RESERVED_PREFIX}\""), Bound::None, Shown::text(id))
        });
    }
}

fn no_reserved_prefix_schema(_: &mut connschema::schemars::SchemaGenerator) -> Value {
    json!({ "properties": { "ActionConnectorId": { "not": { "type": "string", "pattern": format!("^{RESERVED_PREFIX}") } } } })
}

/// The path parameter of `POST /accounts/{AwsAccountId}/action-connectors`.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(deny_unknown_fields)]
pub struct CreateActionConnectorParams<'a> {
    /// The Amazon Web Services account ID associated with the action connector.
    #[model(rename = "AwsAccountId", length(min = 12, max = 12), vendor_pattern = "^[0-9]{12}$")]
    pub aws_account_id: Cow<'a, str>,
}

/// The type of action connector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ActionConnectorType {
    GenericHttp,
    ServicenowNowPlatform,
    SalesforceCrm,
    MicrosoftOutlook,
    PagerdutyAdvance,
    JiraCloud,
    AtlassianConfluence,
    #[model(rename = "AMAZON_S3")]
    AmazonS3,
    AmazonBedrockAgentRuntime,
    AmazonBedrockRuntime,
    AmazonBedrockDataAutomationRuntime,
    AmazonTextract,
    AmazonComprehend,
    AmazonComprehendMedical,
    MicrosoftOnedrive,
    MicrosoftSharepoint,
    MicrosoftTeams,
    SapBusinesspartner,
    SapProductmasterdata,
    SapPhysicalinventory,
    SapBillofmaterials,
    SapMaterialstock,
    ZendeskSuite,
    Smartsheet,
    Slack,
    Asana,
    BambooHr,
}

/// Permission for the resource.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ResourcePermission<'a> {
    /// The Amazon Resource Name (ARN) of the principal: a QuickSight user or group, or (where the
    /// resource supports it) a namespace or the account root.
    #[model(length(min = 1, max = 256))]
    pub principal: Cow<'a, str>,

    /// The IAM actions to grant or revoke permissions on.
    #[model(items(min = 1, max = 20))]
    pub actions: Vec<Cow<'a, str>>,
}

/// The key-value pair of a resource tag.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct Tag<'a> {
    /// Tag key.
    #[model(length(min = 1, max = 128))]
    pub key: Cow<'a, str>,

    /// Tag value.
    #[model(length(min = 1, max = 256))]
    pub value: Cow<'a, str>,
}
