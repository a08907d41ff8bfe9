//! # connschema-aws
//!
//! Three Amazon Web Services operations for [`connschema`]: Amazon EventBridge `CreateConnection`
//! ([`events`], awsJson1.1), AWS Network Manager `CreateConnection` ([`networkmanager`],
//! restJson1) and Amazon QuickSight `CreateActionConnector` ([`quicksight`], restJson1): their
//! models, rules and [`Operation`]s, and what the three share (SigV4, [`EpochSeconds`], the
//! exception bodies of the two protocols).
//!
//! With the `service` feature, each request model is a [`connschema_axum::Endpoint`] answering in
//! its protocol ([`protocol`]), and each operation has the local handler of `connschema serve`
//! (`events::service`, …).
//!
//! ```
//! use connschema_aws::events::CreateConnectionRequest;
//!
//! let body = br#"{"Name": "my conn", "AuthorizationType": "BASIC",
//!                 "AuthParameters": {"BasicAuthParameters": {"Username": "u", "Password": "p"}}}"#;
//! let errors = connschema::from_slice::<CreateConnectionRequest>(body).unwrap_err();
//! assert_eq!(errors[0].path, "/Name");
//! assert_eq!(errors[0].code, connschema::Code::Pattern);
//! ```
//!
//! AWS error bodies of `awsJson1.1` and `restJson1` carry members beyond the model's (`__type`,
//! `message`), which is why responses and errors accept unknown members.

mod common;
pub mod events;
#[cfg(feature = "service")]
pub mod local;
pub mod networkmanager;
#[cfg(feature = "service")]
pub mod protocol;
pub mod quicksight;

use connschema::registry::Operation;

pub use common::{EpochSeconds, Exception, SIGV4};

/// The three operations, in id order.
pub static OPERATIONS: [&Operation; 3] =
    [&events::CREATE_CONNECTION, &networkmanager::CREATE_CONNECTION, &quicksight::CREATE_ACTION_CONNECTOR];
