//! The request body and the path parameter.
//!
//! The model's identifier shapes are 0–50 code points of `[\s\S]*`: a required ID may be empty.

use connschema::Model;
use std::borrow::Cow;

/// Creates a connection between two devices. The devices can be a physical or virtual appliance
/// that connects to a third-party appliance in a VPC, or a physical appliance that connects to
/// another physical appliance in an on-premises network.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase", deny_unknown_fields)]
pub struct CreateConnectionRequest<'a> {
    /// The ID of the first device in the connection.
    #[model(length(min = 0, max = 50), vendor_pattern = r"[\s\S]*")]
    pub device_id: Cow<'a, str>,

    /// The ID of the second device in the connection.
    #[model(length(min = 0, max = 50), vendor_pattern = r"[\s\S]*")]
    pub connected_device_id: Cow<'a, str>,

    /// The ID of the link for the first device.
    #[model(length(min = 0, max = 50), vendor_pattern = r"[\s\S]*")]
    pub link_id: Option<Cow<'a, str>>,

    /// The ID of the link for the second device.
    #[model(length(min = 0, max = 50), vendor_pattern = r"[\s\S]*")]
    pub connected_link_id: Option<Cow<'a, str>>,

    /// A description of the connection. Length Constraints: Maximum length of 256 characters.
    #[model(length(min = 0, max = 256), vendor_pattern = r"[\s\S]*")]
    pub description: Option<Cow<'a, str>>,

    /// The tags to apply to the resource during creation.
    pub tags: Option<Vec<Tag<'a>>>,
}

/// The path parameters of `POST /global-networks/{globalNetworkId}/connections`.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(deny_unknown_fields)]
pub struct CreateConnectionParams<'a> {
    /// The ID of the global network.
    #[model(rename = "globalNetworkId", length(min = 0, max = 50), vendor_pattern = r"[\s\S]*")]
    pub global_network_id: Cow<'a, str>,
}

/// Describes a tag.
///
/// The shapes allow 10,000,000 code points; the documented limits (128 and 256) apply, as DESIGN §4
/// rules.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct Tag<'a> {
    /// The tag key. Constraints: Maximum length of 128 characters.
    #[model(length(min = 0, max = 128), vendor_pattern = r"[\s\S]*")]
    pub key: Option<Cow<'a, str>>,

    /// The tag value. Constraints: Maximum length of 256 characters.
    #[model(length(min = 0, max = 256), vendor_pattern = r"[\s\S]*")]
    pub value: Option<Cow<'a, str>>,
}
