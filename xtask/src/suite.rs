//! The catalogs the tasks work over, each with its schema folder and its example documents.

use crate::schemas_dir;
use connschema::catalog::Catalog;
use std::path::PathBuf;

/// A catalog with its schema folder and its example documents: the shipped five, and Acme's own
/// API (`examples/widgets`), which go through the same corpus and validators.
#[derive(Clone)]
pub struct Suite {
    pub name: &'static str,
    pub catalog: Catalog,
    pub schemas: PathBuf,
    /// The folders of its example documents (`<provider>/<service>/<Op>/<message>/` under each).
    pub examples: Vec<PathBuf>,
    /// Its corpus is `--docs` divided by this: one operation needs fewer documents than five.
    pub corpus_divisor: usize,
    /// Whether its operations are the ones the npm packages ship: its TypeScript declarations
    /// (`types/`) are compiled, `@connschema/validator` is held to its corpus, and `--out` names
    /// its corpus file (the others are written beside it).
    pub packaged: bool,
}

impl Suite {
    pub fn shipped() -> Self {
        Self {
            name: "shipped",
            catalog: connschema_cli::apis::catalog(),
            schemas: schemas_dir(),
            examples: connschema_testing::documents_dirs(),
            corpus_divisor: 1,
            packaged: true,
        }
    }

    pub fn acme() -> Self {
        Self {
            name: "acme",
            catalog: acme_widgets::CATALOG,
            schemas: acme_widgets::schemas_dir(),
            examples: vec![acme_widgets::documents_dir()],
            corpus_divisor: 10,
            packaged: false,
        }
    }

    pub fn all() -> [Self; 2] {
        [Self::shipped(), Self::acme()]
    }
}
