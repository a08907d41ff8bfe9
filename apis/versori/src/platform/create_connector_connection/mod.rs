//! `CreateConnectorConnection`: from the Connect API's OpenAPI 3.1 spec and its documentation page,
//! with docs/contracts.md §4's rulings on credential references and credential data.

mod auth_scheme;
mod credential;
mod credential_data;
mod request;
mod response;

pub use auth_scheme::*;
pub use credential::*;
pub use credential_data::*;
pub use request::*;
pub use response::*;
