//! Each constraint of the request at its bounds, and the messages that name them.

use super::*;
use crate::common;
use connschema::Code::*;
use serde_json::json;

#[test]
fn name_length_counts_code_points() {
    request_ok(&with(basic(), |d| d["Name"] = json!(repeat("a", 64))));
    request_err(&with(basic(), |d| d["Name"] = json!(repeat("a", 65))), &[("/Name", Length)]);
    request_err(&with(basic(), |d| d["Name"] = json!("")), &[("/Name", Length), ("/Name", Pattern)]);
    request_ok(&with(basic(), |d| d["Name"] = json!("a")));
}

#[test]
fn description_counts_code_points_not_bytes_or_utf16_units() {
    // 512 two-byte characters: 1024 bytes, 512 code points.
    request_ok(&with(basic(), |d| d["Description"] = json!(repeat("é", 512))));
    request_err(&with(basic(), |d| d["Description"] = json!(repeat("é", 513))), &[("/Description", Length)]);
    // Astral characters: two UTF-16 units each, one code point.
    request_ok(&with(basic(), |d| d["Description"] = json!(repeat("😀", 512))));
    request_err(&with(basic(), |d| d["Description"] = json!(repeat("😀", 513))), &[("/Description", Length)]);
    request_ok(&with(basic(), |d| d["Description"] = json!("")));
}

#[test]
fn dot_star_rejects_ecma_line_terminators() {
    for bad in ["line\rbreak", "line\nbreak", "a\u{2028}b", "a\u{2029}b", "\r"] {
        request_err(&with(basic(), |d| d["Description"] = json!(bad)), &[("/Description", Pattern)]);
    }
    for good in ["tab\there", "vertical\u{b}tab", "nel\u{85}", "ünïcödé 😀"] {
        request_ok(&with(basic(), |d| d["Description"] = json!(good)));
    }
}

#[test]
fn name_pattern_matches_the_whole_value() {
    for bad in ["my conn", "conn!", "conn/1", "é", " conn", "conn\n"] {
        request_err(&with(basic(), |d| d["Name"] = json!(bad)), &[("/Name", Pattern)]);
    }
    for good in ["my-conn", "my_conn.v2", "A-Z.0_9"] {
        request_ok(&with(basic(), |d| d["Name"] = json!(good)));
    }
}

#[test]
fn kms_key_identifier_bounds() {
    request_ok(&with(basic(), |d| d["KmsKeyIdentifier"] = json!(repeat("k", 2048))));
    request_err(&with(basic(), |d| d["KmsKeyIdentifier"] = json!(repeat("k", 2049))), &[("/KmsKeyIdentifier", Length)]);
    request_ok(&with(basic(), |d| d["KmsKeyIdentifier"] = json!("arn:aws:kms:us-east-1:123456789012:key/ab-12")));
    request_ok(&with(basic(), |d| d["KmsKeyIdentifier"] = json!("")));
    request_err(&with(basic(), |d| d["KmsKeyIdentifier"] = json!("alias/my key")), &[("/KmsKeyIdentifier", Pattern)]);
}

#[test]
fn header_parameter_list_holds_at_most_100() {
    let headers = |n: usize| json!((0..n).map(|i| json!({"Key": format!("X-H{i}"), "Value": "v"})).collect::<Vec<_>>());
    request_ok(&with(basic(), |d| {
        d["AuthParameters"]["InvocationHttpParameters"] = json!({"HeaderParameters": headers(100)})
    }));
    request_err(
        &with(basic(), |d| d["AuthParameters"]["InvocationHttpParameters"] = json!({"HeaderParameters": headers(101)})),
        &[("/AuthParameters/InvocationHttpParameters/HeaderParameters", Items)],
    );
    request_ok(&with(basic(), |d| d["AuthParameters"]["InvocationHttpParameters"] = json!({"HeaderParameters": []})));
    let params = |n: usize| json!((0..n).map(|i| json!({"Key": format!("k{i}"), "Value": "v"})).collect::<Vec<_>>());
    for list in ["QueryStringParameters", "BodyParameters"] {
        request_ok(&with(oauth(), |d| {
            d["AuthParameters"]["OAuthParameters"]["OAuthHttpParameters"] = json!({list: params(100)})
        }));
        let path = format!("/AuthParameters/OAuthParameters/OAuthHttpParameters/{list}");
        request_err(
            &with(oauth(), |d| {
                d["AuthParameters"]["OAuthParameters"]["OAuthHttpParameters"] = json!({list: params(101)})
            }),
            &[(&path, Items)],
        );
    }
}

