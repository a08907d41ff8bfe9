//! What comes back of a new credential: its `data` in the shape of its `type`, every secret in it
//! replaced, and its scheme without the OAuth 2.0 grant's client secret. Each shape is written out
//! member by member, so that a member added to a shape cannot come back unredacted without a
//! change here.

use crate::platform::*;
use connschema::serde_json::{Map, Value};
use connschema::{IntoOwned, Secret};

/// What a secret string comes back as.
fn hidden() -> Secret<'static> {
    Secret::from("")
}

/// `data` with its secrets replaced: a string by `""`, `tokenUrl` (a URI) by
/// `https://redacted.invalid/`; scopes, flags and the mTLS credential's id are not secret and
/// stay. Of a shape the spec does not give (`custom-function`, `jwt-bearer`), every string and
/// number, however deep, is taken for a secret.
pub(super) fn data(data: &CredentialData<'_>) -> CredentialData<'static> {
    use CredentialData as D;
    let basic = || CredentialDataBasicAuth { username: hidden(), password: hidden() };
    match data {
        D::None(none) => D::None(none.clone()),
        D::String(_) => D::String(CredentialDataString { value: hidden() }),
        D::Binary(_) => D::Binary(CredentialDataBinary { value_base64: hidden() }),
        D::BasicAuth(_) => D::BasicAuth(basic()),
        D::OAuth2Password(_) => D::OAuth2Password(basic()),
        D::OAuth2Client(client) => D::OAuth2Client(CredentialDataOAuth2Client {
            client_id: hidden(),
            client_secret: hidden(),
            authorize_url: hidden(),
            token_url: Secret::from("https://redacted.invalid/"),
            scopes: client.scopes.clone().into_owned(),
            additional_params: client.additional_params.as_ref().map(|_| hidden()),
            mtls_enabled: client.mtls_enabled,
            mtls_credential_id: client.mtls_credential_id.clone().into_owned(),
        }),
        D::OAuth2Code(_) => D::OAuth2Code(CredentialDataOAuth2Code { code: hidden(), state: hidden() }),
        D::OAuth2Token(token) => D::OAuth2Token(CredentialDataOAuth2Token {
            access_token: token.access_token.as_ref().map(|_| hidden()),
            refresh_token: token.refresh_token.as_ref().map(|_| hidden()),
            scopes: token.scopes.clone().into_owned(),
        }),
        D::Certificate(_) => {
            D::Certificate(CredentialDataCertificate { certificate: hidden(), key: hidden(), ca: hidden() })
        }
        D::Unspecified(object) => D::Unspecified(SecretObject(members(&object.0))),
    }
}

fn members(object: &Map<String, Value>) -> Map<String, Value> {
    object.iter().map(|(name, value)| (name.clone(), value_of(value))).collect()
}

fn value_of(value: &Value) -> Value {
    match value {
        Value::String(_) => "".into(),
        Value::Number(_) => 0.into(),
        Value::Array(items) => items.iter().map(value_of).collect(),
        Value::Object(object) => Value::Object(members(object)),
        Value::Null | Value::Bool(_) => value.clone(),
    }
}

/// `scheme` without the OAuth 2.0 grant's client secret: the scheme's one secret, and optional.
pub(super) fn auth_scheme(scheme: &AuthSchemeConfig<'_>) -> AuthSchemeConfig<'static> {
    let mut scheme = scheme.clone().into_owned();
    if let AuthSchemeConfig::OAuth2(oauth) = &mut scheme {
        if let OAuth2Grant::AuthorizationCode(details) | OAuth2Grant::Password(details) = &mut oauth.grant {
            details.client_secret = None;
        }
    }
    scheme
}

#[cfg(test)]
mod tests {
    use connschema::serde_json::{self, json};

    /// `data` of `type`, as a new credential's data comes back.
    fn comes_back(ty: &str, data: serde_json::Value) -> serde_json::Value {
        let credential = json!({ "name": "c", "type": ty, "data": data }).to_string();
        let credential = connschema::from_slice::<crate::platform::CredentialCreate>(credential.as_bytes()).unwrap();
        serde_json::to_value(super::data(&credential.data)).unwrap()
    }

    #[test]
    fn every_secret_of_a_shape_is_replaced_and_the_rest_stays() {
        let client = json!({
            "clientId": "id", "clientSecret": "s3cret", "authorizeUrl": "", "tokenUrl": "https://a.example/t",
            "scopes": ["read"], "additionalParams": "x=1", "mTLSEnabled": true, "mTLSCredentialId": "m",
        });
        let expected = json!({
            "clientId": "", "clientSecret": "", "authorizeUrl": "", "tokenUrl": "https://redacted.invalid/",
            "scopes": ["read"], "additionalParams": "", "mTLSEnabled": true, "mTLSCredentialId": "m",
        });
        assert_eq!(comes_back("oauth2-client", client), expected);
        let token = json!({ "accessToken": "a", "scopes": [] });
        assert_eq!(comes_back("oauth2-token", token), json!({ "accessToken": "", "scopes": [] }));
        let basic = json!({ "username": "u", "password": "p" });
        assert_eq!(comes_back("oauth2-password", basic), json!({ "username": "", "password": "" }));
    }

    #[test]
    fn of_a_shape_without_a_model_nothing_but_structure_and_flags_comes_back() {
        let data =
            json!({ "key": "s3cret", "pin": 1234, "nested": { "token": "t", "list": ["a", 2, true] }, "on": true });
        let expected = json!({ "key": "", "pin": 0, "nested": { "token": "", "list": ["", 0, true] }, "on": true });
        assert_eq!(comes_back("custom-function", data), expected);
    }
}
