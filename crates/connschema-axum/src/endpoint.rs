//! Which operation a request model belongs to: its parameters, where they travel, and the error
//! protocol its rejections speak. Implemented here for the five request models.

use crate::protocol::{AwsError, Protocol};
use connschema::registry::{Model, Operation};
use connschema::{aws, huaweicloud, versori};

/// A request model that [`Valid`](crate::Valid) can extract: the body of one operation.
pub trait Endpoint: Model {
    /// The operation's `params` message: path, query and header parameters keyed by wire name.
    type Params: Model;
    /// The operation in connschema's registry.
    const OPERATION: &'static Operation;
    /// How a rejection is answered.
    const PROTOCOL: Protocol;
    /// Every member of [`Self::Params`] and where the request carries it.
    const PARAMS: &'static [Param];
}

/// One documented non-body parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// The wire name, as the `params` message names it (`project_id`, `X-Auth-Token`).
    pub name: &'static str,
    pub location: Location,
}

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// A segment of the route's path (`/v1/{project_id}/connections`).
    Path,
    /// A member of the query string.
    Query,
    /// A header; its name is matched without regard to case.
    Header,
}

/// The parameters of an operation that has none (EventBridge's awsJson1.1 sends everything in
/// the body).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, connschema::Model)]
#[model(deny_unknown_fields)]
pub struct NoParams {}

const fn path(name: &'static str) -> Param {
    Param { name, location: Location::Path }
}

const fn header(name: &'static str) -> Param {
    Param { name, location: Location::Header }
}

impl Endpoint for aws::events::CreateConnectionRequest<'static> {
    type Params = NoParams;
    const OPERATION: &'static Operation = &aws::events::CREATE_CONNECTION;
    const PROTOCOL: Protocol = Protocol::AwsJson1_1 {
        conflict: AwsError { name: "ResourceAlreadyExistsException", status: 400 },
        quota: AwsError { name: "LimitExceededException", status: 400 },
    };
    const PARAMS: &'static [Param] = &[];
}

impl Endpoint for aws::networkmanager::CreateConnectionRequest<'static> {
    type Params = aws::networkmanager::CreateConnectionParams<'static>;
    const OPERATION: &'static Operation = &aws::networkmanager::CREATE_CONNECTION;
    const PROTOCOL: Protocol = Protocol::RestJson1 {
        conflict: AwsError { name: "ConflictException", status: 409 },
        quota: AwsError { name: "ServiceQuotaExceededException", status: 402 },
        field_list: true,
    };
    const PARAMS: &'static [Param] = &[path("globalNetworkId")];
}

impl Endpoint for aws::quicksight::CreateActionConnectorRequest<'static> {
    type Params = aws::quicksight::CreateActionConnectorParams<'static>;
    const OPERATION: &'static Operation = &aws::quicksight::CREATE_ACTION_CONNECTOR;
    // QuickSight's model has no quota error for this operation: throttling is the nearest it lists.
    const PROTOCOL: Protocol = Protocol::RestJson1 {
        conflict: AwsError { name: "ResourceExistsException", status: 409 },
        quota: AwsError { name: "ThrottlingException", status: 429 },
        field_list: false,
    };
    const PARAMS: &'static [Param] = &[path("AwsAccountId")];
}

impl Endpoint for huaweicloud::eg::ConnectionCreateReq<'static> {
    type Params = huaweicloud::eg::CreateConnectionParams<'static>;
    const OPERATION: &'static Operation = &huaweicloud::eg::CREATE_CONNECTION;
    const PROTOCOL: Protocol = Protocol::Huawei;
    const PARAMS: &'static [Param] =
        &[path("project_id"), header("X-Auth-Token"), header("Authorization"), header("X-Sdk-Date")];
}

impl Endpoint for versori::platform::ConnectionCreate<'static> {
    type Params = versori::platform::CreateConnectorConnectionParams;
    const OPERATION: &'static Operation = &versori::platform::CREATE_CONNECTOR_CONNECTION;
    const PROTOCOL: Protocol = Protocol::Versori;
    const PARAMS: &'static [Param] = &[path("organisation_id"), path("connector_id")];
}
