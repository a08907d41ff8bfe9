//! docs/contracts.md §4: `AuthenticationMetadata` holds the one member that matches `AuthenticationType` (the
//! union itself rules out a second).

use super::{AuthConfig, ConnectionAuthType as Type};
use crate::rules::MemberForType;
use crate::{Cx, Loc};
use serde_json::Value;

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

pub fn check(config: &AuthConfig, loc: &Loc<'_>, cx: &mut Cx) {
    let m = &config.authentication_metadata;
    let present = [
        m.basic_auth_connection_metadata.is_some(),
        m.api_key_connection_metadata.is_some(),
        m.client_credentials_grant_metadata.is_some(),
        m.authorization_code_grant_metadata.is_some(),
        m.iam_connection_metadata.is_some(),
        m.none_connection_metadata.is_some(),
    ];
    RULE.check(config.authentication_type.as_str(), &present, loc, cx);
}

pub fn schema(_: &mut schemars::SchemaGenerator) -> Value {
    RULE.schema()
}
