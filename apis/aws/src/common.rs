//! What the three services share: SigV4, AWS's timestamps, and the exception bodies of awsJson1.1
//! and restJson1.

use connschema::http::Security;

/// AWS Signature Version 4, which every AWS operation requires: the `Authorization` header
/// `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`.
pub const SIGV4: Security = Security::api_key_header(
    "sigv4",
    "Authorization",
    "AWS Signature Version 4: `AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request, SignedHeaders=…, Signature=…`, with `X-Amz-Date`.",
);

/// An AWS timestamp: seconds since the Unix epoch, sent as a JSON number (awsJson1.1, restJson1).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, connschema::Model)]
#[model(transparent)]
pub struct EpochSeconds(pub f64);

/// An exception of an operation's model as AWS's protocols answer with it: its name, its HTTP
/// status, and its body, which is the model's type serialized.
///
/// ```
/// use connschema_aws::events::ResourceAlreadyExistsException;
/// use connschema_aws::Exception;
///
/// let exception = ResourceAlreadyExistsException::with_message("Connection c already exists.".into(), "id");
/// assert_eq!((ResourceAlreadyExistsException::NAME, ResourceAlreadyExistsException::STATUS), ("ResourceAlreadyExistsException", 400));
/// assert_eq!(
///     connschema::serde_json::to_string(&exception).unwrap(),
///     r#"{"__type":"ResourceAlreadyExistsException","message":"Connection c already exists."}"#
/// );
/// ```
pub trait Exception: serde::Serialize {
    /// Its name: awsJson1.1's `__type`, restJson1's `X-Amzn-ErrorType`.
    const NAME: &'static str;
    /// The HTTP status the model gives it.
    const STATUS: u16;
    /// The exception saying `message`, with `request_id` where its model has a member for it.
    fn with_message(message: String, request_id: &str) -> Self;
}

/// Implements [`Exception`] for `$name`: named as its type is, answered with `$status`, its body
/// for a message (and the request's id) built by the closure-like `|message, request_id| body`.
macro_rules! exception {
    ($name:ident $(<$lt:lifetime>)? = $status:literal, |$message:ident, $request_id:ident| $body:expr) => {
        impl $crate::Exception for $name $(<$lt>)? {
            const NAME: &'static str = stringify!($name);
            const STATUS: u16 = $status;
            fn with_message($message: String, $request_id: &str) -> Self {
                $body
            }
        }
    };
}
pub(crate) use exception;

/// The `error.<Name>` message of an [`Exception`], answered with the status its model gives it
/// (and any other listed after it: a `SerializationException` is 413 for a body over the limit).
macro_rules! error {
    ($name:ident $(, $also:literal)*) => {
        connschema::registry::Message::of::<$name>(concat!("error.", stringify!($name)))
            .with_statuses(&[<$name as $crate::Exception>::STATUS $(, $also)*])
    };
}
pub(crate) use error;

/// Declares the exception bodies of an awsJson1.1 service, whose model gives them no members: the
/// protocol's `__type` (the exception's name; SDKs drop any `namespace#` before it) and `message`.
/// `__type` is optional: AWS clients read the name from the `X-Amzn-ErrorType` header first, then
/// a `code` member, then `__type`, so a body that names its error only in the header is a valid one
/// (docs/contracts.md §7). Other members AWS adds are accepted.
macro_rules! json_exceptions {
    ($($(#[doc = $doc:literal])* $name:ident = $status:literal;)*) => {$(
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Default, PartialEq, connschema::Model)]
        pub struct $name {
            /// The exception's name, which SDKs read to raise their typed error when neither the
            /// `X-Amzn-ErrorType` header nor a `code` member names it.
            #[model(rename = "__type")]
            pub error_type: Option<String>,
            /// What went wrong, for a person.
            pub message: Option<String>,
        }

        $crate::common::exception!($name = $status, |message, _request_id| Self {
            error_type: Some(Self::NAME.to_owned()),
            message: Some(message),
        });
    )*};
}
pub(crate) use json_exceptions;

/// Declares AWS's common client errors of a restJson1 service that its model does not list, which
/// a service answers before its own logic runs: the exception's name travels in the
/// `X-Amzn-ErrorType` header, the body holds the protocol's `message`.
macro_rules! rest_common_exceptions {
    ($($(#[doc = $doc:literal])* $name:ident = $status:literal;)*) => {$(
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Default, PartialEq, connschema::Model)]
        pub struct $name {
            /// What went wrong, for a person.
            pub message: String,
        }

        $crate::common::exception!($name = $status, |message, _request_id| Self { message });
    )*};
}
pub(crate) use rest_common_exceptions;
