//! QuickSight CreateActionConnector: the authentication unions and their rule in every direction,
//! the reserved prefix, whole-value patterns and list bounds, with `jsonschema` agreeing throughout.

use crate::common;

use common::expect;
use connschema::Code::{self, *};
use serde_json::{json, Value};

const OP: &str = "aws.quicksight.CreateActionConnector";

fn metadata_for(ty: &str) -> (&'static str, Value) {
    let endpoint = "https://api.example.com";
    match ty {
        "BASIC" => ("BasicAuthConnectionMetadata", json!({"BaseEndpoint": endpoint, "Username": "u", "Password": "p"})),
        "API_KEY" => ("ApiKeyConnectionMetadata", json!({"BaseEndpoint": endpoint, "ApiKey": "k"})),
        "OAUTH2_CLIENT_CREDENTIALS" => ("ClientCredentialsGrantMetadata", json!({"BaseEndpoint": endpoint})),
        "OAUTH2_AUTHORIZATION_CODE" => (
            "AuthorizationCodeGrantMetadata",
            json!({"BaseEndpoint": endpoint, "RedirectUrl": "https://app.example.com/callback"}),
        ),
        "IAM" => ("IamConnectionMetadata", json!({"RoleArn": "arn:aws:iam::123456789012:role/R"})),
        _ => ("NoneConnectionMetadata", json!({"BaseEndpoint": endpoint})),
    }
}

const TYPES: [&str; 6] = ["BASIC", "API_KEY", "OAUTH2_CLIENT_CREDENTIALS", "OAUTH2_AUTHORIZATION_CODE", "IAM", "NONE"];

fn request(ty: &str, metadata: Value) -> Value {
    json!({
        "ActionConnectorId": "conn-1",
        "Name": "My connector",
        "Type": "GENERIC_HTTP",
        "AuthenticationConfig": {"AuthenticationType": ty, "AuthenticationMetadata": metadata}
    })
}

fn valid() -> Value {
    let (member, body) = metadata_for("NONE");
    request("NONE", json!({member: body}))
}

fn check(doc: &Value, expected: &[(&str, Code)]) {
    expect(OP, "request", &doc.to_string(), expected);
}

fn with(edit: impl FnOnce(&mut Value)) -> Value {
    let mut doc = valid();
    edit(&mut doc);
    doc
}

#[test]
fn metadata_holds_exactly_the_member_of_the_type() {
    const AT: &str = "/AuthenticationConfig/AuthenticationMetadata";
    for ty in TYPES {
        let (member, body) = metadata_for(ty);
        check(&request(ty, json!({member: body})), &[]);
        // No member: the union and the rule both object.
        check(&request(ty, json!({})), &[(AT, Rule), (&format!("{AT}/{member}"), Rule)]);
        for other in TYPES.iter().filter(|t| **t != ty) {
            let (other_member, other_body) = metadata_for(other);
            // The wrong member alone: one member, so only the type rule objects, twice.
            let mut expected = [(format!("{AT}/{member}"), Rule), (format!("{AT}/{other_member}"), Rule)];
            let order = |p: &str| TYPES.iter().position(|t| p.ends_with(metadata_for(t).0));
            expected.sort_by_key(|(p, _)| order(p));
            let expected: Vec<(&str, Code)> = expected.iter().map(|(p, c)| (p.as_str(), *c)).collect();
            check(&request(ty, json!({other_member: other_body.clone()})), &expected);
            // Its own and another: the union and the type rule object.
            check(
                &request(ty, json!({member: body.clone(), other_member: other_body})),
                &[(AT, Rule), (&format!("{AT}/{other_member}"), Rule)],
            );
        }
    }
}

