//! The error bodies, as the page and the model list them, each with the model's `Message` and
//! `RequestId` members; and AWS's common client errors (`message` alone) that a service answers
//! before its own logic: validation, serialization and the two of authentication.

use connschema::Model;
use std::borrow::Cow;

/// Declares QuickSight exceptions that carry only `Message` and `RequestId`.
macro_rules! exceptions {
    ($($(#[doc = $doc:literal])* $name:ident;)*) => {$(
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Default, PartialEq, Model)]
        #[model(rename_all = "PascalCase")]
        pub struct $name {
            /// The error message.
            pub message: Option<String>,
            /// The Amazon Web Services request ID for this request.
            pub request_id: Option<String>,
        }
    )*};
}

exceptions! {
    /// You don't have access to this item. The provided credentials couldn't be validated. You
    /// might not be authorized to carry out the request. (HTTP 401)
    AccessDeniedException;
    /// Updating or deleting a resource can cause an inconsistent state. (HTTP 409)
    ConflictException;
    /// An internal failure occurred. (HTTP 500)
    InternalFailureException;
    /// One or more parameters has a value that isn't valid. (HTTP 400)
    InvalidParameterValueException;
    /// Access is throttled. (HTTP 429)
    ThrottlingException;
}

crate::common::rest_common_exceptions! {
    /// The input fails to satisfy the constraints of the operation: every violation, in AWS's
    /// wording. AWS's common client error. (HTTP 400)
    ValidationException;
    /// The request body is not JSON, or a member's value is of the wrong type. AWS's common client
    /// error. (HTTP 400)
    SerializationException;
    /// The request carries no `Authorization` header: AWS's common client error. (HTTP 401)
    MissingAuthenticationTokenException;
    /// The `Authorization` header is not a Signature Version 4 signature: AWS's common client
    /// error. (HTTP 403)
    IncompleteSignatureException;
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
