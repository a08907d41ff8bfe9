//! What the three operations' local handlers share (`connschema serve`): the account and region
//! of the resources they create, and AWS's timestamps.

use crate::protocol::SigningRegion;
use axum::http::Extensions;
use std::time::SystemTime;

/// The account of every AWS resource that the path does not name.
pub const ACCOUNT: &str = "123456789012";

/// The region of an AWS request that carries no SigV4 credential scope.
pub const DEFAULT_REGION: &str = "us-east-1";

/// The region of a SigV4-signed request: the third part of its credential scope,
/// `Authorization: AWS4-HMAC-SHA256 Credential=AKID/20241125/us-west-2/events/aws4_request, …`,
/// as [`Authenticated`](connschema_axum::Authenticated) read it; [`DEFAULT_REGION`] for a request
/// that was not authenticated.
pub fn region(extensions: &Extensions) -> &str {
    extensions.get::<SigningRegion>().map_or(DEFAULT_REGION, |signed| signed.0.as_str())
}

/// Seconds since the Unix epoch, as AWS's JSON protocols send a timestamp.
pub fn epoch_seconds(at: SystemTime) -> f64 {
    let since = at.duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default();
    // Milliseconds, as AWS sends them.
    (since.as_millis() as f64) / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_region_comes_from_the_credential_scope() {
        let (mut parts, ()) = axum::http::Request::new(()).into_parts();
        assert_eq!(region(&parts.extensions), "us-east-1");
        let auth = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20241125/eu-west-3/events/aws4_request, SignedHeaders=host, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        parts.headers.insert("authorization", auth.parse().unwrap());
        let protocol = crate::protocol::AwsJson1_1::<crate::events::service::CreateConnectionExceptions>::new();
        connschema_axum::ErrorProtocol::authenticate(&protocol, &mut parts).unwrap();
        assert_eq!(region(&parts.extensions), "eu-west-3");
    }
}