#[test]
fn nested_credential_unions_hold_their_one_member() {
    let grant = |details: Value| {
        request(
            "OAUTH2_CLIENT_CREDENTIALS",
            json!({"ClientCredentialsGrantMetadata": {"BaseEndpoint": "https://a.example.com", "ClientCredentialsDetails": details}}),
        )
    };
    check(
        &grant(
            json!({"ClientCredentialsGrantDetails": {"ClientId": "", "ClientSecret": "", "TokenEndpoint": "https://t.example.com"}}),
        ),
        &[],
    );
    check(
        &grant(json!({})),
        &[(
            "/AuthenticationConfig/AuthenticationMetadata/ClientCredentialsGrantMetadata/ClientCredentialsDetails",
            Rule,
        )],
    );
    let code = |details: Value| {
        request(
            "OAUTH2_AUTHORIZATION_CODE",
            json!({"AuthorizationCodeGrantMetadata": {"BaseEndpoint": "https://a.example.com", "RedirectUrl": "https://r.example.com",
                   "AuthorizationCodeGrantCredentialsSource": "PLAIN_CREDENTIALS", "AuthorizationCodeGrantCredentialsDetails": details}}),
        )
    };
    check(
        &code(
            json!({"AuthorizationCodeGrantDetails": {"ClientId": "c", "ClientSecret": "s", "TokenEndpoint": "https://t.example.com", "AuthorizationEndpoint": "https://z.example.com"}}),
        ),
        &[],
    );
    check(&code(json!({})), &[("/AuthenticationConfig/AuthenticationMetadata/AuthorizationCodeGrantMetadata/AuthorizationCodeGrantCredentialsDetails", Rule)]);
    let secret = "s".repeat(2049);
    check(
        &code(json!({"AuthorizationCodeGrantDetails": {"ClientId": "c".repeat(1025), "ClientSecret": secret, "TokenEndpoint": "https://t", "AuthorizationEndpoint": "https://z"}})),
        &[
            ("/AuthenticationConfig/AuthenticationMetadata/AuthorizationCodeGrantMetadata/AuthorizationCodeGrantCredentialsDetails/AuthorizationCodeGrantDetails/ClientId", Length),
            ("/AuthenticationConfig/AuthenticationMetadata/AuthorizationCodeGrantMetadata/AuthorizationCodeGrantCredentialsDetails/AuthorizationCodeGrantDetails/ClientSecret", Length),
        ],
    );
}

#[test]
fn endpoints_must_start_with_https() {
    const AT: &str = "/AuthenticationConfig/AuthenticationMetadata/NoneConnectionMetadata/BaseEndpoint";
    let endpoint = |e: &str| {
        with(|d| {
            d["AuthenticationConfig"]["AuthenticationMetadata"]["NoneConnectionMetadata"]["BaseEndpoint"] = json!(e)
        })
    };
    check(&endpoint("https://"), &[]);
    check(&endpoint(&format!("https://{}", "a".repeat(8184))), &[]);
    check(&endpoint(&format!("https://{}", "a".repeat(8185))), &[(AT, Length)]);
    for bad in ["http://a.example.com", "see https://a.example.com", "https://a\nb", "HTTPS://a.example.com"] {
        check(&endpoint(bad), &[(AT, Pattern)]);
    }
}

#[test]
fn connector_id_pattern_and_reserved_prefix() {
    let id = |v: &str| with(|d| d["ActionConnectorId"] = json!(v));
    check(&id("a-b_C9"), &[]);
    check(&id(&"x".repeat(512)), &[]);
    check(&id(&"x".repeat(513)), &[("/ActionConnectorId", Length)]);
    check(&id("quicksuite-x"), &[("/ActionConnectorId", Rule)]);
    check(&id("quicksuite-"), &[("/ActionConnectorId", Rule)]);
    check(&id("my-quicksuite-x"), &[]);
    check(&id("Quicksuite-x"), &[]);
    for bad in ["has space", "é", "a.b", ""] {
        let expected: &[(&str, Code)] = if bad.is_empty() {
            &[("/ActionConnectorId", Length), ("/ActionConnectorId", Pattern)]
        } else {
            &[("/ActionConnectorId", Pattern)]
        };
        check(&id(bad), expected);
    }
}

#[test]
fn name_description_and_email_patterns() {
    let name = |v: &str| with(|d| d["Name"] = json!(v));
    for good in ["a", "A b-c_d 9", "x"] {
        check(&name(good), &[]);
    }
    for bad in [" a", "a ", "a-", "é", "a.b"] {
        check(&name(bad), &[("/Name", Pattern)]);
    }
    check(&name(&"n".repeat(256)), &[("/Name", Length)]);
    let description = |v: &str| with(|d| d["Description"] = json!(v));
    check(&description("Plain text, with punctuation: no! yes? ok."), &[("/Description", Pattern)]);
    check(&description("Plain text, with punctuation. Yes? OK!"), &[]);
    check(&description(""), &[("/Description", Length)]);
    let email = |v: &str| {
        request(
            "API_KEY",
            json!({"ApiKeyConnectionMetadata": {"BaseEndpoint": "https://a.example.com", "ApiKey": "k", "Email": v}}),
        )
    };
    check(&email("first.last+tag@mail.example.co"), &[]);
    for bad in ["nobody", "a@b.c", "a@b.com ", "é@b.com"] {
        check(&email(bad), &[("/AuthenticationConfig/AuthenticationMetadata/ApiKeyConnectionMetadata/Email", Pattern)]);
    }
}

