//! # connschema-huaweicloud
//!
//! Huawei Cloud EventGrid (EG) `CreateConnection` for [`connschema`]: its models, rules and
//! [`Operation`] ([`eg`]). With the `service` feature, its request model is a
//! [`connschema_axum::Endpoint`] answering in Huawei's error protocol (`protocol`), and the
//! operation has the local handler of `connschema serve` (`eg::service`).
//!
//! ```
//! use connschema_huaweicloud::eg::CREATE_CONNECTION;
//!
//! let errors = CREATE_CONNECTION.message("request").unwrap().validate(br#"{"name": "default"}"#).unwrap_err();
//! assert!(errors.iter().any(|v| v.path == "/name"));
//! ```

pub mod eg;
#[cfg(feature = "service")]
pub mod protocol;

use connschema::registry::Operation;

/// The operation, as a list like every API crate's.
pub static OPERATIONS: [&Operation; 1] = [&eg::CREATE_CONNECTION];
