//! The standard JSON Schema formats that DESIGN §3 allows, asserted as a format-asserting validator
//! would (the `jsonschema` crate with format validation on, ajv with ajv-formats).

/// A `format` keyword value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// RFC 3339 `date-time`: `2024-11-25T08:00:00Z`, `2024-11-25t08:00:00.5+01:00`.
    DateTime,
    /// RFC 3986 absolute URI (a scheme is required).
    Uri,
}

impl Format {
    /// The keyword value in a schema.
    pub const fn keyword(self) -> &'static str {
        match self {
            Self::DateTime => "date-time",
            Self::Uri => "uri",
        }
    }

    /// The pattern a schema carries beside the format, so that validators that read the format
    /// loosely (ajv accepts a space for `T`) still agree.
    pub const fn pattern(self) -> Option<&'static str> {
        match self {
            Self::DateTime => Some(DATE_TIME_PATTERN),
            Self::Uri => None,
        }
    }

    /// Whether `value` is of this format.
    pub fn is_valid(self, value: &str) -> bool {
        match self {
            Self::DateTime => is_date_time(value),
            Self::Uri => fluent_uri::Uri::parse(value).is_ok(),
        }
    }

    pub(crate) const fn describe(self) -> &'static str {
        match self {
            Self::DateTime => "an RFC 3339 date-time (such as 2024-11-25T08:00:00Z)",
            Self::Uri => "an absolute URI (RFC 3986)",
        }
    }
}

/// DESIGN §3's RFC 3339 date-time pattern.
pub const DATE_TIME_PATTERN: &str =
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$";

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

/// `full-date "T" full-time` of RFC 3339 §5.6, with real calendar dates, and a leap second only at
/// 23:59:60 UTC.
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
    if hour > 23 || minute > 59 || second > 60 {
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
    // Minutes since midnight in UTC, for the leap-second rule.
    let local = i64::from(hour * 60 + minute);
    let utc = match rest {
        [b'Z' | b'z'] => local,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let (Some(oh), Some(om)) = (digits(&[*h1, *h2]), digits(&[*m1, *m2])) else {
                return false;
            };
            if oh > 23 || om > 59 {
                return false;
            }
            let offset = i64::from(oh * 60 + om);
            if *sign == b'+' {
                local - offset
            } else {
                local + offset
            }
        }
        _ => return false,
    };
    second != 60 || utc.rem_euclid(24 * 60) == 23 * 60 + 59
}

#[cfg(test)]
mod tests {
    use super::Format::*;

    #[test]
    fn date_time() {
        for ok in [
            "2024-11-25T08:00:00Z",
            "2024-02-29t23:59:59.123456+14:00",
            "1998-12-31T23:59:60Z",
            "1998-12-31T15:59:60-08:00",
        ] {
            assert!(DateTime.is_valid(ok), "{ok}");
        }
        for bad in [
            "2023-02-29T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-11-25 08:00:00Z",
            "2024-11-25T08:00:00",
            "2024-11-25T24:00:00Z",
            "2024-11-25T08:00:60Z",
            "2024-11-25T08:00:00.Z",
            "2024-11-25T08:00:00+24:00",
            "２０２４-11-25T08:00:00Z",
            "2024-11-25T08:00:00Z\n",
        ] {
            assert!(!DateTime.is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn uri() {
        for ok in ["https://example.com/a?b#c", "urn:isbn:0451450523", "mailto:a@b.c"] {
            assert!(Uri.is_valid(ok), "{ok}");
        }
        for bad in ["", "/relative/path", "no scheme", "https://exa mple.com", "https://example.com/%zz"] {
            assert!(!Uri.is_valid(bad), "{bad}");
        }
    }
}
