//! The constraint kinds a user's own model may carry, each at its boundaries, on models written
//! here (not in the registry): the Rust reader and the `jsonschema` crate on the exported schema
//! reach the same verdict on every document.

use crate::common;

use common::expect_model;
use connschema::Code::{self, *};
use connschema::Model;

/// Every number type, with and without a `range`.
#[derive(Debug, Model)]
struct Numbers {
    #[model(range(min = 1, max = 65535))]
    port: u16,
    #[model(range(exclusive_min = 0, max = 1))]
    ratio: Option<f64>,
    #[model(range(min = -10, exclusive_max = 10))]
    delta: Option<i8>,
    #[model(range(min = 0.5, max = 2.5))]
    scale: Option<f32>,
    /// A bound wider than the type's: the type's stands.
    #[model(range(max = 1000))]
    capped: Option<u8>,
    small: Option<u8>,
    word: Option<u32>,
    big: Option<u64>,
    signed: Option<i16>,
    long: Option<i64>,
    float: Option<f32>,
}

fn numbers(members: &str) -> String {
    if members.is_empty() {
        r#"{"port": 80}"#.to_owned()
    } else {
        format!(r#"{{"port": 80, {members}}}"#)
    }
}

#[track_caller]
fn check(members: &str, expected: &[(&str, Code)]) {
    expect_model::<Numbers>(&numbers(members), expected);
}

#[test]
fn range_bounds_inclusive_and_exclusive() {
    for ok in ["1", "65535", "1.0"] {
        expect_model::<Numbers>(&format!(r#"{{"port": {ok}}}"#), &[]);
    }
    expect_model::<Numbers>(r#"{"port": 0}"#, &[("/port", Range)]);
    expect_model::<Numbers>(r#"{"port": 65536}"#, &[("/port", Range)]);
    expect_model::<Numbers>(r#"{"port": 1.5}"#, &[("/port", Type)]);
    check(r#""ratio": 0.000001"#, &[]);
    check(r#""ratio": 1"#, &[]);
    check(r#""ratio": 0"#, &[("/ratio", Range)]);
    check(r#""ratio": -0.0"#, &[("/ratio", Range)]);
    check(r#""ratio": 1.0000001"#, &[("/ratio", Range)]);
    check(r#""delta": -10"#, &[]);
    check(r#""delta": 9"#, &[]);
    check(r#""delta": -11"#, &[("/delta", Range)]);
    check(r#""delta": 10"#, &[("/delta", Range)]);
    check(r#""delta": 128"#, &[("/delta", Range)]);
    check(r#""scale": 0.5"#, &[]);
    check(r#""scale": 2.5"#, &[]);
    check(r#""scale": 0.49"#, &[("/scale", Range)]);
    check(r#""scale": 3"#, &[("/scale", Range)]);
    check(r#""capped": 255"#, &[]);
    check(r#""capped": 256"#, &[("/capped", Range)]);
}

#[test]
fn every_number_type_holds_its_own_range() {
    let cases = [
        ("small", "0", "255", "-1", "256"),
        ("word", "0", "4294967295", "-1", "4294967296"),
        ("big", "0", "18446744073709551615", "-1", "18446744073709551616"),
        ("signed", "-32768", "32767", "-32769", "32768"),
        // JSON numbers beyond an i64 are doubles to every reader: -9223372036854775809 is -2^63.
        ("long", "-9223372036854775808", "9223372036854775807", "-1e19", "9223372036854775808"),
        ("float", "-3.4028234663852886e38", "3.4028234663852886e38", "-3.5e38", "3.5e38"),
    ];
    for (member, low, high, below, above) in cases {
        check(&format!(r#""{member}": {low}"#), &[]);
        check(&format!(r#""{member}": {high}"#), &[]);
        let at = format!("/{member}");
        check(&format!(r#""{member}": {below}"#), &[(&at, Range)]);
        check(&format!(r#""{member}": {above}"#), &[(&at, Range)]);
        check(&format!(r#""{member}": "1""#), &[(&at, Type)]);
    }
}

#[test]
fn range_messages_name_the_bound_and_the_value() {
    let errors =
        connschema::from_str::<Numbers>(r#"{"port": 0, "ratio": 0, "delta": 10}"#).expect_err("three out of range");
    let messages: Vec<&str> = errors.iter().map(|v| v.message.as_str()).collect();
    assert_eq!(
        messages,
        ["must be at least 1, got 0", "must be greater than 0, got 0", "must be less than 10, got 10"]
    );
    assert_eq!(errors[0].bound, connschema::Bound::Minimum("1"));
    assert_eq!(errors[0].value, connschema::Shown::Number("0".to_owned()));
}

#[test]
fn range_is_checked_on_values_built_in_code() {
    use connschema::Validate;
    let value = Numbers {
        port: 0,
        ratio: Some(1.5),
        delta: None,
        scale: None,
        capped: None,
        small: None,
        word: None,
        big: None,
        signed: None,
        long: None,
        float: None,
    };
    let errors = value.validate().expect_err("out of range");
    assert_eq!(connschema_testing::codes(&Err(errors)), [("/port".to_owned(), Range), ("/ratio".to_owned(), Range)]);
}

#[test]
fn range_keywords_in_the_schema() {
    let schema = connschema::schema::export_with_id::<Numbers>("https://connschema.test/numbers.json");
    let props = &schema["properties"];
    assert_eq!(props["port"]["minimum"], 1);
    assert_eq!(props["port"]["maximum"], 65535);
    assert_eq!(props["ratio"]["exclusiveMinimum"], 0);
    assert_eq!(props["delta"]["exclusiveMaximum"], 10);
    assert_eq!(props["scale"]["minimum"], 0.5);
    assert_eq!(props["capped"]["maximum"], 255);
    assert!(props["small"].get("format").is_none(), "no non-standard format: {}", props["small"]);
}

fn even(value: &u32, loc: &connschema::Loc<'_>, cx: &mut connschema::Collector) {
    if value % 2 != 0 {
        cx.report(loc, Rule, format!("must be even, got {value}"));
    }
}

fn even_schema(_: &mut connschema::schemars::SchemaGenerator) -> connschema::serde_json::Value {
    connschema::serde_json::json!({ "multipleOf": 2 })
}

/// An even number, as a value kind of its own: its check takes the newtype.
#[derive(Debug, Model)]
#[model(transparent, check = even_number, schema = even_schema)]
struct Even(u32);

fn even_number(value: &Even, loc: &connschema::Loc<'_>, cx: &mut connschema::Collector) {
    even(&value.0, loc, cx);
}

/// A check on one member, with the schema that says the same; and patterns of a user's own.
#[derive(Debug, Model)]
struct Checked {
    #[model(check = even, schema = even_schema, range(max = 100))]
    count: u32,
    pair: Option<Even>,
    #[model(pattern = "[a-z]+")]
    plain: Option<String>,
    #[model(pattern = r"\d+")]
    digits: Option<String>,
    #[model(vendor_pattern = "[a-z]+")]
    vendor: Option<String>,
}

#[test]
fn a_members_own_check_and_its_schema() {
    expect_model::<Checked>(r#"{"count": 4}"#, &[]);
    expect_model::<Checked>(r#"{"count": 3}"#, &[("/count", Rule)]);
    expect_model::<Checked>(r#"{"count": 101}"#, &[("/count", Range), ("/count", Rule)]);
    expect_model::<Checked>(r#"{"count": 4, "pair": 6}"#, &[]);
    expect_model::<Checked>(r#"{"count": 4, "pair": 7}"#, &[("/pair", Rule)]);
    use connschema::Validate;
    let built = Checked { count: 5, pair: Some(Even(9)), plain: None, digits: None, vendor: None };
    let errors = built.validate().expect_err("odd");
    assert_eq!(connschema_testing::codes(&Err(errors)), [("/count".to_owned(), Rule), ("/pair".to_owned(), Rule)]);
}

#[test]
fn comments_say_pattern_only_where_it_helps() {
    let schema = connschema::schema::export_with_id::<Checked>("https://connschema.test/checked.json");
    let props = &schema["properties"];
    assert_eq!(props["count"]["allOf"], connschema::serde_json::json!([{ "multipleOf": 2 }]));
    assert_eq!(props["plain"]["pattern"], "^(?:[a-z]+)$");
    assert!(props["plain"].get("$comment").is_none(), "{}", props["plain"]);
    assert_eq!(props["digits"]["pattern"], "^(?:[0-9]+)$");
    assert_eq!(props["digits"]["$comment"], r"pattern: \d+");
    assert_eq!(props["vendor"]["$comment"], "vendor pattern: [a-z]+");
    expect_model::<Checked>(r#"{"count": 2, "digits": "12", "plain": "ab"}"#, &[]);
    expect_model::<Checked>(
        r#"{"count": 2, "digits": "1a", "plain": "aB"}"#,
        &[("/digits", Pattern), ("/plain", Pattern)],
    );
}

/// Lists with constraints on their size, their uniqueness and each item.
#[derive(Debug, Model)]
struct Lists<'a> {
    #[model(items(max = 3, unique, each(length(min = 1, max = 4), pattern = "[a-z]+")))]
    tags: Vec<std::borrow::Cow<'a, str>>,
    #[model(items(each(range(min = 1, max = 65535))))]
    ports: Option<Vec<u32>>,
    #[model(items(unique))]
    ratios: Option<Vec<f64>>,
    #[model(items(min = 2))]
    pairs: Option<Vec<u8>>,
    #[model(items(unique))]
    colours: Option<Vec<Colour>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Model)]
#[model(rename_all = "snake_case")]
enum Colour {
    Red,
    Green,
}

#[track_caller]
fn lists(doc: &str, expected: &[(&str, Code)]) {
    expect_model::<Lists<'static>>(doc, expected);
}

#[test]
fn each_item_is_checked_beside_items_of_the_wrong_type() {
    lists(r#"{"tags": ["a", "bb"]}"#, &[]);
    lists(r#"{"tags": ["a", "toolong"]}"#, &[("/tags/1", Length)]);
    lists(r#"{"tags": ["a", "B1"]}"#, &[("/tags/1", Pattern)]);
    lists(r#"{"tags": [""]}"#, &[("/tags/0", Length), ("/tags/0", Pattern)]);
    lists(r#"{"tags": ["a", 5, "toolong"]}"#, &[("/tags/1", Type), ("/tags/2", Length)]);
    lists(r#"{"tags": [], "ports": [0, 80, 65535, 65536]}"#, &[("/ports/0", Range), ("/ports/3", Range)]);
}

#[test]
fn list_size_and_uniqueness_count_every_item() {
    lists(r#"{"tags": ["a", "b", "c"]}"#, &[]);
    lists(r#"{"tags": ["a", "b", "c", "d"]}"#, &[("/tags", Items)]);
    lists(r#"{"tags": ["a", "a"]}"#, &[("/tags", Items)]);
    lists(r#"{"tags": ["a", "a", 5, "b"]}"#, &[("/tags", Items), ("/tags", Items), ("/tags/2", Type)]);
    lists(r#"{"tags": [], "pairs": [1]}"#, &[("/pairs", Items)]);
    lists(r#"{"tags": [], "pairs": [1, "x"]}"#, &[("/pairs/1", Type)]);
    lists(r#"{"tags": [], "pairs": ["x"]}"#, &[("/pairs", Items), ("/pairs/0", Type)]);
    // JSON's equality: 1 and 1.0 are the same number.
    lists(r#"{"tags": [], "ratios": [1, 1.0]}"#, &[("/ratios", Items)]);
    lists(r#"{"tags": [], "ratios": [0.5, 0.25, -0.0, 1]}"#, &[]);
    lists(r#"{"tags": [], "ratios": [0, -0.0]}"#, &[("/ratios", Items)]);
    lists(r#"{"tags": "a"}"#, &[("/tags", Type)]);
    lists(r#"{"tags": [], "colours": ["red", "green"]}"#, &[]);
    lists(r#"{"tags": [], "colours": ["red", "red"]}"#, &[("/colours", Items)]);
    lists(r#"{"tags": [], "colours": ["red", "blue", "red"]}"#, &[("/colours", Items), ("/colours/1", Enum)]);
}

#[test]
fn list_constraints_on_values_built_in_code() {
    use connschema::Validate;
    let tags = vec!["a".into(), "a".into(), "waytoolong".into()];
    let built = Lists { tags, ports: Some(vec![0]), ratios: None, pairs: None, colours: None };
    let errors = built.validate().expect_err("a repeat, a long tag and port 0");
    assert_eq!(
        connschema_testing::codes(&Err(errors)),
        [("/tags/2".to_owned(), Length), ("/tags".to_owned(), Items), ("/ports/0".to_owned(), Range)]
    );
}

#[test]
fn list_constraints_in_the_schema() {
    let schema = connschema::schema::export_with_id::<Lists<'static>>("https://connschema.test/lists.json");
    let tags = &schema["properties"]["tags"];
    assert_eq!(tags["maxItems"], 3);
    assert_eq!(tags["uniqueItems"], true);
    assert_eq!(
        tags["items"],
        connschema::serde_json::json!({"type": "string", "minLength": 1, "maxLength": 4, "pattern": "^(?:[a-z]+)$"})
    );
    assert_eq!(schema["properties"]["ports"]["items"]["maximum"], 65535);
}

/// Maps with string keys, with and without `properties(...)`.
#[derive(Debug, Model)]
struct Maps<'a> {
    #[model(properties(
        min = 1,
        max = 3,
        keys(length(max = 8), pattern = "[a-z][a-z0-9-]*"),
        values(length(max = 16))
    ))]
    labels: std::collections::BTreeMap<std::borrow::Cow<'a, str>, std::borrow::Cow<'a, str>>,
    #[model(properties(values(range(min = 1))))]
    weights: Option<std::collections::HashMap<String, u32>>,
    plain: Option<std::collections::BTreeMap<String, bool>>,
}

#[track_caller]
fn maps(doc: &str, expected: &[(&str, Code)]) {
    expect_model::<Maps<'static>>(doc, expected);
}

#[test]
fn map_keys_values_and_size() {
    maps(r#"{"labels": {"env": "prod"}}"#, &[]);
    maps(r#"{"labels": {}}"#, &[("/labels", Items)]);
    maps(r#"{"labels": {"a": "1", "b": "2", "c": "3", "d": "4"}}"#, &[("/labels", Items)]);
    maps(r#"{"labels": {"Env": "prod"}}"#, &[("/labels/Env", Pattern)]);
    maps(r#"{"labels": {"environment": "prod"}}"#, &[("/labels/environment", Length)]);
    maps(r#"{"labels": {"env": "a-value-that-is-too-long"}}"#, &[("/labels/env", Length)]);
    // A value of the wrong type beside a bad key and a long value: all three.
    maps(
        r#"{"labels": {"env": 5, "Bad": "x", "ok": "a-value-that-is-too-long"}}"#,
        &[("/labels/env", Type), ("/labels/Bad", Pattern), ("/labels/ok", Length)],
    );
    maps(r#"{"labels": {"env": "p"}, "weights": {"a": 1, "b": 0}}"#, &[("/weights/b", Range)]);
    maps(r#"{"labels": {"env": "p"}, "plain": {"a": true, "b": "no"}}"#, &[("/plain/b", Type)]);
    maps(r#"{"labels": []}"#, &[("/labels", Type)]);
}

#[test]
fn map_constraints_on_values_built_in_code_and_in_the_schema() {
    use connschema::Validate;
    let mut labels = std::collections::BTreeMap::new();
    labels.insert("Env".into(), "prod".into());
    let built = Maps { labels, weights: None, plain: None };
    let errors = built.validate().expect_err("a bad key");
    assert_eq!(connschema_testing::codes(&Err(errors)), [("/labels/Env".to_owned(), Pattern)]);
    let owned: Maps<'static> = connschema::from_str::<Maps<'_>>(r#"{"labels": {"env": "prod"}}"#)
        .map(connschema::IntoOwned::into_owned)
        .expect("valid");
    assert_eq!(owned.labels.len(), 1);
    let schema = connschema::schema::export_with_id::<Maps<'static>>("https://connschema.test/maps.json");
    let labels = &schema["properties"]["labels"];
    assert_eq!(labels["minProperties"], 1);
    assert_eq!(labels["maxProperties"], 3);
    assert_eq!(labels["propertyNames"]["maxLength"], 8);
    assert_eq!(labels["propertyNames"]["pattern"], r"^(?:[a-z][a-z0-9\-]*)$");
    assert_eq!(labels["additionalProperties"]["maxLength"], 16);
}

#[test]
fn a_hash_map_built_in_code_reports_in_key_order() {
    use connschema::Validate;
    let names: Vec<String> = (0..64).map(|i| format!("w{i:02}")).collect();
    let weights = names.iter().map(|name| (name.clone(), 0)).collect();
    let mut labels = std::collections::BTreeMap::new();
    labels.insert("env".into(), "prod".into());
    let built = Maps { labels, weights: Some(weights), plain: None };
    let errors = built.validate().expect_err("every weight is 0");
    let paths: Vec<String> = connschema_testing::codes(&Err(errors)).into_iter().map(|(path, _)| path).collect();
    let expected: Vec<String> = names.iter().map(|name| format!("/weights/{name}")).collect();
    assert_eq!(paths, expected);
}
