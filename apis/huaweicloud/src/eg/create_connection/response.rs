//! The success body (HTTP 200). Every member is optional, as in the SDK. The `X-Request-Id`
//! response header is listed in schemas/index.json.

use super::rules;
use super::{ConnectionType, KafkaConnectionDetail};
use connschema::Model;
use std::borrow::Cow;

/// The connection that was created.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rule(check = rules::response_name_not_default, schema = rules::name_not_default_schema, reads(name)))]
pub struct CreateConnectionResponse<'a> {
    /// ID of the connection (the page says "of the event source", a copy slip).
    pub id: Option<Cow<'a, str>>,

    /// Name of the connection: the request's rule applies (the page's "lowercase" is a slip,
    /// DESIGN §4).
    #[model(length(min = 1, max = 128), vendor_pattern = r"[A-Za-z0-9][A-Za-z0-9._-]*")]
    pub name: Option<Cow<'a, str>>,

    /// Description of the connection.
    pub description: Option<Cow<'a, str>>,

    /// Status of the connection.
    pub status: Option<ConnectionStatus>,

    /// Connection type.
    #[model(rename = "type")]
    pub connection_type: Option<ConnectionType>,

    /// ID of the VPC to be connected.
    pub vpc_id: Option<Cow<'a, str>>,

    /// ID of the subnet to be connected.
    pub subnet_id: Option<Cow<'a, str>>,

    /// Kafka connection details.
    pub kafka_detail: Option<KafkaConnectionDetail<'a>>,

    /// Name of the user agency used by the target private network connection.
    pub agency: Option<Cow<'a, str>>,

    /// Flavor.
    pub flavor: Option<ConnectionInfoFlavor<'a>>,

    /// Why the connection failed, if it did.
    pub error_info: Option<ErrorInfo<'a>>,

    /// UTC time when the connection is created.
    pub created_time: Option<Cow<'a, str>>,

    /// UTC time when the connection is updated.
    pub updated_time: Option<Cow<'a, str>>,
}

/// Status of a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ConnectionStatus {
    Creating,
    Created,
    CreateFailed,
}

/// A connection's flavor.
#[derive(Debug, Clone, Default, PartialEq, Model)]
pub struct ConnectionInfoFlavor<'a> {
    /// Flavor name.
    pub name: Option<Cow<'a, str>>,

    /// Concurrent flavor type.
    pub concurrency_type: Option<SharingType>,

    // The page's "Integer" is the 32-bit integer of Huawei's SDKs.
    /// Number of concurrent requests.
    pub concurrency: Option<i32>,

    /// Bandwidth type.
    pub bandwidth_type: Option<SharingType>,
}

/// Whether a resource is shared or exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "snake_case")]
pub enum SharingType {
    Shared,
    Exclusive,
}

/// Why a connection failed (singular `error_detail`, unlike the error body's `error_details`).
#[derive(Debug, Clone, Default, PartialEq, Model)]
pub struct ErrorInfo<'a> {
    /// Error code.
    pub error_code: Option<Cow<'a, str>>,

    /// Error detail.
    pub error_detail: Option<Cow<'a, str>>,

    /// Error message.
    pub error_msg: Option<Cow<'a, str>>,
}
