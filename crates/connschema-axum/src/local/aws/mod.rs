//! The three AWS operations.

pub mod events;
pub mod networkmanager;
pub mod quicksight;

use crate::SigV4;
use axum::http::HeaderMap;

/// The region of a SigV4-signed request: the third part of its credential scope,
/// `Authorization: AWS4-HMAC-SHA256 Credential=AKID/20241125/us-west-2/events/aws4_request, …`;
/// [`DEFAULT_REGION`](super::DEFAULT_REGION) when the request has none (a service that checks
/// [`Authenticated`](crate::Authenticated) first sees none such).
pub fn region(headers: &HeaderMap) -> String {
    let header = headers.get(axum::http::header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    match header.map(SigV4::parse) {
        Some(Ok(signed)) => signed.region.to_owned(),
        _ => super::DEFAULT_REGION.to_owned(),
    }
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
