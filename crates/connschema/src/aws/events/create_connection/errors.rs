//! The error bodies: the union of the reference page's three and the model's six. The model gives
//! them no members; AWS sends `__type` and `message`, which are accepted as unknown members.

crate::aws::memberless_exceptions! {
    /// You do not have the necessary permissions for this action. (HTTP 400)
    AccessDeniedException;
    /// This exception occurs due to unexpected causes. (HTTP 500)
    InternalException;
    /// The request failed because it attempted to create resource beyond the allowed service quota.
    /// (HTTP 400)
    LimitExceededException;
    /// The resource you are trying to create already exists. (HTTP 400)
    ResourceAlreadyExistsException;
    /// An entity that you specified does not exist. (HTTP 400)
    ResourceNotFoundException;
    /// This request cannot be completed due to throttling issues. (HTTP 400)
    ThrottlingException;
}
