//! The error bodies: the union of the reference page's three and the model's six, and AWS's common
//! client errors `ValidationException`, `SerializationException`,
//! `MissingAuthenticationTokenException` and `IncompleteSignatureException`. The model gives them no
//! members; the protocol sends `__type` and `message`.

crate::common::json_exceptions! {
    /// You do not have the necessary permissions for this action. (HTTP 400)
    AccessDeniedException = 400;
    /// This exception occurs due to unexpected causes. (HTTP 500)
    InternalException = 500;
    /// The request failed because it attempted to create resource beyond the allowed service quota.
    /// (HTTP 400)
    LimitExceededException = 400;
    /// The resource you are trying to create already exists. (HTTP 400)
    ResourceAlreadyExistsException = 400;
    /// An entity that you specified does not exist. (HTTP 400)
    ResourceNotFoundException = 400;
    /// This request cannot be completed due to throttling issues. (HTTP 400)
    ThrottlingException = 400;
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
