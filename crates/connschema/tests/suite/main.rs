//! connschema's integration tests, one binary: each module links the whole crate, and one link
//! instead of seventeen is most of what a cold `cargo test` spends on this crate.
//! `zero_allocations` stays a binary of its own, as it installs a counting global allocator.

mod common;

mod aws_events;
mod aws_models;
mod aws_networkmanager;
mod aws_quicksight;
mod borrowed;
mod constraint_kinds;
mod ecma_semantics;
mod examples;
mod formats;
mod fuzz_regressions;
mod hostile_input;
mod huaweicloud_eg;
mod lookup;
mod params_from_strings;
mod patterns;
mod rules_beside_other_violations;
mod secrets;
mod tagged;
mod versori_platform;
