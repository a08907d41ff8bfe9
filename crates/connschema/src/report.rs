//! One document's verdict as the CLI's `--format json` and `@connschema/validator`'s `validate`
//! give it (docs/contracts.md §6, §8): one serialization, so the two cannot drift apart.

use crate::{Violation, Violations};
use serde::Serialize;

/// A document's report: `{"valid": …, "errors": [{"path", "code", "message"}…]}`, and
/// `"omitted": N` after them when a [`Limits`](crate::Limits) left violations out.
///
/// ```
/// use connschema::Model;
/// use std::borrow::Cow;
///
/// /// Creates a connection.
/// #[derive(Debug, Model)]
/// #[model(rename_all = "PascalCase", deny_unknown_fields)]
/// struct CreateConnection<'a> {
///     #[model(length(min = 1, max = 64), pattern = "[.\\-_A-Za-z0-9]+")]
///     name: Cow<'a, str>,
///     #[model(length(max = 512))]
///     description: Option<Cow<'a, str>>,
///     authorization_type: AuthorizationType,
/// }
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, Model)]
/// #[model(rename_all = "SCREAMING_SNAKE_CASE")]
/// enum AuthorizationType {
///     Basic,
///     ApiKey,
/// }
///
/// use connschema::Report;
///
/// let verdict = connschema::from_slice::<CreateConnection>(br#"{"Name": "my conn"}"#).map(drop);
/// let json = serde_json::to_string(&Report::of(&verdict)).unwrap();
/// assert!(json.starts_with(r#"{"valid":false,"errors":[{"path":"/Name","code":"pattern","#));
/// ```
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Report<'a> {
    /// No violation found.
    pub valid: bool,
    /// The violations kept, in document order.
    pub errors: &'a [Violation],
    /// How many were found beyond those kept.
    #[serde(skip_serializing_if = "is_zero")]
    pub omitted: usize,
}

impl<'a> Report<'a> {
    /// The report of a verdict.
    pub fn of(verdict: &'a Result<(), Violations>) -> Self {
        match verdict {
            Ok(()) => Self { valid: true, errors: &[], omitted: 0 },
            Err(violations) => Self { valid: false, errors: violations, omitted: violations.omitted() },
        }
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}
