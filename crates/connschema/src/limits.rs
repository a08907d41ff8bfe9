//! What one reading keeps: a report is bounded by what it keeps, not by what it reads
//! (docs/contracts.md §5).

/// Bounds on what a reading keeps. By default it keeps every violation; a service that answers
/// untrusted bodies keeps the first ones, so that a hostile body does not become an answer many
/// times its size. Past the bound the verdict and the count go on ([`Violations::total`]), and no
/// message, pointer or value is built for a violation that is not kept.
///
/// ```
/// use connschema::aws::events::CreateConnectionRequest;
/// use connschema::Limits;
///
/// let body = br#"{"Name": "my conn", "Description": 7, "KmsKeyIdentifier": 8}"#;
/// let errors = connschema::from_slice_with::<CreateConnectionRequest>(body, &Limits::violations(2)).unwrap_err();
/// assert_eq!((errors.len(), errors.total()), (2, 5));
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