#[test]
fn header_key_and_value_patterns() {
    let header = |key: Value, value: Value| {
        with(basic(), |d| {
            d["AuthParameters"]["InvocationHttpParameters"] =
                json!({"HeaderParameters": [{"Key": key, "Value": value}]});
        })
    };
    const AT: &str = "/AuthParameters/InvocationHttpParameters/HeaderParameters/0";
    // `+-.` in the vendor's class is a range, so `,` is a valid header key character.
    request_ok(&header(json!("a,b"), json!("v")));
    request_ok(&header(json!("x-api_key.1~"), json!(" padded\tvalue ")));
    request_err(&header(json!("a b"), json!("v")), &[(&format!("{AT}/Key"), Pattern)]);
    request_err(&header(json!("k"), json!("\t")), &[(&format!("{AT}/Value"), Pattern)]);
    request_err(&header(json!("k"), json!("é")), &[(&format!("{AT}/Value"), Pattern)]);
    request_ok(&header(json!(repeat("k", 512)), json!(repeat("v", 512))));
    request_err(
        &header(json!(repeat("k", 513)), json!(repeat("v", 513))),
        &[(&format!("{AT}/Key"), Length), (&format!("{AT}/Value"), Length)],
    );
}

#[test]
fn query_string_and_body_parameters() {
    let query = |key: &str, value: &str| {
        with(oauth(), |d| {
            d["AuthParameters"]["OAuthParameters"]["OAuthHttpParameters"] =
                json!({"QueryStringParameters": [{"Key": key, "Value": value}]});
        })
    };
    const AT: &str = "/AuthParameters/OAuthParameters/OAuthHttpParameters/QueryStringParameters/0";
    request_ok(&query("q ü", "value ü"));
    request_err(&query("q\tk", "v"), &[(&format!("{AT}/Key"), Pattern)]);
    request_err(&query("k", "a\tb"), &[(&format!("{AT}/Value"), Pattern)]);
    // The value's pattern admits \n and \r, the key's does not.
    request_ok(&query("k", "a\nb\rc"));
    request_err(&query("", ""), &[(&format!("{AT}/Key"), Pattern), (&format!("{AT}/Value"), Pattern)]);
    // Body parameters are unconstrained strings.
    request_ok(&with(oauth(), |d| {
        d["AuthParameters"]["OAuthParameters"]["OAuthHttpParameters"] =
            json!({"BodyParameters": [{"Key": "", "Value": "\u{0}", "IsValueSecret": true}]});
    }));
}

#[test]
fn auth_header_parameters_pattern() {
    let user = |u: &str| with(basic(), |d| d["AuthParameters"]["BasicAuthParameters"]["Username"] = json!(u));
    const AT: &str = "/AuthParameters/BasicAuthParameters/Username";
    for good in ["svc", " svc ", "\tsvc", "a b\tc", "ünï", "\t \t", " "] {
        request_ok(&user(good));
    }
    for bad in ["\t", "\t\t", "a:b", "a\nb", "a\u{7f}", "a\u{1}"] {
        request_err(&user(bad), &[(AT, Pattern)]);
    }
    request_err(&user(""), &[(AT, Length), (AT, Pattern)]);
    request_ok(&user(&repeat("é", 512)));
    request_err(&user(&repeat("é", 513)), &[(AT, Length)]);
}

#[test]
fn authorization_endpoint_and_method() {
    let endpoint =
        |e: &str| with(oauth(), |d| d["AuthParameters"]["OAuthParameters"]["AuthorizationEndpoint"] = json!(e));
    const AT: &str = "/AuthParameters/OAuthParameters/AuthorizationEndpoint";
    request_ok(&endpoint("https://a.example.com/x?y=%20z&w=1"));
    request_err(&endpoint("https://a b"), &[(AT, Pattern)]);
    request_err(&endpoint("https://x/%zz"), &[(AT, Pattern)]);
    request_ok(&endpoint(&format!("https://{}", repeat("a", 2040))));
    request_err(&endpoint(&format!("https://{}", repeat("a", 2041))), &[(AT, Length)]);
    for method in ["GET", "POST", "PUT"] {
        request_ok(&with(oauth(), |d| d["AuthParameters"]["OAuthParameters"]["HttpMethod"] = json!(method)));
    }
    for method in ["post", "DELETE", ""] {
        request_err(
            &with(oauth(), |d| d["AuthParameters"]["OAuthParameters"]["HttpMethod"] = json!(method)),
            &[("/AuthParameters/OAuthParameters/HttpMethod", Enum)],
        );
    }
}

