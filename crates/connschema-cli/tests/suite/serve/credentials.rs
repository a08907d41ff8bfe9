//! `Authenticated<T>` in the service: the vendor's credential is checked for its form first.

use super::*;

/// A request without a credential, or with one not of its scheme's form, is refused before its
/// body is read (the body here is not even JSON), in the vendor's protocol, and the answer never
/// shows the credential.
#[tokio::test]
async fn credentials_are_checked_before_the_body() {
    let cases = [
        (EVENTS, 401, 403, "MissingAuthenticationTokenException", "IncompleteSignatureException"),
        (NETWORKMANAGER, 401, 403, "MissingAuthenticationTokenException", "IncompleteSignatureException"),
        (QUICKSIGHT, 401, 403, "MissingAuthenticationTokenException", "IncompleteSignatureException"),
        (VERSORI, 401, 401, "unauthorized", "unauthorized"),
    ];
    let secret = "Signature=SECRET-LOOKING-VALUE";
    for (op, missing, malformed, missing_name, malformed_name) in cases {
        for (credential, status, name) in [(None, missing, missing_name), (Some(secret), malformed, malformed_name)] {
            let mut request = request(op, &params(op), "not JSON");
            request.headers_mut().remove("authorization");
            if let Some(value) = credential {
                request.headers_mut().insert("authorization", value.parse().unwrap());
            }
            let answer = send(&router(), request).await;
            assert_eq!(answer.status, status, "{op} {credential:?}: {}", answer.text);
            assert_error_body(op, &answer);
            let named = answer.headers.get("x-amzn-errortype").map(|h| h.to_str().unwrap().to_owned());
            let named = named.or(answer.body["__type"].as_str().map(str::to_owned));
            assert_eq!(named.as_deref().unwrap_or_else(|| answer.body["code"].as_str().unwrap()), name, "{op}");
            assert!(!answer.text.contains("SECRET"), "{op}: {}", answer.text);
        }
    }
    let mut missing = request(EVENTS, &params(EVENTS), "{}");
    missing.headers_mut().remove("authorization");
    let answer = send(&router(), missing).await;
    assert_eq!(answer.body["message"], "Missing Authentication Token");
}
