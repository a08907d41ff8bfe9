//! The request body and the path and header parameters.

use super::kafka::{ConnectionType, KafkaConnectionDetail};
use super::rules;
use connschema::{Model, Secret};
use std::borrow::Cow;

/// Creates a connection (目标连接) that event targets in a private network are reached through.
///
/// Names are unique per tenant: a rule no validator of one document can check.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(
    deny_unknown_fields,
    rule(check = rules::request_name_not_default, schema = rules::name_not_default_schema, reads(name)),
    rule(
        check = rules::kafka_detail_for_kafka,
        schema = rules::kafka_detail_for_kafka_schema,
        reads(connection_type, present(kafka_detail))
    ),
    rule(check = rules::sasl_credentials, schema = rules::sasl_credentials_schema, reads(kafka_detail))
)]
pub struct ConnectionCreateReq<'a> {
    /// Name of the connection. The value must be unique under a tenant. Only letters, digits,
    /// periods (.), underscores (_), and hyphens (-) are allowed. It must start with a letter or
    /// digit and cannot be default.
    #[model(length(min = 1, max = 128), vendor_pattern = r"[A-Za-z0-9][A-Za-z0-9._-]*")]
    pub name: Cow<'a, str>,

    /// Description of the connection.
    #[model(length(max = 255))]
    pub description: Option<Cow<'a, str>>,

    /// Connection type. No default is stated.
    #[model(rename = "type")]
    pub connection_type: Option<ConnectionType>,

    /// ID of the VPC to be connected.
    #[model(length(max = 128))]
    pub vpc_id: Cow<'a, str>,

    /// ID of the subnet to be connected.
    #[model(length(max = 128))]
    pub subnet_id: Cow<'a, str>,

    /// The Kafka instance to connect to; required when `type` is `KAFKA`.
    pub kafka_detail: Option<KafkaConnectionDetail<'a>>,
}

/// The path and header parameters of `POST /v1/{project_id}/connections`.
///
/// A request authenticates with a token (`X-Auth-Token`) or with an AK/SK signature
/// (`Authorization` and `X-Sdk-Date`), which is what Huawei's SDKs send by default: it needs one of
/// the two.
#[derive(Debug, Clone, PartialEq, Model)]
#[model(
    deny_unknown_fields,
    rule(
        check = rules::token_or_signature,
        schema = rules::token_or_signature_schema,
        reads(present(x_auth_token), present(authorization), present(x_sdk_date))
    )
)]
pub struct CreateConnectionParams<'a> {
    /// Tenant project ID.
    pub project_id: Cow<'a, str>,

    /// User token. The token can be obtained by calling the IAM API used to obtain a user token.
    /// The value of X-Subject-Token in the response header is the user token. Required unless the
    /// request is signed with AK/SK (`Authorization`).
    #[model(rename = "X-Auth-Token", length(min = 1, max = 16384))]
    pub x_auth_token: Option<Secret<'a>>,

    /// AK/SK authentication: the signature of the request by the access key, as Huawei's SDKs write
    /// it (`SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>`). Required unless
    /// the request carries `X-Auth-Token`; goes with `X-Sdk-Date`.
    #[model(
        rename = "Authorization",
        length(max = 4096),
        pattern = "SDK-HMAC-SHA256 Access=[^ ,]+, SignedHeaders=[^ ,]+, Signature=[0-9a-f]{64}"
    )]
    pub authorization: Option<Secret<'a>>,

    /// The time the AK/SK signature was made, UTC, as `YYYYMMDDTHHMMSSZ`. Required with
    /// `Authorization`.
    #[model(rename = "X-Sdk-Date", pattern = "[0-9]{8}T[0-9]{6}Z")]
    pub x_sdk_date: Option<Cow<'a, str>>,
}
