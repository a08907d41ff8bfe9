//! `CreateConnection`: from the Network Manager model (botocore 1.44.5), which supplies the member
//! and error names the reference page lost.

mod errors;
mod request;
mod response;

pub use errors::*;
pub use request::*;
pub use response::*;
