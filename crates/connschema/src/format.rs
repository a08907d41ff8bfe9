//! The standard JSON Schema formats that docs/contracts.md §3 allows, asserted as a format-asserting validator
//! would (the `jsonschema` crate with format validation on, ajv with ajv-formats, Python
//! `jsonschema` with format-nongpl).
//!
//! Where those validators disagree, a value is accepted only if all of them accept it, and the
//! schema says so with keywords beside `format`: ajv takes a space for `T` in a date-time, Python
//! refuses every leap second, and ajv refuses a URI with nothing between its scheme and its query
//! or fragment (`a:`, `urn:?x`).

use serde_json::{json, Map, Value};

/// A `format` keyword value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// RFC 3339 `date-time`: `2024-11-25T08:00:00Z`, `2024-11-25t08:00:00.5+01:00`; no leap second.
    DateTime,
    /// RFC 3986 absolute URI: a scheme, and something after it other than a query or fragment.
    Uri,
    /// A ULID: 26 Crockford base32 characters, case-insensitive, at most `7ZZZ…`. No standard
    /// format names it, so a schema says it with its pattern alone ([`ULID_PATTERN`]), and a value
    /// that is not one breaks that pattern (code `pattern`).
    Ulid,
}

impl Format {
    /// The keyword value in a schema.
    pub const fn keyword(self) -> &'static str {
        match self {
            Self::DateTime => "date-time",
            Self::Uri => "uri",
            Self::Ulid => "ulid",
        }
    }

    /// The code of a value that is not of this format.
    pub const fn code(self) -> crate::Code {
        match self {
            Self::DateTime | Self::Uri => crate::Code::Format,
            Self::Ulid => crate::Code::Pattern,
        }
    }

    /// The keywords a schema carries for this format: `format`, and the ones that make every
    /// validator read it as the Rust check does.
    pub fn keywords(self) -> Map<String, Value> {
        let keywords = match self {
            Self::DateTime => json!({
                "format": self.keyword(),
                "pattern": DATE_TIME_PATTERN,
                "not": { "type": "string", "pattern": LEAP_SECOND_PATTERN },
            }),
            Self::Uri => json!({ "format": self.keyword(), "pattern": URI_PATTERN }),
            Self::Ulid => json!({ "pattern": ULID_PATTERN }),
        };
        match keywords {
            Value::Object(keywords) => keywords,
            _ => Map::new(),
        }
    }

    /// Whether `value` is of this format.
    pub fn is_valid(self, value: &str) -> bool {
        match self {
            Self::DateTime => is_date_time(value),
            Self::Uri => fluent_uri::Uri::parse(value).is_ok() && has_hier_part(value),
            Self::Ulid => is_ulid(value),
        }
    }

    /// The format in words, for a message: `an absolute URI (RFC 3986) with more than a scheme`.
    pub const fn describe(self) -> &'static str {
        match self {
            Self::DateTime => "an RFC 3339 date-time without a leap second (such as 2024-11-25T08:00:00Z)",
            Self::Uri => "an absolute URI (RFC 3986) with more than a scheme",
            Self::Ulid => "a ULID (26 Crockford base32 characters)",
        }
    }
}

/// docs/contracts.md §3's RFC 3339 date-time pattern.
pub const DATE_TIME_PATTERN: &str =
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$";

/// A seconds field of 60: the leap seconds that Python's `rfc3339-validator` refuses.
pub const LEAP_SECOND_PATTERN: &str = r"^[^Tt]*[Tt][0-9]{2}:[0-9]{2}:60";

/// RFC 3986's shape of an absolute URI, which ajv-formats and Python read loosely: printable ASCII
/// only (Python lets a final newline through); after the scheme, either an authority (`//`,
/// optional user info, a host without `:` or a bracketed literal, digits for a port) or a path
/// that is not empty (a bare query or fragment is not enough). The classes spell out printable
/// ASCII (`!`-`~`) without the delimiters that end each part.
pub const URI_PATTERN: &str = concat!(
    r"^[A-Za-z][A-Za-z0-9+.\-]*:(?:",
    r#"[!"$-.0->@-~][!-~]*"#,
    r"|/(?:[!-.0-~][!-~]*)?",
    r#"|//(?:[!"$-.0->A-~]*@)?(?:\[[!-\\^-~]*\]|[!"$-.0-9;->@-Z\\^-~]*)(?::[0-9]*)?(?:[/?#][!-~]*)?"#,
    r")$"
);

/// The ULID's pattern, as exported: Crockford's base32 leaves out I, L, O and U.
pub const ULID_PATTERN: &str = "^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$";

/// [`ULID_PATTERN`] without the regex engine (`tests/suite/formats.rs` holds them equal): one table
/// lookup a byte, cheaper than the regex's DFA on 26 bytes.
fn is_ulid(value: &str) -> bool {
    match value.as_bytes() {
        [b'0'..=b'7', rest @ ..] => rest.len() == 25 && rest.iter().all(|&b| CROCKFORD[usize::from(b)]),
        _ => false,
    }
}

/// Crockford's base32 digits, either case: the ASCII letters and digits but I, L, O and U.
static CROCKFORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let upper = (b as u8).to_ascii_uppercase();
        table[b] = (b as u8).is_ascii_alphanumeric() && !matches!(upper, b'I' | b'L' | b'O' | b'U');
        b += 1;
    }
    table
};

/// Whether something other than `?` or `#` follows the scheme's colon (the scheme is valid: the
/// value parsed as a URI).
fn has_hier_part(uri: &str) -> bool {
    uri.split_once(':').is_some_and(|(_, rest)| rest.chars().next().is_some_and(|c| c != '?' && c != '#'))
}

fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `full-date "T" full-time` of RFC 3339 §5.6, with real calendar dates, and no leap second.
fn is_date_time(value: &str) -> bool {
    let b = value.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't') || b[13] != b':' || b[16] != b':' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (digits(&b[0..4]), digits(&b[5..7]), digits(&b[8..10])) else {
        return false;
    };
    let (Some(hour), Some(minute), Some(second)) = (digits(&b[11..13]), digits(&b[14..16]), digits(&b[17..19])) else {
        return false;
    };
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return false;
    }
    if hour > 23 || minute > 59 || second > 59 {
        return false;
    }
    let mut rest = &b[19..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let n = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return false;
        }
        rest = &fraction[n..];
    }
    match rest {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => {
            digits(&[*h1, *h2]).is_some_and(|h| h <= 23) && digits(&[*m1, *m2]).is_some_and(|m| m <= 59)
        }
        _ => false,
    }
}
