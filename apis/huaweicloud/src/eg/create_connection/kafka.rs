//! The kind of target a connection reaches, and the Kafka instance it may be: what the request
//! and the response share, and what the request's rules read.

use connschema::{Model, Secret};
use std::borrow::Cow;

/// The kind of target a connection reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ConnectionType {
    Webhook,
    Kafka,
}

/// A Kafka instance to connect to. `user_name` and `password` are required when SASL_SSL is
/// enabled (checked on the request).
#[derive(Debug, Clone, PartialEq, Model)]
pub struct KafkaConnectionDetail<'a> {
    /// Kafka instance ID.
    pub instance_id: Cow<'a, str>,

    /// Kafka connection address.
    pub addr: Cow<'a, str>,

    /// Security protocol.
    pub security_protocol: Option<Cow<'a, str>>,

    /// Whether the Kafka instance has SASL_SSL enabled.
    pub enable_sasl_ssl: bool,

    /// Kafka instance user name. Required when the instance has SASL_SSL enabled.
    pub user_name: Option<Cow<'a, str>>,

    /// Kafka instance password. Required when the instance has SASL_SSL enabled.
    pub password: Option<Secret<'a>>,

    /// Number of acknowledgements the producer must receive from the server for a send to count
    /// as successful: `0` (none awaited), `1` (the leader wrote it), `all` (every in-sync replica
    /// wrote it).
    pub acks: Option<KafkaAcks>,
}

/// The Kafka producer's `acks` setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
pub enum KafkaAcks {
    #[model(rename = "0")]
    Zero,
    #[model(rename = "1")]
    One,
    #[model(rename = "all")]
    All,
}
