//! `CreateConnection`: its request, response and errors, from the EventBridge model (botocore
//! 1.44.5) and the API reference page.

mod auth_rule;
mod errors;
mod request;
mod response;

pub use auth_rule::ConnectionAuthorizationType;
pub use errors::*;
pub use request::*;
pub use response::*;
