//! What the three operations' local handlers share (`connschema serve`): the account and region
//! of the resources they create, and AWS's timestamps.

use crate::protocol::SigV4;
use axum::http::HeaderMap;
use std::time::SystemTime;

/// The account of every AWS resource that the path does not name.
pub const ACCOUNT: &str = "123456789012";

/// The region of an AWS request that carries no SigV4 credential scope.
pub const DEFAULT_REGION: &str = "us-east-1";

/// The region of a SigV4-signed request: the third part of its credential scope,
/// `Authorization: AWS4-HMAC-SHA256 Credential=AKID/20241125/us-west-2/events/aws4_request, …`;
/// [`DEFAULT_REGION`] when the request has none (a service that checks
/// [`Authenticated`](connschema_axum::Authenticated) first sees none such).
pub fn region(headers: &HeaderMap) -> String {
    match connschema_axum::authorization(headers).map(SigV4::parse) {
        Some(Ok(signed)) => signed.region.to_owned(),
        _ => DEFAULT_REGION.to_owned(),
    }
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
        let mut headers = HeaderMap::new();
        assert_eq!(region(&headers), "us-east-1");
        let auth = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20241125/eu-west-3/events/aws4_request, SignedHeaders=host, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        headers.insert("authorization", auth.parse().unwrap());
        assert_eq!(region(&headers), "eu-west-3");
        headers.insert("authorization", "AWS4-HMAC-SHA256 Credential=A/2024/EU WEST/x".parse().unwrap());
        assert_eq!(region(&headers), "us-east-1");
    }
}
