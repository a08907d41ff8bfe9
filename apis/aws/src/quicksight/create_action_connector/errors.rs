//! The error bodies, as the page and the model list them, each with the model's `Message` and
//! `RequestId` members; and AWS's common client errors (`message` alone) that a service answers
//! before its own logic: validation, serialization and the two of authentication.

use crate::common::exception;
use connschema::Model;
use std::borrow::Cow;

/// Declares QuickSight exceptions that carry only `Message` and `RequestId`.
macro_rules! exceptions {
    ($($(#[doc = $doc:literal])* $name:ident = $status:literal;)*) => {$(
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Default, PartialEq, Model)]
        #[model(rename_all = "PascalCase")]
        pub struct $name {
            /// The error message.
            pub message: Option<String>,
            /// The Amazon Web Services request ID for this request.
            pub request_id: Option<String>,
        }

        exception!($name = $status, |message, request_id| Self {
            message: Some(message),
            request_id: Some(request_id.to_owned()),
        });
    )*};
}

exceptions! {
    /// You don't have access to this item. The provided credentials couldn't be validated. You
    /// might not be authorized to carry out the request. (HTTP 401)
    AccessDeniedException = 401;
    /// Updating or deleting a resource can cause an inconsistent state. (HTTP 409)
    ConflictException = 409;
    /// An internal failure occurred. (HTTP 500)
    InternalFailureException = 500;
    /// One or more parameters has a value that isn't valid. (HTTP 400)
    InvalidParameterValueException = 400;
    /// Access is throttled. (HTTP 429)
    ThrottlingException = 429;
}

crate::common::rest_common_exceptions! {
    /// The input fails to satisfy the constraints of the operation: every violation, in AWS's
    /// wording. AWS's common client error. (HTTP 400)
    ValidationException = 400;
    /// The request body is not JSON, or a member's value is of the wrong type. AWS's common client
    /// error. (HTTP 400)
    SerializationException = 400;
    /// The request carries no `Authorization` header: AWS's common client error. (HTTP 401)
    MissingAuthenticationTokenException = 401;
    /// The `Authorization` header is not a Signature Version 4 signature: AWS's common client
    /// error. (HTTP 403)
    IncompleteSignatureException = 403;
}

/// The resource specified already exists. (HTTP 409)
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ResourceExistsException<'a> {
    /// The error message.
    pub message: Option<Cow<'a, str>>,
    /// The resource type for this request.
    pub resource_type: Option<ExceptionResourceType>,
    /// The Amazon Web Services request ID for this request.
    pub request_id: Option<Cow<'a, str>>,
}

exception!(ResourceExistsException<'_> = 409, |message, request_id| Self {
    message: Some(message.into()),
    resource_type: None,
    request_id: Some(request_id.to_owned().into()),
});

/// The kind of resource an exception is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ExceptionResourceType {
    User,
    Group,
    Namespace,
    AccountSettings,
    IampolicyAssignment,
    DataSource,
    DataSet,
    VpcConnection,
    Ingestion,
}
