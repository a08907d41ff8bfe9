//! How an operation travels over HTTP: its wire protocol, where each `params` member is carried,
//! the headers every request has, how a caller authenticates, and the status of each answer. The
//! OpenAPI documents, `index.json` and `connschema-axum` all read this one description.
//!
//! ```
//! use connschema::http::{Http, Param, Security};
//!
//! static HTTP: Http = Http::json("restJson1")
//!     .params(&[Param::path("widgetId"), Param::header("X-Api-Key")])
//!     .security(&[Security::api_key_header("apiKey", "X-Api-Key", "An API key.")]);
//! assert_eq!(HTTP.success, 200);
//! assert_eq!(HTTP.param("widgetId").map(|p| p.place), Some(connschema::http::Place::Path));
//! ```

/// An operation's HTTP binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Http {
    /// The wire protocol's name, as `index.json` gives it (`restJson1`, `acme`, ...).
    pub protocol: &'static str,
    /// The content type of the request body and of every answer's body.
    pub content_type: &'static str,
    /// Headers that every request carries with a fixed value (the operation's name, where one path serves several).
    pub fixed_headers: &'static [(&'static str, &'static str)],
    /// Every member of the operation's `params` message and where the request carries it.
    pub params: &'static [Param],
    /// The status of a success.
    pub success: u16,
    /// The ways a caller proves who it is; any one of them is enough.
    pub security: &'static [Security],
}

impl Http {
    /// A binding with JSON bodies (`application/json`), no parameters, no fixed headers, no
    /// security, and 200 for a success.
    pub const fn json(protocol: &'static str) -> Self {
        Self::new(protocol, "application/json")
    }

    /// As [`Http::json`], with bodies of `content_type`.
    pub const fn new(protocol: &'static str, content_type: &'static str) -> Self {
        Self { protocol, content_type, fixed_headers: &[], params: &[], success: 200, security: &[] }
    }

    /// Where the `params` message's members travel.
    pub const fn params(self, params: &'static [Param]) -> Self {
        Self { params, ..self }
    }

    /// Headers with a fixed value on every request.
    pub const fn fixed_headers(self, fixed_headers: &'static [(&'static str, &'static str)]) -> Self {
        Self { fixed_headers, ..self }
    }

    /// How a caller authenticates.
    pub const fn security(self, security: &'static [Security]) -> Self {
        Self { security, ..self }
    }

    /// The parameter with this wire name.
    pub fn param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|p| p.name == name)
    }

    /// The security scheme that carries this header, if one does (names match without regard to
    /// case): such a header is a credential, not an ordinary parameter.
    pub fn credential_header(&self, name: &str) -> Option<&Security> {
        self.security.iter().find(|s| matches!(s.kind, SecurityKind::Header(h) if h.eq_ignore_ascii_case(name)))
    }
}

/// One documented non-body parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// The wire name, as the `params` message names it (`project_id`, `X-Auth-Token`).
    pub name: &'static str,
    pub place: Place,
}

impl Param {
    /// A segment of the path template, `{name}`.
    pub const fn path(name: &'static str) -> Self {
        Self { name, place: Place::Path }
    }

    /// A member of the query string.
    pub const fn query(name: &'static str) -> Self {
        Self { name, place: Place::Query }
    }

    /// A header.
    pub const fn header(name: &'static str) -> Self {
        Self { name, place: Place::Header }
    }
}

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A segment of the route's path (`/v1/{project_id}/connections`).
    Path,
    /// A member of the query string.
    Query,
    /// A header; its name is matched without regard to case.
    Header,
}

impl Place {
    /// The name OpenAPI gives this place (`in`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Path => "path",
            Self::Query => "query",
            Self::Header => "header",
        }
    }
}

/// One way to authenticate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Security {
    /// Its name among the document's security schemes.
    pub name: &'static str,
    pub kind: SecurityKind,
    pub description: &'static str,
}

impl Security {
    /// A credential in a header of its own (SigV4's or AK/SK's `Authorization`, `X-Auth-Token`).
    pub const fn api_key_header(name: &'static str, header: &'static str, description: &'static str) -> Self {
        Self { name, kind: SecurityKind::Header(header), description }
    }

    /// `Authorization: Bearer <token>`.
    pub const fn bearer(name: &'static str, description: &'static str) -> Self {
        Self { name, kind: SecurityKind::Bearer, description }
    }
}

/// What a security scheme carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecurityKind {
    /// A value in the named header.
    Header(&'static str),
    /// An HTTP bearer token.
    Bearer,
}