#[test]
fn connectivity_parameters() {
    let arn = "arn:aws:vpc-lattice:us-east-1:123456789012:resourceconfiguration/rcfg-0123456789abcdef0";
    let with_arn = |a: &str| {
        with(basic(), |d| {
            d["InvocationConnectivityParameters"] = json!({"ResourceParameters": {"ResourceConfigurationArn": a}});
            d["AuthParameters"]["ConnectivityParameters"] =
                json!({"ResourceParameters": {"ResourceConfigurationArn": a}});
        })
    };
    request_ok(&with_arn(arn));
    request_ok(&with_arn(""));
    request_err(
        &with_arn("arn:aws:vpc-lattice:us-east-1:123:resourceconfiguration/rcfg-x"),
        &[
            ("/AuthParameters/ConnectivityParameters/ResourceParameters/ResourceConfigurationArn", Pattern),
            ("/InvocationConnectivityParameters/ResourceParameters/ResourceConfigurationArn", Pattern),
        ],
    );
    request_err(
        &with(basic(), |d| d["InvocationConnectivityParameters"] = json!({"ResourceParameters": {}})),
        &[("/InvocationConnectivityParameters/ResourceParameters/ResourceConfigurationArn", Required)],
    );
}

#[test]
fn auth_parameters_follow_the_authorization_type_in_every_direction() {
    let members = [
        ("BASIC", "BasicAuthParameters", json!({"Username": "u", "Password": "p"})),
        ("API_KEY", "ApiKeyAuthParameters", json!({"ApiKeyName": "k", "ApiKeyValue": "v"})),
        (
            "OAUTH_CLIENT_CREDENTIALS",
            "OAuthParameters",
            json!({"AuthorizationEndpoint": "https://a.example.com", "HttpMethod": "GET",
                   "ClientParameters": {"ClientID": "c", "ClientSecret": "s"}}),
        ),
    ];
    for (ty, member, params) in &members {
        let doc = |auth: Value| json!({"Name": "n", "AuthorizationType": ty, "AuthParameters": auth});
        // Its own member alone, with or without the type-independent members.
        request_ok(&doc(json!({*member: params})));
        request_ok(&doc(
            json!({*member: params, "InvocationHttpParameters": {}, "ConnectivityParameters": {"ResourceParameters": {"ResourceConfigurationArn": ""}}}),
        ));
        // Its own member missing.
        request_err(&doc(json!({})), &[(&format!("/AuthParameters/{member}"), Rule)]);
        for (_, other, other_params) in members.iter().filter(|(t, _, _)| t != ty) {
            // Another member beside its own.
            request_err(
                &doc(json!({*member: params, *other: other_params})),
                &[(&format!("/AuthParameters/{other}"), Rule)],
            );
            // Another member instead of its own.
            let mut expected =
                [(format!("/AuthParameters/{member}"), Rule), (format!("/AuthParameters/{other}"), Rule)];
            let order = |m: &str| members.iter().position(|(_, name, _)| *name == m.rsplit('/').next().unwrap_or(""));
            expected.sort_by_key(|(p, _)| order(p));
            let expected: Vec<(&str, Code)> = expected.iter().map(|(p, c)| (p.as_str(), *c)).collect();
            request_err(&doc(json!({*other: other_params})), &expected);
        }
    }
}

#[test]
fn required_members_are_reported_at_the_member() {
    request_err(&json!({}), &[("/Name", Required), ("/AuthorizationType", Required), ("/AuthParameters", Required)]);
    request_err(
        &with(oauth(), |d| d["AuthParameters"]["OAuthParameters"]["ClientParameters"] = json!({})),
        &[
            ("/AuthParameters/OAuthParameters/ClientParameters/ClientID", Required),
            ("/AuthParameters/OAuthParameters/ClientParameters/ClientSecret", Required),
        ],
    );
}

