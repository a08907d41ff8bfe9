//! The error bodies, by HTTP status: 400 `ValidationException`, 402 `ServiceQuotaExceededException`,
//! 403 `AccessDeniedException`, 409 `ConflictException`, 429 `ThrottlingException`, 500
//! `InternalServerException`. `ServerSideString` is 0–10,000,000 code points of `[\s\S]*`.
//! Throttling and internal errors also carry a `Retry-After` header (seconds), listed in
//! schemas/index.json.

use crate::Model;

/// You do not have sufficient access to perform this action. (HTTP 403)
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct AccessDeniedException {
    #[model(length(min = 0, max = 10000000), pattern = r"[\s\S]*")]
    pub message: String,
}

/// There was a conflict processing the request. Updating or deleting the resource can cause an
/// inconsistent state. (HTTP 409)
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ConflictException {
    #[model(length(min = 0, max = 10000000), pattern = r"[\s\S]*")]
    pub message: String,

    /// The ID of the resource.
    #[model(length(min = 0, max = 10000000), pattern = r"[\s\S]*")]
    pub resource_id: String,

    /// The resource type.
    #[model(length(min = 0, max = 10000000), pattern = r"[\s\S]*")]
    pub resource_type: String,
}

/// The request has failed due to an internal error. (HTTP 500)
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct InternalServerException {
    #[model(length(min = 0, max = 10000000), pattern = r"[\s\S]*")]
    pub message: String,
}

/// A service limit was exceeded. (HTTP 402)
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ServiceQuotaExceededException {
    /// The error message.
    #[model(length(min = 0, max = 10000000), pattern = r"[\s\S]*")]
    pub message: String,

    /// The ID of the resource.
    #[model(length(min = 0, max = 10000000), pattern = r"[\s\S]*")]
    pub resource_id: Option<String>,

    /// The resource type.
    #[model(length(min = 0, max = 10000000), pattern = r"[\s\S]*")]
    pub resource_type: Option<String>,

    /// The limit code.
    #[model(length(min = 0, max = 10000000), pattern = r"[\s\S]*")]
    pub limit_code: String,

    /// The service code.
    #[model(length(min = 0, max = 10000000), pattern = r"[\s\S]*")]
    pub service_code: String,
}

/// The request was denied due to request throttling. (HTTP 429)
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ThrottlingException {
    #[model(length(min = 0, max = 10000000), pattern = r"[\s\S]*")]
    pub message: String,
}

/// The input fails to satisfy the constraints. (HTTP 400)
#[derive(Debug, Clone, Default, PartialEq, Model)]
#[model(rename_all = "PascalCase")]
pub struct ValidationException {
    #[model(length(min = 0, max = 10000000), pattern = r"[\s\S]*")]
    pub message: String,

    /// The reason for the error.
    pub reason: Option<ValidationExceptionReason>,

    /// The fields that caused the error, if applicable.
    pub fields: Option<Vec<ValidationExceptionField>>,
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
pub struct ValidationExceptionField {
    /// The name of the field.
    #[model(length(min = 0, max = 10000000), pattern = r"[\s\S]*")]
    pub name: String,

    /// The message for the field.
    #[model(length(min = 0, max = 10000000), pattern = r"[\s\S]*")]
    pub message: String,
}
