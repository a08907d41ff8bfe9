//! The head of a request that a local service accepts as authenticated, built from an operation's
//! routing: what the tests that send requests through the router and `cargo xtask answers`, which
//! sends them over TCP, both need.

use connschema::http::SecurityKind;
use connschema::registry::Operation;
use serde_json::{Map, Value};

/// The path and headers of a request of an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    /// The operation's path, each `{name}` replaced by its parameter.
    pub path: String,
    /// The parameters that are not in the path, the operation's fixed headers (awsJson1.1's
    /// `X-Amz-Target`), its content type and a credential ([`credential`]).
    pub headers: Vec<(String, String)>,
}

/// The head of a request of `op` with these parameters (each a string).
///
/// ```
/// use connschema::http::{Http, Param, Security};
/// use connschema::registry::Operation;
///
/// static PARAMS: [Param; 2] = [Param::path("id"), Param::header("X-Trace")];
/// static SECURITY: [Security; 1] = [Security::bearer("bearer", "An Acme API token.")];
/// let op = Operation {
///     id: "acme.widgets.UpdateWidget",
///     method: "PUT",
///     path: "/widgets/{id}",
///     http: Http::json("acme").params(&PARAMS).security(&SECURITY),
///     messages: &[],
/// };
/// let params = serde_json::json!({"id": "w-1", "X-Trace": "t"});
/// let head = connschema_testing::head(&op, params.as_object().unwrap());
/// assert_eq!(head.path, "/widgets/w-1");
/// assert!(head.headers.contains(&("X-Trace".to_owned(), "t".to_owned())));
/// assert!(head.headers.iter().any(|(name, value)| name == "Authorization" && value.starts_with("Bearer eyJ")));
/// ```
pub fn head(op: &Operation, params: &Map<String, Value>) -> Head {
    let mut path = op.path.to_owned();
    let mut headers = vec![("Content-Type".to_owned(), op.http.content_type.to_owned())];
    for (name, value) in params {
        let value = value.as_str().unwrap_or_default();
        let slot = format!("{{{name}}}");
        match path.contains(&slot) {
            true => path = path.replace(&slot, value),
            false => headers.push((name.clone(), value.to_owned())),
        }
    }
    headers.extend(op.http.fixed_headers.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())));
    headers.extend(credential(op).map(|(name, value)| (name.to_owned(), value)));
    Head { path, headers }
}

/// A credential of the form the operation's first security scheme takes (the local services check
/// forms, not keys): a SigV4 `Authorization` scoped to the operation's service (the id's second
/// part), or a bearer JWT; none where a parameter carries it (a token header).
pub fn credential(op: &Operation) -> Option<(&'static str, String)> {
    const SIGNATURE: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    let service = op.id.split('.').nth(1).unwrap_or_default();
    match op.http.security.first()?.kind {
        SecurityKind::Bearer => Some(("Authorization", format!("Bearer {JWT}"))),
        SecurityKind::Header("Authorization") => Some((
            "Authorization",
            format!("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/eu-west-3/{service}/aws4_request, SignedHeaders=host;x-amz-date, Signature={SIGNATURE}"),
        )),
        SecurityKind::Header(_) => None,
    }
}

/// An unsecured JSON Web Token (`{"alg":"none"}`, `{"sub":"connschema"}`).
pub const JWT: &str = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJjb25uc2NoZW1hIn0.";