#[test]
fn permissions_and_tags() {
    let perms = |n: usize, actions: usize| {
        with(|d| {
            d["Permissions"] = json!((0..n)
                .map(|i| json!({"Principal": format!("p{i}"), "Actions": vec!["a"; actions]}))
                .collect::<Vec<_>>());
        })
    };
    check(&perms(1, 1), &[]);
    check(&perms(64, 20), &[]);
    check(&perms(65, 1), &[("/Permissions", Items)]);
    check(&perms(0, 1), &[("/Permissions", Items)]);
    check(&perms(1, 21), &[("/Permissions/0/Actions", Items)]);
    check(&perms(1, 0), &[("/Permissions/0/Actions", Items)]);
    check(
        &with(|d| d["Permissions"] = json!([{"Principal": "", "Actions": ["a"]}])),
        &[("/Permissions/0/Principal", Length)],
    );
    let tags = |n: usize| {
        with(|d| d["Tags"] = json!((0..n).map(|i| json!({"Key": format!("k{i}"), "Value": "v"})).collect::<Vec<_>>()))
    };
    check(&tags(200), &[]);
    check(&tags(201), &[("/Tags", Items)]);
    check(&with(|d| d["Tags"] = json!([{"Key": "k"}])), &[("/Tags/0/Value", Required)]);
    check(
        &with(|d| d["Tags"] = json!([{"Key": "k".repeat(129), "Value": "v".repeat(257)}])),
        &[("/Tags/0/Key", Length), ("/Tags/0/Value", Length)],
    );
}

#[test]
fn iam_role_arn_bounds() {
    let arn = |n: usize| request("IAM", json!({"IamConnectionMetadata": {"RoleArn": "r".repeat(n)}}));
    const AT: &str = "/AuthenticationConfig/AuthenticationMetadata/IamConnectionMetadata/RoleArn";
    check(&arn(20), &[]);
    check(&arn(19), &[(AT, Length)]);
    check(&arn(2048), &[]);
    check(&arn(2049), &[(AT, Length)]);
}

#[test]
fn params_and_type_enum() {
    expect(OP, "params", &json!({"AwsAccountId": "123456789012"}).to_string(), &[]);
    expect(
        OP,
        "params",
        &json!({"AwsAccountId": "12345678901"}).to_string(),
        &[("/AwsAccountId", Length), ("/AwsAccountId", Pattern)],
    );
    expect(OP, "params", &json!({"AwsAccountId": "12345678901a"}).to_string(), &[("/AwsAccountId", Pattern)]);
    expect(OP, "params", &json!({"AwsAccountId": "١٢٣٤٥٦٧٨٩٠١٢"}).to_string(), &[("/AwsAccountId", Pattern)]);
    check(&with(|d| d["Type"] = json!("AMAZON_S3")), &[]);
    check(&with(|d| d["Type"] = json!("BAMBOO_HR")), &[]);
    check(&with(|d| d["Type"] = json!("amazon_s3")), &[("/Type", Enum)]);
}

#[test]
fn response_and_errors() {
    expect(OP, "response", &json!({"CreationStatus": "CREATION_FAILED", "Status": 200}).to_string(), &[]);
    expect(OP, "response", &json!({"CreationStatus": "FAILED"}).to_string(), &[("/CreationStatus", Enum)]);
    expect(OP, "error.ResourceExistsException", &json!({"ResourceType": "VPC_CONNECTION"}).to_string(), &[]);
    expect(
        OP,
        "error.ResourceExistsException",
        &json!({"ResourceType": "ACTION_CONNECTOR"}).to_string(),
        &[("/ResourceType", Enum)],
    );
    expect(OP, "error.ThrottlingException", &json!({"Message": 1}).to_string(), &[("/Message", Type)]);
}
