//! xtask's tests, one binary: the corpus slice, the rule-beside-type documents, the planted
//! drifts, the crate map and how schemathesis's requests are counted. The library has no unit
//! tests, so that `cargo test` does not build it twice.

mod corpus;
mod crate_map;
mod module_graph;
mod pairs;
mod planted_drift;
mod schemathesis;
