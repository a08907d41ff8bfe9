//! DESIGN §4: `AuthParameters` holds the member for the `AuthorizationType`, and not the other two
//! type-specific members. Both the check and its schema come from one table.

use super::{ConnectionAuthorizationType, CreateConnectionRequest};
use crate::{Code, Cx, Loc};
use serde_json::{json, Value};

/// Each authorization type and the `AuthParameters` member that goes with it.
const MEMBER_FOR_TYPE: [(ConnectionAuthorizationType, &str); 3] = [
    (ConnectionAuthorizationType::Basic, "BasicAuthParameters"),
    (ConnectionAuthorizationType::ApiKey, "ApiKeyAuthParameters"),
    (ConnectionAuthorizationType::OauthClientCredentials, "OAuthParameters"),
];

pub fn check(request: &CreateConnectionRequest, loc: &Loc<'_>, cx: &mut Cx) {
    let params = &request.auth_parameters;
    let chosen = request.authorization_type;
    let at = loc.key("AuthParameters");
    for (ty, member) in MEMBER_FOR_TYPE {
        let present = match ty {
            ConnectionAuthorizationType::Basic => params.basic_auth_parameters.is_some(),
            ConnectionAuthorizationType::ApiKey => params.api_key_auth_parameters.is_some(),
            ConnectionAuthorizationType::OauthClientCredentials => params.oauth_parameters.is_some(),
        };
        if ty == chosen && !present {
            cx.report(&at.key(member), Code::Rule, format!("is required when AuthorizationType is {chosen}"));
        } else if ty != chosen && present {
            cx.report(&at.key(member), Code::Rule, format!("must be absent when AuthorizationType is {chosen}"));
        }
    }
}

pub fn schema(_: &mut schemars::SchemaGenerator) -> Value {
    let branches: Vec<Value> = MEMBER_FOR_TYPE
        .iter()
        .map(|(ty, member)| {
            let forbidden: serde_json::Map<String, Value> = MEMBER_FOR_TYPE
                .iter()
                .filter(|(other, _)| other != ty)
                .map(|(_, other)| ((*other).to_owned(), Value::Bool(false)))
                .collect();
            json!({
                "if": {
                    "properties": { "AuthorizationType": { "const": ty.as_str() } },
                    "required": ["AuthorizationType"]
                },
                "then": {
                    "properties": {
                        "AuthParameters": { "type": "object", "required": [member], "properties": forbidden }
                    }
                }
            })
        })
        .collect();
    json!({
        "description": "AuthParameters holds the member for the AuthorizationType and neither of the other two.",
        "allOf": branches
    })
}
