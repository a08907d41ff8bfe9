//! What one reading keeps: a report is bounded by what it keeps, not by what it reads
//! (docs/contracts.md §5).

/// Bounds on what a reading keeps. By default it keeps every violation; a service that answers
/// untrusted bodies keeps the first ones, so that a hostile body does not become an answer many
/// times its size. Past the bound the verdict and the count go on ([`Violations::total`]), and no
/// message, pointer or value is built for a violation that is not kept.
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
/// use connschema::Limits;
///
/// let body = br#"{"Name": "my conn", "Description": 7, "KmsKeyIdentifier": 8}"#;
/// let errors = connschema::from_slice_with::<CreateConnection>(body, &Limits::violations(2)).unwrap_err();
/// assert_eq!((errors.len(), errors.total()), (2, 4));
/// assert_eq!(errors[0].path, "/Name");
/// ```
///
/// [`Violations::total`]: crate::Violations::total
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    max_violations: usize,
}

impl Limits {
    /// Keeps everything: the library's and the CLI's default.
    pub const ALL: Limits = Limits { max_violations: usize::MAX };

    /// Keeps the first `n` violations (`0`: the verdict and the count alone).
    pub const fn violations(n: usize) -> Self {
        Self { max_violations: n }
    }

    /// The most violations kept.
    pub const fn max_violations(&self) -> usize {
        self.max_violations
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self::ALL
    }
}
