//! The one error body, for HTTP 400, 401, 403, 404 and 500 (the page's), and 413 for a body over
//! the service's limit. The page does not say which members are mandatory; its examples carry only
//! `error_code` and `error_msg`, so all are optional.

use connschema::Model;
use std::borrow::Cow;

/// An error answer.
#[derive(Debug, Clone, Default, PartialEq, Model)]
pub struct ErrorResponseBody<'a> {
    /// Error code.
    #[model(length(min = 1, max = 128))]
    pub error_code: Option<Cow<'a, str>>,

    /// Error message.
    #[model(length(min = 1, max = 512))]
    pub error_msg: Option<Cow<'a, str>>,

    /// Error details.
    #[model(length(min = 1, max = 1024))]
    pub error_details: Option<Cow<'a, str>>,

    /// Request ID.
    #[model(length(min = 1, max = 128))]
    pub request_id: Option<Cow<'a, str>>,
}
