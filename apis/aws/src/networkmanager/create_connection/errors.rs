//! The error bodies, by HTTP status: 400 `ValidationException`, 402 `ServiceQuotaExceededException`,
//! 403 `AccessDeniedException`, 409 `ConflictException`, 429 `ThrottlingException`, 500
//! `InternalServerException`; and AWS's common client errors `SerializationException` (400),
//! `MissingAuthenticationTokenException` (401) and `IncompleteSignatureException` (403).
//! `ServerSideString` is 0–10,000,000 code points of `[\s\S]*`.
//! Throttling and internal errors also carry a `Retry-After` header (seconds), listed in
//! schemas/index.json.

use crate::common::exception;
use connschema::Model;
use std::borrow::Cow;

/// You do not have sufficient access to perform this action. (HTTP 403)
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct AccessDeniedException<'a> {
    #[model(length(min = 0, max = 10000000), vendor_pattern = r"[\s\S]*")]
    pub message: Cow<'a, str>,
}

/// There was a conflict processing the request. Updating or deleting the resource can cause an
/// inconsistent state. (HTTP 409)
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ConflictException<'a> {
    #[model(length(min = 0, max = 10000000), vendor_pattern = r"[\s\S]*")]
    pub message: Cow<'a, str>,

    /// The ID of the resource.
    #[model(length(min = 0, max = 10000000), vendor_pattern = r"[\s\S]*")]
    pub resource_id: Cow<'a, str>,

    /// The resource type.
    #[model(length(min = 0, max = 10000000), vendor_pattern = r"[\s\S]*")]
    pub resource_type: Cow<'a, str>,
}

/// The request has failed due to an internal error. (HTTP 500)
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct InternalServerException<'a> {
    #[model(length(min = 0, max = 10000000), vendor_pattern = r"[\s\S]*")]
    pub message: Cow<'a, str>,
}

/// A service limit was exceeded. (HTTP 402)
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ServiceQuotaExceededException<'a> {
    /// The error message.
    #[model(length(min = 0, max = 10000000), vendor_pattern = r"[\s\S]*")]
    pub message: Cow<'a, str>,

    /// The ID of the resource.
    #[model(length(min = 0, max = 10000000), vendor_pattern = r"[\s\S]*")]
    pub resource_id: Option<Cow<'a, str>>,

    /// The resource type.
    #[model(length(min = 0, max = 10000000), vendor_pattern = r"[\s\S]*")]
    pub resource_type: Option<Cow<'a, str>>,

    /// The limit code.
    #[model(length(min = 0, max = 10000000), vendor_pattern = r"[\s\S]*")]
    pub limit_code: Cow<'a, str>,

    /// The service code.
    #[model(length(min = 0, max = 10000000), vendor_pattern = r"[\s\S]*")]
    pub service_code: Cow<'a, str>,
}

/// The request was denied due to request throttling. (HTTP 429)
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ThrottlingException<'a> {
    #[model(length(min = 0, max = 10000000), vendor_pattern = r"[\s\S]*")]
    pub message: Cow<'a, str>,
}

/// The input fails to satisfy the constraints. (HTTP 400)
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ValidationException<'a> {
    #[model(length(min = 0, max = 10000000), vendor_pattern = r"[\s\S]*")]
    pub message: Cow<'a, str>,

    /// The reason for the error.
    pub reason: Option<ValidationExceptionReason>,

    /// The fields that caused the error, if applicable.
    pub fields: Option<Vec<ValidationExceptionField<'a>>>,
}

exception!(AccessDeniedException<'_> = 403, |message, _request_id| Self { message: message.into() });
exception!(InternalServerException<'_> = 500, |message, _request_id| Self { message: message.into() });
exception!(ThrottlingException<'_> = 429, |message, _request_id| Self { message: message.into() });

// A connection's id is new each time, so no connection conflicts with another: the service never
// answers this, and the resource it names is the kind it creates.
exception!(ConflictException<'_> = 409, |message, _request_id| Self {
    message: message.into(),
    resource_id: Cow::Borrowed(""),
    resource_type: Cow::Borrowed("connection"),
});

// The quota is the service's own: of the resources it keeps.
exception!(ServiceQuotaExceededException<'_> = 402, |message, _request_id| Self {
    message: message.into(),
    resource_id: None,
    resource_type: None,
    limit_code: Cow::Borrowed("resources"),
    service_code: Cow::Borrowed("connschema"),
});

exception!(ValidationException<'_> = 400, |message, _request_id| Self {
    message: message.into(),
    reason: None,
    fields: None,
});

crate::common::rest_common_exceptions! {
    /// The request body is not JSON, or a member's value is of the wrong type. AWS's common client
    /// error. (HTTP 400)
    SerializationException = 400;
    /// The request carries no `Authorization` header: AWS's common client error. (HTTP 401)
    MissingAuthenticationTokenException = 401;
    /// The `Authorization` header is not a Signature Version 4 signature: AWS's common client
    /// error. (HTTP 403)
    IncompleteSignatureException = 403;
}

/// Why a request failed validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
pub enum ValidationExceptionReason {
    UnknownOperation,
    CannotParse,
    FieldValidationFailed,
    Other,
}

/// Describes a validation exception for a field.
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ValidationExceptionField<'a> {
    /// The name of the field.
    #[model(length(min = 0, max = 10000000), vendor_pattern = r"[\s\S]*")]
    pub name: Cow<'a, str>,

    /// The message for the field.
    #[model(length(min = 0, max = 10000000), vendor_pattern = r"[\s\S]*")]
    pub message: Cow<'a, str>,
}
