//! `CreateConnection`: from the API page and the vendor's SDKs (huaweicloudsdkeg 3.1.219 for the
//! members, the Node.js and Go SDKs for the enumerations).

mod errors;
mod kafka;
mod request;
mod response;
mod rules;

pub use errors::*;
pub use kafka::*;
pub use request::*;
pub use response::*;
