//! An AWS exception as a protocol answers with it, and the ones no operation chooses: AWS's common
//! client errors for credentials.

/// An AWS exception that a protocol answers with: its name and HTTP status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AwsError {
    pub name: &'static str,
    pub status: u16,
}

/// AWS's common client errors for a request without a credential, and for one that is no SigV4
/// signature; their statuses are the protocols' own (401 and 403).
pub const MISSING_CREDENTIALS: AwsError = AwsError { name: "MissingAuthenticationTokenException", status: 401 };
pub const BAD_CREDENTIALS: AwsError = AwsError { name: "IncompleteSignatureException", status: 403 };
pub const MISSING_TOKEN: &str = "Missing Authentication Token";
