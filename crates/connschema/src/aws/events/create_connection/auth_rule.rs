//! docs/contracts.md §4: `AuthParameters` holds the member for the `AuthorizationType`, and not the other two
//! type-specific members (`InvocationHttpParameters` and `ConnectivityParameters` go with any type).

use super::{ConnectionAuthorizationType as Type, CreateConnectionRequest};
use crate::rules::MemberForType;
use crate::{Cx, Loc};
use serde_json::Value;

const RULE: MemberForType = MemberForType {
    type_member: "AuthorizationType",
    holder: "AuthParameters",
    table: &[
        (Type::Basic.as_str(), "BasicAuthParameters"),
        (Type::ApiKey.as_str(), "ApiKeyAuthParameters"),
        (Type::OauthClientCredentials.as_str(), "OAuthParameters"),
    ],
};

pub fn check(request: &CreateConnectionRequest, loc: &Loc<'_>, cx: &mut Cx) {
    let params = &request.auth_parameters;
    let present = [
        params.basic_auth_parameters.is_some(),
        params.api_key_auth_parameters.is_some(),
        params.oauth_parameters.is_some(),
    ];
    RULE.check(request.authorization_type.as_str(), &present, loc, cx);
}

pub fn schema(_: &mut schemars::SchemaGenerator) -> Value {
    RULE.schema()
}
