//! Which operation a request model belongs to (its parameters, and where they travel, are the
//! operation's [`Http`](connschema::http::Http) binding) and the error protocol its rejections
//! speak. Each API crate implements it for its request models.

use crate::protocol::ErrorProtocol;
use connschema::registry::{Model, Operation};

/// A request model that [`Valid`](crate::Valid) can extract: the body of one operation.
pub trait Endpoint: Model {
    /// The operation's `params` message: path, query and header parameters keyed by wire name.
    type Params: Model;
    /// The operation the model is the body of.
    const OPERATION: &'static Operation;
    /// How a rejection is answered, and which credentials the operation takes.
    const PROTOCOL: &'static dyn ErrorProtocol;
}

/// The parameters of an operation that has none (an awsJson1.1 operation sends everything in the
/// body).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, connschema::Model)]
#[model(deny_unknown_fields)]
pub struct NoParams {}
