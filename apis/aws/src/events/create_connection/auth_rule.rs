//! The `AuthorizationType` and its rule (docs/contracts.md §4): `AuthParameters` holds the member
//! for the type, and not the other two type-specific members (`InvocationHttpParameters` and
//! `ConnectivityParameters` go with any type).

use connschema::rules::MemberForType;
use connschema::serde_json::Value;
use connschema::{Collector, Loc, Members, Model};

/// The type of authorization to use for the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ConnectionAuthorizationType {
    Basic,
    OauthClientCredentials,
    ApiKey,
}

use ConnectionAuthorizationType as Type;

const RULE: MemberForType = MemberForType {
    type_member: "AuthorizationType",
    holder: "AuthParameters",
    table: &[
        (Type::Basic.as_str(), "BasicAuthParameters"),
        (Type::ApiKey.as_str(), "ApiKeyAuthParameters"),
        (Type::OauthClientCredentials.as_str(), "OAuthParameters"),
    ],
};

pub fn check(ty: &Type, present: Members, loc: &Loc<'_>, cx: &mut Collector) {
    RULE.check(ty.as_str(), present, loc, cx);
}

pub fn schema(_: &mut connschema::schemars::SchemaGenerator) -> Value {
    RULE.schema()
}
