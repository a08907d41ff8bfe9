//! The request body and the path parameter.
//!
//! The model's identifier shapes are 0–50 code points of `[\s\S]*`: a required ID may be empty.

use crate::Model;

/// Creates a connection between two devices. The devices can be a physical or virtual appliance
/// that connects to a third-party appliance in a VPC, or a physical appliance that connects to
/// another physical appliance in an on-premises network.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase", deny_unknown_fields)]
pub struct CreateConnectionRequest {
    /// The ID of the first device in the connection.
    #[model(length(min = 0, max = 50), pattern = r"[\s\S]*")]
    pub device_id: String,

    /// The ID of the second device in the connection.
    #[model(length(min = 0, max = 50), pattern = r"[\s\S]*")]
    pub connected_device_id: String,

    /// The ID of the link for the first device.
    #[model(length(min = 0, max = 50), pattern = r"[\s\S]*")]
    pub link_id: Option<String>,

    /// The ID of the link for the second device.
    #[model(length(min = 0, max = 50), pattern = r"[\s\S]*")]
    pub connected_link_id: Option<String>,

    /// A description of the connection. Length Constraints: Maximum length of 256 characters.
    #[model(length(min = 0, max = 256), pattern = r"[\s\S]*")]
    pub description: Option<String>,

    /// The tags to apply to the resource during creation.
    pub tags: Option<Vec<Tag>>,
}

/// The path parameters of `POST /global-networks/{globalNetworkId}/connections`.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(deny_unknown_fields)]
pub struct CreateConnectionParams {
    /// The ID of the global network.
    #[model(rename = "globalNetworkId", length(min = 0, max = 50), pattern = r"[\s\S]*")]
    pub global_network_id: String,
}

/// Describes a tag.
///
/// The shapes allow 10,000,000 code points; the documented limits (128 and 256) apply, as DESIGN §4
/// rules.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct Tag {
    /// The tag key. Constraints: Maximum length of 128 characters.
    #[model(length(min = 0, max = 128), pattern = r"[\s\S]*")]
    pub key: Option<String>,

    /// The tag value. Constraints: Maximum length of 256 characters.
    #[model(length(min = 0, max = 256), pattern = r"[\s\S]*")]
    pub value: Option<String>,
}
