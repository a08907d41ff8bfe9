//! `CreateActionConnector`: from the QuickSight model (botocore 1.44.5), which supplies the
//! authentication unions, the enumerations and the sensitive flags the reference page leaves out.

mod auth;
mod auth_rule;
mod errors;
mod request;
mod response;

pub use auth::*;
pub use auth_rule::ConnectionAuthType;
pub use errors::*;
pub use request::*;
pub use response::*;
