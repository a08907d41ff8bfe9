//! connschema's integration tests, one binary: each module links the whole crate, and one link
//! instead of several is most of what a cold `cargo test` spends on this crate. They check the
//! core with models of their own; the APIs' documents are their crates' tests.

mod common;

mod constraint_kinds;
mod ecma_semantics;
mod formats;
mod tagged;
