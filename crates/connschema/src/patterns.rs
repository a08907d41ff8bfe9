//! Every member pattern of every model, in every form: for tests, benchmarks and tools that check
//! the translation from the vendors' patterns.

use crate::aws::{events, networkmanager as nm, quicksight as qs};
use crate::huaweicloud::eg;
use crate::runs;

/// A pattern of a model member, in every form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PatternInfo {
    /// The member's wire name.
    pub member: &'static str,
    /// The vendor's pattern as documented (ECMA-262, matched against the whole value).
    pub vendor: &'static str,
    /// The Rust `regex` that the check runs.
    pub rust: &'static str,
    /// The exported, portable form.
    pub export: &'static str,
    /// The vendor's text of the linear-time equivalent that `export` comes from, if any.
    pub linear: Option<&'static str>,
    /// The class runs that decide the pattern in place of `rust`, where the derive compiled it
    /// into them (see [`runs`]).
    pub runs: Option<&'static [runs::Run]>,
}

/// The member patterns of every model, each with the name of the type that holds it.
///
/// Patterns that come from a format (`date-time`, `uri`: see [`crate::format`]), Versori's
/// [`Ulid`](crate::versori::platform::Ulid) and rules (QuickSight's reserved prefix) are not
/// member patterns and are not listed.
///
/// ```
/// let names: Vec<_> = connschema::patterns::all()
///     .into_iter()
///     .filter(|(ty, p)| *ty == "aws::events::CreateConnectionRequest" && p.member == "Name")
///     .collect();
/// assert_eq!(names[0].1.export, r"^(?:[.\-_A-Za-z0-9]+)$");
/// ```
pub fn all() -> Vec<(&'static str, PatternInfo)> {
    let tables: &[(&str, &[PatternInfo])] = &[
        ("aws::events::CreateConnectionRequest", events::CreateConnectionRequest::PATTERNS),
        ("aws::events::BasicAuth", events::CreateConnectionBasicAuthRequestParameters::PATTERNS),
        ("aws::events::ApiKeyAuth", events::CreateConnectionApiKeyAuthRequestParameters::PATTERNS),
        ("aws::events::OAuth", events::CreateConnectionOAuthRequestParameters::PATTERNS),
        ("aws::events::OAuthClient", events::CreateConnectionOAuthClientRequestParameters::PATTERNS),
        ("aws::events::HeaderParameter", events::ConnectionHeaderParameter::PATTERNS),
        ("aws::events::QueryStringParameter", events::ConnectionQueryStringParameter::PATTERNS),
        ("aws::events::ResourceConfigurationArn", events::ConnectivityResourceConfigurationArn::PATTERNS),
        ("aws::events::CreateConnectionResponse", events::CreateConnectionResponse::PATTERNS),
        ("aws::networkmanager::CreateConnectionRequest", nm::CreateConnectionRequest::PATTERNS),
        ("aws::networkmanager::CreateConnectionParams", nm::CreateConnectionParams::PATTERNS),
        ("aws::networkmanager::Tag", nm::Tag::PATTERNS),
        ("aws::networkmanager::Connection", nm::Connection::PATTERNS),
        ("aws::networkmanager::AccessDeniedException", nm::AccessDeniedException::PATTERNS),
        ("aws::networkmanager::ValidationExceptionField", nm::ValidationExceptionField::PATTERNS),
        ("aws::quicksight::CreateActionConnectorRequest", qs::CreateActionConnectorRequest::PATTERNS),
        ("aws::quicksight::CreateActionConnectorParams", qs::CreateActionConnectorParams::PATTERNS),
        ("aws::quicksight::ApiKeyConnectionMetadata", qs::ApiKeyConnectionMetadata::PATTERNS),
        ("aws::quicksight::AuthorizationCodeGrantDetails", qs::AuthorizationCodeGrantDetails::PATTERNS),
        ("aws::quicksight::AuthorizationCodeGrantMetadata", qs::AuthorizationCodeGrantMetadata::PATTERNS),
        ("aws::quicksight::BasicAuthConnectionMetadata", qs::BasicAuthConnectionMetadata::PATTERNS),
        ("aws::quicksight::ClientCredentialsGrantDetails", qs::ClientCredentialsGrantDetails::PATTERNS),
        ("aws::quicksight::ClientCredentialsGrantMetadata", qs::ClientCredentialsGrantMetadata::PATTERNS),
        ("aws::quicksight::NoneConnectionMetadata", qs::NoneConnectionMetadata::PATTERNS),
        ("huaweicloud::eg::ConnectionCreateReq", eg::ConnectionCreateReq::PATTERNS),
        ("huaweicloud::eg::CreateConnectionResponse", eg::CreateConnectionResponse::PATTERNS),
    ];
    tables.iter().flat_map(|(ty, patterns)| patterns.iter().map(move |p| (*ty, *p))).collect()
}
