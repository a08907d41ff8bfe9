//! The success body.

use super::Tag;
use crate::EpochSeconds;
use connschema::Model;
use std::borrow::Cow;

/// The connection that was created.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct CreateConnectionResponse<'a> {
    /// Information about the connection.
    pub connection: Option<Connection<'a>>,
}

/// Describes a connection.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct Connection<'a> {
    /// The ID of the connection.
    #[model(length(min = 0, max = 50), vendor_pattern = r"[\s\S]*")]
    pub connection_id: Option<Cow<'a, str>>,

    /// The Amazon Resource Name (ARN) of the connection.
    #[model(length(min = 0, max = 500), vendor_pattern = r"[\s\S]*")]
    pub connection_arn: Option<Cow<'a, str>>,

    /// The ID of the global network.
    #[model(length(min = 0, max = 50), vendor_pattern = r"[\s\S]*")]
    pub global_network_id: Option<Cow<'a, str>>,

    /// The ID of the first device in the connection.
    #[model(length(min = 0, max = 50), vendor_pattern = r"[\s\S]*")]
    pub device_id: Option<Cow<'a, str>>,

    /// The ID of the second device in the connection.
    #[model(length(min = 0, max = 50), vendor_pattern = r"[\s\S]*")]
    pub connected_device_id: Option<Cow<'a, str>>,

    /// The ID of the link for the first device in the connection.
    #[model(length(min = 0, max = 50), vendor_pattern = r"[\s\S]*")]
    pub link_id: Option<Cow<'a, str>>,

    /// The ID of the link for the second device in the connection.
    #[model(length(min = 0, max = 50), vendor_pattern = r"[\s\S]*")]
    pub connected_link_id: Option<Cow<'a, str>>,

    /// The description of the connection.
    #[model(length(min = 0, max = 256), vendor_pattern = r"[\s\S]*")]
    pub description: Option<Cow<'a, str>>,

    /// The date and time that the connection was created (seconds since the epoch).
    pub created_at: Option<EpochSeconds>,

    /// The state of the connection.
    pub state: Option<ConnectionState>,

    /// The tags for the connection.
    pub tags: Option<Vec<Tag<'a>>>,
}

/// The state of a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ConnectionState {
    Pending,
    Available,
    Deleting,
    Updating,
}
