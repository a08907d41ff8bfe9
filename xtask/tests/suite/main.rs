//! xtask's tests, one binary: the corpus slice, the rule-beside-type documents and the planted
//! drifts. The library has no unit tests, so that `cargo test` does not build it twice.

mod corpus;
mod pairs;
mod planted_drift;
