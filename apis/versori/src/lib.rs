//! # connschema-versori
//!
//! The Versori platform's `CreateConnectorConnection` (Connect API v1,
//! `https://platform.versori.com/api/connect/v1`) for [`connschema`]: its models, rules and
//! [`Operation`] ([`platform`]). With the `service` feature, its request model is a
//! [`connschema_axum::Endpoint`] answering in Versori's error protocol (`protocol`), and the
//! operation has the local handler of `connschema serve` (`platform::service`).
//!
//! ```
//! use connschema_versori::platform::CREATE_CONNECTOR_CONNECTION;
//!
//! let request = CREATE_CONNECTOR_CONNECTION.message("request").unwrap();
//! assert!(request.validate(b"{}").is_err());
//! ```

pub mod platform;
#[cfg(feature = "service")]
pub mod protocol;

use connschema::registry::Operation;

/// The operation, as a list like every API crate's.
pub static OPERATIONS: [&Operation; 1] = [&platform::CREATE_CONNECTOR_CONNECTION];
