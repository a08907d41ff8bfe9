//! The forms of opaque tokens: a JSON Web Token (Versori's `id_token`) and a Huawei IAM token.

/// The token of `Authorization: Bearer <token>` (the scheme's name in any case).
pub fn bearer(authorization: &str) -> Option<&str> {
    let (scheme, token) = authorization.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim()).filter(|t| !t.is_empty())
}

/// A compact JWT: three base64url parts joined by `.`, the first a JSON object (so `eyJ`, the
/// encoding of `{"`); the signature is empty only for an unsecured token.
pub fn is_jwt(token: &str) -> bool {
    let mut parts = token.split('.');
    let (Some(head), Some(claims), Some(signature), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let base64url = |part: &str| part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    head.starts_with("eyJ") && !claims.is_empty() && [head, claims, signature].into_iter().all(base64url)
}

/// An IAM token: a PKI token, the base64 of a CMS message, which is a DER sequence with a long
/// length, so it starts `MII`; the alphabet either base64's or base64url's.
pub fn is_iam_token(token: &[u8]) -> bool {
    token.starts_with(b"MII")
        && token.iter().all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'-' | b'_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(bearer("Bearer eyJa.b.c"), Some("eyJa.b.c"));
        assert_eq!(bearer("bearer  x "), Some("x"));
        assert_eq!(bearer("Basic x"), None);
        assert_eq!(bearer("Bearer "), None);
        assert!(is_jwt("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"));
        assert!(is_jwt("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0."));
        assert!(!is_jwt("SCHEMATHESIS-INVALID-VALUE"));
        assert!(!is_jwt("eyJa.b"));
        assert!(!is_jwt("eyJa..c"));
        assert!(!is_jwt("eyJa.b.c.d"));
        assert!(!is_jwt("eyJ a.b.c"));
        assert!(is_iam_token(b"MIIDexample+/="));
        assert!(!is_iam_token(b"SCHEMATHESIS-INVALID-VALUE"));
        assert!(!is_iam_token(b"MII token"));
    }
}