#[test]
fn unknown_members_are_rejected_in_the_request() {
    request_err(&with(basic(), |d| d["name"] = json!("x")), &[("/name", UnknownField)]);
    request_err(
        &with(basic(), |d| d["AuthParameters"]["BasicAuthParameters"]["Extra"] = json!(1)),
        &[("/AuthParameters/BasicAuthParameters/Extra", UnknownField)],
    );
    request_err(&with(basic(), |d| d["a/b~c"] = json!(1)), &[("/a~1b~0c", UnknownField)]);
}

#[test]
fn null_is_not_a_value() {
    request_err(&with(basic(), |d| d["Description"] = json!(null)), &[("/Description", Type)]);
    request_err(&with(basic(), |d| d["Name"] = json!(null)), &[("/Name", Type)]);
    request_err(&json!(null), &[("", Type)]);
}

#[test]
fn wrong_types_are_reported_and_parsing_goes_on() {
    // In document order.
    let doc = r#"{"Name": 42, "AuthorizationType": "basic",
        "AuthParameters": {"BasicAuthParameters": {"Username": "svc", "Password": {"nested": true}}},
        "Description": ["x"]}"#;
    common::expect_in_order(
        OP,
        "request",
        doc,
        &[
            ("/Name", Type),
            ("/AuthorizationType", Enum),
            ("/AuthParameters/BasicAuthParameters/Password", Type),
            ("/Description", Type),
        ],
    );
    request_err(
        &with(basic(), |d| {
            d["AuthParameters"]["InvocationHttpParameters"] = json!({"HeaderParameters": [{"IsValueSecret": "yes"}, 3]})
        }),
        &[
            ("/AuthParameters/InvocationHttpParameters/HeaderParameters/0/IsValueSecret", Type),
            ("/AuthParameters/InvocationHttpParameters/HeaderParameters/1", Type),
        ],
    );
}

#[test]
fn not_json_is_a_syntax_error() {
    for doc in ["", "{", "{\"Name\": }", "not json", "{\"Name\": \"a\"} trailing", "\u{feff}{}"] {
        let result = common::verdict(OP, "request", doc);
        let codes = common::codes(&result);
        assert_eq!(codes.len(), 1, "{doc:?}: {codes:?}");
        assert_eq!(codes[0].1, Syntax, "{doc:?}");
    }
    let result =
        common::verdict(OP, "request", r#"{"Name": "a", "AuthParameters": {"BasicAuthParameters": {"Username": tru"#);
    assert_eq!(common::codes(&result), [("/AuthParameters/BasicAuthParameters/Username".to_owned(), Syntax)]);
}

#[test]
fn typed_validate_agrees_with_parsing() {
    use connschema::{Secret, Validate};
    use connschema_aws::events::*;
    let request = CreateConnectionRequest {
        name: "my conn".into(),
        description: Some("a\rb".into()),
        authorization_type: ConnectionAuthorizationType::ApiKey,
        auth_parameters: CreateConnectionAuthRequestParameters {
            basic_auth_parameters: Some(CreateConnectionBasicAuthRequestParameters {
                username: "u".into(),
                password: Secret::from("p"),
            }),
            invocation_http_parameters: Some(ConnectionHttpParameters {
                header_parameters: Some(vec![ConnectionHeaderParameter::default(); 101]),
                ..Default::default()
            }),
            ..Default::default()
        },
        invocation_connectivity_parameters: None,
        kms_key_identifier: None,
    };
    let typed = request.validate();
    let parsed = common::verdict(OP, "request", &serde_json::to_string(&request).expect("serializes"));
    assert_eq!(typed, parsed);
    assert_eq!(
        common::codes(&typed),
        [
            ("/Name".to_owned(), Pattern),
            ("/Description".to_owned(), Pattern),
            ("/AuthParameters/InvocationHttpParameters/HeaderParameters".to_owned(), Items),
            ("/AuthParameters/BasicAuthParameters".to_owned(), Rule),
            ("/AuthParameters/ApiKeyAuthParameters".to_owned(), Rule),
        ]
    );
}

#[test]
fn messages_name_the_bound() {
    let result = common::verdict(OP, "request", &with(basic(), |d| d["Name"] = json!(repeat("a", 70))).to_string());
    let errors = result.expect_err("too long");
    assert_eq!(errors[0].message, "must be at most 64 characters, got 70");
}
