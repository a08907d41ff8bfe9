//! The `AuthenticationType` and its rule (docs/contracts.md §4): `AuthenticationMetadata` holds
//! the one member that matches the type (the union itself rules out a second).

use connschema::rules::MemberForType;
use connschema::serde_json::Value;
use connschema::{Collector, Loc, Members, Model};

/// The type of authentication method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Model)]
#[model(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ConnectionAuthType {
    Basic,
    ApiKey,
    #[model(rename = "OAUTH2_CLIENT_CREDENTIALS")]
    Oauth2ClientCredentials,
    None,
    Iam,
    #[model(rename = "OAUTH2_AUTHORIZATION_CODE")]
    Oauth2AuthorizationCode,
}

use ConnectionAuthType as Type;

const RULE: MemberForType = MemberForType {
    type_member: "AuthenticationType",
    holder: "AuthenticationMetadata",
    table: &[
        (Type::Basic.as_str(), "BasicAuthConnectionMetadata"),
        (Type::ApiKey.as_str(), "ApiKeyConnectionMetadata"),
        (Type::Oauth2ClientCredentials.as_str(), "ClientCredentialsGrantMetadata"),
        (Type::Oauth2AuthorizationCode.as_str(), "AuthorizationCodeGrantMetadata"),
        (Type::Iam.as_str(), "IamConnectionMetadata"),
        (Type::None.as_str(), "NoneConnectionMetadata"),
    ],
};

pub fn check(ty: &Type, present: Members, loc: &Loc<'_>, cx: &mut Collector) {
    RULE.check(ty.as_str(), present, loc, cx);
}

pub fn schema(_: &mut connschema::schemars::SchemaGenerator) -> Value {
    RULE.schema()
}
