//! The errors of one expansion, gathered by every phase (as serde_derive's `Ctxt`), so that one
//! compile reports every bad annotation at once, each at its span.

/// Collects errors so that one expansion reports every bad annotation at once.
#[derive(Default)]
pub struct Errors(Option<syn::Error>);

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }

    pub fn finish(self) -> syn::Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}
