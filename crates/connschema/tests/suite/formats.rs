//! `format = "date-time"` and `format = "uri"` assert what a format-asserting validator asserts:
//! the Rust check and the `jsonschema` crate (formats on) agree on each value, and a date-time also
//! carries the RFC 3339 pattern for validators that read the format loosely.

use connschema::format::Format;
use connschema::{Code, Model};
use serde_json::json;

#[derive(Debug, Model)]
#[model(deny_unknown_fields)]
struct Stamped {
    #[model(format = "date-time")]
    at: Option<String>,
    #[model(format = "uri")]
    link: Option<String>,
}

#[track_caller]
fn check(member: &str, value: &str, expected: bool) {
    let doc = json!({ member: value });
    let rust = connschema::from_slice::<Stamped>(doc.to_string().as_bytes());
    if let Err(e) = &rust {
        assert!(e.iter().all(|v| v.code == Code::Format && v.path == format!("/{member}")), "{e:?}");
    }
    let schema = connschema::schema::export_with_id::<Stamped>("https://connschema.test/stamped.json");
    let peer = connschema_testing::peer(&schema).expect("schema compiles");
    assert_eq!(rust.is_ok(), expected, "Rust on {member} = {value:?}");
    assert_eq!(peer.is_valid(&doc), expected, "jsonschema on {member} = {value:?}");
}

#[test]
fn date_times() {
    for ok in ["2024-11-25T08:00:00Z", "2024-02-29T00:00:00.5+01:00", "2024-11-25t08:00:00z"] {
        check("at", ok, true);
    }
    for bad in [
        "2024-11-25 08:00:00Z",
        "2024-11-25T08:00:00",
        "2023-02-29T00:00:00Z",
        "2024-04-31T00:00:00Z",
        "2024-11-25T08:00:60Z",
        "1998-12-31T23:59:60Z",
        "2024-11-25T25:00:00Z",
        "2024-11-25",
        "",
    ] {
        check("at", bad, false);
    }
}

#[test]
fn uris() {
    for ok in [
        "https://platform.versori.com/api/connect/v1",
        "https://a.example.com/oauth2/authorize?x=1#f",
        "urn:ietf:rfc:3986",
    ] {
        check("link", ok, true);
    }
    for bad in ["", "/relative", "example.com/no-scheme", "https://a b.example.com", "https://example.com/%zz"] {
        check("link", bad, false);
    }
}

#[test]
fn schema_carries_format_and_the_keywords_that_make_validators_agree() {
    let schema = connschema::schema::export_with_id::<Stamped>("https://connschema.test/stamped.json");
    let at = &schema["properties"]["at"];
    assert_eq!(at["format"], "date-time");
    assert_eq!(at["pattern"], connschema::format::DATE_TIME_PATTERN);
    assert_eq!(at["not"]["pattern"], connschema::format::LEAP_SECOND_PATTERN);
    let link = &schema["properties"]["link"];
    assert_eq!(link["format"], "uri");
    assert_eq!(link["pattern"], connschema::format::URI_PATTERN);
}

#[test]
fn values_where_validators_part_ways_are_refused() {
    // Python refuses every leap second; ajv a URI that is only a scheme and a query or fragment.
    for (field, value) in [("at", "2016-12-31T23:59:60Z"), ("link", "a:"), ("link", "urn:?x"), ("link", "a:#f")] {
        check(field, value, false);
    }
    check("link", "a:b", true);
}

// `Format::is_valid` alone, on the values at each edge of RFC 3339 and RFC 3986.

#[test]
fn date_time_values() {
    for ok in ["2024-11-25T08:00:00Z", "2024-02-29t23:59:59.123456+14:00"] {
        assert!(Format::DateTime.is_valid(ok), "{ok}");
    }
    for bad in [
        "2023-02-29T00:00:00Z",
        "2024-13-01T00:00:00Z",
        "2024-11-25 08:00:00Z",
        "2024-11-25T08:00:00",
        "2024-11-25T24:00:00Z",
        "2024-11-25T08:00:60Z",
        "1998-12-31T23:59:60Z",
        "1998-12-31T15:59:60-08:00",
        "2024-11-25T08:00:00.Z",
        "2024-11-25T08:00:00+24:00",
        "２０２４-11-25T08:00:00Z",
        "2024-11-25T08:00:00Z\n",
    ] {
        assert!(!Format::DateTime.is_valid(bad), "{bad}");
    }
}

#[test]
fn uri_values() {
    for ok in ["https://example.com/a?b#c", "urn:isbn:0451450523", "mailto:a@b.c", "a:b", "a:/"] {
        assert!(Format::Uri.is_valid(ok), "{ok}");
    }
    for bad in
        ["", "/relative/path", "no scheme", "https://exa mple.com", "https://example.com/%zz", "a:", "a:?q", "a:#f"]
    {
        assert!(!Format::Uri.is_valid(bad), "{bad}");
    }
}
