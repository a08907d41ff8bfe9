//! DESIGN §4: `AuthenticationMetadata` holds the one member that matches `AuthenticationType` (the
//! union itself rules out a second). The check and the schema come from one table.

use super::{AuthConfig, AuthenticationMetadata, ConnectionAuthType};
use crate::{Code, Cx, Loc};
use serde_json::{json, Map, Value};

/// Each authentication type and its metadata member.
const MEMBER_FOR_TYPE: [(ConnectionAuthType, &str); 6] = [
    (ConnectionAuthType::Basic, "BasicAuthConnectionMetadata"),
    (ConnectionAuthType::ApiKey, "ApiKeyConnectionMetadata"),
    (ConnectionAuthType::Oauth2ClientCredentials, "ClientCredentialsGrantMetadata"),
    (ConnectionAuthType::Oauth2AuthorizationCode, "AuthorizationCodeGrantMetadata"),
    (ConnectionAuthType::Iam, "IamConnectionMetadata"),
    (ConnectionAuthType::None, "NoneConnectionMetadata"),
];

fn present(metadata: &AuthenticationMetadata, ty: ConnectionAuthType) -> bool {
    match ty {
        ConnectionAuthType::Basic => metadata.basic_auth_connection_metadata.is_some(),
        ConnectionAuthType::ApiKey => metadata.api_key_connection_metadata.is_some(),
        ConnectionAuthType::Oauth2ClientCredentials => metadata.client_credentials_grant_metadata.is_some(),
        ConnectionAuthType::Oauth2AuthorizationCode => metadata.authorization_code_grant_metadata.is_some(),
        ConnectionAuthType::Iam => metadata.iam_connection_metadata.is_some(),
        ConnectionAuthType::None => metadata.none_connection_metadata.is_some(),
    }
}

pub fn check(config: &AuthConfig, loc: &Loc<'_>, cx: &mut Cx) {
    let chosen = config.authentication_type;
    let at = loc.key("AuthenticationMetadata");
    for (ty, member) in MEMBER_FOR_TYPE {
        let present = present(&config.authentication_metadata, ty);
        if ty == chosen && !present {
            cx.report(&at.key(member), Code::Rule, format!("is required when AuthenticationType is {chosen}"));
        } else if ty != chosen && present {
            cx.report(&at.key(member), Code::Rule, format!("must be absent when AuthenticationType is {chosen}"));
        }
    }
}

pub fn schema(_: &mut schemars::SchemaGenerator) -> Value {
    let branches: Vec<Value> = MEMBER_FOR_TYPE
        .iter()
        .map(|(ty, member)| {
            let forbidden: Map<String, Value> = MEMBER_FOR_TYPE
                .iter()
                .filter(|(other, _)| other != ty)
                .map(|(_, other)| ((*other).to_owned(), Value::Bool(false)))
                .collect();
            json!({
                "if": { "properties": { "AuthenticationType": { "const": ty.as_str() } }, "required": ["AuthenticationType"] },
                "then": {
                    "properties": {
                        "AuthenticationMetadata": { "type": "object", "required": [member], "properties": forbidden }
                    }
                }
            })
        })
        .collect();
    json!({
        "description": "AuthenticationMetadata holds the member for the AuthenticationType and no other.",
        "allOf": branches
    })
}
