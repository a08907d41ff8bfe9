//! Which operation a request model belongs to (its parameters, and where they travel, are the
//! operation's [`Http`](connschema::http::Http) binding) and the error protocol its rejections
//! speak. Implemented here for the five request models.

use crate::protocol::{AwsError, AwsJson1_1, ErrorProtocol, Huawei, RestJson1, Versori};
use connschema::registry::{Model, Operation};
use connschema::{aws, huaweicloud, versori};

/// A request model that [`Valid`](crate::Valid) can extract: the body of one operation.
pub trait Endpoint: Model {
    /// The operation's `params` message: path, query and header parameters keyed by wire name.
    type Params: Model;
    /// The operation in connschema's registry.
    const OPERATION: &'static Operation;
    /// How a rejection is answered, and which credentials the operation takes.
    const PROTOCOL: &'static dyn ErrorProtocol;
}

/// The parameters of an operation that has none (EventBridge's awsJson1.1 sends everything in
/// the body).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, connschema::Model)]
#[model(deny_unknown_fields)]
pub struct NoParams {}

impl Endpoint for aws::events::CreateConnectionRequest<'static> {
    type Params = NoParams;
    const OPERATION: &'static Operation = &aws::events::CREATE_CONNECTION;
    const PROTOCOL: &'static dyn ErrorProtocol = &AwsJson1_1 {
        conflict: AwsError { name: "ResourceAlreadyExistsException", status: 400 },
        quota: AwsError { name: "LimitExceededException", status: 400 },
    };
}

impl Endpoint for aws::networkmanager::CreateConnectionRequest<'static> {
    type Params = aws::networkmanager::CreateConnectionParams<'static>;
    const OPERATION: &'static Operation = &aws::networkmanager::CREATE_CONNECTION;
    const PROTOCOL: &'static dyn ErrorProtocol = &RestJson1 {
        conflict: AwsError { name: "ConflictException", status: 409 },
        quota: AwsError { name: "ServiceQuotaExceededException", status: 402 },
        field_list: true,
    };
}

impl Endpoint for aws::quicksight::CreateActionConnectorRequest<'static> {
    type Params = aws::quicksight::CreateActionConnectorParams<'static>;
    const OPERATION: &'static Operation = &aws::quicksight::CREATE_ACTION_CONNECTOR;
    // QuickSight's model has no quota error for this operation: throttling is the nearest it lists.
    const PROTOCOL: &'static dyn ErrorProtocol = &RestJson1 {
        conflict: AwsError { name: "ResourceExistsException", status: 409 },
        quota: AwsError { name: "ThrottlingException", status: 429 },
        field_list: false,
    };
}

impl Endpoint for huaweicloud::eg::ConnectionCreateReq<'static> {
    type Params = huaweicloud::eg::CreateConnectionParams<'static>;
    const OPERATION: &'static Operation = &huaweicloud::eg::CREATE_CONNECTION;
    const PROTOCOL: &'static dyn ErrorProtocol = &Huawei;
}

impl Endpoint for versori::platform::ConnectionCreate<'static> {
    type Params = versori::platform::CreateConnectorConnectionParams;
    const OPERATION: &'static Operation = &versori::platform::CREATE_CONNECTOR_CONNECTION;
    const PROTOCOL: &'static dyn ErrorProtocol = &Versori;
}
