//! The three AWS operations.

pub mod events;
pub mod networkmanager;
pub mod quicksight;

use axum::http::HeaderMap;

/// The region of a SigV4-signed request: the third part of its credential scope,
/// `Authorization: AWS4-HMAC-SHA256 Credential=AKID/20241125/us-west-2/events/aws4_request, …`;
/// [`DEFAULT_REGION`](super::DEFAULT_REGION) when the request has none (or one that is no region).
pub fn region(headers: &HeaderMap) -> String {
    let scope = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|auth| auth.split_once("Credential=").map(|(_, rest)| rest))
        .and_then(|credential| credential.split('/').nth(2));
    match scope {
        Some(region) if is_region(region) => region.to_owned(),
        _ => super::DEFAULT_REGION.to_owned(),
    }
}

/// Looks like an AWS region name: `us-east-1`, `cn-north-1`, `us-gov-west-1`.
fn is_region(name: &str) -> bool {
    (1..=32).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_region_comes_from_the_credential_scope() {
        let mut headers = HeaderMap::new();
        assert_eq!(region(&headers), "us-east-1");
        let auth = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20241125/eu-west-3/events/aws4_request, SignedHeaders=host, Signature=abc";
        headers.insert("authorization", auth.parse().unwrap());
        assert_eq!(region(&headers), "eu-west-3");
        headers.insert("authorization", "AWS4-HMAC-SHA256 Credential=A/2024/EU WEST/x".parse().unwrap());
        assert_eq!(region(&headers), "us-east-1");
    }
}
