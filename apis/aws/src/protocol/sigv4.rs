//! The form of an AWS Signature Version 4 `Authorization` header:
//! `AWS4-HMAC-SHA256 Credential=<key>/<yyyymmdd>/<region>/<service>/aws4_request,
//! SignedHeaders=<name>;<name>, Signature=<64 hex digits>`.

/// The parts of a SigV4 `Authorization` header that the service reads.
///
/// ```
/// use connschema_aws::protocol::SigV4;
///
/// let header = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/eu-west-3/events/aws4_request, \
///               SignedHeaders=host;x-amz-date, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
/// let signed = SigV4::parse(header).unwrap();
/// assert_eq!((signed.region, signed.service), ("eu-west-3", "events"));
/// // What is wrong, in AWS's words, never the header itself.
/// assert_eq!(
///     SigV4::parse("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/eu-west-3/events/aws4_request").unwrap_err(),
///     "Authorization header requires 'SignedHeaders' parameter. Authorization header requires 'Signature' parameter."
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SigV4<'a> {
    /// The credential scope's date, `yyyymmdd`.
    pub date: &'a str,
    pub region: &'a str,
    /// The signing name of the service (`events`, `networkmanager`, `quicksight`).
    pub service: &'a str,
}

/// The region of an authenticated request's SigV4 scope, which the protocols' `authenticate`
/// leaves in the request's extensions for its handler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SigningRegion(pub String);

const ALGORITHM: &str = "AWS4-HMAC-SHA256";

impl<'a> SigV4<'a> {
    /// The header's scope, or what makes it no SigV4 signature, as AWS's `IncompleteSignatureException`
    /// says it. The access key and the signature are never part of either.
    pub fn parse(header: &'a str) -> Result<Self, String> {
        let Some(parameters) = header.strip_prefix(ALGORITHM).filter(|rest| rest.starts_with(' ')) else {
            return Err(format!("Authorization header requires the {ALGORITHM} algorithm."));
        };
        let (mut credential, mut signed_headers, mut signature) = (None, None, None);
        for parameter in parameters.split(',').map(str::trim) {
            let (name, value) = parameter.split_once('=').unwrap_or((parameter, ""));
            match name {
                "Credential" => credential = Some(value),
                "SignedHeaders" => signed_headers = Some(value),
                "Signature" => signature = Some(value),
                _ => {}
            }
        }
        let mut missing = String::new();
        for (name, value) in [("Credential", credential), ("SignedHeaders", signed_headers), ("Signature", signature)] {
            if value.is_none_or(str::is_empty) {
                missing.push_str(&format!(" Authorization header requires '{name}' parameter."));
            }
        }
        if !missing.is_empty() {
            return Err(missing.trim_start().to_owned());
        }
        let scope = credential.and_then(scope).ok_or_else(|| {
            "Credential should be <access key>/<yyyymmdd>/<region>/<service>/aws4_request.".to_owned()
        })?;
        let header_name = |name: &str| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        if !signed_headers.unwrap_or_default().split(';').all(header_name) {
            return Err("SignedHeaders should be lower-case header names joined by ';'.".to_owned());
        }
        let hex = |s: &str| s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if !signature.is_some_and(hex) {
            return Err("Signature should be 64 lower-case hexadecimal digits.".to_owned());
        }
        Ok(scope)
    }
}

/// `<key>/<yyyymmdd>/<region>/<service>/aws4_request`, each part of its form.
fn scope(credential: &str) -> Option<SigV4<'_>> {
    let mut parts = credential.split('/');
    let (key, date, region, service, terminal) =
        (parts.next()?, parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let name = |s: &str| {
        (1..=64).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    let ok = parts.next().is_none()
        && !key.is_empty()
        && key.bytes().all(|b| b.is_ascii_alphanumeric())
        && date.len() == 8
        && date.bytes().all(|b| b.is_ascii_digit())
        && name(region)
        && name(service)
        && terminal == "aws4_request";
    ok.then_some(SigV4 { date, region, service })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIGNATURE: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    #[test]
    fn forms() {
        let good = format!("AWS4-HMAC-SHA256 Credential=AKID/20261207/us-west-2/quicksight/aws4_request,SignedHeaders=host,Signature={SIGNATURE}");
        assert_eq!(SigV4::parse(&good), Ok(SigV4 { date: "20261207", region: "us-west-2", service: "quicksight" }));
        for bad in [
            "SCHEMATHESIS-INVALID-VALUE",
            "AWS4-HMAC-SHA256",
            "AWS4-HMAC-SHA256X Credential=a",
            &good.replace("20261207", "2026"),
            &good.replace("us-west-2", "US WEST"),
            &good.replace("aws4_request", "aws4"),
            &good.replace("SignedHeaders=host", "SignedHeaders=Host"),
            &good.replace(SIGNATURE, "abc"),
            &good.replace("AKID", "AK/ID"),
        ] {
            let reason = SigV4::parse(bad).unwrap_err();
            assert!(!reason.contains("AKID") && !reason.contains(SIGNATURE), "{reason}");
        }
        assert_eq!(
            SigV4::parse("AWS4-HMAC-SHA256 x").unwrap_err(),
            "Authorization header requires 'Credential' parameter. Authorization header requires 'SignedHeaders' \
             parameter. Authorization header requires 'Signature' parameter."
        );
    }
}
