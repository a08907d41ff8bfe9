//! AWS's wording of validation errors, shared by awsJson1.1 and restJson1:
//! `2 validation errors detected: Value 'my conn' at 'name' failed to satisfy constraint: Member
//! must satisfy regular expression pattern: [\.\-_A-Za-z0-9]+; Value null at 'authParameters'
//! failed to satisfy constraint: Member must not be null`.

use connschema::{Bound, Code, Location, Shown, Step, Violation, Violations};
use connschema_axum::protocol::{cut, join_within, plural, MAX_PATH};
use std::fmt::Write;

/// `N validation error(s) detected: ` with the count of every violation found, and the clauses of
/// those kept, joined by `; `, as many as fit in `budget` bytes of JSON text.
pub fn summary(violations: &Violations, budget: usize) -> String {
    let n = violations.total();
    let head = format!("{n} validation error{} detected: ", plural(n));
    join_within(head, violations.iter().map(clause), "; ", budget).0
}

/// One violation in AWS's frame: `Value '<value>' at '<path>' failed to satisfy constraint:
/// Member must …`. A secret's value, and any value that is not a string, is not quoted (`Value at
/// …`); a missing member is `Value null at …`.
pub fn clause(v: &Violation) -> String {
    let path = path(&v.path);
    let path = cut(&path, MAX_PATH);
    if v.code == Code::Syntax {
        return match path.as_ref() {
            "" => format!("The request body is not valid JSON: {}", syntax_detail(v)),
            _ => format!("Value at '{path}' is not valid JSON: {}", syntax_detail(v)),
        };
    }
    let mut out = String::from("Value");
    match &v.value {
        Shown::Missing => out.push_str(" null"),
        Shown::Text { text, shortened } => {
            _ = write!(out, " '{text}{}'", if *shortened { "..." } else { "" });
        }
        Shown::Number(number) => _ = write!(out, " '{number}'"),
        // `Shown` may grow: what it does not name is not shown.
        _ => {}
    }
    _ = write!(out, " at '{path}' failed to satisfy constraint: {}", constraint(v));
    out
}

/// What the member must satisfy, as AWS says it (`Member must have length less than or equal to
/// 64`); for rules and unknown members, connschema's own message in the same frame.
pub fn constraint(v: &Violation) -> String {
    match (v.code, v.bound) {
        (Code::Length | Code::Items, Bound::Min(n)) => format!("Member must have length greater than or equal to {n}"),
        (Code::Length | Code::Items, Bound::Max(n)) => format!("Member must have length less than or equal to {n}"),
        (Code::Pattern, Bound::Pattern(pattern)) => {
            format!("Member must satisfy regular expression pattern: {pattern}")
        }
        (Code::Enum, Bound::Values(values)) => format!("Member must satisfy enum value set: [{}]", values.join(", ")),
        (Code::Required, _) => "Member must not be null".to_owned(),
        (Code::Type, Bound::Type { expected, found }) => {
            format!("Member must be {}, got {}", expected.with_article(), found.with_article())
        }
        (Code::Format, Bound::Format(format)) => format!("Member must be {}", format.describe()),
        (Code::Items, Bound::Unique) => "Member must have unique values".to_owned(),
        (Code::Range, Bound::Minimum(n)) => format!("Member must have value greater than or equal to {n}"),
        (Code::Range, Bound::Maximum(n)) => format!("Member must have value less than or equal to {n}"),
        (Code::Range, Bound::ExclusiveMinimum(n)) => format!("Member must have value greater than {n}"),
        (Code::Range, Bound::ExclusiveMaximum(n)) => format!("Member must have value less than {n}"),
        (Code::UnknownField, _) => "Member must not be present: the operation has no such member".to_owned(),
        _ => format!("Member {}", v.message),
    }
}

/// serde_json's account of a syntax error, without connschema's prefix.
fn syntax_detail(v: &Violation) -> &str {
    v.message.strip_prefix("not valid JSON: ").unwrap_or(&v.message)
}

/// AWS's path of a member: wire names with a lower-case first letter joined by `.`, a list item
/// 1-based as `<list>.<n>.member` (`authParameters.invocationHttpParameters.headerParameters.3.member.key`).
pub fn path(location: &Location) -> String {
    let mut out = String::new();
    for step in location.steps() {
        if !out.is_empty() {
            out.push('.');
        }
        match step {
            Step::Item(i) => _ = write!(out, "{}.member", i + 1),
            Step::Member(name) => {
                let mut chars = name.chars();
                if let Some(first) = chars.next() {
                    out.extend(first.to_lowercase());
                    out.push_str(chars.as_str());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_in_aws_words() {
        let at_least = Violation {
            bound: Bound::Minimum("1"),
            value: Shown::Number("0".to_owned()),
            ..Violation::new(Location::root().member("MaxResults"), Code::Range, "must be at least 1, got 0")
        };
        assert_eq!(
            clause(&at_least),
            "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1"
        );
        let below = Violation { bound: Bound::ExclusiveMaximum("10"), ..at_least.clone() };
        assert_eq!(constraint(&below), "Member must have value less than 10");
        let at_most = Violation { bound: Bound::Maximum("65535"), ..at_least.clone() };
        assert_eq!(constraint(&at_most), "Member must have value less than or equal to 65535");
        let above = Violation { bound: Bound::ExclusiveMinimum("0"), ..at_least };
        assert_eq!(constraint(&above), "Member must have value greater than 0");
    }

    #[test]
    fn paths_are_lower_camel_with_one_based_members() {
        let root = Location::root();
        assert_eq!(path(&root), "");
        assert_eq!(path(&root.clone().member("Name")), "name");
        let headers = root.clone().member("AuthParameters").member("InvocationHttpParameters");
        assert_eq!(
            path(&headers.member("HeaderParameters").item(2).member("Key")),
            "authParameters.invocationHttpParameters.headerParameters.3.member.key"
        );
        assert_eq!(path(&root.clone().member("Tags").item(0)), "tags.1.member");
        assert_eq!(path(&root.clone().member("a/b").member("c~d")), "a/b.c~d");
        // A map's key of digits is a member, not an item.
        assert_eq!(path(&root.member("Labels").member("12")), "labels.12");
    }
}
